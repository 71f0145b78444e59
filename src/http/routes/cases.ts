/**
 * Pension cases over HTTP (contracts/cases.md): receive, queue, take, advance through the stages,
 * calculate, decide, approve with four eyes, hold, withdraw, reopen, register time, statistics.
 * Thin: parse with zod, call a use case in src/cases, answer with the case. Money is kroner (at
 * most two decimals) here and øre inside.
 */
import { z } from 'zod';
import { advanceCase } from '../../cases/advance-case';
import { approveDecision } from '../../cases/approve-decision';
import { assignCase } from '../../cases/assign-case';
import { calculateCase } from '../../cases/calculate-case';
import { createCase } from '../../cases/create-case';
import { draftDecision } from '../../cases/draft-decision';
import { getCase } from '../../cases/get-case';
import { holdCase, resumeCase } from '../../cases/hold-case';
import { listCases, QUEUES } from '../../cases/list-cases';
import { recordConditions } from '../../cases/record-conditions';
import { registerTime } from '../../cases/register-time';
import { reopenCase } from '../../cases/reopen-case';
import { returnDecision } from '../../cases/return-decision';
import { prepareServiceHistory } from '../../cases/service-history';
import { listCaseTypeSettings } from '../../cases/settings';
import { caseStatistics } from '../../cases/statistics';
import {
  CASE_SOURCES,
  CASE_STATUSES,
  CASE_TYPES,
  casesDb,
  ERROR_CATEGORIES,
  WORK_STAGES,
} from '../../cases/tables';
import { takeCase } from '../../cases/take-case';
import { withdrawCase } from '../../cases/withdraw-case';
import type { IsoDate } from '../../domain/dates';
import { type Ore, parseKroner } from '../../domain/money';
import { type KassaApp, principalOf } from '../app';
import type { AppContext } from '../context';
import { ErrorResponse, Id, IdParams, IdString, IsoDateString, protectedErrors } from '../schemas';
import { CalcResponseSchema } from './calculations';

// ---- input pieces ----------------------------------------------------------------------------

const DateIn = IsoDateString.transform((s) => s as IsoDate);
const Text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);
const Reason = Text(2000).describe('why, in words');
const Pct = z
  .number()
  .min(0)
  .max(100)
  .refine((n) => /^\d+(\.\d{1,2})?$/.test(String(n)), 'must have at most two decimals');
const KronerIn = z
  .number()
  .min(0)
  .max(100_000_000)
  .transform((n, ctx): Ore => {
    const amount = parseKroner(String(n));
    if (amount === undefined) {
      ctx.addIssue({ code: 'custom', message: 'must be kroner with at most two decimals' });
      return z.NEVER;
    }
    return amount;
  })
  .describe('kroner per year, at most two decimals');
/** A list in a query string: `status=received,preparing` or the parameter repeated. */
const listOf = <T extends [string, ...string[]]>(values: T) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : v.split(',')).map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(z.enum(values)));

// ---- output shapes ---------------------------------------------------------------------------

