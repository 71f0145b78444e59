/**
 * What the validator needs from the register, and the set-based merge of the staged rows into
 * the register: `INSERT … SELECT … ON CONFLICT … DO UPDATE … WHERE (…) IS DISTINCT FROM (…)`,
 * so an unchanged row is neither updated nor copied to its history table (idempotent re-import).
 * Rows go in ordered by the unique key: at a million rows, btree inserts and foreign-key lookups
 * in key order stay in cache instead of touching random pages.
 */
import type { SqlSession } from '../../platform/db';
import { type BulkOptions, bulkWorthIt, DEFAULT_BULK, restore, suspendIndexes } from './bulk';
import type { RegisterPension, RegisterPeriod } from './validate';

export async function registerKeys(s: SqlSession): Promise<{ employers: Set<string>; schemes: Set<string> }> {
  const employers = await s.query<{ orgnr: string }>('select orgnr from employer');
  const schemes = await s.query<{ code: string }>('select code from scheme');
  return { employers: new Set(employers.map((r) => r.orgnr)), schemes: new Set(schemes.map((r) => r.code)) };
}

/** Which of these person numbers the register holds. */
export async function personsInRegister(s: SqlSession, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await s.query<{ national_id: string }>(
    'select national_id from person where national_id = any($1::bpchar[])',
    [ids],
  );
  return new Set(rows.map((r) => r.national_id));
}

/**
 * The register's employment periods of the memberships being imported, except those the import
 * replaces (same membership and start date): these take part in the overlap check.
 */
export async function registerPeriods(s: SqlSession): Promise<RegisterPeriod[]> {
  return s.query<RegisterPeriod>(`
    with touched as (select distinct k.mkey, k.national_id, k.orgnr, k.scheme, k.kind
                     from stage_membership k join stage_employment s on s.mkey = k.mkey)
    select t.national_id, t.orgnr, t.scheme, t.kind, em.start_date, em.end_date
    from touched t
    join person p on p.national_id = t.national_id
    join employer e on e.orgnr = t.orgnr
    join membership m on m.person_id = p.id and m.employer_id = e.id and m.scheme_code = t.scheme
      and m.kind = t.kind
    join employment em on em.membership_id = m.id
    where not exists (select 1 from stage_employment s where s.mkey = t.mkey and s.start_date = em.start_date)`);
}

/**
 * The register's pensions of the memberships and benefits being imported, except those the import
 * replaces (same membership, benefit and start date): these take part in the overlap check.
 */
export async function registerPensions(s: SqlSession): Promise<RegisterPension[]> {
  return s.query<RegisterPension>(`
    with touched as (select distinct k.mkey, k.national_id, k.orgnr, k.scheme, k.kind, s.benefit
                     from stage_membership k join stage_pension s on s.mkey = k.mkey)
    select t.national_id, t.orgnr, t.scheme, t.kind, pe.benefit, pe.start_date, pe.end_date
    from touched t
    join person p on p.national_id = t.national_id
    join employer e on e.orgnr = t.orgnr
    join membership m on m.person_id = p.id and m.employer_id = e.id and m.scheme_code = t.scheme
      and m.kind = t.kind
    join pension pe on pe.membership_id = m.id and pe.benefit = t.benefit
    where not exists (select 1 from stage_pension s
                      where s.mkey = t.mkey and s.benefit = pe.benefit and s.start_date = pe.start_date)`);
}

/** Inserted and updated rows per register table. */
export interface MergeCounts {
  inserted: Record<string, number>;
  updated: Record<string, number>;
  /** Tables loaded in bulk mode (indexes and foreign keys rebuilt after the merge). */
  bulk: string[];
}

// `xmax = 0` holds for a row this statement inserted, not for one it updated.
const counted = (insert: string) =>
  `with r as (${insert} returning (xmax = 0) as inserted)
   select count(*) filter (where inserted)::int as inserted,
          count(*) filter (where not inserted)::int as updated from r`;

