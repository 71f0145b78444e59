/** The recovery work queue: claims for money paid after a death, with what is left to recover. */
import { type Kysely, sql } from 'kysely';
import type { PlatformTables } from '../platform/tables';

export async function recoveryClaims(db: Kysely<PlatformTables>, open = true) {
  return (
    await sql<{
      id: number;
      person_id: number;
      name: string;
      debtor_person_id: number;
      first_month: string;
      last_month: string;
      amount: number;
      gross: number | null;
      withholding: number | null;
      recovered: number;
      instalment: number | null;
      status: string;
      write_off_reason: string | null;
      write_off_by: string | null;
      write_off_approved_by: string | null;
    }>`select k.id, k.person_id, pe.name, k.debtor_person_id, to_char(k.first_month, 'YYYY-MM') as first_month,
        to_char(k.last_month, 'YYYY-MM') as last_month, k.amount, k.gross, k.withholding,
        coalesce((select sum(i.amount) from recovery_instalment i where i.claim_id = k.id), 0)::bigint as recovered,
        k.instalment, k.status, k.write_off_reason, k.write_off_by, k.write_off_approved_by
      from recovery_claim k join person pe on pe.id = k.person_id
      where ${open} = false or k.status <> 'written_off'
      order by k.id limit 500`.execute(db)
  ).rows;
}
