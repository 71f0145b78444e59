/**
 * The yearly regulation (regulering, payments.md): records the new G from its date and gives every
 * pension running on that date a new annual amount as a new dated period (pension_amount), with
 * the factor and the amounts before and after. Old-age, AFP and 85-year-rule pensions in payment
 * by the published pension factor; disability, spouse and child pensions by the G factor (new G /
 * the G before). Deferred and accrued rights are not amounts in payment: the rules engine
 * regulates them by G when it calculates, with the recorded G. One transaction, set-based; run
 * twice, the second changes nothing. Months from the date already paid get the difference as
 * back-pay in the next run (compute-run.ts). A dry run computes the same and rolls back.
 */
import { type Kysely, sql } from 'kysely';
import type { IsoDate } from '../domain/dates';
import { type Ore, toWholeKroner } from '../domain/money';
import { writeAudit } from '../platform/audit';
import { AppError } from '../platform/errors';
import type { PlatformTables } from '../platform/tables';
import { PAYMENTS_LOCK } from './compute-run';
import { gBefore, type RecordedG } from './g-values';
import type { RegulationRow } from './tables';

/** Benefits regulated by the pension factor; the others by the G factor. */
export const BY_PENSION_FACTOR = ['old_age', 'afp_62_65', 'afp_65_67', 'rule_85'] as const;

export interface RegulateOptions {
  from: IsoDate;
  /** The new G in whole kroner. */
  g: number;
  /** The published factor for pensions in payment, as decimal text (e.g. "1.0443"). */
  pensionFactor: string;
  dryRun?: boolean;
  by: string;
}

export interface RegulationChange {
  pensionId: number;
  personId: number;
  before: number;
  after: number;
}

export interface RegulationSummary {
  from: string;
  g: number;
  pensions: number;
  /** Annual amounts in kroner, summed over the regulated pensions. */
  before: number;
  after: number;
  gBefore: number;
  gFactor: string;
  pensionFactor: string;
  alreadyRegulated: boolean;
  dryRun: boolean;
  /** Per benefit: count, totals and the largest changes (dry run). */
  benefits?: Record<string, { pensions: number; before: number; after: number; largest: RegulationChange[] }>;
}

class DryRun extends Error {
  constructor(readonly summary: RegulationSummary) {
    super('dry run');
  }
}

const kr = (o: number) => toWholeKroner(o as Ore);
const FACTOR = /^\d(\.\d{1,6})?$/;