interface Merge {
  table: string;
  /** Upsert of every staged row: safe next to concurrent writers, one row at a time in the indexes. */
  upsert: string;
  /**
   * Bulk mode (the table is locked and its secondary indexes and foreign keys are gone): changed
   * rows updated by one join, new rows inserted by an anti-join, with no speculative insertion.
   */
  bulk?: { update?: string; insert: string; staged: string };
  /** Run after the merge, in either mode. */
  after?: string;
}

// Each staged employment and pension names its membership by the import's number for it (mkey);
// `stage_mid` (made after the membership merge) maps that number to the register's membership id.
const PERSON_KEY = 'join stage_mid m on m.mkey = s.mkey';

/** mkey → membership id, for the merges of employments and pensions. */
const MEMBERSHIP_IDS = `
  create temp table stage_mid on commit drop as
  select k.mkey, m.id
  from stage_membership k
  join person p on p.national_id = k.national_id
  join employer e on e.orgnr = k.orgnr
  join membership m on m.person_id = p.id and m.employer_id = e.id and m.scheme_code = k.scheme and m.kind = k.kind;
  analyze stage_mid`;

const MERGES: Merge[] = [
  {
    table: 'provider',
    upsert: counted(`insert into provider (code, name, recorded_by)
     select distinct provider, provider, $1 from stage_scheme
     on conflict (code) do nothing`),
  },
  {
    table: 'scheme',
    upsert: counted(`insert into scheme (code, provider_code, name, recorded_by)
     select code, provider, name, $1 from stage_scheme
     on conflict (code) do update set provider_code = excluded.provider_code, name = excluded.name,
       recorded_by = excluded.recorded_by
     where (scheme.provider_code, scheme.name) is distinct from (excluded.provider_code, excluded.name)`),
  },
  {
    table: 'employer',
    upsert: counted(`insert into employer (orgnr, name, recorded_by)
     select orgnr, name, $1 from stage_employer
     on conflict (orgnr) do update set name = excluded.name, recorded_by = excluded.recorded_by
     where employer.name is distinct from excluded.name`),
  },
  {
    // An export never clears a recorded death, account or address: an older file without them must
    // not bring a person back or take away the account pensions are paid to.
    table: 'person',
    upsert:
      counted(`insert into person (national_id, birth_date, name, death_date, account_number, address, recorded_by)
     select national_id, birth_date, name, death_date, account_number, address, $1 from stage_person order by national_id
     on conflict (national_id) do update set birth_date = excluded.birth_date, name = excluded.name,
       death_date = coalesce(excluded.death_date, person.death_date),
       account_number = coalesce(excluded.account_number, person.account_number),
       address = coalesce(excluded.address, person.address), recorded_by = excluded.recorded_by
     where (person.birth_date, person.name, person.death_date, person.account_number, person.address)
       is distinct from (excluded.birth_date, excluded.name, coalesce(excluded.death_date, person.death_date),
         coalesce(excluded.account_number, person.account_number), coalesce(excluded.address, person.address))`),
    bulk: {
      staged: 'select count(*)::int as n from stage_person',
      update: `update person p set birth_date = s.birth_date, name = s.name,
         death_date = coalesce(s.death_date, p.death_date),
         account_number = coalesce(s.account_number, p.account_number),
         address = coalesce(s.address, p.address), recorded_by = $1
       from stage_person s
       where p.national_id = s.national_id
         and (p.birth_date, p.name, p.death_date, p.account_number, p.address)
           is distinct from (s.birth_date, s.name, coalesce(s.death_date, p.death_date),
             coalesce(s.account_number, p.account_number), coalesce(s.address, p.address))`,
      insert: `insert into person (national_id, birth_date, name, death_date, account_number, address, recorded_by)
       select s.national_id, s.birth_date, s.name, s.death_date, s.account_number, s.address, $1 from stage_person s
       where not exists (select 1 from person p where p.national_id = s.national_id)
       order by s.national_id`,
    },
  },
  // A survivor's membership exists only through the pension it receives, so pensions create them too.
  {
    table: 'membership',
    upsert: counted(`insert into membership (person_id, employer_id, scheme_code, kind, recorded_by)
     select p.id, e.id, k.scheme, k.kind, $1
     from stage_membership k
     join person p on p.national_id = k.national_id
     join employer e on e.orgnr = k.orgnr
     order by p.id, e.id, k.scheme, k.kind
     on conflict (person_id, employer_id, scheme_code, kind) do nothing`),
    bulk: {
      staged: 'select count(*)::int as n from stage_membership',
      insert: `insert into membership (person_id, employer_id, scheme_code, kind, recorded_by)
       select p.id, e.id, k.scheme, k.kind, $1
       from stage_membership k
       join person p on p.national_id = k.national_id
       join employer e on e.orgnr = k.orgnr
       where not exists (select 1 from membership m where m.person_id = p.id and m.employer_id = e.id
                           and m.scheme_code = k.scheme and m.kind = k.kind)
       order by p.id, e.id, k.scheme, k.kind`,
    },
    after: MEMBERSHIP_IDS,
  },
  {
    table: 'employment',
    upsert: counted(`insert into employment (membership_id, start_date, end_date, position_pct, annual_salary,
       recorded_by)
     select m.id, s.start_date, s.end_date, s.position_pct, s.annual_salary, $1
     from stage_employment s
     ${PERSON_KEY}
     order by m.id, s.start_date
     on conflict (membership_id, start_date) do update set end_date = excluded.end_date,
       position_pct = excluded.position_pct, annual_salary = excluded.annual_salary,
       recorded_by = excluded.recorded_by
     where (employment.end_date, employment.position_pct, employment.annual_salary)
       is distinct from (excluded.end_date, excluded.position_pct, excluded.annual_salary)`),
    bulk: {
      staged: 'select count(*)::int as n from stage_employment',
      update: `update employment x set end_date = s.end_date, position_pct = s.position_pct,
         annual_salary = s.annual_salary, recorded_by = $1
       from stage_employment s
       ${PERSON_KEY}
       where x.membership_id = m.id and x.start_date = s.start_date
         and (x.end_date, x.position_pct, x.annual_salary) is distinct from (s.end_date, s.position_pct, s.annual_salary)`,
      insert: `insert into employment (membership_id, start_date, end_date, position_pct, annual_salary, recorded_by)
       select m.id, s.start_date, s.end_date, s.position_pct, s.annual_salary, $1
       from stage_employment s
       ${PERSON_KEY}
       where not exists (select 1 from employment x where x.membership_id = m.id and x.start_date = s.start_date)
       order by m.id, s.start_date`,
    },
  },
  {
    table: 'pension',
    upsert:
      counted(`insert into pension (membership_id, benefit, start_date, end_date, grade_pct, annual_amount,
       recorded_by)
     select m.id, s.benefit, s.start_date, s.end_date, s.grade_pct, s.annual_amount, $1
     from stage_pension s
     ${PERSON_KEY}
     order by m.id, s.benefit, s.start_date
     on conflict (membership_id, benefit, start_date) do update set end_date = excluded.end_date,
       grade_pct = excluded.grade_pct, annual_amount = excluded.annual_amount,
       recorded_by = excluded.recorded_by
     where (pension.end_date, pension.grade_pct, pension.annual_amount)
       is distinct from (excluded.end_date, excluded.grade_pct, excluded.annual_amount)`),
    bulk: {
      staged: 'select count(*)::int as n from stage_pension',
      update: `update pension x set end_date = s.end_date, grade_pct = s.grade_pct,
         annual_amount = s.annual_amount, recorded_by = $1
       from stage_pension s
       ${PERSON_KEY}
       where x.membership_id = m.id and x.benefit = s.benefit and x.start_date = s.start_date
         and (x.end_date, x.grade_pct, x.annual_amount) is distinct from (s.end_date, s.grade_pct, s.annual_amount)`,
      insert: `insert into pension (membership_id, benefit, start_date, end_date, grade_pct, annual_amount,
         recorded_by)
       select m.id, s.benefit, s.start_date, s.end_date, s.grade_pct, s.annual_amount, $1
       from stage_pension s
       ${PERSON_KEY}
       where not exists (select 1 from pension x
                         where x.membership_id = m.id and x.benefit = s.benefit and x.start_date = s.start_date)
       order by m.id, s.benefit, s.start_date`,
    },
  },
  {
    table: 'finance_figure',
    upsert: counted(`insert into finance_figure (employer_id, scheme_code, year, premium, premium_reserve,
       pension_cost, recorded_by)
     select e.id, s.scheme, s.year, s.premium, s.premium_reserve, s.pension_cost, $1
     from stage_finance s join employer e on e.orgnr = s.orgnr
     on conflict (employer_id, scheme_code, year) do update set premium = excluded.premium,
       premium_reserve = excluded.premium_reserve, pension_cost = excluded.pension_cost,
       recorded_by = excluded.recorded_by
     where (finance_figure.premium, finance_figure.premium_reserve, finance_figure.pension_cost)
       is distinct from (excluded.premium, excluded.premium_reserve, excluded.pension_cost)`),
  },
];

