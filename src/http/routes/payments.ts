/**
 * Payments routes: runs with totals and reconciliation, starting a run, a person's payment
 * history, the rejected-payments and recovery queues, G values (four eyes) and the regulation
 * with its preview. Thin: parse, call the payments capability, answer. Kroner out, øre inside.
 */
import path from 'node:path';
import { sql } from 'kysely';
import { z } from 'zod';
import type { IsoDate } from '../../domain/dates';
import { formatKroner, type Ore, parseKroner } from '../../domain/money';
import { listRuns } from '../../payments/list-runs';
import { type Month, parseMonth } from '../../payments/months';
import { payerFromEnv } from '../../payments/payer';
import { personPayments } from '../../payments/person-payments';
import { approveG, listGValues, proposeG } from '../../payments/record-g';
import { recoveryClaims } from '../../payments/recovery-claims';
import { regulatePensions } from '../../payments/regulate-pensions';
import { rejectedPayments } from '../../payments/rejected-payments';
import { runPayments } from '../../payments/run-payments';
import { approveWriteOff, proposeWriteOff, setInstalments } from '../../payments/settle-claim';
import { openTaxCardService } from '../../payments/tax-cards/open-service';
import { AppError, notFound } from '../../platform/errors';
import { type KassaApp, principalOf } from '../app';
import type { AppContext } from '../context';
import { ErrorResponse, Id, IdParams, IsoDateString, protectedErrors } from '../schemas';

const kr = (o: number | null) => (o === null ? null : Number(formatKroner(o as Ore)));
const withConflict = { ...protectedErrors, 409: ErrorResponse };
const MonthString = z.string().refine((s) => parseMonth(s) !== undefined, 'must be a month as YYYY-MM');
const Factor = z.string().regex(/^\d(\.\d{1,6})?$/, 'must be a factor such as 1.0443');
const KronerIn = z
  .number()
  .positive()
  .transform((n, ctx): Ore => {
    const amount = parseKroner(String(n));
    if (amount === undefined) {
      ctx.addIssue({ code: 'custom', message: 'must be kroner with at most two decimals' });
      return z.NEVER;
    }
    return amount;
  });

const Summary = z.object({
  month: z.string(),
  payments: z.number(),
  gross: z.number(),
  withholding: z.number(),
  net: z.number(),
  missingAccount: z.number(),
  backPay: z.number(),
  file: z.string(),
  alreadyPaid: z.boolean(),
  deductions: z.number(),
  reissued: z.number(),
  transactions: z.number(),
  defaultTax: z.number(),
  payDate: z.string(),
  runId: z.number(),
});

const Run = z.object({
  id: z.number(),
  month: z.string(),
  payDate: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
  payments: z.number(),
  transactions: z.number(),
  gross: z.number(),
  withholding: z.number(),
  deductions: z.number(),
  reissued: z.number(),
  net: z.number(),
  backPay: z.number(),
  missingAccount: z.number(),
  heldGross: z.number(),
  defaultTax: z.number(),
  fileWritten: z.boolean(),
  entries: z.array(z.object({ account: z.string(), debit: z.number(), credit: z.number() })),
  reconciliation: z.object({
    entriesBalance: z.boolean(),
    paymentsMatch: z.boolean(),
    debit: z.number(),
    credit: z.number(),
  }),
});

const Regulation = z.object({
  from: z.string(),
  g: z.number(),
  pensions: z.number(),
  before: z.number(),
  after: z.number(),
  gBefore: z.number(),
  gFactor: z.string(),
  pensionFactor: z.string(),
  alreadyRegulated: z.boolean(),
  dryRun: z.boolean(),
  benefits: z
    .record(
      z.string(),
      z.object({
        pensions: z.number(),
        before: z.number(),
        after: z.number(),
        largest: z.array(
          z.object({ pensionId: z.number(), personId: z.number(), before: z.number(), after: z.number() }),
        ),
      }),
    )
    .optional(),
});

