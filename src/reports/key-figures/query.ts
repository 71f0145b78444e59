/**
 * The one set-based pass over the register that every key figure comes from, in two levels:
 *
 * 1. Per membership: employments and pensions are aggregated once each (by membership_id, per id
 *    range), joined to membership and person and classified — status on D and on the
 *    previous date, age class, pension flags — then grouped on that compact key (`cells`): a few
 *    plain counts and sums, no filtered aggregates over a million rows. Pensions running on either
 *    date also come as rows of their own, counted into cells by benefit and grade band.
 * 2. The few tens of thousands of cells are summed per (employer, scheme) with the filtered
 *    aggregates of SUM_COLUMNS — a few hundred rows that the assembler adds up per provider,
 *    employer and in total.
 *
 * Reports read the register's tables directly: the accepted exception for read-only reporting
 * (engineering.md: a capability otherwise calls another's functions).
 *
 * Parameters: $1 the reporting date D, $2 the previous date (D minus one year), then the bounds
 * of the membership id ranges (keyFiguresSql).
 */
import { AFP_AGES, AGE_BANDS, BENEFIT_KEYS, GRADE_BANDS } from './model';

const running = (d: string, t = '') =>
  `${t}start_date <= ${d} and (${t}end_date is null or ${t}end_date >= ${d})`;
const AFP = `benefit in ('afp_62_65', 'afp_65_67')`;
const GRADE = 'coalesce(grade_pct, 100)'; // a disability pension without a grade is a full one
/** Percentages (numeric(5,2)) as integer hundredths: integer sums are exact and much cheaper. */
const hundredths = (x: string) => `(${x} * 100)::int`;

const GRADE_CONDITION: Record<(typeof GRADE_BANDS)[number], string> = {
  '<20': `${GRADE} < 20`,
  '20-39': `${GRADE} >= 20 and ${GRADE} < 40`,
  '40-59': `${GRADE} >= 40 and ${GRADE} < 60`,
  '60-79': `${GRADE} >= 60 and ${GRADE} < 80`,
  '80-99': `${GRADE} >= 80 and ${GRADE} < 100`,
  '100': `${GRADE} = 100`,
};

/**
 * Age class of a cell (`ac`): the exact age for the AFP ages (62–66), else 100 + the lower bound
 * of the five-year band (100 for `<20`, 170 for `70+`). Every AFP age lies inside one band, so a
 * band is its band class plus the AFP ages inside it.
 */
const AGE_CLASS = `case when age_d between ${AFP_AGES[0]} and ${AFP_AGES[AFP_AGES.length - 1]} then age_d
      else 100 + case when age_d < 20 then 0 when age_d >= 70 then 70 else age_d - age_d % 5 end end`;

function ageBandCondition(band: (typeof AGE_BANDS)[number]): string {
  const [lo, hi] = band === '<20' ? [0, 19] : band === '70+' ? [70, 99] : band.split('-').map(Number);
  return `(ac between ${lo} and ${hi} or ac between ${100 + Number(lo)} and ${100 + Number(hi)})`;
}

/** First drawings (age at the pension's start) of these kinds, as columns of the per-membership pension aggregate. */
export const FIRST_DRAWINGS = {
  afp: AFP,
  rule_85: `benefit = 'rule_85'`,
  old_age: `benefit = 'old_age'`,
  disability: `benefit = 'disability'`,
} as const;
export type FirstDrawing = keyof typeof FIRST_DRAWINGS;

/** Pension flags on D, bits of `pf`: which kinds of pension run (wholly or partly). */
const FLAG = { disabled: 1, oldAge: 2, spouse: 4, afp: 8, afpFull: 16 } as const;
const hasFlag = (bit: number) => `pf & ${bit} <> 0`;

// Per membership: which pensions run. Bits of `pb`: the flags of FLAG on D, RUN_D and RUN_P (any
// pension runs on D / on the previous date); one bit_or instead of a column per fact keeps the
// per-membership aggregation cheap (most memberships have one pension, so every aggregate costs a
// start and a finish per row). Counts of pensions come from the pension rows themselves.
const RUN_D = 64;
const RUN_P = 128;
const pensionColumns = [
  `bit_or(case when run_d then ${RUN_D} +
      case when benefit = 'disability' then ${FLAG.disabled} when benefit = 'old_age' then ${FLAG.oldAge}
        when benefit = 'spouse' then ${FLAG.spouse}
        when ${AFP} then ${FLAG.afp} + case when ${GRADE} = 100 then ${FLAG.afpFull} else 0 end
        else 0 end
    else 0 end | case when run_p then ${RUN_P} else 0 end) as pb`,
  ...Object.entries(FIRST_DRAWINGS).map(
    ([k, cond]) => `min(start_date) filter (where ${cond}) as first_${k}`,
  ),
];
const BENEFIT_INDEX = `case benefit ${BENEFIT_KEYS.map((b, i) => `when '${b}' then ${i}`).join(' ')} end`;
const GRADE_BAND_INDEX = `case when benefit = 'disability' then case ${GRADE_BANDS.map(
  (g, i) => `when ${GRADE_CONDITION[g]} then ${i}`,
).join(' ')} end end`;