/** Tables whose fresh statistics matter to the next statements' join plans. */
const ANALYZE_AFTER: ReadonlySet<string> = new Set(['person', 'membership']);

async function countOf(s: SqlSession, sql: string, params: unknown[] = []): Promise<number> {
  const [row] = await s.query<{ n: number | string }>(sql, params);
  return Number(row?.n ?? 0);
}

/** The number of rows a statement touched, from its `returning 1`. */
async function affected(s: SqlSession, sql: string, actor: string): Promise<number> {
  return countOf(s, `with r as (${sql} returning 1) select count(*)::int as n from r`, [actor]);
}

/**
 * Tables that depend only on employers.csv, schemes.csv and persons.csv: they can be merged while
 * the later files are still being read. The checks made after the reading (persons only in the
 * register, overlaps with the register's periods) do not look at what these merges add.
 */
export const EARLY_TABLES: ReadonlySet<string> = new Set(['provider', 'scheme', 'employer', 'person']);

export interface MergeOptions {
  /** Merge only these tables (default: all). */
  only?: (table: string) => boolean;
  onTable?: (table: string, index: number, total: number) => void;
  bulk?: BulkOptions;
}

export async function mergeStaged(
  s: SqlSession,
  actor: string,
  options: MergeOptions = {},
): Promise<MergeCounts> {
  const { only = () => true, onTable, bulk: bulkOptions = DEFAULT_BULK } = options;
  const counts: MergeCounts = { inserted: {}, updated: {}, bulk: [] };
  const merges = MERGES.filter((m) => only(m.table));
  for (const [i, m] of merges.entries()) {
    onTable?.(m.table, i, merges.length);
    let inserted: number;
    let updated: number;
    const bulk =
      m.bulk &&
      bulkWorthIt(
        await countOf(s, m.bulk.staged),
        await countOf(s, `select count(*) from ${m.table}`),
        bulkOptions,
      )
        ? m.bulk
        : undefined;
    if (bulk) {
      counts.bulk.push(m.table);
      const suspended = await suspendIndexes(s, m.table);
      updated = bulk.update ? await affected(s, bulk.update, actor) : 0;
      inserted = await affected(s, bulk.insert, actor);
      onTable?.(`${m.table}: rebuilding indexes`, i, merges.length);
      await restore(s, suspended);
    } else {
      const [row] = await s.query<{ inserted: number; updated: number }>(m.upsert, [actor]);
      inserted = row?.inserted ?? 0;
      updated = row?.updated ?? 0;
    }
    counts.inserted[m.table] = inserted;
    counts.updated[m.table] = updated;
    if (ANALYZE_AFTER.has(m.table) && inserted > 10_000) await s.exec(`analyze ${m.table}`);
    if (m.after) await s.exec(m.after);
  }
  onTable?.('done', merges.length, merges.length);
  return counts;
}
