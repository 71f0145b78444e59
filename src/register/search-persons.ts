/**
 * Member search: by national identity number (exact, through the unique index) or by name (every
 * word must occur, case-insensitive, through the trigram index on lower(name)); best match first.
 * Every person returned is written to the access log.
 */
import { sql } from 'kysely';
import type { IsoDate } from '../domain/dates';
import { maskNationalId } from '../domain/identifiers';
import { logAccess } from '../platform/audit';
import type { Principal } from '../platform/auth/roles';
import { invalidInput } from '../platform/errors';
import { type EmployerScope, employerScope } from './scope';
import type { RegisterDb } from './tables';

export interface SearchQuery {
  query: string;
  purpose?: string | undefined;
  limit?: number | undefined;
}

export interface PersonHit {
  id: number;
  name: string;
  birthDate: IsoDate;
  nationalIdMasked: string;
  deathDate: IsoDate | null;
}

type HitRow = {
  id: number;
  name: string;
  birth_date: IsoDate;
  national_id: string;
  death_date: IsoDate | null;
};

export const DEFAULT_LIMIT = 20;
/** How many matches, alphabetically first, the best matches are chosen from. */
export const CANDIDATES = 200;

/** An 11-digit query (spaces allowed) is a national identity number. */
export function asNationalId(query: string): string | undefined {
  const compact = query.replace(/\s/g, '');
  return /^\d{11}$/.test(compact) ? compact : undefined;
}

/** The words of a name query, lower-cased, with LIKE's wildcards escaped. */
export function nameWords(query: string): string[] {
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.replace(/[\\%_]/g, (c) => `\\${c}`));
}

/** Runs the search without logging; the caller logs the access. */
export async function findPersons(
  db: RegisterDb,
  query: string,
  scope: EmployerScope,
  limit: number,
): Promise<PersonHit[]> {
  if (scope !== 'all' && scope.length === 0) return [];
  const inScope =
    scope === 'all'
      ? sql`true`
      : sql`exists (select 1 from membership m join employer e on e.id = m.employer_id
                    where m.person_id = p.id and e.orgnr in (${sql.join(scope)}))`;
  const nationalId = asNationalId(query);
  let rows: HitRow[];
  if (nationalId) {
    const r = await sql<HitRow>`
      select p.id, p.name, p.birth_date, p.national_id, p.death_date from person p
      where p.national_id = ${nationalId} and ${inScope}`.execute(db);
    rows = r.rows;
  } else {
    const words = nameWords(query);
    if (words.length === 0)
      throw invalidInput([{ path: 'query', message: 'give a name or an 11-digit number' }]);
    const text = query.toLowerCase().trim();
    const matches = sql.join(
      words.map((w) => sql`lower(p.name) like ${`%${w}%`}`),
      sql` and `,
    );
    // Candidates in byte order through the btree on (lower(name) collate "C", id) — an index-only scan
    // that stops early for common names — or through the trigram index when the words are rare.
    // Ranking every match of a common surname (tens of thousands at 1 M members) would cost a heap
    // visit each, so the best match is chosen among the first CANDIDATES matches.
    const r = await sql<HitRow>`
      with candidate as (
        select p.id from person p
        where ${matches} and ${inScope}
        order by lower(p.name) collate "C", p.id
        limit ${CANDIDATES})
      select p.id, p.name, p.birth_date, p.national_id, p.death_date
      from candidate c join person p on p.id = c.id
      order by similarity(lower(p.name), ${text}) desc, lower(p.name), p.id
      limit ${limit}`.execute(db);
    rows = r.rows;
  }
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    birthDate: r.birth_date,
    nationalIdMasked: maskNationalId(r.national_id),
    deathDate: r.death_date,
  }));
}

/** The search a staff member runs: scoped to their employers, every hit written to the access log. */
export async function searchPersons(
  db: RegisterDb,
  principal: Principal,
  q: SearchQuery,
): Promise<PersonHit[]> {
  const scope = employerScope(principal, 'person:read');
  return db.transaction().execute(async (trx) => {
    const hits = await findPersons(trx, q.query, scope, q.limit ?? DEFAULT_LIMIT);
    await logAccess(trx, principal, {
      personIds: hits.map((h) => h.id),
      purpose: q.purpose ?? 'search',
      what: 'search result',
    });
    return hits;
  });
}
