/**
 * What the validator needs from the register, and the set-based merge of the staged rows into
 * the register: `INSERT … SELECT … ON CONFLICT … DO UPDATE … WHERE (…) IS DISTINCT FROM (…)`,
 * so an unchanged row is neither updated nor copied to its history table (idempotent re-import).
 * Rows go in ordered by the unique key: at a million rows, btree inserts and foreign-key lookups
 * in key order stay in cache instead of touching random pages.
 */
import type { SqlSession } from '../../platform/db';
import type { RegisterPeriod } from './validate';

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
    with touched as (select distinct national_id, orgnr, scheme from stage_employment)
    select p.national_id, e.orgnr, m.scheme_code as scheme, em.start_date, em.end_date
    from touched t
    join person p on p.national_id = t.national_id
    join employer e on e.orgnr = t.orgnr
    join membership m on m.person_id = p.id and m.employer_id = e.id and m.scheme_code = t.scheme
    join employment em on em.membership_id = m.id
    where not exists (select 1 from stage_employment s
                      where s.national_id = t.national_id and s.orgnr = t.orgnr and s.scheme = t.scheme
                        and s.start_date = em.start_date)`);
}

/** Inserted and updated rows per register table. */
export interface MergeCounts {
  inserted: Record<string, number>;
  updated: Record<string, number>;
}

// `xmax = 0` holds for a row this statement inserted, not for one it updated.
const counted = (table: string, insert: string) => ({
  table,
  sql: `with r as (${insert} returning (xmax = 0) as inserted)
        select count(*) filter (where inserted)::int as inserted,
               count(*) filter (where not inserted)::int as updated from r`,
});

const MERGES = [
  counted(
    'provider',
    `insert into provider (code, name, recorded_by)
     select distinct provider, provider, $1 from stage_scheme
     on conflict (code) do nothing`,
  ),
  counted(
    'scheme',
    `insert into scheme (code, provider_code, name, recorded_by)
     select code, provider, name, $1 from stage_scheme
     on conflict (code) do update set provider_code = excluded.provider_code, name = excluded.name,
       recorded_by = excluded.recorded_by
     where (scheme.provider_code, scheme.name) is distinct from (excluded.provider_code, excluded.name)`,
  ),
  counted(
    'employer',
    `insert into employer (orgnr, name, recorded_by)
     select orgnr, name, $1 from stage_employer
     on conflict (orgnr) do update set name = excluded.name, recorded_by = excluded.recorded_by
     where employer.name is distinct from excluded.name`,
  ),
  counted(
    'person',
    `insert into person (national_id, birth_date, name, death_date, recorded_by)
     select national_id, birth_date, name, death_date, $1 from stage_person order by national_id
     on conflict (national_id) do update set birth_date = excluded.birth_date, name = excluded.name,
       death_date = excluded.death_date, recorded_by = excluded.recorded_by
     where (person.birth_date, person.name, person.death_date)
       is distinct from (excluded.birth_date, excluded.name, excluded.death_date)`,
  ),
  // A survivor's membership exists only through the pension it receives, so pensions create them too.
  counted(
    'membership',
    `insert into membership (person_id, employer_id, scheme_code, recorded_by)
     select p.id, e.id, k.scheme, $1
     from (select national_id, orgnr, scheme from stage_employment
           union select national_id, orgnr, scheme from stage_pension) k
     join person p on p.national_id = k.national_id
     join employer e on e.orgnr = k.orgnr
     order by p.id, e.id, k.scheme
     on conflict (person_id, employer_id, scheme_code) do nothing`,
  ),
  counted(
    'employment',
    `insert into employment (membership_id, start_date, end_date, position_pct, annual_salary, recorded_by)
     select m.id, s.start_date, s.end_date, s.position_pct, s.annual_salary, $1
     from stage_employment s
     join person p on p.national_id = s.national_id
     join employer e on e.orgnr = s.orgnr
     join membership m on m.person_id = p.id and m.employer_id = e.id and m.scheme_code = s.scheme
     order by m.id, s.start_date
     on conflict (membership_id, start_date) do update set end_date = excluded.end_date,
       position_pct = excluded.position_pct, annual_salary = excluded.annual_salary,
       recorded_by = excluded.recorded_by
     where (employment.end_date, employment.position_pct, employment.annual_salary)
       is distinct from (excluded.end_date, excluded.position_pct, excluded.annual_salary)`,
  ),
  counted(
    'pension',
    `insert into pension (membership_id, benefit, start_date, end_date, grade_pct, annual_amount, recorded_by)
     select m.id, s.benefit, s.start_date, s.end_date, s.grade_pct, s.annual_amount, $1
     from stage_pension s
     join person p on p.national_id = s.national_id
     join employer e on e.orgnr = s.orgnr
     join membership m on m.person_id = p.id and m.employer_id = e.id and m.scheme_code = s.scheme
     order by m.id, s.benefit, s.start_date
     on conflict (membership_id, benefit, start_date) do update set end_date = excluded.end_date,
       grade_pct = excluded.grade_pct, annual_amount = excluded.annual_amount,
       recorded_by = excluded.recorded_by
     where (pension.end_date, pension.grade_pct, pension.annual_amount)
       is distinct from (excluded.end_date, excluded.grade_pct, excluded.annual_amount)`,
  ),
  counted(
    'finance_figure',
    `insert into finance_figure (employer_id, scheme_code, year, premium, premium_reserve, pension_cost,
       recorded_by)
     select e.id, s.scheme, s.year, s.premium, s.premium_reserve, s.pension_cost, $1
     from stage_finance s join employer e on e.orgnr = s.orgnr
     on conflict (employer_id, scheme_code, year) do update set premium = excluded.premium,
       premium_reserve = excluded.premium_reserve, pension_cost = excluded.pension_cost,
       recorded_by = excluded.recorded_by
     where (finance_figure.premium, finance_figure.premium_reserve, finance_figure.pension_cost)
       is distinct from (excluded.premium, excluded.premium_reserve, excluded.pension_cost)`,
  ),
];

/** Tables whose fresh statistics matter to the next statements' join plans. */
const ANALYZE_AFTER: Record<string, string> = { person: 'person', membership: 'membership' };

export async function mergeStaged(
  s: SqlSession,
  actor: string,
  onTable?: (table: string, index: number, total: number) => void,
): Promise<MergeCounts> {
  const counts: MergeCounts = { inserted: {}, updated: {} };
  for (const [i, m] of MERGES.entries()) {
    onTable?.(m.table, i, MERGES.length);
    const [row] = await s.query<{ inserted: number; updated: number }>(m.sql, [actor]);
    counts.inserted[m.table] = row?.inserted ?? 0;
    counts.updated[m.table] = row?.updated ?? 0;
    const analyze = ANALYZE_AFTER[m.table];
    if (analyze && (row?.inserted ?? 0) > 10_000) await s.exec(`analyze ${analyze}`);
  }
  onTable?.('done', MERGES.length, MERGES.length);
  return counts;
}
