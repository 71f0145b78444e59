/**
 * The annual statement (årsoppgave) for a year: one letter to every person paid in that year.
 * The amounts come from the payments capability through one small query interface:
 *
 *   PaidInYearSource = (db, year) => AsyncIterable<PaidInYear[]>   (chunks, ordered by person)
 *
 * `payments` implements it over its own tables (`payments/paid-in-year.ts`); a source can also be
 * given from a file of totals (`--totals`), e.g. for amounts paid by a legacy system.
 */
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import type { Ore } from '../domain/money';
import { paidInYear } from '../payments/paid-in-year';
import type { Principal } from '../platform/auth/roles';
import type { DocumentDb } from './tables';

export interface PaidInYear {
  personId: number;
  /** Gross pension paid in the year, øre. */
  gross: Ore;
  /** Tax withheld (forskuddstrekk), øre. */
  taxWithheld: Ore;
}

export type PaidInYearSource = (db: DocumentDb, year: number) => AsyncIterable<PaidInYear[]>;

/** The default source: what the payments capability paid in the year's months. */
export const paymentsSource: PaidInYearSource = (db, year) => paidInYear(db, year);

/** A source from given totals (tests; the `--totals` file). */
export function givenTotals(totals: readonly PaidInYear[], chunk = 5000): PaidInYearSource {
  return async function* () {
    const sorted = [...totals].sort((a, b) => a.personId - b.personId);
    for (let i = 0; i < sorted.length; i += chunk) yield sorted.slice(i, i + chunk);
  };
}

const TotalsRow = z.object({
  person_id: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 31 - 1),
  gross_ore: z.coerce.number().int().min(0).safe(),
  tax_ore: z.coerce.number().int().min(0).safe(),
});

/** Reads `person_id,gross_ore,tax_ore` CSV; throws with the line of the first bad row. */
export function parseTotalsCsv(text: string): PaidInYear[] {
  const rows = parse(text, { columns: true, skip_empty_lines: true, trim: true }) as Record<string, string>[];
  return rows.map((r, i) => {
    const p = TotalsRow.safeParse(r);
    if (!p.success)
      throw new Error(
        `totals line ${i + 2}: ${p.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`,
      );
    return { personId: p.data.person_id, gross: p.data.gross_ore as Ore, taxWithheld: p.data.tax_ore as Ore };
  });
}

export const annualStatementKey = (year: number, personId: number) => `annual_statement:${year}:${personId}`;

/** Orders the year's statements (idempotent per person and year); returns how many were new. */
export async function orderAnnualStatements(
  db: DocumentDb,
  by: Principal | string,
  year: number,
  source: PaidInYearSource,
): Promise<{ ordered: number; total: number }> {
  let ordered = 0;
  let total = 0;
  for await (const chunk of source(db, year)) {
    const paid = chunk.filter((c) => c.gross > 0);
    total += paid.length;
    if (paid.length === 0) continue;
    // The same row orderLetter writes, many at a time: the run orders hundreds of thousands.
    const inserted = await db
      .insertInto('letter_order')
      .values(
        paid.map((p) => ({
          type: 'annual_statement' as const,
          person_id: p.personId,
          case_id: null,
          data: JSON.stringify({ year, gross: p.gross, taxWithheld: p.taxWithheld }),
          idempotency_key: annualStatementKey(year, p.personId),
          security_class: 3,
          ordered_by: typeof by === 'string' ? by : by.username,
        })),
      )
      .onConflict((oc) => oc.column('idempotency_key').doNothing())
      .returning('id')
      .execute();
    ordered += inserted.length;
  }
  return { ordered, total };
}
