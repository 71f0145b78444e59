/**
 * The calculation request of contracts/calc.md as a zod schema, with the extra optional fields
 * the engine understands (samordning input, scheme, children). Errors name the field's path.
 */
import { z } from 'zod';
import { isIsoDate } from '../domain/dates';
import { EXPLAIN_LANGUAGES } from './explain/languages';
import { AGE_LIMITS, FULL_PENSION_BP_BY_SCHEME } from './parameters/rates';
import { quickParse } from './request-fast';

export const BENEFITS = [
  'old_age',
  'rule_85',
  'deferred',
  'afp_62_65',
  'afp_65_67',
  'accrual_2020',
  'conditional',
  'disability',
  'spouse',
  'child',
] as const;
export type Benefit = (typeof BENEFITS)[number];

const DateString = z
  .string()
  .refine((s): boolean => isIsoDate(s), 'must be a real date as YYYY-MM-DD')
  .describe('A calendar date, YYYY-MM-DD');

/** At most two decimals: money and percentages are exact in hundredths. */
const hundredths = (n: number) => Math.abs(Math.round(n * 100) - n * 100) < 1e-7;

const Kroner = z
  .number()
  .min(0)
  .max(100_000_000)
  .refine(hundredths, 'at most two decimals')
  .describe('Kroner per year');

const Percent = (min: number, minInclusive: boolean) =>
  (minInclusive ? z.number().min(min) : z.number().gt(min))
    .max(100)
    .refine(hundredths, 'at most two decimals');

const AgeLimit = z
  .number()
  .int()
  .refine((n) => (AGE_LIMITS as readonly number[]).includes(n), `must be one of ${AGE_LIMITS.join(', ')}`)
  .describe('The age limit of the post (aldersgrense)');

export const Employment = z.object({
  from: DateString,
  to: DateString,
  positionPct: Percent(0, false).describe('Part-time percentage (stillingsprosent)'),
  annualSalary: Kroner.describe('Full-time-equivalent yearly salary in kroner for the period'),
});
export type Employment = z.infer<typeof Employment>;

const Employments = z.array(Employment).max(200);

export const NationalPension = z
  .object({
    grunnpensjon: Kroner.default(0),
    tilleggspensjon: Kroner.default(0),
    pensjonstillegg: Kroner.default(0),
  })
  .describe('Folketrygd amounts per year used for samordning (simplified; see docs/rules.md)');

const Deceased = z.object({
  birthDate: DateString,
  deathDate: DateString,
  ageLimit: AgeLimit.default(70),
  employments: Employments.min(1),
  otherServiceYears: z.number().min(0).max(60).refine(hundredths, 'at most two decimals').default(0),
});

