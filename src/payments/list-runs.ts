/**
 * Payment runs with their totals and reconciliation: the accounting entries balance (debit =
 * credit), the payments add up to the run's totals, and the bank file's transactions to its net.
 */
import { type Kysely, sql } from 'kysely';
import type { PlatformTables } from '../platform/tables';
import type { PaymentRunRow } from './tables';

export interface RunView extends PaymentRunRow {
  entries: { account: string; debit: number; credit: number }[];
  reconciliation: { entriesBalance: boolean; paymentsMatch: boolean; debit: number; credit: number };
}

export async function listRuns(db: Kysely<PlatformTables>, limit = 24): Promise<RunView[]> {
  const runs = (
    await sql<PaymentRunRow>`select * from payment_run order by month desc limit ${limit}`.execute(db)
  ).rows;
  if (runs.length === 0) return [];
  const ids = runs.map((r) => r.id);
  const entries = (
    await sql<{ run_id: number; account: string; debit: number; credit: number }>`
      select run_id, account, debit, credit from payment_entry where run_id = any(${ids}::bigint[]) order by run_id, account`.execute(
      db,
    )
  ).rows;
  const sums = (
    await sql<{ run_id: number; gross: number; withholding: number; net: number; n: number }>`
      select run_id, sum(gross)::bigint as gross, sum(withholding)::bigint as withholding, sum(net)::bigint as net,
        count(*)::int as n from payment where run_id = any(${ids}::bigint[]) group by run_id`.execute(db)
  ).rows;
  return runs.map((r) => {
    const e = entries
      .filter((x) => x.run_id === r.id)
      .map(({ account, debit, credit }) => ({ account, debit, credit }));
    const debit = e.reduce((a, x) => a + x.debit, 0);
    const credit = e.reduce((a, x) => a + x.credit, 0);
    const s = sums.find((x) => x.run_id === r.id);
    const paymentsMatch =
      (s?.n ?? 0) === r.payments &&
      Number(s?.gross ?? 0) === r.gross &&
      Number(s?.withholding ?? 0) === r.withholding &&
      Number(s?.net ?? 0) === r.net;
    return {
      ...r,
      entries: e,
      reconciliation: { entriesBalance: debit === credit, paymentsMatch, debit, credit },
    };
  });
}
