/** POST /api/calculations: the rules engine over HTTP (contracts/calc.md). */
import { z } from 'zod';
import { invalidInput } from '../../platform/errors';
import { BENEFITS, CalcRequest, calculateChecked, EXPLAIN_LANGUAGES } from '../../rules';
import type { KassaApp } from '../app';
import type { AppContext } from '../context';
import { protectedErrors } from '../schemas';

const TraceStepSchema = z.object({
  rule: z.string(),
  text: z.string().describe('The formula in words, with the numbers'),
  inputs: z.record(z.string(), z.union([z.number(), z.string(), z.boolean(), z.null()])),
  value: z.union([z.number(), z.string(), z.boolean(), z.null()]),
});

const ExplanationSchema = z
  .object({
    language: z.enum(EXPLAIN_LANGUAGES),
    title: z.string(),
    summary: z.string().describe('The amount a year and a month, or that there is no right'),
    basis: z.array(z.string()).describe('What the pension is based on'),
    steps: z.array(z.string()).describe('Each step of the calculation with its numbers'),
    conditions: z
      .array(z.object({ rule: z.string(), met: z.boolean(), text: z.string() }))
      .describe('Every condition checked, met or not, in words'),
    notes: z.array(z.string()).describe('What is not applied, simplified or provisional'),
  })
  .describe("The member's explanation in plain language (request field explain)");

export const CalcResponseSchema = z.object({
  benefit: z.enum(BENEFITS),
  date: z.string(),
  eligible: z.boolean(),
  reasons: z.array(z.string()).describe('Why eligible or not, in words'),
  annualAmount: z.number().int().describe('Whole kroner per year before tax; 0 when not eligible'),
  monthlyAmount: z.number().int().describe('Annual / 12, rounded half up'),
  components: z
    .record(z.string(), z.number())
    .describe('Named parts in whole kroner; deductions are negative'),
  parameters: z.record(z.string(), z.union([z.number(), z.string()])).describe('Parameter values used'),
  provisional: z
    .boolean()
    .describe(
      'The amount waits for a parameter not yet published (e.g. a forholdstall); the trace says which',
    ),
  trace: z
    .array(TraceStepSchema)
    .optional()
    .describe('Ordered steps; left out when the request says trace: false'),
  explanation: ExplanationSchema.optional(),
});

export async function calculationRoutes(app: KassaApp, _ctx: AppContext) {
  app.post('/api/calculations', {
    config: { access: 'calc:run' },
    schema: {
      tags: ['calculations'],
      description:
        'Calculates one benefit for one member history (contracts/calc.md). Pure: nothing is stored. With `explain: "nb"` (or "en") the answer carries the member\'s explanation in plain language.',
      body: CalcRequest,
      response: { 200: CalcResponseSchema, ...protectedErrors },
    },
    handler: async (req) => {
      // A parameter missing for the date (e.g. no G that early) is an input problem, not a fault.
      const answer = calculateChecked(req.body);
      if ('errors' in answer) throw invalidInput(answer.errors);
      return answer;
    },
  });
}