export async function paymentRoutes(app: KassaApp, ctx: AppContext) {
  const db = ctx.db.kysely;

  app.get('/api/payments/runs', {
    config: { access: 'payment:read' },
    schema: {
      tags: ['payments'],
      description:
        'The latest payment runs with their totals (kroner), accounting entries and reconciliation.',
      response: { 200: z.object({ runs: z.array(Run) }), ...protectedErrors },
    },
    handler: async () => ({
      runs: (await listRuns(db)).map((r) => ({
        id: r.id,
        month: r.month.slice(0, 7),
        payDate: r.pay_date,
        createdAt: new Date(r.created_at).toISOString(),
        createdBy: r.created_by,
        payments: r.payments,
        transactions: r.transactions,
        gross: kr(r.gross) as number,
        withholding: kr(r.withholding) as number,
        deductions: kr(r.deductions) as number,
        reissued: kr(r.reissued) as number,
        net: kr(r.net) as number,
        backPay: kr(r.back_pay) as number,
        missingAccount: r.missing_account,
        heldGross: kr(r.held_gross) as number,
        defaultTax: r.default_tax,
        fileWritten: r.file_path !== null,
        entries: r.entries.map((e) => ({
          account: e.account,
          debit: kr(e.debit) as number,
          credit: kr(e.credit) as number,
        })),
        reconciliation: {
          ...r.reconciliation,
          debit: kr(r.reconciliation.debit) as number,
          credit: kr(r.reconciliation.credit) as number,
        },
      })),
    }),
  });

  app.post('/api/payments/runs', {
    config: { access: 'payment:run' },
    schema: {
      tags: ['payments'],
      description:
        'Pays a month (as `kassa pay --month`): exactly once; a month already paid answers its totals with alreadyPaid.',
      body: z.object({ month: MonthString, payDate: IsoDateString.optional() }),
      response: { 200: Summary, ...withConflict },
    },
    handler: async (req) => {
      const month = req.body.month as Month;
      const taxCards = await openTaxCardService(ctx.config);
      try {
        return await runPayments(ctx.db, month, {
          by: principalOf(req).username,
          payer: payerFromEnv(),
          file: path.join(ctx.config.dataDir, 'payments', `${month}.xml`),
          payDate: req.body.payDate as IsoDate | undefined,
          taxCards: taxCards?.service,
        });
      } finally {
        await taxCards?.close();
      }
    },
  });

  app.get('/api/payments/persons/:id', {
    config: { access: 'payment:read' },
    schema: {
      tags: ['payments'],
      description:
        "A person's payments with lines, withholding, back-pay, held months and claims (access-logged).",
      params: IdParams,
      response: {
        200: z.object({
          person: z.object({
            id: z.number(),
            name: z.string(),
            accountNumber: z.string().nullable(),
            deathDate: z.string().nullable(),
          }),
          payments: z.array(
            z.object({
              month: z.string(),
              payDate: z.string(),
              gross: z.number(),
              withholding: z.number(),
              deduction: z.number(),
              reissued: z.number(),
              net: z.number(),
              taxBasis: z.string(),
              accountNumber: z.string(),
              bankStatus: z.string().nullable(),
              bankReason: z.string().nullable(),
              lines: z.array(
                z.object({
                  pensionId: z.number(),
                  benefit: z.string(),
                  forMonth: z.string(),
                  gross: z.number(),
                  backPay: z.boolean(),
                }),
              ),
            }),
          ),
          holds: z.array(z.object({ month: z.string(), reason: z.string(), gross: z.number() })),
          claims: z.array(
            z.object({
              id: z.number(),
              amount: z.number().describe('What the estate is asked to repay: the net it received (kroner)'),
              gross: z
                .number()
                .nullable()
                .describe(
                  'Gross of the payments after the death (kroner; null on claims before tax correction)',
                ),
              withholding: z
                .number()
                .nullable()
                .describe(
                  'Tax withheld from them: not claimed from the estate, corrected in the withholding report',
                ),
              remaining: z.number(),
              status: z.string(),
              firstMonth: z.string(),
              lastMonth: z.string(),
            }),
          ),
        }),
        ...protectedErrors,
      },
    },
    handler: async (req) => {
      const h = await personPayments(db, principalOf(req), req.params.id);
      if (!h) throw notFound('person');
      return {
        person: {
          id: h.person.id,
          name: h.person.name,
          accountNumber: h.person.account_number,
          deathDate: h.person.death_date,
        },
        payments: h.payments.map((p) => ({
          month: p.month,
          payDate: p.pay_date,
          gross: kr(p.gross) as number,
          withholding: kr(p.withholding) as number,
          deduction: kr(p.deduction) as number,
          reissued: kr(p.reissued) as number,
          net: kr(p.net) as number,
          taxBasis: p.tax_basis,
          accountNumber: p.account_number,
          bankStatus: p.status,
          bankReason: p.reason,
          lines: p.lines.map((l) => ({
            pensionId: l.pension_id,
            benefit: l.benefit,
            forMonth: l.for_month,
            gross: kr(l.gross) as number,
            backPay: l.for_month < p.month,
          })),
        })),
        holds: h.holds.map((x) => ({ month: x.month, reason: x.reason, gross: kr(x.gross) as number })),
        claims: h.claims.map((c) => ({
          id: c.id,
          amount: kr(c.amount) as number,
          gross: c.gross === null ? null : (kr(Number(c.gross)) as number),
          withholding: c.withholding === null ? null : (kr(Number(c.withholding)) as number),
          remaining: kr(Number(c.remaining)) as number,
          status: c.status,
          firstMonth: c.first_month,
          lastMonth: c.last_month,
        })),
      };
    },
  });

  app.get('/api/payments/rejected', {
    config: { access: 'payment:read' },
    schema: {
      tags: ['payments'],
      description:
        'Payments the bank rejected, not yet sent again. Each is sent again by the next run once the account is corrected.',
      response: {
        200: z.object({
          items: z.array(
            z.object({
              personId: z.number(),
              name: z.string(),
              month: z.string(),
              net: z.number(),
              reason: z.string().nullable(),
              rejectedAccount: z.string(),
              currentAccount: z.string().nullable(),
              accountCorrected: z.boolean(),
            }),
          ),
        }),
        ...protectedErrors,
      },
    },
    handler: async () => ({
      items: (await rejectedPayments(db)).map((r) => ({
        personId: r.person_id,
        name: r.name,
        month: r.month,
        net: kr(r.net) as number,
        reason: r.reason,
        rejectedAccount: r.rejected_account,
        currentAccount: r.current_account,
        accountCorrected: r.account_corrected,
      })),
    }),
  });

  const Claim = z.object({
    id: z.number(),
    personId: z.number(),
    name: z.string(),
    debtorPersonId: z.number(),
    firstMonth: z.string(),
    lastMonth: z.string(),
    amount: z.number().describe('What the estate is asked to repay: the net it received (kroner)'),
    gross: z
      .number()
      .nullable()
      .describe('Gross of the payments after the death (kroner; null on claims before tax correction)'),
    withholding: z
      .number()
      .nullable()
      .describe('Tax withheld from them: not claimed from the estate, corrected in the withholding report'),
    recovered: z.number(),
    instalment: z.number().nullable(),
    status: z.string(),
    writeOffReason: z.string().nullable(),
    writeOffBy: z.string().nullable(),
    writeOffApprovedBy: z.string().nullable(),
  });

  app.get('/api/payments/claims', {
    config: { access: 'payment:read' },
    schema: {
      tags: ['payments'],
      description:
        'Recovery claims (money paid after a death) not written off, with what is recovered so far.',
      response: { 200: z.object({ items: z.array(Claim) }), ...protectedErrors },
    },
    handler: async () => ({
      items: (await recoveryClaims(db)).map((c) => ({
        id: c.id,
        personId: c.person_id,
        name: c.name,
        debtorPersonId: c.debtor_person_id,
        firstMonth: c.first_month,
        lastMonth: c.last_month,
        amount: kr(c.amount) as number,
        gross: c.gross === null ? null : (kr(Number(c.gross)) as number),
        withholding: c.withholding === null ? null : (kr(Number(c.withholding)) as number),
        recovered: kr(Number(c.recovered)) as number,
        instalment: kr(c.instalment),
        status: c.status,
        writeOffReason: c.write_off_reason,
        writeOffBy: c.write_off_by,
        writeOffApprovedBy: c.write_off_approved_by,
      })),
    }),
  });

  app.post('/api/payments/claims/:id/instalments', {
    config: { access: 'payment:run' },
    schema: {
      tags: ['payments'],
      description: 'Settle a claim by monthly instalments deducted from the debtor’s payments (kroner).',
      params: IdParams,
      body: z.object({
        instalment: KronerIn,
        debtorPersonId: Id.optional(),
      }),
      response: { 204: z.null(), ...withConflict },
    },
    handler: async (req, reply) => {
      await setInstalments(db, principalOf(req), req.params.id, req.body.instalment, req.body.debtorPersonId);
      return reply.code(204).send(null);
    },
  });

  app.post('/api/payments/claims/:id/write-off', {
    config: { access: 'payment:run' },
    schema: {
      tags: ['payments'],
      description: 'Propose writing a claim off, with the reason; another user approves.',
      params: IdParams,
      body: z.object({ reason: z.string().trim().min(1, 'say why').max(1000) }),
      response: { 204: z.null(), ...withConflict },
    },
    handler: async (req, reply) => {
      await proposeWriteOff(db, principalOf(req), req.params.id, req.body.reason);
      return reply.code(204).send(null);
    },
  });

  app.post('/api/payments/claims/:id/write-off/approve', {
    config: { access: 'payment:run' },
    schema: {
      tags: ['payments'],
      description: 'Approve a proposed write-off (four eyes: not the user who proposed it).',
      params: IdParams,
      response: { 204: z.null(), ...withConflict },
    },
    handler: async (req, reply) => {
      await approveWriteOff(db, principalOf(req), req.params.id);
      return reply.code(204).send(null);
    },
  });

  const GValue = z.object({
    from: z.string(),
    g: z.number(),
    pensionFactor: z.string().nullable(),
    enteredBy: z.string(),
    approvedBy: z.string().nullable(),
    source: z.string(),
  });

  app.get('/api/payments/g-values', {
    config: { access: 'payment:read' },
    schema: {
      tags: ['payments'],
      description:
        'G values recorded in Kassa (a recorded, approved G wins over the built-in table from its date).',
      response: { 200: z.object({ items: z.array(GValue) }), ...protectedErrors },
    },
    handler: async () => ({
      items: (await listGValues(db)).map((g) => ({
        from: g.from_date,
        g: Number(g.g),
        pensionFactor: g.pension_factor === null ? null : String(g.pension_factor),
        enteredBy: g.entered_by,
        approvedBy: g.approved_by,
        source: g.source,
      })),
    }),
  });

  app.post('/api/payments/g-values', {
    config: { access: 'parameter:write' },
    schema: {
      tags: ['payments'],
      description:
        'Enter a new G and the pension factor from a date; takes effect when another administrator approves.',
      body: z.object({
        from: IsoDateString,
        g: z.number().int().min(50_000).max(1_000_000),
        pensionFactor: Factor,
      }),
      response: { 204: z.null(), ...withConflict },
    },
    handler: async (req, reply) => {
      await proposeG(db, principalOf(req), req.body.from as IsoDate, req.body.g, req.body.pensionFactor);
      return reply.code(204).send(null);
    },
  });

  app.post('/api/payments/g-values/approve', {
    config: { access: 'parameter:write' },
    schema: {
      tags: ['payments'],
      description: 'Approve the G entered for a date (four eyes: another administrator).',
      body: z.object({ from: IsoDateString }),
      response: { 204: z.null(), ...withConflict },
    },
    handler: async (req, reply) => {
      await approveG(db, principalOf(req), req.body.from as IsoDate);
      return reply.code(204).send(null);
    },
  });

  app.post('/api/payments/regulations', {
    config: { access: 'payment:run' },
    schema: {
      tags: ['payments'],
      description:
        'Regulate every pension running on the date with the approved G and factor recorded for it. ' +
        'With dryRun: the totals and the largest changes per benefit, nothing written.',
      body: z.object({ from: IsoDateString, dryRun: z.boolean().default(true) }),
      response: { 200: Regulation, ...withConflict },
    },
    handler: async (req) => {
      const g = (
        await sql<{ g: number; pension_factor: string | null; approved_by: string | null }>`
          select g, pension_factor::text, approved_by from g_value where from_date = ${req.body.from}::date`.execute(
          db,
        )
      ).rows[0];
      if (!g?.approved_by || !g.pension_factor)
        throw new AppError('conflict', [
          { path: 'from', message: 'no approved G with a pension factor is recorded from this date' },
        ]);
      return regulatePensions(db, {
        from: req.body.from as IsoDate,
        g: Number(g.g),
        pensionFactor: String(Number(g.pension_factor)),
        dryRun: req.body.dryRun,
        by: principalOf(req).username,
      });
    },
  });
}
