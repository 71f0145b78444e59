/**
 * Member search: by national identity number (exact, through the unique index) or by name (every
 * word must occur, case-insensitive, through the trigram index on lower(name)); best match first.
 * Every person returned is written to the access log.
 */
import { sql } from 'kysely';
import { type IsoDate, isIsoDate } from '../domain/dates';
import { maskNationalId } from '../domain/identifiers';
import { logAccess } from '../platform/audit';
import type { Principal } from '../platform/auth/roles';
import { invalidInput } from '../platform/errors';
import { PREPARED } from '../platform/prepared';
import { type EmployerScope, employerScope } from './scope';
import { type MemberStatus, statusOn } from './status';
import type { RegisterDb } from './tables';
import { todayInOslo } from './today';

export interface SearchQuery {
  query: string;
  purpose?: string | undefined;
  limit?: number | undefined;
  /** Hits to skip: the next page of the same ranked list. */
  offset?: number | undefined;
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

/** A birth date in a query: 12.03.1958 or 1958-03-12, as an ISO date. */
export function birthDateIn(word: string): IsoDate | undefined {
  const no = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(word);
  const iso = no ? `${no[3]}-${no[2]?.padStart(2, '0')}-${no[1]?.padStart(2, '0')}` : word;
  return isIsoDate(iso) ? iso : undefined;
}

/** A query's birth date (if any) and its name words. */
export function splitQuery(query: string): { birthDate: IsoDate | undefined; words: string[] } {
  let birthDate: IsoDate | undefined;
  const rest: string[] = [];
  for (const w of query.trim().split(/\s+/)) {
    const d = birthDateIn(w);
    if (d && !birthDate) birthDate = d;
    else rest.push(w);
  }
  return { birthDate, words: nameWords(rest.join(' ')) };
}

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

export interface SearchPage {
  hits: PersonHit[];
  /** Matches found, counted up to CANDIDATES. */
  total: number;
  /** More than CANDIDATES matched: the user should narrow the search. */
  capped: boolean;
}

/** Runs the search without logging; the caller logs the access. */
export async function findPersons(
  db: RegisterDb,
  query: string,
  scope: EmployerScope,
  limit: number,
): Promise<PersonHit[]> {
  return (await findPersonsPage(db, query, scope, limit, 0)).hits;
}

type CountedRow = HitRow & { total: number | string };

/** One page of the ranked matches with the number of matches. */
export async function findPersonsPage(
  db: RegisterDb,
  query: string,
  scope: EmployerScope,
  limit: number,
  offset: number,
): Promise<SearchPage> {
  if (scope !== 'all' && scope.length === 0) return { hits: [], total: 0, capped: false };
  const inScope =
    scope === 'all'
      ? sql`true`
      : sql`exists (select 1 from membership m join employer e on e.id = m.employer_id
                    where m.person_id = p.id and e.orgnr in (${sql.join(scope)}))`;
  const nationalId = asNationalId(query);
  let rows: CountedRow[];
  if (nationalId) {
    const r = await sql<HitRow>`
      select p.id, p.name, p.birth_date, p.national_id, p.death_date from person p
      where p.national_id = ${nationalId} and ${inScope}`.execute(db);
    rows = r.rows.map((x) => ({ ...x, total: r.rows.length }));
  } else {
    const { birthDate, words } = splitQuery(query);
    if (words.length === 0 && !birthDate)
      throw invalidInput([{ path: 'query', message: 'give a name, a birth date or an 11-digit number' }]);
    const text = words.length ? query.toLowerCase().trim() : '';
    const conditions = [
      ...words.map((w) => sql`lower(p.name) like ${`%${w}%`}`),
      ...(birthDate ? [sql`p.birth_date = ${birthDate}`] : []),
    ];
    // Candidates in byte order through the btree on (lower(name) collate "C", id) — an index-only scan
    // that stops early for common names — or through the trigram index when the words are rare (a
    // birth date through its own index, migration 0026). Ranking every match of a common surname
    // (tens of thousands at 1 M members) would cost a heap visit each, so the best match is chosen
    // among the first CANDIDATES matches; one more is fetched to tell the user there are more.
    const r = await sql<CountedRow>`
      with candidate as (
        select p.id from person p
        where ${sql.join(conditions, sql` and `)} and ${inScope}
        order by lower(p.name) collate "C", p.id
        limit ${CANDIDATES + 1})
      select p.id, p.name, p.birth_date, p.national_id, p.death_date,
             (select count(*) from candidate) as total
      from candidate c join person p on p.id = c.id
      order by similarity(lower(p.name), ${text}) desc, lower(p.name), p.id
      limit ${limit} offset ${offset}`.execute(db);
    rows = r.rows;
    if (rows.length === 0 && offset > 0) {
      // past the last page: still say how many there are
      const c = await sql<{ total: number | string }>`
        select count(*) as total from (select 1 from person p
          where ${sql.join(conditions, sql` and `)} and ${inScope} limit ${CANDIDATES + 1}) x`.execute(db);
      return {
        hits: [],
        total: Math.min(Number(c.rows[0]?.total ?? 0), CANDIDATES),
        capped: Number(c.rows[0]?.total ?? 0) > CANDIDATES,
      };
    }
  }
  const counted = Number(rows[0]?.total ?? 0);
  return {
    hits: rows.map((r) => ({
      id: r.id,
      name: r.name,
      birthDate: r.birth_date,
      nationalIdMasked: maskNationalId(r.national_id),
      deathDate: r.death_date,
    })),
    total: Math.min(counted, CANDIDATES),
    capped: counted > CANDIDATES,
  };
}

/** A hit with the memberships that tell namesakes apart: employer and status today. */
export interface SearchHit extends PersonHit {
  memberships: { employer: string; kind: 'own' | 'survivor'; status: MemberStatus | null }[];
}

/** The search a staff member runs: scoped to their employers, every hit written to the access log. */
export async function searchPersons(
  db: RegisterDb,
  principal: Principal,
  q: SearchQuery,
): Promise<{ results: SearchHit[]; total: number; capped: boolean }> {
  const scope = employerScope(principal, 'person:read');
  // No transaction: one connection for the queries, then the hits' access-log rows through the group
  // commit (platform/access-log-batch.ts); the answer waits until they are committed.
  const answer = await db.connection().execute(async (conn) => {
    const page = await findPersonsPage(conn, q.query, scope, q.limit ?? DEFAULT_LIMIT, q.offset ?? 0);
    const memberships = await hitMemberships(conn, page.hits, scope, todayInOslo());
    return {
      results: page.hits.map((h) => ({ ...h, memberships: memberships.get(h.id) ?? [] })),
      total: page.total,
      capped: page.capped,
    };
  });
  await logAccess(db, principal, {
    personIds: answer.results.map((h) => h.id),
    purpose: q.purpose ?? 'search',
    what: 'search result',
  });
  return answer;
}

type Period = { startDate: IsoDate; endDate: IsoDate | null };

/** The hits' memberships in the caller's scope, with status today by the one rule (status.ts). */
async function hitMemberships(db: RegisterDb, hits: PersonHit[], scope: EmployerScope, today: IsoDate) {
  const out = new Map<number, SearchHit['memberships']>();
  if (hits.length === 0) return out;
  // One query: each membership with its periods as JSON arrays (round trips are a search's main cost).
  let q = db
    .selectFrom('membership as m')
    .modifyFront(PREPARED)
    .innerJoin('employer as e', 'e.id', 'm.employer_id')
    .select([
      'm.id',
      'm.person_id',
      'm.kind',
      'e.name',
      sql<
        Period[]
      >`coalesce((select json_agg(json_build_object('startDate', x.start_date, 'endDate', x.end_date))
        from employment x where x.membership_id = m.id), '[]')`.as('employments'),
      sql<
        Period[]
      >`coalesce((select json_agg(json_build_object('startDate', x.start_date, 'endDate', x.end_date))
        from pension x where x.membership_id = m.id), '[]')`.as('pensions'),
    ])
    .where(
      'm.person_id',
      'in',
      hits.map((h) => h.id),
    );
  if (scope !== 'all') q = q.where('e.orgnr', 'in', scope);
  const rows = await q.orderBy('e.name').orderBy('m.id').execute();
  const death = new Map(hits.map((h) => [h.id, h.deathDate]));
  for (const r of rows) {
    const status = statusOn(
      {
        employments: r.employments,
        pensions: r.pensions,
        deathDate: death.get(r.person_id) ?? null,
      },
      today,
    );
    const list = out.get(r.person_id) ?? [];
    list.push({ employer: r.name, kind: r.kind, status });
    out.set(r.person_id, list);
  }
  return out;
}