/** Per-membership values summed into each cell (name → expression over the classified membership). */
const CELL_SUMS: Record<string, string> = {
  n: 'count(*)::int',
  age_sum: 'sum(age_d)',
  pct_h: 'sum(pct_h)',
  grade_h: 'sum(grade_h)',
  ...Object.fromEntries(
    Object.keys(FIRST_DRAWINGS).flatMap((k) => [
      [`first_${k}_n`, `count(first_${k}_age)::int`],
      [`first_${k}_age_sum`, `sum(first_${k}_age)`],
    ]),
  ),
};

/** Sums per (employer, scheme): name → aggregate over the cells `k`. */
export const SUM_COLUMNS: Record<string, string> = {
  active: 'sum(n) filter (where st_d = 1)',
  pensioners: 'sum(n) filter (where st_d = 2)',
  former: 'sum(n) filter (where st_d = 3)',
  active_p: 'sum(n) filter (where st_p = 1)',
  pensioners_p: 'sum(n) filter (where st_p = 2)',
  former_p: 'sum(n) filter (where st_p = 3)',
  ...Object.fromEntries(
    BENEFIT_KEYS.flatMap((b) => [
      [`n_${b}_d`, `sum(n) filter (where bi = ${BENEFIT_KEYS.indexOf(b)} and pd)`],
      [`n_${b}_p`, `sum(n) filter (where bi = ${BENEFIT_KEYS.indexOf(b)} and pp)`],
    ]),
  ),
  ...Object.fromEntries(GRADE_BANDS.map((_, i) => [`grade_${i}`, `sum(n) filter (where gb = ${i})`])),
  grade_sum: 'sum(grade_h) / 100.0',
  disabled: `sum(n) filter (where alive_d and ${hasFlag(FLAG.disabled)})`,
  age_sum_active: 'sum(age_sum) filter (where st_d = 1)',
  pct_sum_active: 'sum(pct_h) filter (where st_d = 1) / 100.0',
  age_sum_disabled: `sum(age_sum) filter (where alive_d and ${hasFlag(FLAG.disabled)})`,
  n_old_age: `sum(n) filter (where alive_d and ${hasFlag(FLAG.oldAge)})`,
  age_sum_old_age: `sum(age_sum) filter (where alive_d and ${hasFlag(FLAG.oldAge)})`,
  n_spouse: `sum(n) filter (where alive_d and ${hasFlag(FLAG.spouse)})`,
  age_sum_spouse: `sum(age_sum) filter (where alive_d and ${hasFlag(FLAG.spouse)})`,
  age_sum_former: 'sum(age_sum) filter (where st_d = 3)',
  afp_drawers: `sum(n) filter (where alive_d and ${hasFlag(FLAG.afp)})`,
  afp_full: `sum(n) filter (where alive_d and ${hasFlag(FLAG.afpFull)})`,
  ...Object.fromEntries(
    AFP_AGES.flatMap((a) => [
      [`afp_drawing_${a}`, `sum(n) filter (where alive_d and ${hasFlag(FLAG.afp)} and ac = ${a})`],
      [`afp_active_${a}`, `sum(n) filter (where st_d = 1 and ac = ${a})`],
    ]),
  ),
  ...Object.fromEntries(
    AGE_BANDS.map((b, i) => [`age_band_${i}`, `sum(n) filter (where st_d = 1 and ${ageBandCondition(b)})`]),
  ),
  born_1963_members: 'sum(n) filter (where st_d is not null and b63)',
  born_1963_active: 'sum(n) filter (where st_d = 1 and b63)',
  // Age at first drawing for drawings that began in the reporting year, by members who drew it
  // straight from service (an employment reaching the day before): former members are excluded.
  ...Object.fromEntries(
    Object.keys(FIRST_DRAWINGS).flatMap((k) => [
      [`first_${k}_n`, `sum(first_${k}_n) filter (where alive_d)`],
      [`first_${k}_age_sum`, `sum(first_${k}_age_sum) filter (where alive_d)`],
    ]),
  ),
};

