/** The rejected-payments work queue: payments the bank rejected, not yet sent again. */
import { type Kysely, sql } from 'kysely';
import type { PlatformTables } from '../platform/tables';

export async function rejectedPayments(db: Kysely<PlatformTables>) {
  return (
    await sql<{
      person_id: number;
      name: string;
      month: string;
      net: number;
      reason: string | null;
      rejected_account: string;
      current_account: string | null;
      account_corrected: boolean;
    }>`select r.person_id, pe.name, to_char(r.month, 'YYYY-MM') as month, p.net, r.reason,
        r.account_number as rejected_account, pe.account_number as current_account,
        pe.account_number is not null and pe.account_number <> r.account_number as account_corrected
      from payment_receipt r join payment p on p.person_id = r.person_id and p.month = r.month
      join person pe on pe.id = r.person_id
      where r.status = 'rejected' and r.resolved_run_id is null order by r.month, r.person_id limit 500`.execute(
      db,
    )
  ).rows;
}
