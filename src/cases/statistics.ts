/**
 * Line manager's figures, computed from the cases themselves (never typed in), per week or month:
 * received, decided (first decisions), open at the end of the period, lead time from receipt to the
 * first decision in calendar days (median and 90th percentile, interpolated), minutes registered
 * per decided case, errors (reopenings, by the day they were found) and the error rate (errors /
 * decided). Days and periods are those of Oslo.
 */
import { sql } from 'kysely';
import type { IsoDate } from '../domain/dates';
import { dateParts, isoDate } from '../domain/dates';
import { dayNumberOfIso, isoOfDayNumber } from '../domain/day-numbers';
import type { Principal } from '../platform/auth/roles';
import { type CaseReach, caseReach, reachSql } from './steps';
import type { CasesDb, CaseType } from './tables';

export interface StatisticsQuery {
  from: IsoDate;
  to: IsoDate;
  by: 'week' | 'month';
  type?: readonly CaseType[] | undefined;
  unit?: string | undefined;
}

export interface StatRow {
  received: number;
  decided: number;
  open: number;
  leadTimeMedianDays: number | null;
  leadTimeP90Days: number | null;
  minutesPerCase: number | null;
  errors: number;
  errorRate: number | null;
}

/** The periods covering [from, to], each cut to the range: months, or ISO weeks (Monday first). */
export function periodsOf(from: IsoDate, to: IsoDate, by: 'week' | 'month') {
  const out: { key: IsoDate; period: string; start: IsoDate; end: IsoDate }[] = [];
  let start: IsoDate;
  if (by === 'month') {
    const { year, month } = dateParts(from);
    start = isoDate(year, month, 1);
  } else {
    const d = dayNumberOfIso(from);
    // Day 0 (1970-01-01) was a Thursday: Monday is (d + 3) mod 7 = 0.
    start = isoOfDayNumber(d - ((((d + 3) % 7) + 7) % 7));
  }
  while (start <= to) {
    let next: IsoDate;
    let label: string;
    if (by === 'month') {
      const { year, month } = dateParts(start);
      next = month === 12 ? isoDate(year + 1, 1, 1) : isoDate(year, month + 1, 1);
      label = start.slice(0, 7);
    } else {
      next = isoOfDayNumber(dayNumberOfIso(start) + 7);
      label = isoWeek(start);
    }
    const end = isoOfDayNumber(dayNumberOfIso(next) - 1);
    out.push({ key: start, period: label, start: start < from ? from : start, end: end > to ? to : end });
    start = next;
  }
  return out;
}