export type SumName = keyof typeof SUM_COLUMNS;

/**
 * The cell key packed into one bigint, lowest bits first: pension flags (32 = none), born 1963
 * or later (0 = not asked, 1 = no, 2 = yes), age class (255 = none), both statuses (0 = not
 * counted), alive on the previous date and on D, and the employer id above them. One integer key
 * lets the planner see few groups and aggregate in a hash table instead of sorting a million rows
 * on nine columns.
 */
const CELL_FIELDS: { name: string; width: number; encode: string; decode: (f: string) => string }[] = [
  { name: 'pf', width: 6, encode: 'coalesce(pf, 32)', decode: (f) => `nullif(${f}, 32)` },
  { name: 'b63', width: 2, encode: 'coalesce(b63::int + 1, 0)', decode: (f) => `nullif(${f}, 0) = 2` },
  { name: 'ac', width: 8, encode: 'coalesce(ac, 255)', decode: (f) => `nullif(${f}, 255)` },
  { name: 'st_p', width: 2, encode: 'coalesce(st_p, 0)', decode: (f) => `nullif(${f}, 0)` },
  { name: 'st_d', width: 2, encode: 'coalesce(st_d, 0)', decode: (f) => `nullif(${f}, 0)` },
  { name: 'alive_p', width: 1, encode: 'alive_p::int', decode: (f) => `${f} = 1` },
  { name: 'alive_d', width: 1, encode: 'alive_d::int', decode: (f) => `${f} = 1` },
  // pension cells: benefit index, counted on D (alive and running), on the previous date, grade band
  { name: 'bi', width: 3, encode: 'coalesce(bi, 7)', decode: (f) => `nullif(${f}, 7)` },
  { name: 'pd', width: 1, encode: 'coalesce(pd::int, 0)', decode: (f) => `${f} = 1` },
  { name: 'pp', width: 1, encode: 'coalesce(pp::int, 0)', decode: (f) => `${f} = 1` },
  { name: 'gb', width: 3, encode: 'coalesce(gb, 7)', decode: (f) => `nullif(${f}, 7)` },
];
const placed = CELL_FIELDS.map((f, i) => ({
  ...f,
  bit: CELL_FIELDS.slice(0, i).reduce((t, g) => t + g.width, 0),
}));
const EMPLOYER_BIT = CELL_FIELDS.reduce((t, f) => t + f.width, 0);
const CELL_CODE = [
  `employer_id::bigint * ${2 ** EMPLOYER_BIT}`,
  ...placed.map((f) => `(${f.encode}) * ${2 ** f.bit}`),
].join(' + ');
/** The cell's fields back under their names, with null where the code says none. */
const CELL_DECODED = [
  `(cell >> ${EMPLOYER_BIT})::int as employer_id`,
  ...placed.map((f) => `${f.decode(`((cell >> ${f.bit}) & ${2 ** f.width - 1})`)} as ${f.name}`),
];

/** Columns of the pension rows that the membership rows leave null, and the other way round. */
const MEMBERSHIP_ONLY = [
  'pct_h',
  'active_p',
  'last_end',
  'pb',
  ...Object.keys(FIRST_DRAWINGS).map((k) => `first_${k}`),
];
const PENSION_ONLY = ['bi', 'gb', 'prun_d', 'prun_p', 'grade_h'];
const nulls = (cols: string[]) => cols.map((c) => `null as ${c}`).join(', ');

/**
 * Rows of one membership id range [lo, hi): one per membership with its employment and pension
 * aggregates (range scans over the primary key and the two membership_id indexes), and one per
 * pension running on either date, for the counts of pensions.
 */