export async function regulatePensions(
  db: Kysely<PlatformTables>,
  o: RegulateOptions,
): Promise<RegulationSummary> {
  if (!FACTOR.test(o.pensionFactor) || Number(o.pensionFactor) < 0.8 || Number(o.pensionFactor) > 1.3)
    throw new AppError('invalid_input', [
      { path: 'pensionFactor', message: 'must be a factor such as 1.0443 (0.8–1.3, at most 6 decimals)' },
    ]);
  if (!Number.isSafeInteger(o.g) || o.g < 50_000 || o.g > 1_000_000)
    throw new AppError('invalid_input', [{ path: 'g', message: 'must be whole kroner (50 000–1 000 000)' }]);
  try {
    return await db.transaction().execute(async (trx) => {
      await sql`select pg_advisory_xact_lock(${PAYMENTS_LOCK})`.execute(trx);
      await sql`set local jit = off`.execute(trx);
      await sql`set local work_mem = '128MB'`.execute(trx); // the sort of a million amounts in memory
      const done = (
        await sql<RegulationRow>`select * from regulation where from_date = ${o.from}::date`.execute(trx)
      ).rows[0];
      if (done) {
        if (Number(done.g) !== o.g || Number(done.pension_factor) !== Number(o.pensionFactor))
          throw new AppError('conflict', [
            {
              path: 'from',
              message: `${o.from} was regulated with G ${done.g} and factor ${done.pension_factor}; a regulation is not redone with other values`,
            },
          ]);
        return {
          from: o.from,
          g: o.g,
          pensions: done.pensions,
          before: kr(done.before_total),
          after: kr(done.after_total),
          gBefore: Number(done.g_before),
          gFactor: (o.g / Number(done.g_before)).toFixed(10),
          pensionFactor: o.pensionFactor,
          alreadyRegulated: true,
          dryRun: Boolean(o.dryRun),
        };
      }
      const recorded = (
        await sql<RecordedG>`select to_char(from_date, 'YYYY-MM-DD') as "from", g::int as g from g_value
          where approved_by is not null and from_date < ${o.from}::date`.execute(trx)
      ).rows;
      const prev = gBefore(recorded, o.from);
      if (!prev)
        throw new AppError('invalid_input', [{ path: 'from', message: 'no G is known before this date' }]);
      // Record the G (approved: the command is the operator's own act); the same value again is fine.
      const existingG = (
        await sql<{ g: number }>`select g from g_value where from_date = ${o.from}::date`.execute(trx)
      ).rows[0];
      if (existingG && Number(existingG.g) !== o.g)
        throw new AppError('conflict', [
          {
            path: 'g',
            message: `G ${existingG.g} is already recorded from ${o.from}; correct it there first`,
          },
        ]);
      await sql`insert into g_value (from_date, g, pension_factor, entered_by, approved_by, approved_at, source)
        values (${o.from}::date, ${o.g}, ${o.pensionFactor}::numeric, ${o.by}, ${o.by}, now(), 'command')
        on conflict (from_date) do update set approved_by = coalesce(g_value.approved_by, excluded.approved_by),
          approved_at = coalesce(g_value.approved_at, now()), pension_factor = excluded.pension_factor`.execute(
        trx,
      );
      const reg = (
        await sql<{
          id: number;
        }>`insert into regulation (from_date, g, g_before, pension_factor, pensions, before_total,
          after_total, created_by) values (${o.from}::date, ${o.g}, ${prev.g}, ${o.pensionFactor}::numeric, 0, 0, 0, ${o.by})
          returning id`.execute(trx)
      ).rows[0] as { id: number };
      // New amount = old × factor rounded half up to whole kroner, in exact integer arithmetic (øre):
      // the pension factor as millionths (at most 6 decimals), the G factor as the fraction new G / G before.
      const [whole, frac = ''] = o.pensionFactor.split('.');
      const pf = Number(whole) * 1_000_000 + Number(frac.padEnd(6, '0'));
      const d = `'${o.from}'::date`; // a validated calendar date
      // The first regulation finds no earlier period: then no look-up per pension.
      const earlier =
        (
          await sql<{
            n: number;
          }>`select count(*)::int as n from (select 1 from pension_amount where from_date < ${o.from}::date limit 1) x`.execute(
            trx,
          )
        ).rows[0]?.n === 1;
      const amount = earlier
        ? `coalesce((select a.annual_amount from pension_amount a where a.pension_id = p.id
                        and a.from_date < ${d} order by a.from_date desc limit 1), p.annual_amount)`
        : 'p.annual_amount';
      // The totals come from the rows as they are written: no second pass over pension_amount.
      const totals = (
        await sql
          .raw<{ pensions: number; before: number; after: number }>(
            `with ins as (insert into pension_amount (pension_id, from_date, annual_amount, before_amount, factor, regulation_id)
           select x.id, ${d}, case when x.by_pension_factor then (x.amount * ${pf} + 50000000) / 100000000
               else (2 * x.amount * ${o.g} + 100 * ${prev.g}) / (200 * ${prev.g}) end * 100,
             x.amount, case when x.by_pension_factor then ${o.pensionFactor}::numeric
               else round(${o.g}::numeric / ${prev.g}, 10) end, ${reg.id}
           from (
             select p.id, ${amount} as amount,
               p.benefit in (${BY_PENSION_FACTOR.map((b) => `'${b}'`).join(', ')}) as by_pension_factor
             from pension p join membership m on m.id = p.membership_id
             where p.start_date <= ${d} and (p.end_date is null or p.end_date >= ${d})
               -- Against the few who died before the date, not a join with every person.
               and m.person_id not in (select pe.id from person pe where pe.death_date < ${d})
           ) x where x.amount > 0
           returning before_amount, annual_amount)
           update regulation r set pensions = t.pensions, before_total = t.before, after_total = t.after
           from (select count(*)::int as pensions, coalesce(sum(before_amount), 0)::bigint as before,
                   coalesce(sum(annual_amount), 0)::bigint as after from ins) t
           where r.id = ${reg.id} returning r.pensions, r.before_total as before, r.after_total as after`,
          )
          .execute(trx)
      ).rows[0] as { pensions: number; before: number; after: number };
      await writeAudit(trx, o.by, {
        action: o.dryRun ? 'regulation_dry_run' : 'regulation',
        entity: 'regulation',
        entityId: reg.id,
        details: { from: o.from, g: o.g, gBefore: prev.g, pensionFactor: o.pensionFactor, ...totals },
      });
      const summary: RegulationSummary = {
        from: o.from,
        g: o.g,
        pensions: totals.pensions,
        before: kr(totals.before),
        after: kr(totals.after),
        gBefore: prev.g,
        gFactor: (o.g / prev.g).toFixed(10),
        pensionFactor: o.pensionFactor,
        alreadyRegulated: false,
        dryRun: Boolean(o.dryRun),
      };
      if (o.dryRun) throw new DryRun({ ...summary, benefits: await perBenefit(trx, reg.id) });
      return summary;
    });
  } catch (e) {
    if (e instanceof DryRun) return e.summary;
    throw e;
  }
}

/** Totals and the five largest changes per benefit, so nobody regulates blind. */
async function perBenefit(trx: Kysely<PlatformTables>, regulationId: number) {
  const rows = (
    await sql<{
      benefit: string;
      pensions: number;
      before: number;
      after: number;
      largest: { pension_id: number; person_id: number; before: number; after: number }[];
    }>`select p.benefit, count(*)::int as pensions, sum(a.before_amount)::bigint as before,
         sum(a.annual_amount)::bigint as after,
         (select json_agg(t) from (select a2.pension_id, m2.person_id, a2.before_amount as before, a2.annual_amount as after
            from pension_amount a2 join pension p2 on p2.id = a2.pension_id join membership m2 on m2.id = p2.membership_id
            where a2.regulation_id = ${regulationId} and p2.benefit = p.benefit
            order by a2.annual_amount - a2.before_amount desc, a2.pension_id limit 5) t) as largest
       from pension_amount a join pension p on p.id = a.pension_id
       where a.regulation_id = ${regulationId} group by p.benefit order by p.benefit`.execute(trx)
  ).rows;
  return Object.fromEntries(
    rows.map((r) => [
      r.benefit,
      {
        pensions: r.pensions,
        before: kr(Number(r.before)),
        after: kr(Number(r.after)),
        largest: (r.largest ?? []).map((c) => ({
          pensionId: c.pension_id,
          personId: c.person_id,
          before: kr(Number(c.before)),
          after: kr(Number(c.after)),
        })),
      },
    ]),
  );
}