/** ISO week label (2025-W01) of a Monday. */
function isoWeek(monday: IsoDate): string {
  const thursday = dayNumberOfIso(monday) + 3;
  const year = Number(isoOfDayNumber(thursday).slice(0, 4));
  const week = Math.floor((thursday - dayNumberOfIso(isoDate(year, 1, 1))) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

const round1 = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);
const ratio = (a: number, b: number, digits = 1) =>
  b === 0 ? null : Math.round((a / b) * 10 ** digits) / 10 ** digits;

/** What the answer is built from, per period start (the key; null: the whole range). */
interface Figures {
  openBefore: number;
  received: Map<string, number>;
  /** Reopenings minus closes. */
  openDelta: Map<string, number>;
  errors: Map<string, number>;
  decided: Map<string | null, { n: number; median: number | null; p90: number | null; minutes: number }>;
}

export async function caseStatistics(db: CasesDb, principal: Principal, q: StatisticsQuery) {
  const reach = caseReach(principal, 'case:statistics');
  // The daily counts know type and unit, not the employer: a grant limited to employers is
  // answered from the per-case facts.
  const figures =
    reach === 'all' || reach.every((r) => r.orgnr === null)
      ? await dailyFigures(db, reach === 'all' ? null : reach.map((r) => r.unit as string), q)
      : await factsFigures(db, reach, q);
  return present(q, figures);
}

/** From the daily counts (migration 0025): a few rows per day. */
async function dailyFigures(db: CasesDb, units: string[] | null, q: StatisticsQuery): Promise<Figures> {
  const bucket = sql<string>`date_trunc(${q.by}, d.day)::date::text`;
  const parts = [];
  if (units !== null) parts.push(sql`and d.org_unit in (${sql.join(units.length ? units : [''])})`);
  if (q.type && q.type.length > 0) parts.push(sql`and d.type in (${sql.join(q.type)})`);
  if (q.unit) parts.push(sql`and d.org_unit = ${q.unit}`);
  const filters = parts.length ? sql.join(parts, sql` `) : sql``;
  const [days, before, leads] = await Promise.all([
    sql<{ b: string; received: number; closed: number; reopened: number; decided: number; minutes: number }>`
      select ${bucket} as b, sum(received)::int as received, sum(closed)::int as closed,
        sum(reopened)::int as reopened, sum(decided)::int as decided, sum(minutes)::float8 as minutes
      from case_daily d where d.day >= ${q.from}::date and d.day <= ${q.to}::date ${filters} group by 1`.execute(
      db,
    ),
    sql<{ n: number | null }>`
      select sum(received - closed + reopened)::int as n from case_daily d where d.day < ${q.from}::date ${filters}`.execute(
      db,
    ),
    sql<{ b: string; lead: number; n: number }>`
      select ${bucket} as b, d.lead_days as lead, sum(d.cases)::int as n from case_daily_lead d
      where d.day >= ${q.from}::date and d.day <= ${q.to}::date ${filters} group by 1, 2 order by 2`.execute(
      db,
    ),
  ]);
  const histograms = new Map<string | null, [number, number][]>([[null, []]]);
  for (const l of leads.rows) {
    const h = histograms.get(l.b) ?? [];
    h.push([l.lead, l.n]);
    histograms.set(l.b, h);
    histograms.get(null)?.push([l.lead, l.n]);
  }
  const decided: Figures['decided'] = new Map();
  let total = { n: 0, minutes: 0 };
  for (const d of days.rows) {
    const h = histograms.get(d.b) ?? [];
    decided.set(d.b, {
      n: d.decided,
      median: percentile(h, 0.5),
      p90: percentile(h, 0.9),
      minutes: d.minutes,
    });
    total = { n: total.n + d.decided, minutes: total.minutes + d.minutes };
  }
  const all = (histograms.get(null) ?? []).sort((x, y) => x[0] - y[0]);
  decided.set(null, { ...total, median: percentile(all, 0.5), p90: percentile(all, 0.9) });
  return {
    openBefore: before.rows[0]?.n ?? 0,
    received: new Map(days.rows.map((d) => [d.b, d.received])),
    openDelta: new Map(days.rows.map((d) => [d.b, d.reopened - d.closed])),
    errors: new Map(days.rows.map((d) => [d.b, d.reopened])),
    decided,
  };
}

/**
 * percentile_cont over a histogram of [value, count] sorted by value: the value at position
 * p·(N−1), interpolated between its neighbours, as PostgreSQL's percentile_cont does.
 */
export function percentile(histogram: readonly [number, number][], p: number): number | null {
  const n = histogram.reduce((s, [, c]) => s + c, 0);
  if (n === 0) return null;
  const at = p * (n - 1);
  const valueAt = (i: number) => {
    let seen = 0;
    for (const [v, c] of histogram) {
      seen += c;
      if (i < seen) return v;
    }
    return histogram.at(-1)?.[0] ?? 0;
  };
  const lo = valueAt(Math.floor(at));
  return lo + (at - Math.floor(at)) * (valueAt(Math.ceil(at)) - lo);
}

/** From the per-case facts (migration 0023), for a caller limited to employers. */
async function factsFigures(db: CasesDb, reach: CaseReach, q: StatisticsQuery): Promise<Figures> {
  const unit = q.by;
  const oslo = (col: string) => sql.raw(`(${col} at time zone 'Europe/Oslo')`);
  const bucket = (col: string) => sql<string>`date_trunc(${unit}, ${oslo(col)})::date::text`;
  // The range as instants: from midnight of `from` to midnight after `to`, Oslo time.
  const start = sql`(${q.from}::date::timestamp at time zone 'Europe/Oslo')`;
  const end = sql`((${q.to}::date + 1)::timestamp at time zone 'Europe/Oslo')`;
  const filters = (alias: string) => {
    const parts = [];
    if (reach !== 'all') parts.push(sql`and ${reachSql(reach, alias)}`);
    if (q.type && q.type.length > 0)
      parts.push(sql`and ${sql.ref(`${alias}.type`)} in (${sql.join(q.type)})`);
    if (q.unit) parts.push(sql`and ${sql.ref(`${alias}.org_unit`)} = ${q.unit}`);
    return parts.length ? sql.join(parts, sql` `) : sql``;
  };
  // Reopenings (case_error) need their case's row only when filtered.
  const filtered = reach !== 'all' || (q.type?.length ?? 0) > 0 || q.unit !== undefined;
  const withCase = filtered ? sql`join pension_case c on c.id = r.case_id` : sql``;

  // Every figure reads the facts the steps keep on the case (received_at, first_decided_at,
  // first_closed_at, minutes_total) and on its reopenings (case_error.at, closed_again_at), over
  // indexes that cover the filters (migration 0023): never the history.
  const received = await sql<{ b: string; n: number }>`
    select ${bucket('c.received_at')} as b, count(*)::int as n from pension_case c
    where c.received_at >= ${start} and c.received_at < ${end} ${filters('c')} group by 1`.execute(db);
  // A case is open from receipt until first closed, and from each reopening until closed again:
  // the open cases at any moment are receipts + reopenings - closes up to it.
  const steps = await sql<{ b: string; closes: number; reopens: number }>`
    select b, count(*) filter (where close)::int as closes, count(*) filter (where not close)::int as reopens
    from (
      select ${bucket('c.first_closed_at')} as b, true as close from pension_case c
      where c.first_closed_at >= ${start} and c.first_closed_at < ${end} ${filters('c')}
      union all
      select ${bucket('r.closed_again_at')}, true from case_error r ${withCase}
      where r.closed_again_at >= ${start} and r.closed_again_at < ${end} ${filters('c')}
      union all
      select ${bucket('r.at')}, false from case_error r ${withCase}
      where r.at >= ${start} and r.at < ${end} ${filters('c')}
    ) s group by 1`.execute(db);
  const before = await sql<{ r: number; c: number; o: number }>`
    select (select count(*)::int from pension_case c where c.received_at < ${start} ${filters('c')}) as r,
      (select count(*)::int from pension_case c where c.first_closed_at < ${start} ${filters('c')})
        + (select count(*)::int from case_error r ${withCase} where r.closed_again_at < ${start} ${filters('c')}) as c,
      (select count(*)::int from case_error r ${withCase} where r.at < ${start} ${filters('c')}) as o`.execute(
    db,
  );
  // First decisions with their lead time and the minutes registered on them; one row per period and one in total.
  const decided = await sql<{
    b: string | null;
    n: number;
    median: number | null;
    p90: number | null;
    minutes: number;
  }>`
    with d as (
      select ${bucket('c.first_decided_at')} as b,
        (${oslo('c.first_decided_at')})::date - (${oslo('c.received_at')})::date as lead,
        c.minutes_total as minutes
      from pension_case c
      where c.first_decided_at >= ${start} and c.first_decided_at < ${end} ${filters('c')})
    select b, count(*)::int as n,
      percentile_cont(0.5) within group (order by lead) as median,
      percentile_cont(0.9) within group (order by lead) as p90,
      coalesce(sum(minutes), 0)::int as minutes
    from d group by grouping sets ((b), ())`.execute(db);
  const errors = await sql<{ b: string; n: number }>`
    select ${bucket('r.at')} as b, count(*)::int as n from case_error r ${withCase}
    where r.at >= ${start} and r.at < ${end} ${filters('c')} group by 1`.execute(db);

  const b0 = before.rows[0];
  return {
    openBefore: (b0?.r ?? 0) - (b0?.c ?? 0) + (b0?.o ?? 0),
    received: new Map(received.rows.map((r) => [r.b, r.n])),
    openDelta: new Map(steps.rows.map((r) => [r.b, r.reopens - r.closes])),
    errors: new Map(errors.rows.map((r) => [r.b, r.n])),
    decided: new Map(decided.rows.map((r) => [r.b, r])),
  };
}

function present(q: StatisticsQuery, f: Figures) {
  const rec = f.received;
  const err = f.errors;
  const dec = f.decided;
  let open = f.openBefore;
  const row = (
    n: number,
    d: { n: number; median: number | null; p90: number | null; minutes: number } | undefined,
    e: number,
    openAtEnd: number,
  ): StatRow => ({
    received: n,
    decided: d?.n ?? 0,
    open: openAtEnd,
    leadTimeMedianDays: round1(d?.median ?? null),
    leadTimeP90Days: round1(d?.p90 ?? null),
    minutesPerCase: ratio(d?.minutes ?? 0, d?.n ?? 0),
    errors: e,
    errorRate: ratio(e, d?.n ?? 0, 4),
  });
  const periods = periodsOf(q.from, q.to, q.by).map((p) => {
    const n = rec.get(p.key) ?? 0;
    open += n + (f.openDelta.get(p.key) ?? 0);
    return {
      period: p.period,
      start: p.start,
      end: p.end,
      ...row(n, dec.get(p.key), err.get(p.key) ?? 0, open),
    };
  });
  const sum = (m: Map<string, number>) => [...m.values()].reduce((s, x) => s + x, 0);
  return {
    from: q.from,
    to: q.to,
    by: q.by,
    periods,
    total: row(sum(rec), dec.get(null), sum(err), open),
  };
}
