/**
 * One delivery round over everything outstanding: render queued orders, choose channels, send
 * digital letters, read receipts, move overdue ones to print, build the day's print batch. Each
 * step is idempotent, so a round killed anywhere is finished by the next one.
 */
import { sql } from 'kysely';
import type { IsoDate } from '../domain/dates';
import type { Principal } from '../platform/auth/roles';
import { orderAnnualStatements, type PaidInYearSource } from './annual-statement';
import {
  chooseChannels,
  type DeliveryDeps,
  deliverPending,
  fallbackOverdue,
  readReceipts,
} from './deliver-letters';
import type { RenderPool } from './pdf/render-pool';
import { buildPrintBatch } from './print-batch';
import { renderOrders } from './render-orders';
import type { DocumentDb, LetterType } from './tables';

export interface RoundOptions {
  today: IsoDate;
  by: Principal | string;
  pool?: RenderPool;
  type?: LetterType;
  /** Also build the day's print batch. */
  print?: boolean;
}

export async function deliveryRound(db: DocumentDb, deps: DeliveryDeps, o: RoundOptions) {
  const rendered = await renderOrders(db, {
    date: o.today,
    ...(o.pool ? { pool: o.pool } : {}),
    ...(o.type ? { type: o.type } : {}),
  });
  const channels = await chooseChannels(db, deps);
  const delivered = await deliverPending(db, deps, { reclaim: true });
  const receipts = await readReceipts(db, deps);
  const overdue = await fallbackOverdue(db, deps);
  const batch = o.print === false ? null : await buildPrintBatch(db, o.today, o.by);
  return { rendered, channels, delivered, receipts, overdue, batch };
}

export interface SendSummary {
  letters: number;
  digital: number;
  paper: number;
  failed: number;
  alreadySent: number;
}

const SENT_STATES = ['accepted', 'delivered', 'opened', 'print', 'printed'];

/** Where the year's annual statements are: counted per outcome (one query, by order key). */
async function annualStatus(db: DocumentDb, year: number) {
  const { rows } = await sql<{
    id: number;
    order_status: string;
    state: string | null;
    channel: string | null;
  }>`
    select o.id, o.status as order_status, l.state, l.channel
    from letter_order o left join letter l on l.order_id = o.id
    where o.type = 'annual_statement' and o.idempotency_key like ${`annual_statement:${year}:%`}`.execute(db);
  return rows;
}

/**
 * `kassa letters send --type annual_statement --year YYYY`: orders, renders and delivers the
 * year's statements. The summary counts this run's digital and paper letters; `alreadySent`
 * those sent by an earlier run; `failed` those not on their way (rejected, no address, or
 * waiting for a retry).
 */
export async function sendAnnualStatements(
  db: DocumentDb,
  deps: DeliveryDeps,
  o: { year: number; source: PaidInYearSource; today: IsoDate; by: Principal | string; pool?: RenderPool },
): Promise<SendSummary> {
  const before = new Set(
    (await annualStatus(db, o.year)).filter((r) => r.state && SENT_STATES.includes(r.state)).map((r) => r.id),
  );
  await orderAnnualStatements(db, o.by, o.year, o.source);
  await deliveryRound(db, deps, {
    today: o.today,
    by: o.by,
    type: 'annual_statement',
    ...(o.pool ? { pool: o.pool } : {}),
  });
  const summary: SendSummary = { letters: 0, digital: 0, paper: 0, failed: 0, alreadySent: 0 };
  for (const r of await annualStatus(db, o.year)) {
    summary.letters++;
    if (before.has(r.id)) summary.alreadySent++;
    else if (r.state && SENT_STATES.includes(r.state))
      summary[r.channel === 'digital' ? 'digital' : 'paper']++;
    else summary.failed++;
  }
  return summary;
}
