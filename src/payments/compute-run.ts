/**
 * The payment run's database work (payments.md "Who is paid, and how much"): one transaction of
 * set-based statements (INSERT … SELECT), so a million pensions cost a few statements, not a
 * million round trips, and a run killed at any moment leaves nothing behind (the transaction rolls
 * back) and is simply run again. The bank file is written afterwards from what this committed.
 */
import { type Kysely, sql } from 'kysely';
import { orderLetter } from '../documents/order-letter';
import type { IsoDate } from '../domain/dates';
import { writeAudit } from '../platform/audit';
import { AppError } from '../platform/errors';
import type { PlatformTables } from '../platform/tables';
import { addMonths, firstDay, type Month, monthOf } from './months';
import type { PaymentRunRow } from './tables';

/** One advisory lock key for every run and regulation: they never overlap. */
export const PAYMENTS_LOCK = 1_800_018;

/** The annual amount of pension `p` on date `d` (SQL): its latest dated period, else the register's. */
const amountOn = (d: string, withPeriods: boolean) =>
  withPeriods
    ? `coalesce((select a.annual_amount from pension_amount a where a.pension_id = p.id and a.from_date <= ${d}
         order by a.from_date desc limit 1), p.annual_amount)`
    : 'p.annual_amount';

/** Monthly gross in øre from an annual amount in øre: annual / 12 rounded half up to whole kroner. */
const monthly = (annual: string) => `((${annual} + 600) / 1200) * 100`;

/** A pension paid for the month starting on `d` (SQL): started, not ended, its person alive that day. */
const paidOn = (d: string) =>
  `p.start_date <= ${d} and (p.end_date is null or p.end_date >= ${d}) and (pe.death_date is null or pe.death_date >= ${d})`;

export interface ComputeOptions {
  month: Month;
  payDate: IsoDate;
  by: string;
}

export type Tx = Kysely<PlatformTables>;

/** KASSA_PAY_TRACE=1 prints each step's time on stderr (benchmarks). */
const trace = process.env.KASSA_PAY_TRACE === '1';
let traceAt = 0;
function step(name: string) {
  if (!trace) return;
  const now = performance.now();
  if (traceAt) process.stderr.write(`  pay step ${name}: ${Math.round(now - traceAt)} ms\n`);
  traceAt = now;
}

/**
 * Computes and stores month M's run, or returns the run already there. Refuses a month before the
 * last one paid or one that skips a month: back-pay covers months Kassa paid, so none may be missing.
 */