const Nullable = <T extends z.ZodTypeAny>(t: T) => t.nullable();
const Summary = z.object({
  id: z.number(),
  type: z.enum(CASE_TYPES),
  personId: z.number(),
  status: z.enum(CASE_STATUSES),
  assignee: Nullable(z.number()).describe('user id of the handler who has the case'),
  assigneeName: Nullable(z.string()),
  claimedFrom: z.string().describe('the start the member applied for'),
  receivedAt: z.string(),
  dueDate: z.string().describe("the case type's service target"),
  overdue: z.boolean(),
  ageDays: z.number().describe('days since received'),
  orgUnit: z.string(),
  orgnr: z.string(),
  source: z.enum(CASE_SOURCES),
  hold: Nullable(
    z.object({
      reason: Nullable(z.string()),
      until: Nullable(z.string()),
      from: Nullable(z.string()),
      due: z.boolean().describe('the reminder date has come: back in the queue'),
    }),
  ),
});
const ListItem = Summary.extend({ personName: Nullable(z.string()) });
const Condition = z.object({
  name: z.string(),
  met: z.boolean(),
  note: Nullable(z.string()),
  source: z.enum(['rules', 'manual']),
  recordedBy: z.string(),
  recordedAt: z.string(),
});
const Calculation = z.object({
  version: z.number(),
  calculatedBy: z.string(),
  calculatedAt: z.string(),
  request: z.record(z.string(), z.unknown()).describe("the rules engine's full request"),
  result: CalcResponseSchema,
  changes: z
    .array(z.object({ path: z.string(), before: z.unknown(), after: z.unknown() }))
    .describe('what changed since the version before'),
});
const Period = z.object({
  id: z.number(),
  kind: z.enum(['employment', 'transfer']),
  from: z.string(),
  to: Nullable(z.string()),
  positionPct: Nullable(z.number()),
  annualSalary: Nullable(z.number()).describe('kroner per year'),
  serviceYears: Nullable(z.number()),
  source: z.string().describe("'register', or where a period added by hand comes from"),
  employmentId: Nullable(z.number()),
  note: Nullable(z.string()),
  recordedInRegisterBy: Nullable(z.string()),
  addedBy: z.string(),
  addedAt: z.string(),
});
const Case = Summary.extend({
  note: Nullable(z.string()),
  pensionId: Nullable(z.number()).optional(),
  deceasedPersonId: Nullable(z.number()).optional(),
  gradePct: Nullable(z.number()).optional(),
  decision: Nullable(
    z.object({
      outcome: z.enum(['granted', 'refused']),
      from: Nullable(z.string()),
      reason: Nullable(z.string()).optional(),
      annualAmount: Nullable(z.number()).optional().describe('kroner per year'),
      monthlyAmount: Nullable(z.number()).optional().describe('kroner per month'),
      gradePct: Nullable(z.number()).optional(),
      calculationVersion: Nullable(z.number()).optional(),
      proposedBy: Nullable(z.string()).optional(),
      proposedById: Nullable(z.number()).optional(),
      proposedAt: Nullable(z.string()).optional(),
      approvedBy: Nullable(z.string()).optional(),
      approvedAt: Nullable(z.string()).optional(),
      pensionId: Nullable(z.number()).optional(),
    }),
  ),
  servicePeriods: z.array(Period),
  conditions: z.array(Condition),
  calculations: z.array(Calculation),
  time: Nullable(
    z.object({
      totalMinutes: z.number(),
      entries: z.array(z.object({ stage: z.string(), minutes: z.number(), at: z.string(), by: z.string() })),
    }),
  ),
  errors: z.array(z.object({ category: z.string(), reason: z.string(), at: z.string(), by: z.string() })),
  history: z.array(
    z.object({
      at: z.string(),
      by: z.string(),
      action: z.string(),
      from: Nullable(z.string()),
      to: Nullable(z.string()),
      comment: Nullable(z.string()),
    }),
  ),
});

const StatRow = z.object({
  received: z.number(),
  decided: z.number(),
  open: z.number().describe('open at the end of the period'),
  leadTimeMedianDays: Nullable(z.number()),
  leadTimeP90Days: Nullable(z.number()),
  minutesPerCase: Nullable(z.number()).describe('minutes registered on the decided cases / decided'),
  errors: z.number(),
  errorRate: Nullable(z.number()).describe('errors / decided'),
});

const withConflict = { ...protectedErrors, 409: ErrorResponse };
const periodOut = <T extends { annualSalary: Ore | null }>(p: T) => ({
  ...p,
  annualSalary: p.annualSalary === null ? null : p.annualSalary / 100,
});