function membershipRange(lo: string, hi: string): string {
  const inRange = (col: string) => `${col} >= ${lo} and ${col} < ${hi}`;
  return `select m.employer_id, m.scheme_code, m.person_id,
      e.pct_h, e.active_p, e.last_end, p.pb,
      ${Object.keys(FIRST_DRAWINGS)
        .map((k) => `p.first_${k}`)
        .join(', ')},
      ${nulls(PENSION_ONLY)}
    from membership m
    left join (
      select membership_id,
        bool_or(${running('$2::date')}) as active_p,
        ${hundredths(`max(position_pct) filter (where ${running('$1::date')})`)} as pct_h,
        max(coalesce(end_date, 'infinity'::date)) as last_end
      from employment
      where ${inRange('membership_id')}
      group by membership_id
    ) e on e.membership_id = m.id
    left join (
      select membership_id,
        ${pensionColumns.join(',\n        ')}
      from (
        select membership_id, benefit, start_date, grade_pct,
          ${running('$1::date')} as run_d,
          ${running('$2::date')} as run_p
        from pension
        where ${inRange('membership_id')}
      ) pr
      group by membership_id
    ) p on p.membership_id = m.id
    where ${inRange('m.id')}
    union all
    select m.employer_id, m.scheme_code, m.person_id, ${nulls(MEMBERSHIP_ONLY)},
      ${BENEFIT_INDEX} as bi, ${GRADE_BAND_INDEX} as gb,
      ${running('$1::date', 'pr.')} as prun_d, ${running('$2::date', 'pr.')} as prun_p,
      ${hundredths(GRADE)} as grade_h
    from pension pr
    join membership m on m.id = pr.membership_id
    where ${inRange('pr.membership_id')} and ${inRange('m.id')}
      and (${running('$1::date', 'pr.')} or ${running('$2::date', 'pr.')})`;
}

/**
 * The report's SQL for `chunks` id ranges: parameters $1 D, $2 the previous date, then the chunk
 * bounds $3 … $(chunks + 3) (ascending; the last one exclusive). On PostgreSQL the ranges are the
 * units of a Parallel Append: each process aggregates its own ranges' employments and pensions
 * instead of every worker repeating the whole aggregation.
 */
export function keyFiguresSql(chunks: number): string {
  const ranges = Array.from({ length: chunks }, (_, i) =>
    membershipRange(`$${i + 3}::int`, `$${i + 4}::int`),
  );
  return `
-- One row per membership and one per running pension (bi not null), with the person's facts.
with j as (
  select u.*, pe.birth_date,
    (pe.death_date is null or pe.death_date > $1::date) as alive_d,
    (pe.death_date is null or pe.death_date > $2::date) as alive_p,
    date_part('year', age($1::date, pe.birth_date))::int as age_d
  from (
    ${ranges.join('\n    union all\n    ')}
  ) u
  join person pe on pe.id = u.person_id
),
-- status: 1 active, 2 pensioner, 3 former, null not counted (dead, survivor without pension, not
-- yet started). Active = an employment covers the date; former = every employment ended before it.
s as (
  select j.*,
    case when not alive_d or bi is not null then null when pb & ${RUN_D} <> 0 then 2
      when pct_h is not null then 1 when last_end < $1::date then 3 end as st_d,
    case when not alive_p or bi is not null then null when pb & ${RUN_P} <> 0 then 2
      when active_p then 1 when last_end < $2::date then 3 end as st_p
  from j
),
c as (
  select employer_id, scheme_code, alive_d, alive_p, age_d, st_d, st_p,
    -- the age class matters for actives and AFP drawers only; others share one cell
    case when st_d = 1 or (alive_d and pb & ${FLAG.afp} <> 0) then ${AGE_CLASS} end as ac,
    case when st_d is not null then birth_date >= '1963-01-01' end as b63,
    case when alive_d then pb & ${RUN_D - 1} end as pf,
    case when st_d = 1 then pct_h end as pct_h,
    bi, alive_d and prun_d as pd, alive_p and prun_p as pp,
    case when alive_d and prun_d then gb end as gb,
    case when alive_d and prun_d and gb is not null then grade_h end as grade_h,
    ${Object.keys(FIRST_DRAWINGS)
      .map(
        (k) => `case when first_${k} > $2::date and first_${k} <= $1::date and last_end >= first_${k} - 1
      then date_part('year', age(first_${k}, birth_date))::int end as first_${k}_age`,
      )
      .join(',\n    ')}
  from s
),
k as (
  select scheme_code, ${CELL_CODE} as cell,
    ${Object.entries(CELL_SUMS)
      .map(([name, expr]) => `${expr} as ${name}`)
      .join(',\n    ')}
  from c
  group by scheme_code, cell
),
d as (
  select scheme_code, ${CELL_DECODED.join(', ')}, ${Object.keys(CELL_SUMS).join(', ')}
  from k
)
select employer_id, scheme_code,
  ${Object.entries(SUM_COLUMNS)
    .map(([name, expr]) => `${expr} as ${name}`)
    .join(',\n  ')}
from d
group by employer_id, scheme_code
`;
}

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
