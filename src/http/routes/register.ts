/**
 * Register routes: persons, employers, schemes, memberships, employments, pensions, and a person's
 * change history and access log. Thin: parse with zod, call the register, answer. Money is kroner
 * (at most two decimals) here and øre inside; the conversion happens only in this file.
 */
import { z } from 'zod';
import type { IsoDate } from '../../domain/dates';
import { formatKroner, type Ore, parseKroner } from '../../domain/money';
import { personAccessLog } from '../../register/access-log';
import { changeEmploymentFrom } from '../../register/change-employment';
import { createPerson } from '../../register/create-person';
import { createEmployer, getEmployer, listEmployers, listSchemes } from '../../register/employers';
import { AGE_LIMITS, addEmployment, correctEmployment } from '../../register/employments';
import { getCreatedPerson, getPerson } from '../../register/get-person';
import { listEmployerMembers } from '../../register/list-employer-members';
import { createMembership, getMembership } from '../../register/memberships';
import { addPension, endPension } from '../../register/pensions';
import { personHistory } from '../../register/person-history';
import { searchPersons } from '../../register/search-persons';
import { BENEFITS, registerDb, SURVIVOR_BENEFITS } from '../../register/tables';
import { updatePerson } from '../../register/update-person';
import type { EmploymentView, MembershipView, PensionView, PersonView } from '../../register/views';
import { type KassaApp, principalOf } from '../app';
import type { AppContext } from '../context';
import { CountString, ErrorResponse, Id, IdParams, IsoDateString, protectedErrors } from '../schemas';

// ---- input pieces ----------------------------------------------------------------------------

const DateIn = IsoDateString.transform((s) => s as IsoDate);
const KronerIn = z
  .number()
  .min(0)
  .transform((n, ctx): Ore => {
    const amount = parseKroner(String(n));
    if (amount === undefined) {
      ctx.addIssue({ code: 'custom', message: 'must be kroner with at most two decimals' });
      return z.NEVER;
    }
    return amount;
  })
  .describe('kroner, at most two decimals');
// The columns are numeric(5,2): a third decimal would be rounded away silently, so it is refused
// (as the import refuses it). String(n) is the shortest text that reads back as n.
const Pct = z
  .number()
  .min(0)
  .max(100)
  .refine((n) => /^\d+(\.\d{1,2})?$/.test(String(n)), 'must have at most two decimals')
  .describe('percent, at most two decimals');
const Reason = z.string().trim().min(1, 'say why').max(1000);
const Purpose = z.string().trim().min(1).max(200);
const BenefitEnum = z.enum(BENEFITS);
const KindEnum = z
  .enum(['own', 'survivor'])
  .describe(
    "'own': the person's membership through work; 'survivor': holds a survivor's pension (spouse, child)",
  );
const AgeLimit = z
  .number()
  .int()
  .refine((n) => (AGE_LIMITS as readonly number[]).includes(n), 'must be 70, 68, 65, 63 or 60');
const survivorBenefits = [...SURVIVOR_BENEFITS].join(', ');

// ---- output shapes ---------------------------------------------------------------------------

const kronerOut = (amount: Ore | null): number | null =>
  amount === null ? null : Number(formatKroner(amount));