export async function caseRoutes(app: KassaApp, ctx: AppContext) {
  const db = casesDb(ctx.db);
  const caseOut = async (principal: ReturnType<typeof principalOf>, id: number) => {
    const c = await getCase(db, principal, id);
    return { ...c, servicePeriods: c.servicePeriods.map(periodOut) };
  };
  const step = (
    url: string,
    access: 'case:handle' | 'case:approve' | 'case:create' | 'case:read',
    description: string,
    body: z.ZodTypeAny,
    run: (principal: ReturnType<typeof principalOf>, id: number, body: never) => Promise<unknown>,
  ) =>
    app.post(`/api/cases/:id/${url}`, {
      config: { access },
      schema: {
        tags: ['cases'],
        description,
        params: IdParams,
        body,
        response: { 200: Case, ...withConflict },
      },
      handler: async (req) => {
        const principal = principalOf(req);
        const { id } = req.params as { id: number };
        await run(principal, id, req.body as never);
        return caseOut(principal, id);
      },
    });

  app.post('/api/cases', {
    config: { access: 'case:create' },
    schema: {
      tags: ['cases'],
      description:
        'Receives an application, a retirement notice or a change: a new case in its queue (received).',
      body: z.object({
        type: z.enum(CASE_TYPES),
        personId: Id,
        claimedFrom: DateIn.describe('the start applied for (or the date of the change or stop)'),
        source: z.enum(['member', 'employer', 'staff']),
        note: z.string().trim().max(2000).nullable().optional(),
        membershipId: Id.optional(),
        pensionId: Id.optional().describe('change, stop: the running pension'),
        deceasedPersonId: Id.optional().describe('spouse, child: the member who died'),
        gradePct: Pct.optional().describe('disability: the grade applied for; change: the new grade'),
      }),
      response: { 201: Case, ...withConflict },
    },
    handler: async (req, reply) => {
      const principal = principalOf(req);
      const id = await createCase(db, principal, req.body);
      return reply.code(201).send(await caseOut(principal, id));
    },
  });

  app.get('/api/cases', {
    config: { access: 'case:read' },
    schema: {
      tags: ['cases'],
      description:
        'Work queues: open cases unless a status is given; oldest first, or sort=due for overdue first. ' +
        'queue: mine, unassigned, approval (awaiting another approver), reminders (on hold, date come).',
      querystring: z.object({
        status: listOf([...CASE_STATUSES]).optional(),
        type: listOf([...CASE_TYPES]).optional(),
        assignee: z.union([z.literal('me'), z.literal('none'), IdString]).optional(),
        queue: z.enum(QUEUES).optional(),
        unit: z.string().trim().min(1).max(100).optional(),
        personId: IdString.optional(),
        overdue: z
          .enum(['true', 'false'])
          .transform((v) => v === 'true')
          .optional(),
        sort: z.enum(['received', 'due']).default('received'),
        limit: z.coerce.number().int().min(1).max(200).default(50),
        offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
      }),
      response: {
        200: z.object({
          items: z.array(ListItem),
          total: z.number().describe('exact up to 1 000 (totalExact); beyond, 1 000'),
          totalExact: z.boolean(),
        }),
        ...protectedErrors,
      },
    },
    handler: async (req) => {
      const principal = principalOf(req);
      const { assignee, ...rest } = req.query;
      return listCases(db, principal, {
        ...rest,
        assignee: assignee === 'me' ? principal.userId : assignee,
      });
    },
  });

  app.get('/api/cases/settings', {
    config: { access: 'case:read' },
    schema: {
      tags: ['cases'],
      description: 'Service target (due date) and queue (org unit) per case type.',
      response: {
        200: z.object({
          types: z.array(
            z.object({
              type: z.enum(CASE_TYPES),
              dueBasis: z.enum(['received', 'claimed_from']),
              dueDays: z.number(),
              orgUnit: z.string(),
            }),
          ),
        }),
        ...protectedErrors,
      },
    },
    handler: async () => ({ types: await listCaseTypeSettings(db) }),
  });

  app.get('/api/cases/statistics', {
    config: { access: 'case:statistics' },
    schema: {
      tags: ['cases'],
      description:
        'Throughput and quality per week or month, computed from the cases: received, decided, open at the end, ' +
        'median and 90th-percentile lead time (days from received to first decision), minutes per decided case, ' +
        'errors (reopenings) and the error rate (errors / decided).',
      querystring: z
        .object({
          from: DateIn,
          to: DateIn,
          by: z.enum(['week', 'month']).default('month'),
          type: listOf([...CASE_TYPES]).optional(),
          unit: z.string().trim().min(1).max(100).optional(),
        })
        .refine((q) => q.from <= q.to, { path: ['to'], message: 'must not be before from' })
        // One bucket per week or month is built for the whole range: 9999-12-31 ran out of memory.
        .refine((q) => Number(q.to.slice(0, 4)) - Number(q.from.slice(0, 4)) <= 20, {
          path: ['to'],
          message: 'at most 20 years after from',
        }),
      response: {
        200: z.object({
          from: z.string(),
          to: z.string(),
          by: z.enum(['week', 'month']),
          periods: z.array(StatRow.extend({ period: z.string(), start: z.string(), end: z.string() })),
          total: StatRow,
        }),
        ...protectedErrors,
      },
    },
    handler: async (req) => caseStatistics(db, principalOf(req), req.query),
  });

  app.get('/api/cases/:id', {
    config: { access: 'case:read' },
    schema: { tags: ['cases'], params: IdParams, response: { 200: Case, ...protectedErrors } },
    handler: async (req) => caseOut(principalOf(req), req.params.id),
  });

  const Empty = z.object({}).strict().default({});
  step('take', 'case:handle', 'Assigns the case to the caller; taken by someone else: 409.', Empty, (p, id) =>
    takeCase(db, p, id),
  );
  step(
    'assign',
    'case:handle',
    'Hands the case to a colleague who may handle cases (by its assignee, or anyone while nobody has it).',
    z.object({ userId: Id, comment: z.string().trim().max(2000).nullable().optional() }),
    (p, id, b: { userId: number; comment?: string | null }) => assignCase(ctx.db, p, id, b),
  );
  step(
    'advance',
    'case:handle',
    'To the next status only (a skip is 409). Leaving assessing needs the conditions; leaving calculating is done by drafting the decision.',
    z.object({ to: z.enum(CASE_STATUSES), comment: z.string().trim().max(2000).nullable().optional() }),
    (p, id, b: { to: (typeof CASE_STATUSES)[number]; comment?: string | null }) => advanceCase(db, p, id, b),
  );
  step(
    'service-history',
    'case:handle',
    "In preparing: takes the register's periods into the case (with who recorded them) and adds periods by hand.",
    z.object({
      periods: z
        .array(
          z.object({
            kind: z.enum(['employment', 'transfer']),
            source: Text(200).describe(
              'where the period comes from: a document, the employer, another scheme',
            ),
            from: DateIn,
            to: DateIn.nullable().optional(),
            positionPct: Pct.gt(0).nullable().optional(),
            annualSalary: KronerIn.nullable().optional(),
            serviceYears: z
              .number()
              .min(0)
              .max(60)
              .nullable()
              .optional()
              .describe('transfer: service in years as reported'),
            note: z.string().trim().max(2000).nullable().optional(),
          }),
        )
        .max(100)
        .optional(),
    }),
    (p, id, b: Parameters<typeof prepareServiceHistory>[3]) => prepareServiceHistory(db, p, id, b),
  );

  app.post('/api/cases/:id/conditions', {
    config: { access: 'case:handle' },
    schema: {
      tags: ['cases'],
      description:
        "In assessing: records the rules engine's eligibility for the case's benefit and date, plus conditions given by hand.",
      params: IdParams,
      body: z.object({
        conditions: z
          .array(
            z.object({
              name: Text(200),
              met: z.boolean(),
              note: z.string().trim().max(2000).nullable().optional(),
            }),
          )
          .max(50)
          .optional(),
      }),
      response: { 201: z.object({ conditions: z.array(Condition) }), ...withConflict },
    },
    handler: async (req, reply) => {
      const conditions = await recordConditions(db, principalOf(req), req.params.id, req.body);
      return reply.code(201).send({ conditions });
    },
  });

  app.post('/api/cases/:id/calculations', {
    config: { access: 'case:handle' },
    schema: {
      tags: ['cases'],
      description:
        "In calculating: runs the rules engine on the case's data; `request` may add or override inputs. Stored as a new version.",
      params: IdParams,
      body: z.object({ request: z.record(z.string(), z.unknown()).optional() }),
      response: { 201: z.object({ version: z.number(), result: CalcResponseSchema }), ...withConflict },
    },
    handler: async (req, reply) => {
      const r = await calculateCase(db, principalOf(req), req.params.id, req.body);
      return reply.code(201).send(r);
    },
  });

  step(
    'decision',
    'case:handle',
    "Drafts the decision (granted or refused, from, why); a grant takes the latest calculation's amounts. Status awaiting_approval.",
    z.object({ outcome: z.enum(['granted', 'refused']), from: DateIn, reason: Reason }),
    (p, id, b: Parameters<typeof draftDecision>[3]) => draftDecision(db, p, id, b),
  );
  step(
    'approve',
    'case:approve',
    'Four eyes: an approver who did not propose the decision approves it; the pension is written to the register and the letter ordered.',
    z.object({ comment: z.string().trim().max(2000).nullable().optional() }).default({}),
    (p, id, b: { comment?: string | null }) => approveDecision(db, p, id, b),
  );
  step(
    'return',
    'case:approve',
    'The approver sends the decision back to calculating with a comment.',
    z.object({ comment: Reason }),
    (p, id, b: { comment: string }) => returnDecision(db, p, id, b),
  );
  step(
    'hold',
    'case:handle',
    'On hold waiting for information, with a reason and a reminder date (back in the queue on that date).',
    z.object({ reason: Reason, until: DateIn }),
    (p, id, b: { reason: string; until: IsoDate }) => holdCase(db, p, id, b),
  );
  step(
    'resume',
    'case:handle',
    'Back from hold to the status it left.',
    z.object({ comment: z.string().trim().max(2000).nullable().optional() }).default({}),
    (p, id, b: { comment?: string | null }) => resumeCase(db, p, id, b),
  );
  step(
    'withdraw',
    'case:create',
    'Withdrawn by the member, or registered by staff.',
    z.object({ reason: Reason, by: z.enum(['member', 'staff']).default('member') }),
    (p, id, b: { reason: string; by: 'member' | 'staff' }) => withdrawCase(db, p, id, b),
  );
  step(
    'reopen',
    'case:handle',
    'Reopens a decided case whose decision was wrong: error category and reason; counts as an error.',
    z.object({ errorCategory: z.enum(ERROR_CATEGORIES), reason: Reason }),
    (p, id, b: Parameters<typeof reopenCase>[3]) => reopenCase(db, p, id, b),
  );
  step(
    'time',
    'case:read',
    'Time the caller spent on the case in a stage (minutes).',
    z.object({ stage: z.enum(WORK_STAGES), minutes: z.number().int().min(1).max(1440) }),
    (p, id, b: Parameters<typeof registerTime>[3]) => registerTime(db, p, id, b),
  );
}