export async function computeRun(
  trx: Tx,
  o: ComputeOptions,
): Promise<{ run: PaymentRunRow; existed: boolean }> {
  await sql`select pg_advisory_xact_lock(${PAYMENTS_LOCK})`.execute(trx);
  // JIT compiling these few large statements cost seconds and saved none (bench/payments.ts).
  await sql`set local jit = off`.execute(trx);
  // Its sorts and hashes of a million rows stay in memory instead of spilling to disk in batches.
  await sql`set local work_mem = '128MB'`.execute(trx);
  const M = firstDay(o.month);
  const existing = await sql<PaymentRunRow>`select * from payment_run where month = ${M}::date`.execute(trx);
  if (existing.rows[0]) return { run: existing.rows[0], existed: true };

  const last = (
    await sql<{
      month: IsoDate;
      created_at: Date;
    }>`select month, created_at from payment_run order by month desc limit 1`.execute(trx)
  ).rows[0];
  if (last && last.month > M)
    throw new AppError('conflict', [
      { path: 'month', message: `${monthOf(last.month)} is already paid; months are paid in order` },
    ]);
  if (last && monthOf(last.month) !== addMonths(o.month, -1))
    throw new AppError('conflict', [
      {
        path: 'month',
        message: `the last month paid is ${monthOf(last.month)}; pay ${addMonths(monthOf(last.month), 1)} first`,
      },
    ]);

  const run = (
    await sql<PaymentRunRow>`insert into payment_run (month, pay_date, msg_id, created_by)
      values (${M}::date, ${o.payDate}::date, ${`KASSA-${o.month}-${Date.now().toString(36).toUpperCase()}`}, ${o.by})
      returning *`.execute(trx)
  ).rows[0] as PaymentRunRow;
  const runId = run.id;
  const withPeriods =
    (
      await sql<{
        n: number;
      }>`select count(*)::int as n from (select 1 from pension_amount limit 1) x`.execute(trx)
    ).rows[0]?.n === 1;
  const m = `'${M}'::date`; // a validated calendar date, not user text

  // 1. What is due this month, per pension.
  step('start');
  await sql
    .raw(
      `create temp table pay_due on commit drop as
       select person_id, pension_id, ${m} as for_month, ${monthly('annual')} as gross, account_number from (
         select m.person_id, p.id as pension_id, pe.account_number, ${withPeriods ? 'coalesce(a.annual_amount, p.annual_amount)' : 'p.annual_amount'} as annual
         from pension p join membership m on m.id = p.membership_id join person pe on pe.id = m.person_id
         ${
           // Each pension's latest period from the month, read in one ordered pass and joined,
           // rather than looked up pension by pension.
           withPeriods
             ? `left join (select distinct on (pension_id) pension_id, annual_amount from pension_amount
                 where from_date <= ${m} order by pension_id, from_date desc) a on a.pension_id = p.id`
             : ''
         }
         where ${paidOn(m)}) d
       where annual > 0`,
    )
    .execute(trx);

  // 2. Back-pay: for months Kassa already paid, what is due now minus what was paid, for the
  //    pensions something happened to since the last run (changed, regulated, new, or held).
  //    The first run has no earlier month: imported pensions carry no back-pay.
  if (last) {
    // A margin before the last run's start: a change committed while it ran is looked at again.
    const cutoff = new Date(last.created_at.getTime() - 3_600_000).toISOString();
    step('due');
    await sql
      .raw(
        `with dirty as (
           select p.id from pension p where p.recorded_at > '${cutoff}'::timestamptz
           union select pension_id from pension_amount where regulation_id in
             (select id from regulation where created_at > '${cutoff}'::timestamptz)
           union select p.id from pension p join membership m on m.id = p.membership_id
             where m.person_id in (select person_id from payment_hold
                                   union select id from person where recorded_at > '${cutoff}'::timestamptz)
         ),
         paid as (
           select l.pension_id, l.for_month, sum(l.gross) as gross from payment_line l
           where l.pension_id in (select id from dirty) group by 1, 2
         )
         insert into pay_due (person_id, pension_id, for_month, gross, account_number)
         select m.person_id, p.id, r.month, x.due - coalesce(paid.gross, 0), pe.account_number
         from dirty d join pension p on p.id = d.id join membership m on m.id = p.membership_id
         join person pe on pe.id = m.person_id
         cross join (select month from payment_run where month < ${m}) r
         left join paid on paid.pension_id = p.id and paid.for_month = r.month
         cross join lateral (select case when ${paidOn('r.month')} and ${amountOn('r.month', withPeriods)} > 0
           then ${monthly(amountOn('r.month', withPeriods))} else 0 end as due) x
         where x.due <> coalesce(paid.gross, 0) and (pe.death_date is null or pe.death_date >= r.month)`,
      )
      .execute(trx);
  }

  // 3. Per person: this month's gross, back-pay, the account, and a rejected net to send again.
  //    Held: no account, or the account the bank rejected is still the one registered.
  step('backpay');
  // Grouped by sorting, which hands the rows on in person order; the planner, unable to count the
  // persons in a union, would hash them and sort again.
  await sql`set local enable_hashagg = off`.execute(trx);
  await sql
    .raw(
      `create temp table pay_person on commit drop as
       select t.person_id, sum(t.cur)::bigint as cur, sum(t.back)::bigint as back, sum(t.reissue)::bigint as reissue,
         t.account_number,
         t.account_number is null or exists (select 1 from payment_receipt r where r.person_id = t.person_id
           and r.status = 'rejected' and r.resolved_run_id is null and r.account_number = t.account_number) as held
       from (
         select person_id, account_number, case when for_month = ${m} then gross else 0 end as cur,
           case when for_month < ${m} then gross else 0 end as back, 0::bigint as reissue from pay_due
         union all
         select r.person_id, pe.account_number, 0, 0, pay.net from payment_receipt r
           join payment pay on pay.person_id = r.person_id and pay.month = r.month
           join person pe on pe.id = r.person_id
           where r.status = 'rejected' and r.resolved_run_id is null
       ) t
       group by t.person_id, t.account_number
       order by t.person_id`, // written in person order: the payments are inserted in this order
    )
    .execute(trx);
  await sql`set local enable_hashagg = on`.execute(trx);
  // Temporary tables get no statistics from autovacuum: without them the planner guesses.
  await sql`analyze pay_person`.execute(trx);

  step('person');
  await sql
    .raw(
      `insert into payment_hold (person_id, month, run_id, reason, gross)
       select person_id, ${m}, ${runId}, case when account_number is null then 'missing_account' else 'rejected_account' end,
         cur + back
       from pay_person where held and (cur + back > 0 or reissue > 0)`,
    )
    .execute(trx);

  // 4. Payments: withholding on the person's gross from the year's tax card (whole kroner, down),
  //    a recovery instalment, the net (never below 0).
  const year = Number(o.month.slice(0, 4));
  // Most months nobody repays by instalments: then no look-up per person.
  const instalments =
    (
      await sql<{
        n: number;
      }>`select count(*)::int as n from (select 1 from recovery_claim where status = 'instalments' limit 1) x`.execute(
        trx,
      )
    ).rows[0]?.n === 1;
  step('hold');
  await sql
    .raw(
      `insert into payment (person_id, month, run_id, account_number, gross, withholding, deduction, reissued, net,
         tax_basis, end_to_end_id)
       select x.person_id, ${m}, ${runId}, x.account_number, x.gross, x.wh, x.ded, x.reissue,
         greatest(x.gross - x.wh - x.ded + x.reissue, 0), x.basis, 'KASSA-${o.month.replace('-', '')}-' || x.person_id
       from (
         select w.*, least(coalesce(c.instalment, 0), coalesce(c.remaining, 0),
                           greatest(w.gross - w.wh, 0))::bigint as ded
         from (
           select pp.person_id, pp.account_number, pp.cur + pp.back as gross, pp.reissue,
             coalesce(tc.kind, 'default') as basis,
             (100 * case
               when pp.cur + pp.back <= 0 then 0
               when tc.kind = 'percentage' then floor((pp.cur + pp.back) / 100 * tc.percentage / 100)
               when tc.kind = 'table' then
                 least(pp.cur / 100, coalesce(tx.withholding,
                     (select t.withholding from withholding_table t where t.year = ${year}
                        and t.table_number = tc.table_number and t.income_from <= pp.cur / 100
                      order by t.income_from desc limit 1), 0)
                   + case when top.income_from is not null and pp.cur / 100 > top.income_from
                       then floor((pp.cur / 100 - top.income_from) * top.marginal_pct / 100) else 0 end)
                 + floor(greatest(pp.back, 0) / 100 * tc.percentage / 100)
               else floor((pp.cur + pp.back) / 100 * 0.5) end)::bigint as wh
           from pay_person pp
           left join tax_card tc on tc.person_id = pp.person_id and tc.year = ${year}
           -- The published tables have a row every 100 kr: the row is found by a hash join on the income
           -- rounded down to 100; only an income between a table's rows (or below its first) is looked up.
           left join withholding_table tx on tc.kind = 'table' and tx.year = ${year}
             and tx.table_number = tc.table_number and tx.income_from = pp.cur / 10000 * 100
           left join (select t.table_number, max(t.income_from) as income_from, g.marginal_pct
               from withholding_table t join withholding_table_top g on g.year = t.year and g.table_number = t.table_number
               where t.year = ${year} group by t.table_number, g.marginal_pct) top
             on tc.kind = 'table' and top.table_number = tc.table_number
           where not pp.held and (pp.cur + pp.back <> 0 or pp.reissue > 0)
         ) w
         ${
           instalments
             ? `left join lateral (select k.id, k.instalment, k.amount - coalesce((select sum(i.amount) from recovery_instalment i
               where i.claim_id = k.id), 0) as remaining
             from recovery_claim k where k.debtor_person_id = w.person_id and k.status = 'instalments'
             order by k.id limit 1) c on true`
             : 'cross join (select null::bigint as instalment, null::bigint as remaining) c'
         }
       ) x`, // in pay_person's order, which is person order: the indexes grow at their right edge
    )
    .execute(trx);

  step('payment');
  await sql
    .raw(
      `insert into payment_line (person_id, month, pension_id, for_month, gross)
       select d.person_id, ${m}, d.pension_id, d.for_month, d.gross from pay_due d
       join pay_person pp on pp.person_id = d.person_id
       where not pp.held and (pp.cur + pp.back <> 0 or pp.reissue > 0)
       order by d.pension_id, d.for_month`,
    )
    .execute(trx);

  step('line');
  await sql
    .raw(
      `insert into recovery_instalment (claim_id, month, person_id, amount)
       select (select k.id from recovery_claim k where k.debtor_person_id = p.person_id and k.status = 'instalments'
               order by k.id limit 1), ${m}, p.person_id, p.deduction
       from payment p where p.run_id = ${runId} and p.deduction > 0`,
    )
    .execute(trx);
  step('instalment');
  await sql
    .raw(
      `update payment_receipt r set resolved_run_id = ${runId}
       from payment p where p.run_id = ${runId} and p.reissued > 0 and r.person_id = p.person_id
         and r.status = 'rejected' and r.resolved_run_id is null`,
    )
    .execute(trx);

  step('receipts');
  // 5. Deaths reported late: what was paid for months after the month of death becomes a claim on
  //    the estate, with a letter ordered in this transaction. The claim is what the estate received,
  //    net of tax: each payment's net (with an instalment deducted from it for another claim, without
  //    an earlier net sent again with it). The tax withheld is not claimed from the estate: it is
  //    kept on the claim as withholding to correct, reversed in this run's accounts, and the annual
  //    statement leaves those months out (paid-in-year.ts).
  const claims = await sql<{
    id: number;
    person_id: number;
    amount: number;
    gross: number;
    withholding: number;
    first_month: IsoDate;
    last_month: IsoDate;
  }>`
    insert into recovery_claim (person_id, debtor_person_id, first_month, last_month, amount, gross, withholding,
      created_run_id)
    select pay.person_id, pay.person_id, min(pay.month), max(pay.month),
      sum(pay.net + pay.deduction - pay.reissued), sum(pay.gross), sum(pay.withholding), ${runId}
    from payment pay join person pe on pe.id = pay.person_id
    where pe.death_date is not null and pay.month > pe.death_date and pay.net > 0
      and not exists (select 1 from payment_receipt r where r.person_id = pay.person_id and r.month = pay.month
                      and r.status = 'rejected')
      and not exists (select 1 from recovery_claim k where k.person_id = pay.person_id and pay.month between k.first_month and k.last_month)
    group by pay.person_id having sum(pay.net + pay.deduction - pay.reissued) > 0
    returning id, person_id, amount, gross, withholding, first_month, last_month`.execute(trx);
  for (const c of claims.rows) {
    await orderLetter(trx, o.by, {
      type: 'recovery',
      personId: c.person_id,
      data: {
        claimId: c.id,
        amount: c.amount,
        gross: c.gross,
        withholding: c.withholding,
        firstMonth: monthOf(c.first_month),
        lastMonth: monthOf(c.last_month),
        to: 'estate',
      },
      idempotencyKey: `recovery-claim:${c.id}`,
      securityClass: 3,
    });
  }

  step('claims');
  // 6. Totals and the accounting entries (they balance: debit = credit).
  const totals = (
    await sql<
      Omit<PaymentRunRow, 'id' | 'month' | 'pay_date' | 'msg_id' | 'created_at' | 'created_by' | 'file_path'>
    >`
    update payment_run r set
      payments = t.payments, gross = t.gross, withholding = t.withholding, deductions = t.deductions,
      reissued = t.reissued, net = t.net, back_pay = t.back_pay, default_tax = t.default_tax,
      transactions = t.transactions, missing_account = h.n, held_gross = h.gross
    from (select count(*)::int as payments, coalesce(sum(gross), 0)::bigint as gross,
            coalesce(sum(withholding), 0)::bigint as withholding, coalesce(sum(deduction), 0)::bigint as deductions,
            coalesce(sum(reissued), 0)::bigint as reissued, coalesce(sum(net), 0)::bigint as net,
            count(*) filter (where tax_basis = 'default')::int as default_tax,
            count(*) filter (where net > 0)::int as transactions,
            (select coalesce(sum(l.gross), 0) from payment_line l where l.month = ${M}::date and l.for_month < ${M}::date)::bigint as back_pay
          from payment where run_id = ${runId}) t,
         (select count(*)::int as n, coalesce(sum(gross), 0)::bigint as gross from payment_hold where run_id = ${runId}) h
    where r.id = ${runId}
    returning r.payments, r.gross, r.withholding, r.deductions, r.reissued, r.net, r.back_pay, r.missing_account,
      r.held_gross, r.default_tax, r.transactions`.execute(trx)
  ).rows[0];
  if (!totals) throw new Error('payment run vanished');
  // A net that would fall below 0 (a correction larger than the month) is floored; the rest is owed.
  const shortfall = totals.net + totals.withholding + totals.deductions - totals.gross - totals.reissued;
  // Claims raised in this run reverse what was paid after the deaths: the cost of it (credit), the
  // receivable from the estates (debit) and the tax withheld, to be corrected (debit).
  const claimed = claims.rows.reduce((a, c) => a + Number(c.amount), 0);
  const corrected = claims.rows.reduce((a, c) => a + Number(c.withholding), 0);
  const entries: [string, number, number][] = [
    ['pension_cost', totals.gross, claimed + corrected],
    ['rejected_returned', totals.reissued, 0],
    ['overpayment_receivable', shortfall, 0],
    ['withholding_payable', corrected, totals.withholding],
    ['recovery_receivable', claimed, totals.deductions],
    ['bank', 0, totals.net],
  ];
  for (const [account, debit, credit] of entries)
    await sql`insert into payment_entry (run_id, account, debit, credit) values (${runId}, ${account}, ${debit}, ${credit})`.execute(
      trx,
    );
  // Fresh statistics for the bank file's keyset pages: without them the planner, thinking the
  // table small, sorted all payments once per page (100 s at a million).
  await sql`analyze payment`.execute(trx);
  step('totals');
  await writeAudit(trx, o.by, {
    action: 'payment_run',
    entity: 'payment_run',
    entityId: runId,
    details: { month: o.month, payDate: o.payDate, ...totals, recoveryClaims: claims.rows.length },
  });
  return { run: { ...run, ...totals }, existed: false };
}