const Employment = z.object({
  id: z.number(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  positionPct: z.number(),
  annualSalary: z.number().nullable().describe('kroner per year, full-time equivalent'),
  ageLimit: z.number().describe('særaldersgrense: 70, 68, 65, 63 or 60'),
  recordedAt: z.string(),
  recordedBy: z.string(),
});
const Pension = z.object({
  id: z.number(),
  benefit: BenefitEnum,
  startDate: z.string(),
  endDate: z.string().nullable(),
  gradePct: z.number().nullable(),
  annualAmount: z.number().nullable().describe('kroner per year'),
  deceasedPersonId: z
    .number()
    .nullable()
    .describe("a survivor's pension: the member who died (null when not known, as after a migration)"),
  recordedAt: z.string(),
  recordedBy: z.string(),
});
const Membership = z.object({
  id: z.number(),
  personId: z.number(),
  kind: KindEnum,
  employer: z.object({ id: z.number(), orgnr: z.string(), name: z.string() }),
  scheme: z.object({ code: z.string(), name: z.string(), providerCode: z.string() }),
  status: z.enum(['active', 'pensioner', 'former']).nullable().describe('status today, by the contract'),
  employments: z.array(Employment),
  pensions: z.array(Pension),
});
const Person = z.object({
  id: z.number(),
  nationalId: z.string(),
  name: z.string(),
  birthDate: z.string(),
  deathDate: z.string().nullable(),
  address: z.string().nullable(),
  accountNumber: z.string().nullable(),
  validFrom: z.string(),
  recordedAt: z.string(),
  recordedBy: z.string(),
  memberships: z.array(Membership),
});
const Employer = z.object({ id: z.number(), orgnr: z.string(), name: z.string(), memberships: z.number() });
const FieldValue = z.union([z.string(), z.number(), z.null()]);

const employmentOut = ({ membershipId: _, annualSalary, ...e }: EmploymentView) => ({
  ...e,
  annualSalary: kronerOut(annualSalary),
});
const pensionOut = ({ membershipId: _, annualAmount, ...p }: PensionView) => ({
  ...p,
  annualAmount: kronerOut(annualAmount),
});
const membershipOut = (m: MembershipView) => ({
  ...m,
  employments: m.employments.map(employmentOut),
  pensions: m.pensions.map(pensionOut),
});
const personOut = (p: PersonView) => ({ ...p, memberships: p.memberships.map(membershipOut) });

const withConflict = { ...protectedErrors, 409: ErrorResponse };

export async function registerRoutes(app: KassaApp, ctx: AppContext) {
  const db = registerDb(ctx.db);

  // ---- persons -------------------------------------------------------------------------------

  app.post('/api/persons/search', {
    config: { access: 'person:read' },
    schema: {
      tags: ['persons'],
      description:
        'Member search. An 11-digit query finds the person with that national identity number; any other ' +
        'query finds persons whose name contains every word and, when it holds a birth date (12.03.1958 or ' +
        '1958-03-12), who were born that day; best match first, paged by limit and offset. The number goes in the ' +
        'body, never in the URL. Every person returned is written to the access log.',
      body: z.object({
        query: z.string().trim().min(2, 'give at least two characters').max(200),
        purpose: Purpose.optional(),
        limit: z.number().int().min(1).max(100).optional(),
        offset: z.number().int().min(0).max(1000).optional().describe('hits to skip: the next page'),
      }),
      response: {
        200: z.object({
          results: z.array(
            z.object({
              id: z.number(),
              name: z.string(),
              birthDate: z.string(),
              nationalIdMasked: z.string(),
              deathDate: z.string().nullable(),
              memberships: z
                .array(
                  z.object({
                    employer: z.string(),
                    kind: KindEnum,
                    status: z.enum(['active', 'pensioner', 'former']).nullable(),
                  }),
                )
                .describe("the memberships in the caller's scope, to tell namesakes apart"),
            }),
          ),
          total: z.number().describe('matches found, counted up to 200'),
          capped: z.boolean().describe('more than 200 matched: narrow the search'),
        }),
        ...protectedErrors,
      },
    },
    handler: async (req) => searchPersons(db, principalOf(req), req.body),
  });

  app.post('/api/persons', {
    config: { access: 'person:write' },
    schema: {
      tags: ['persons'],
      description: 'Registers a person. The birth date, when given, must agree with the number.',
      body: z.object({
        nationalId: z.string().trim().describe('fødselsnummer or D-number, 11 digits'),
        name: z.string().trim().min(1).max(200),
        birthDate: DateIn.optional(),
        address: z.string().trim().max(500).nullable().optional(),
        accountNumber: z.string().trim().max(20).nullable().optional(),
      }),
      response: { 201: Person, ...withConflict },
    },
    handler: async (req, reply) => {
      const principal = principalOf(req);
      const id = await createPerson(db, principal, req.body, {
        allowSynthetic: ctx.config.env === 'training',
      });
      // Returned through the access-logged read, like every other answer that shows a person.
      return reply.code(201).send(personOut(await getCreatedPerson(db, principal, id)));
    },
  });

  app.get('/api/persons/:id', {
    config: { access: 'person:read' },
    schema: {
      tags: ['persons'],
      description:
        "A person with the memberships the caller may see. The read goes to the person's access log. " +
        "404 for a person without a membership at the caller's employers, as for an unknown id.",
      params: IdParams,
      querystring: z.object({ purpose: Purpose.optional() }),
      response: { 200: Person, ...protectedErrors },
    },
    handler: async (req) =>
      personOut(await getPerson(db, principalOf(req), req.params.id, req.query.purpose)),
  });

  app.patch('/api/persons/:id', {
    config: { access: 'person:write' },
    schema: {
      tags: ['persons'],
      description:
        'Changes a person. The old version is kept in the history; the audit log records who, when and why.',
      params: IdParams,
      body: z.object({
        name: z.string().trim().min(1).max(200).optional(),
        address: z.string().trim().max(500).nullable().optional(),
        accountNumber: z.string().trim().max(20).nullable().optional(),
        deathDate: DateIn.nullable().optional(),
        validFrom: DateIn.describe('when the new values take effect'),
        reason: Reason,
      }),
      response: { 200: Person, ...protectedErrors },
    },
    handler: async (req) => {
      const principal = principalOf(req);
      await updatePerson(db, principal, req.params.id, req.body);
      return personOut(await getPerson(db, principal, req.params.id, 'update'));
    },
  });

  app.get('/api/persons/:id/history', {
    config: { access: 'person:read' },
    schema: {
      tags: ['persons'],
      description:
        'What changed in the person and their memberships, periods and pensions: when, by whom, from what to what. Newest first.',
      params: IdParams,
      response: {
        200: z.object({
          changes: z.array(
            z.object({
              entity: z.enum(['person', 'membership', 'employment', 'pension']),
              entityId: z.number(),
              at: z.string(),
              by: z.string(),
              action: z.enum(['created', 'changed', 'ended', 'deleted']),
              fields: z.array(z.object({ field: z.string(), from: FieldValue, to: FieldValue })),
            }),
          ),
        }),
        ...protectedErrors,
      },
    },
    handler: async (req) => ({ changes: await personHistory(db, principalOf(req), req.params.id) }),
  });

  app.get('/api/persons/:id/access-log', {
    config: { access: 'audit:read' },
    schema: {
      tags: ['persons'],
      description: "Who looked at this person's data, when and why. Newest first.",
      params: IdParams,
      response: {
        200: z.object({
          entries: z.array(
            z.object({ at: z.string(), actor: z.string(), purpose: z.string(), what: z.string() }),
          ),
        }),
        ...protectedErrors,
      },
    },
    handler: async (req) => ({ entries: await personAccessLog(db, principalOf(req), req.params.id) }),
  });

  // ---- employers and schemes -----------------------------------------------------------------

  app.get('/api/employers', {
    config: { access: 'register:read' },
    schema: {
      tags: ['employers'],
      description: 'Employers the caller may see, filtered by name or the start of the organisation number.',
      querystring: z.object({
        query: z.string().trim().max(200).optional(),
        limit: CountString.pipe(z.number().min(1).max(500)).default(50),
        offset: CountString.default(0),
      }),
      response: { 200: z.object({ employers: z.array(Employer) }), ...protectedErrors },
    },
    handler: async (req) => ({ employers: await listEmployers(db, principalOf(req), req.query) }),
  });

  app.get('/api/employers/:id', {
    config: { access: 'register:read' },
    schema: { tags: ['employers'], params: IdParams, response: { 200: Employer, ...protectedErrors } },
    handler: async (req) => getEmployer(db, principalOf(req), req.params.id),
  });

  app.get('/api/employers/:id/members', {
    config: { access: 'person:read' },
    schema: {
      tags: ['employers'],
      description:
        "The employer's own list of members: persons with an own membership there, with status today, " +
        'position percentage and first employment day; filtered by status and name, paged by name. ' +
        'Every person returned is written to the access log.',
      params: IdParams,
      querystring: z.object({
        status: z.enum(['active', 'pensioner', 'former']).optional(),
        query: z.string().trim().max(200).optional(),
        limit: z.coerce.number().int().min(1).max(5000).default(50),
        offset: z.coerce.number().int().min(0).default(0),
      }),
      response: {
        200: z.object({
          members: z.array(
            z.object({
              personId: z.number(),
              name: z.string(),
              birthDate: z.string(),
              nationalIdMasked: z.string(),
              status: z.enum(['active', 'pensioner', 'former']).nullable(),
              positionPct: z.number().nullable(),
              since: z.string().nullable(),
            }),
          ),
          total: z.number(),
        }),
        ...protectedErrors,
      },
    },
    handler: async (req) => listEmployerMembers(db, principalOf(req), req.params.id, req.query),
  });

  app.post('/api/employers', {
    config: { access: 'register:write' },
    schema: {
      tags: ['employers'],
      body: z.object({
        orgnr: z.string().trim().describe('organisasjonsnummer, 9 digits'),
        name: z.string().trim().min(1).max(200),
      }),
      response: { 201: Employer, ...withConflict },
    },
    handler: async (req, reply) => {
      const principal = principalOf(req);
      const id = await createEmployer(db, principal, req.body);
      return reply.code(201).send(await getEmployer(db, principal, id));
    },
  });

  app.get('/api/schemes', {
    config: { access: 'register:read' },
    schema: {
      tags: ['employers'],
      response: {
        200: z.object({
          schemes: z.array(
            z.object({
              code: z.string(),
              name: z.string(),
              providerCode: z.string(),
              providerName: z.string(),
            }),
          ),
        }),
        ...protectedErrors,
      },
    },
    handler: async () => ({ schemes: await listSchemes(db) }),
  });

  // ---- memberships, employments, pensions ----------------------------------------------------

  app.post('/api/memberships', {
    config: { access: 'register:write' },
    schema: {
      tags: ['memberships'],
      description:
        "Registers a membership: the person's own (kind 'own', the default) or a survivor's (kind " +
        "'survivor') at the deceased member's employer and scheme. One person can have both at the same " +
        'employer and scheme: a survivor who also works there stays an active member.',
      body: z.object({
        personId: Id.optional().describe(
          "the person's id; a writer limited to some employers: only a person they already reach",
        ),
        nationalId: z
          .string()
          .regex(/^\d{11}$/, 'must be 11 digits')
          .optional()
          .describe(
            'instead of personId: enrols the person with this number (how a new employee is enrolled)',
          ),
        employerId: Id,
        schemeCode: z.string().trim().min(1).max(50),
        kind: KindEnum.optional(),
      }),
      response: { 201: Membership, ...withConflict },
    },
    handler: async (req, reply) => {
      const principal = principalOf(req);
      const id = await createMembership(db, principal, req.body);
      return reply.code(201).send(membershipOut(await getMembership(db, principal, id, 'update')));
    },
  });

  app.get('/api/memberships/:id', {
    config: { access: 'person:read' },
    schema: {
      tags: ['memberships'],
      description:
        "A membership with its periods, pensions and status today. 404 for one at an employer outside the caller's employers, as for an unknown id.",
      params: IdParams,
      querystring: z.object({ purpose: Purpose.optional() }),
      response: { 200: Membership, ...protectedErrors },
    },
    handler: async (req) =>
      membershipOut(await getMembership(db, principalOf(req), req.params.id, req.query.purpose)),
  });

  app.post('/api/memberships/:id/employments', {
    config: { access: 'register:write' },
    schema: {
      tags: ['memberships'],
      description:
        "Adds an employment period to a membership of kind 'own' (a survivor's membership has none). " +
        'Periods of one membership must not overlap.',
      params: IdParams,
      body: z.object({
        startDate: DateIn,
        endDate: DateIn.nullable().optional().describe('last day employed; empty while it lasts'),
        positionPct: Pct,
        annualSalary: KronerIn.nullable().optional(),
        ageLimit: AgeLimit.optional(),
      }),
      response: { 201: Employment, ...protectedErrors },
    },
    handler: async (req, reply) => {
      const view = await addEmployment(db, principalOf(req), req.params.id, req.body);
      return reply.code(201).send(employmentOut(view));
    },
  });

  app.post('/api/employments/:id/changes', {
    config: { access: 'register:write' },
    schema: {
      tags: ['memberships'],
      description:
        'A change of position percentage, salary or age limit from a date (lønnsendring, stillingsendring): ' +
        'the period ends the day before validFrom and a new period with the new values starts on validFrom ' +
        '(until the old end date), in one transaction with the audit rows. validFrom must lie inside the ' +
        'period and after its first day: a value wrong from the first day is a correction (PATCH).',
      params: IdParams,
      body: z.object({
        validFrom: DateIn.describe('first day of the new values'),
        positionPct: Pct.optional(),
        annualSalary: KronerIn.optional(),
        ageLimit: AgeLimit.optional(),
        reason: Reason,
      }),
      response: {
        201: z.object({
          ended: Employment.describe('the period as it is now, ending the day before validFrom'),
          started: Employment.describe('the new period from validFrom'),
        }),
        ...protectedErrors,
      },
    },
    handler: async (req, reply) => {
      const { ended, started } = await changeEmploymentFrom(db, principalOf(req), req.params.id, req.body);
      return reply.code(201).send({ ended: employmentOut(ended), started: employmentOut(started) });
    },
  });

  app.patch('/api/employments/:id', {
    config: { access: 'register:write' },
    schema: {
      tags: ['memberships'],
      description:
        'Corrects an employment period in place (a salary or position percentage recorded wrong) or ' +
        'ends it (endDate; null re-opens it). The old version stays in the history and the audit row ' +
        'keeps the reason. A real change from a date is not a correction: use POST /api/employments/{id}/changes.',
      params: IdParams,
      body: z.object({
        endDate: DateIn.nullable().optional(),
        positionPct: Pct.optional(),
        annualSalary: KronerIn.nullable().optional(),
        reason: Reason,
      }),
      response: { 200: Employment, ...protectedErrors },
    },
    handler: async (req) =>
      employmentOut(await correctEmployment(db, principalOf(req), req.params.id, req.body)),
  });

  app.post('/api/memberships/:id/pensions', {
    config: { access: 'register:write' },
    schema: {
      tags: ['memberships'],
      description:
        `Adds a pension in payment. A survivor's pension (${survivorBenefits}) goes on a membership of kind ` +
        "'survivor', every other benefit on one of kind 'own'. Two pensions of the same benefit must not " +
        'run at the same time.',
      params: IdParams,
      body: z.object({
        benefit: BenefitEnum,
        startDate: DateIn,
        endDate: DateIn.nullable().optional(),
        gradePct: Pct.nullable().optional(),
        annualAmount: KronerIn,
        deceasedPersonId: Id.nullable()
          .optional()
          .describe(
            "a survivor's pension: the member who died — recorded as dead before startDate, with an own membership in the same scheme at the same employer",
          ),
      }),
      response: { 201: Pension, ...protectedErrors },
    },
    handler: async (req, reply) => {
      const view = await addPension(db, principalOf(req), req.params.id, req.body);
      return reply.code(201).send(pensionOut(view));
    },
  });

  app.patch('/api/pensions/:id', {
    config: { access: 'register:write' },
    schema: {
      tags: ['memberships'],
      description: 'Ends a pension (or re-opens it with endDate null).',
      params: IdParams,
      body: z.object({ endDate: DateIn.nullable(), reason: Reason }),
      response: { 200: Pension, ...protectedErrors },
    },
    handler: async (req) => pensionOut(await endPension(db, principalOf(req), req.params.id, req.body)),
  });
}
