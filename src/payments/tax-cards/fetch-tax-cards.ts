/**
 * Fetches the year's tax cards for the fund's pensioners (everyone with a pension running some day
 * of the year) from the tax authority, a thousand persons a request, and the monthly tables the
 * table cards name. Stored once per year; fetching again replaces the cards (idempotent), so a
 * fetch killed half-way is simply done again. A person without a card gets none: the run then
 * withholds the statutory 50 % and says so in its summary.
 */
import { sql } from 'kysely';
import { writeAudit } from '../../platform/audit';
import type { Database } from '../../platform/db';
import type { TaxCardService } from './client';
import type { SkattekortSvar } from './protocol';

export type { TaxCardService } from './client';

const BATCH = 1000;
const PARALLEL = 4;

interface Card {
  person: number;
  kind: 'percentage' | 'table';
  pct: number;
  table: string | null;
}

function cardsOf(answer: SkattekortSvar, idOf: Map<string, number>): Card[] {
  const out: Card[] = [];
  for (const a of answer.arbeidstaker) {
    const person = idOf.get(a.arbeidstakeridentifikator);
    const trekk = a.skattekort?.forskuddstrekk.find((f) => f.trekkode === 'pensjon');
    if (person === undefined || a.resultatPaaForespoersel !== 'skattekortopplysningerOK' || !trekk) continue;
    if ('trekkprosent' in trekk)
      out.push({ person, kind: 'percentage', pct: trekk.trekkprosent.prosentsats, table: null });
    else
      out.push({
        person,
        kind: 'table',
        pct: trekk.trekktabell.prosentsats,
        table: trekk.trekktabell.tabellnummer,
      });
  }
  return out;
}

export async function fetchTaxCards(
  db: Database,
  year: number,
  service: TaxCardService,
  payerOrgnr: string,
  by: string,
): Promise<{ persons: number; cards: number; tables: number }> {
  const k = db.kysely;
  let after = 0;
  let persons = 0;
  let cards = 0;
  const tables = new Set<string>();
  for (;;) {
    // Pages of pensioners in id order; up to PARALLEL requests at a time.
    const rows = (
      await sql<{ id: number; national_id: string }>`select distinct pe.id, pe.national_id from person pe
        join membership m on m.person_id = pe.id join pension p on p.membership_id = m.id
        where pe.id > ${after} and p.start_date <= ${`${year}-12-31`}::date
          and (p.end_date is null or p.end_date >= ${`${year}-01-01`}::date)
          and (pe.death_date is null or pe.death_date >= ${`${year}-01-01`}::date)
        order by pe.id limit ${BATCH * PARALLEL}`.execute(k)
    ).rows;
    if (rows.length === 0) break;
    after = rows[rows.length - 1]?.id ?? after;
    persons += rows.length;
    const idOf = new Map(rows.map((r) => [r.national_id, r.id]));
    const batches: string[][] = [];
    for (let i = 0; i < rows.length; i += BATCH)
      batches.push(rows.slice(i, i + BATCH).map((r) => r.national_id));
    const answers = await Promise.all(batches.map((b) => service.cards(year, payerOrgnr, b)));
    const found = answers.flatMap((a) => cardsOf(a, idOf));
    for (const c of found) if (c.table) tables.add(c.table);
    cards += found.length;
    await k.transaction().execute(async (trx) => {
      await sql`delete from tax_card where year = ${year} and person_id = any(${rows.map((r) => r.id)}::bigint[])`.execute(
        trx,
      );
      if (found.length > 0)
        await sql`insert into tax_card (person_id, year, kind, percentage, table_number)
          select * from unnest(${found.map((c) => c.person)}::bigint[], ${found.map(() => year)}::smallint[],
            ${found.map((c) => c.kind)}::text[], ${found.map((c) => c.pct)}::numeric[], ${found.map((c) => c.table)}::text[])`.execute(
          trx,
        );
    });
  }
  for (const t of [...tables].sort()) {
    const table = await service.table(year, t);
    await k.transaction().execute(async (trx) => {
      await sql`delete from withholding_table where year = ${year} and table_number = ${t}`.execute(trx);
      await sql`insert into withholding_table (year, table_number, income_from, withholding)
        select ${year}, ${t}, * from unnest(${table.linjer.map((l) => l.fra)}::bigint[], ${table.linjer.map((l) => l.trekk)}::bigint[])`.execute(
        trx,
      );
      await sql`insert into withholding_table_top (year, table_number, marginal_pct) values (${year}, ${t}, ${table.marginalProsent})
        on conflict (year, table_number) do update set marginal_pct = excluded.marginal_pct`.execute(trx);
    });
  }
  await k.transaction().execute(async (trx) => {
    await sql`insert into tax_card_fetch (year, persons, cards) values (${year}, ${persons}, ${cards})
      on conflict (year) do update set fetched_at = now(), persons = excluded.persons, cards = excluded.cards`.execute(
      trx,
    );
    await writeAudit(trx, by, {
      action: 'fetch_tax_cards',
      entity: 'tax_card',
      entityId: year,
      details: { persons, cards, tables: tables.size },
    });
  });
  return { persons, cards, tables: tables.size };
}

/** Fetches the year's cards unless they were fetched already. */
export async function ensureTaxCards(
  db: Database,
  year: number,
  service: TaxCardService,
  payerOrgnr: string,
  by: string,
): Promise<void> {
  const done = await sql<{
    n: number;
  }>`select count(*)::int as n from tax_card_fetch where year = ${year}`.execute(db.kysely);
  if ((done.rows[0]?.n ?? 0) === 0) await fetchTaxCards(db, year, service, payerOrgnr, by);
}