export const CalcRequest = z
  .object({
    benefit: z.enum(BENEFITS),
    date: DateString.describe('The first day the benefit would be paid, or the date of the estimate'),
    person: z.object({ birthDate: DateString, ageLimit: AgeLimit.default(70) }),
    employments: Employments.default([]),
    otherServiceYears: z
      .number()
      .min(0)
      .max(60)
      .refine(hundredths, 'at most two decimals')
      .default(0)
      .describe('Service in other public schemes (overføringsavtalen), in years'),
    otherServicePct: Percent(0, false).default(100).describe('Average part-time of the other service'),
    drawingPct: Percent(0, false).default(100),
    disabilityGrade: Percent(0, true).optional(),
    nationalDisabilityBenefit: z.boolean().default(true),
    childrenUnder18: z.number().int().min(0).max(20).default(0).describe('Disability: children under 18'),
    deceased: Deceased.optional(),
    child: z.object({ birthDate: DateString }).optional(),
    scheme: z
      .string()
      .refine(
        // Own keys only: `in` would also accept 'toString'.
        (s) => Object.hasOwn(FULL_PENSION_BP_BY_SCHEME, s),
        `must be one of ${Object.keys(FULL_PENSION_BP_BY_SCHEME).join(', ')}`,
      )
      .default('standard'),
    nationalPension: NationalPension.optional(),
    folketrygdAfp: Kroner.optional().describe('Old AFP: the folketrygd-computed part as NAV computed it'),
    afpQualified: z.boolean().default(false).describe('Conditional pension: the member qualifies for AFP'),
    leftPublicService: z
      .boolean()
      .optional()
      .describe('Overgangstillegg: the member has left public service'),
    survivorRules: z.enum(['net', 'gross']).default('net'),
    gTable: z
      .array(
        z.object({
          from: DateString.describe('The first day this G applies'),
          g: z.number().int().min(1).max(10_000_000).describe('G in whole kroner from that day'),
        }),
      )
      .max(100)
      .optional()
      .describe(
        'G values recorded by the fund (e.g. a new G approved before it is in the built-in table): on each date the latest row wins, and a row given here wins over a built-in row of the same day',
      ),
    trace: z.boolean().default(true),
    explain: z
      .enum(EXPLAIN_LANGUAGES)
      .optional()
      .describe('Add a plain-language explanation for the member in this language (nb, en)'),
  })
  .superRefine((r, ctx) => {
    checkPeriods(r.employments, ['employments'], ctx);
    if (r.deceased) {
      checkPeriods(r.deceased.employments, ['deceased', 'employments'], ctx);
      if (r.deceased.deathDate < r.deceased.birthDate)
        ctx.addIssue({
          code: 'custom',
          path: ['deceased', 'deathDate'],
          message: 'is before the birth date',
        });
    }
    if (r.gTable)
      for (let i = 0; i < r.gTable.length; i++)
        for (let j = 0; j < i; j++)
          if ((r.gTable[i] as { from: string }).from === (r.gTable[j] as { from: string }).from)
            ctx.addIssue({
              code: 'custom',
              path: ['gTable', i, 'from'],
              message: `the same day as row ${j}: one G per day`,
            });
    if (r.date < r.person.birthDate)
      ctx.addIssue({ code: 'custom', path: ['date'], message: 'is before the birth date' });
    if (r.benefit === 'disability' && r.disabilityGrade === undefined)
      ctx.addIssue({ code: 'custom', path: ['disabilityGrade'], message: 'is required for disability' });
    if ((r.benefit === 'spouse' || r.benefit === 'child') && !r.deceased)
      ctx.addIssue({ code: 'custom', path: ['deceased'], message: `is required for ${r.benefit}` });
    if (r.benefit === 'child' && !r.child)
      ctx.addIssue({ code: 'custom', path: ['child'], message: 'is required for child' });
    const own = !(r.benefit === 'spouse' || r.benefit === 'child');
    if (own && r.employments.length === 0 && r.otherServiceYears === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['employments'],
        message: `needs at least one period for ${r.benefit}`,
      });
  });

export type CalcRequestInput = z.input<typeof CalcRequest>;
export type CalcRequest = z.infer<typeof CalcRequest>;

function checkPeriods(periods: readonly Employment[], at: (string | number)[], ctx: z.RefinementCtx) {
  for (let i = 0; i < periods.length; i++) {
    const p = periods[i] as Employment;
    if (p.to < p.from) ctx.addIssue({ code: 'custom', path: [...at, i, 'to'], message: 'is before from' });
  }
  // Overlap check by pairs: histories are short, and this avoids allocating a sorted copy.
  for (let i = 0; i < periods.length; i++) {
    const a = periods[i] as Employment;
    for (let j = 0; j < i; j++) {
      const b = periods[j] as Employment;
      if (a.from <= b.to && b.from <= a.to)
        ctx.addIssue({
          code: 'custom',
          path: [...at, i, 'from'],
          message: `overlaps period ${j} (${b.from} to ${b.to})`,
        });
    }
  }
}

export interface FieldError {
  path: string;
  message: string;
}

/** `['employments', 0, 'from']` → `employments[0].from`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out;
}

export type Parsed = { ok: true; request: CalcRequest } | { ok: false; errors: FieldError[] };

/** Parses an unknown value into a request, or lists what is wrong with each field. */
export function parseCalcRequest(input: unknown): Parsed {
  // The plain, well-formed request is checked by hand; zod checks the rest and words the errors.
  const quick = quickParse(input);
  if (quick) return { ok: true, request: quick };
  const r = CalcRequest.safeParse(input);
  if (r.success) return { ok: true, request: r.data };
  return {
    ok: false,
    errors: r.error.issues.map((i) => ({ path: fieldPath(i.path), message: i.message })),
  };
}
