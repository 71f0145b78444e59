/**
 * The daily counts statistics read (migration 0025), kept by each step in its own transaction:
 * received, closed, reopened (an error each), first decided with their minutes and lead time.
 * The day is the Oslo day of the step, computed by the database as the statistics compute it.
 */
import { sql } from 'kysely';
import type { CasesDb } from './tables';

export interface DayCounts {
  received?: number;
  closed?: number;
  reopened?: number;
  decided?: number;
  minutes?: number;
}

const osloDay = (at: Date) => sql`(${at}::timestamptz at time zone 'Europe/Oslo')::date`;

/** Adds `counts` to the day of `at` for the case's type and unit. */
export async function countDay(
  db: CasesDb,
  c: { type: string; org_unit: string },
  at: Date,
  counts: DayCounts,
): Promise<void> {
  await sql`
    insert into case_daily (day, type, org_unit, received, closed, reopened, decided, minutes)
    values (${osloDay(at)}, ${c.type}, ${c.org_unit}, ${counts.received ?? 0}, ${counts.closed ?? 0},
      ${counts.reopened ?? 0}, ${counts.decided ?? 0}, ${counts.minutes ?? 0})
    on conflict (day, type, org_unit) do update set
      received = case_daily.received + excluded.received,
      closed = case_daily.closed + excluded.closed,
      reopened = case_daily.reopened + excluded.reopened,
      decided = case_daily.decided + excluded.decided,
      minutes = case_daily.minutes + excluded.minutes`.execute(db);
}

/** A first decision: one more decided case that day, with its minutes so far and its lead time. */
export async function countFirstDecision(
  db: CasesDb,
  c: { type: string; org_unit: string; received_at: Date; minutes_total: number },
  at: Date,
): Promise<void> {
  await countDay(db, c, at, { closed: 1, decided: 1, minutes: c.minutes_total });
  await sql`
    insert into case_daily_lead (day, type, org_unit, lead_days, cases)
    values (${osloDay(at)}, ${c.type}, ${c.org_unit}, ${osloDay(at)} - ${osloDay(c.received_at)}, 1)
    on conflict (day, type, org_unit, lead_days) do update set cases = case_daily_lead.cases + 1`.execute(db);
}

/** Counts everything again from the per-case facts (after a bulk load that bypassed the steps). */
export async function rebuildDailyCounts(db: CasesDb): Promise<void> {
  await sql`select kassa_case_daily_rebuild()`.execute(db);
}
