/**
 * The one set-based pass over the register that every key figure comes from. Employments and
 * pensions are aggregated per membership once (bool_or / min / count), joined to membership and
 * person, classified (pensioner > active > former; dead persons not counted) and summed per
 * (employer, scheme) — a few hundred rows that the assembler adds up per provider, employer and
 * in total. Reports read the register's tables directly: the accepted exception for read-only
 * reporting (engineering.md: a capability otherwise calls another's functions).
 *
 * Parameters: $1 the reporting date D, $2 the previous date (D minus one year).
 */
import { AFP_AGES, AGE_BANDS, BENEFIT_KEYS, GRADE_BANDS } from './model';

const running = (d: string) => `start_date <= ${d} and (end_date is null or end_date >= ${d})`;
const AFP = `benefit in ('afp_62_65', 'afp_65_67')`;
const GRADE = 'coalesce(grade_pct, 100)'; // a disability pension without a grade is a full one

const GRADE_CONDITION: Record<(typeof GRADE_BANDS)[number], string> = {
  '<20': `${GRADE} < 20`,
  '20-39': `${GRADE} >= 20 and ${GRADE} < 40`,
  '40-59': `${GRADE} >= 40 and ${GRADE} < 60`,
  '60-79': `${GRADE} >= 60 and ${GRADE} < 80`,
  '80-99': `${GRADE} >= 80 and ${GRADE} < 100`,
  '100': `${GRADE} = 100`,
};

function ageBandCondition(band: (typeof AGE_BANDS)[number]): string {
  if (band === '<20') return 'age_d < 20';
  if (band === '70+') return 'age_d >= 70';
  const [lo, hi] = band.split('-');
  return `age_d between ${lo} and ${hi}`;
}

/** First drawings (age at the pension's start) of these kinds, as columns of the per-membership pension aggregate. */
export const FIRST_DRAWINGS = {
  afp: AFP,
  rule_85: `benefit = 'rule_85'`,
  old_age: `benefit = 'old_age'`,
  disability: `benefit = 'disability'`,
} as const;
export type FirstDrawing = keyof typeof FIRST_DRAWINGS;

// Per membership: pension facts.
const pensionColumns = [
  `bool_or(run_d) as run_d`,
  `bool_or(run_p) as run_p`,
  ...BENEFIT_KEYS.flatMap((b) => [
    `count(*) filter (where run_d and benefit = '${b}') as n_${b}_d`,
    `count(*) filter (where run_p and benefit = '${b}') as n_${b}_p`,
  ]),
  `bool_or(run_d and benefit = 'disability') as disabled_d`,
  `bool_or(run_d and benefit = 'old_age') as old_age_d`,
  `bool_or(run_d and benefit = 'spouse') as spouse_d`,
  `bool_or(run_d and ${AFP}) as afp_d`,
  `bool_or(run_d and ${AFP} and coalesce(grade_pct, 100) = 100) as afp_full_d`,
  ...GRADE_BANDS.map(
    (g, i) =>
      `count(*) filter (where run_d and benefit = 'disability' and ${GRADE_CONDITION[g]}) as grade_${i}`,
  ),
  `sum(${GRADE}) filter (where run_d and benefit = 'disability') as grade_sum`,
  ...Object.entries(FIRST_DRAWINGS).map(
    ([k, cond]) => `min(start_date) filter (where ${cond}) as first_${k}`,
  ),
];

