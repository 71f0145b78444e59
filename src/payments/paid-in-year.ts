/**
 * What each person was paid in a calendar year, for the annual statement (årsoppgave): gross
 * pension and tax withheld of the payments made in that year's months, in chunks ordered by
 * person (a keyset over the payment table's key, so memory stays flat at a million pensioners).
 * Payments a recovery claim takes back (paid after a death, 0029_recovery_tax.sql) are left out,
 * income and tax withheld alike, unless the claim was written off: the estate then kept them.
 */
import { type Kysely, sql } from 'kysely';
import type { Ore } from '../domain/money';

export interface PaidInYearRow {
  personId: number;
  gross: Ore;
  taxWithheld: Ore;
}

export async function* paidInYear<T>(
  db: Kysely<T>,
  year: number,
  chunk = 5000,
): AsyncIterable<PaidInYearRow[]> {
  const from = `${year}-01-01`;
  const to = `${year + 1}-01-01`;
  let after = 0;
  for (;;) {
    const { rows } = await sql<{ person_id: string; gross: string; withholding: string }>`
      select person_id, sum(gross)::bigint as gross, sum(withholding)::bigint as withholding
      from payment p
      where month >= ${from}::date and month < ${to}::date and person_id > ${after}
        and not exists (select 1 from recovery_claim k where k.person_id = p.person_id
          and p.month between k.first_month and k.last_month and k.status <> 'written_off')
      group by person_id
      order by person_id
      limit ${chunk}`.execute(db);
    if (rows.length === 0) return;
    yield rows.map((r) => ({
      personId: Number(r.person_id),
      gross: Number(r.gross) as Ore,
      taxWithheld: Number(r.withholding) as Ore,
    }));
    after = Number(rows[rows.length - 1]?.person_id);
    if (rows.length < chunk) return;
  }
}