/** Sums per (employer, scheme): name → aggregate over the classified memberships `c`. */
export const SUM_COLUMNS: Record<string, string> = {
  active: 'count(*) filter (where st_d = 1)',
  pensioners: 'count(*) filter (where st_d = 2)',
  former: 'count(*) filter (where st_d = 3)',
  active_p: 'count(*) filter (where st_p = 1)',
  pensioners_p: 'count(*) filter (where st_p = 2)',
  former_p: 'count(*) filter (where st_p = 3)',
  ...Object.fromEntries(
    BENEFIT_KEYS.flatMap((b) => [
      [`n_${b}_d`, `coalesce(sum(n_${b}_d) filter (where alive_d), 0)`],
      [`n_${b}_p`, `coalesce(sum(n_${b}_p) filter (where alive_p), 0)`],
    ]),
  ),
  ...Object.fromEntries(
    GRADE_BANDS.map((_, i) => [`grade_${i}`, `coalesce(sum(grade_${i}) filter (where alive_d), 0)`]),
  ),
  grade_sum: 'coalesce(sum(grade_sum) filter (where alive_d), 0)',
  disabled: 'count(*) filter (where alive_d and disabled_d)',
  age_sum_active: 'coalesce(sum(age_d) filter (where st_d = 1), 0)',
  pct_sum_active: 'coalesce(sum(pct_d) filter (where st_d = 1), 0)',
  age_sum_disabled: 'coalesce(sum(age_d) filter (where alive_d and disabled_d), 0)',
  n_old_age: 'count(*) filter (where alive_d and old_age_d)',
  age_sum_old_age: 'coalesce(sum(age_d) filter (where alive_d and old_age_d), 0)',
  n_spouse: 'count(*) filter (where alive_d and spouse_d)',
  age_sum_spouse: 'coalesce(sum(age_d) filter (where alive_d and spouse_d), 0)',
  age_sum_former: 'coalesce(sum(age_d) filter (where st_d = 3), 0)',
  afp_drawers: 'count(*) filter (where alive_d and afp_d)',
  afp_full: 'count(*) filter (where alive_d and afp_full_d)',
  ...Object.fromEntries(
    AFP_AGES.flatMap((a) => [
      [`afp_drawing_${a}`, `count(*) filter (where alive_d and afp_d and age_d = ${a})`],
      [`afp_active_${a}`, `count(*) filter (where st_d = 1 and age_d = ${a})`],
    ]),
  ),
  ...Object.fromEntries(
    AGE_BANDS.map((b, i) => [`age_band_${i}`, `count(*) filter (where st_d = 1 and ${ageBandCondition(b)})`]),
  ),
  born_1963_members: `count(*) filter (where st_d is not null and birth_date >= '1963-01-01')`,
  born_1963_active: `count(*) filter (where st_d = 1 and birth_date >= '1963-01-01')`,
  // Age at first drawing for drawings that began in the reporting year, by members who drew it
  // straight from service (an employment reaching the day before): former members are excluded.
  ...Object.fromEntries(
    Object.keys(FIRST_DRAWINGS).flatMap((k) => {
      const cond = `alive_d and first_${k} > $2::date and first_${k} <= $1::date and last_end >= first_${k} - 1`;
      return [
        [`first_${k}_n`, `count(*) filter (where ${cond})`],
        [
          `first_${k}_age_sum`,
          `coalesce(sum(date_part('year', age(first_${k}, birth_date))) filter (where ${cond}), 0)`,
        ],
      ];
    }),
  ),
};

export type SumName = keyof typeof SUM_COLUMNS;

export const KEY_FIGURES_SQL = `
with e as (
  select membership_id,
    bool_or(${running('$1::date')}) as active_d,
    bool_or(${running('$2::date')}) as active_p,
    bool_and(coalesce(end_date < $1::date, false)) as ended_d,
    bool_and(coalesce(end_date < $2::date, false)) as ended_p,
    max(position_pct) filter (where ${running('$1::date')}) as pct_d,
    max(coalesce(end_date, 'infinity'::date)) as last_end
  from employment
  group by membership_id
),
p as (
  select membership_id,
    ${pensionColumns.join(',\n    ')}
  from (
    select membership_id, benefit, start_date, grade_pct,
      ${running('$1::date')} as run_d,
      ${running('$2::date')} as run_p
    from pension
  ) pr
  group by membership_id
),
c as (
  select m.employer_id, m.scheme_code, x.*, pe.birth_date, e.pct_d, e.last_end,
    p.disabled_d, p.old_age_d, p.spouse_d, p.afp_d, p.afp_full_d, p.grade_sum,
    ${GRADE_BANDS.map((_, i) => `p.grade_${i}`).join(', ')},
    ${BENEFIT_KEYS.map((b) => `p.n_${b}_d, p.n_${b}_p`).join(', ')},
    ${Object.keys(FIRST_DRAWINGS)
      .map((k) => `p.first_${k}`)
      .join(', ')},
    -- status: 1 active, 2 pensioner, 3 former, null not counted (dead, survivor without pension, not yet started)
    case when not x.alive_d then null when p.run_d then 2 when e.active_d then 1 when e.ended_d then 3 end as st_d,
    case when not x.alive_p then null when p.run_p then 2 when e.active_p then 1 when e.ended_p then 3 end as st_p
  from membership m
  join person pe on pe.id = m.person_id
  cross join lateral (select
    (pe.death_date is null or pe.death_date > $1::date) as alive_d,
    (pe.death_date is null or pe.death_date > $2::date) as alive_p,
    date_part('year', age($1::date, pe.birth_date))::int as age_d) x
  left join e on e.membership_id = m.id
  left join p on p.membership_id = m.id
)
select employer_id, scheme_code,
  ${Object.entries(SUM_COLUMNS)
    .map(([name, expr]) => `${expr} as ${name}`)
    .join(',\n  ')}
from c
group by employer_id, scheme_code
`;

/** The floor of the benchmark: memberships counted by status on D over the same tables, nothing else. */
export const FLOOR_SQL = `
select status, count(*) from (
  select case when p.run then 2 when e.active then 1 when e.ended then 3 end as status
  from membership m
  join person pe on pe.id = m.person_id and (pe.death_date is null or pe.death_date > $1::date)
  left join (select membership_id, bool_or(${running('$1::date')}) as active,
      bool_and(coalesce(end_date < $1::date, false)) as ended
    from employment group by membership_id) e on e.membership_id = m.id
  left join (select membership_id, bool_or(${running('$1::date')}) as run
    from pension group by membership_id) p on p.membership_id = m.id
) s
group by status
`;
