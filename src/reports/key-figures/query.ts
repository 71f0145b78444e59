/**
 * The one set-based pass over the register that every key figure comes from, in two levels:
 *
 * 1. SQL (`keyFiguresSql`): rows per membership id range, each carrying a small integer `code`
 *    worked out where its facts are (once per row, in its own branch of the statement):
 *    - one row per membership: its status on D and on the previous date ignoring death (from its
 *      employments and pensions, aggregated by membership_id over the range), which kinds of
 *      pension run on D, and — nearly always — its one pension running on either date (benefit,
 *      runs on D / on the previous date, disability grade band and grade);
 *    - one row per running pension of the few memberships with two or more;
 *    - one row per first drawing of a kind (AFP, 85-year rule, old-age, disability) in the
 *      reporting year by a member who drew it straight from service.
 *    Each row is joined to its person once (alive on both dates, age by lookup, born 1963 or later)
 *    and counted into a cell: (employer, scheme, one packed integer). Per cell: a count, a sum of
 *    ages and sums of hundredths (position % of actives, grade of disability pensions). No CASE
 *    over statuses and no filtered aggregate runs per membership.
 * 2. TypeScript (`sumCells`): the few tens of thousands of cells are decoded and added up per
 *    (employer, scheme) into the named sums of SUM_NAMES — status rules that need the person
 *    (dead members are not counted) are applied here, once per cell instead of once per row.
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
const GRADE = 'coalesce(grade_pct, 100)'; // a disability pension without a grade is a full one
/** Percentages (numeric(5,2)) as integer hundredths: integer sums are exact and much cheaper. */
const hundredths = (x: string) => `(${x} * 100)::int`;

/** Kinds of first drawing (age at the pension's first start), by the benefits that make each kind. */
export const FIRST_DRAWINGS = {
  afp: ['afp_62_65', 'afp_65_67'],
  rule_85: ['rule_85'],
  old_age: ['old_age'],
  disability: ['disability'],
} as const;
export type FirstDrawing = keyof typeof FIRST_DRAWINGS;
const FIRST_KINDS = Object.keys(FIRST_DRAWINGS) as FirstDrawing[];
/** The index in FIRST_KINDS of a benefit's first-drawing kind (null when it has none). */
const firstKind = (benefit: string) =>
  `case ${FIRST_KINDS.map((k, i) => `when ${benefit} in (${FIRST_DRAWINGS[k].map((b) => `'${b}'`).join(', ')}) then ${i}`).join(' ')} end`;

/** Pension flags on D (which kinds of pension run, wholly or partly), bits of a membership's code. */
const FLAG = { disabled: 1, oldAge: 2, spouse: 4, afp: 8, afpFull: 16 } as const;
// Bits of the per-membership pension aggregate `pb`: the flags, then any pension runs on D / on the previous date.
const RUN_D = 32;
const RUN_P = 64;

/**
 * The row code (bits 12 and up of a cell). A membership's status on D ignoring death (bits 0–1:
 * 1 active, 2 pensioner, 3 former, 0 none), the same on the previous date (2–3), the pension flags
 * on D (4–8); then one pension running on either date (bit 9 set): its fields (10–17, PENSION).
 * A membership with one running pension carries it in its own row (nearly all do); one with two
 * or more carries none, and each of them comes as a row of its own with status bits 0. A first
 * drawing comes as a row of its own too: its kind's index + 1 in bits 18–20, status bits 0.
 */
const CODE = { msp: 4, flags: 16, pension: 512, pensionFields: 1024, firstDrawing: 262144 } as const;
/** A running pension's fields (bits 10–17 of the code): benefit index (0–2), runs on D (3), runs on the previous date (4), grade band (5–7, 7 none). */
const PENSION = { runsD: 8, runsP: 16, gradeBand: 32 } as const;
/** The other fields of a cell, below the code. */
const CELL = { born1963: 256, aliveP: 1024, aliveD: 2048, code: 4096 } as const;
const NO_AGE_CLASS = 255;
const NO_GRADE_BAND = 7;

const AFP_FIRST_AGE = Math.min(...AFP_AGES);
const AFP_LAST_AGE = Math.max(...AFP_AGES);
const isAfpAge = (age: number) => age >= AFP_FIRST_AGE && age <= AFP_LAST_AGE;

/**
 * Age class of a cell: the exact age for the AFP ages (62–66), else 100 + the lower bound of the
 * five-year band (100 for `<20`, 170 for `70+`). Every AFP age lies inside one band, so a band is
 * its band class plus the AFP ages inside it. In SQL a lookup by age (clamped to 0–120).
 */
export function ageClass(age: number): number {
  if (isAfpAge(age)) return age;
  return 100 + (age < 20 ? 0 : age >= 70 ? 70 : age - (age % 5));
}
const AGE_CLASS_OF = `(array[${Array.from({ length: 121 }, (_, a) => ageClass(a)).join(',')}])`;

/**
 * Age on D, and its class, by the number of days since birth (D − birth date) for 0 … 54 999 days
 * (150 years): a lookup instead of age() per row, which is the costliest function of the pass.
 * Each table is built once per statement (an InitPlan) with age() itself, so they agree with it;
 * other ages (born after D, or very long ago) take age().
 */
const AGE_TABLE_DAYS = 55_000;
const AGE_BY_DAYS = `(select array_agg(date_part('year', age($1::date, $1::date - d))::int order by d)
    from generate_series(0, ${AGE_TABLE_DAYS - 1}) d)`;
const AGE_CLASS_BY_DAYS = `(select array_agg(${AGE_CLASS_OF}[least(date_part('year', age($1::date, $1::date - d))::int, 120) + 1] order by d)
    from generate_series(0, ${AGE_TABLE_DAYS - 1}) d)`;

/** AGE_BANDS as [lowest, highest] age. */
const BAND_RANGES = AGE_BANDS.map((band) =>
  band === '<20' ? [0, 19] : band === '70+' ? [70, 999] : band.split('-').map(Number),
) as [number, number][];
/** The index in AGE_BANDS of an age class. */
function bandOfClass(ac: number): number {
  const age = ac >= 100 ? ac - 100 : ac;
  return BAND_RANGES.findIndex(([lo, hi]) => age >= lo && age <= hi);
}

const BENEFIT_INDEX = `case benefit ${BENEFIT_KEYS.map((b, i) => `when '${b}' then ${i}`).join(' ')} end`;
const GRADE_CONDITION: Record<(typeof GRADE_BANDS)[number], string> = {
  '<20': `${GRADE} < 20`,
  '20-39': `${GRADE} >= 20 and ${GRADE} < 40`,
  '40-59': `${GRADE} >= 40 and ${GRADE} < 60`,
  '60-79': `${GRADE} >= 60 and ${GRADE} < 80`,
  '80-99': `${GRADE} >= 80 and ${GRADE} < 100`,
  '100': `${GRADE} = 100`,
};
const GRADE_BAND_INDEX = `case when benefit = 'disability' then case ${GRADE_BANDS.map(
  (g, i) => `when ${GRADE_CONDITION[g]} then ${i}`,
).join(' ')} end else ${NO_GRADE_BAND} end`;

/** Whether a pension runs on D or on the previous date: the pensions the report counts. */
const relevant = (t = '') => `(${running('$1::date', t)} or ${running('$2::date', t)})`;
/** A running pension's fields (PENSION), from the (unqualified) columns of the pension table. */
const PENSION_FIELDS = `${BENEFIT_INDEX} + ${PENSION.runsD} * (${running('$1::date')})::int
      + ${PENSION.runsP} * (${running('$2::date')})::int + ${PENSION.gradeBand} * ${GRADE_BAND_INDEX}`;
/** The grade of a disability pension in hundredths, else null. */
const GRADE_H = `case when benefit = 'disability' then ${hundredths(GRADE)} end`;
/** Above the largest grade in hundredths: a pension's fields and grade packed into one integer, so that one min() gives both. */
const GRADE_SPAN = 16384;

/**
 * The three streams of one membership id range [lo, hi): range scans over the primary key and the
 * membership_id indexes, so that on PostgreSQL each range is one unit of a Parallel Append.
 */
function membershipRange(lo: string, hi: string): string[] {
  const inRange = (col: string) => `${col} >= ${lo} and ${col} < ${hi}`;
  const pb = 'coalesce(p.pb, 0)';
  // status ignoring death: pensioner if a pension runs, else active if an employment covers the
  // date, else former if every employment ended before it, else none (0)
  const memberships = `select m.employer_id, m.scheme_code, m.person_id,
      case when ${pb} & ${RUN_D} <> 0 then 2 when e.pct_h is not null then 1 when e.last_end < $1::date then 3 else 0 end
        + ${CODE.msp} * case when ${pb} & ${RUN_P} <> 0 then 2 when e.active_p then 1 when e.last_end < $2::date then 3 else 0 end
        + ${CODE.flags} * (${pb} & ${RUN_D - 1})
        + case when p.relevant = 1 then ${CODE.pension} + ${CODE.pensionFields} * (p.pension / ${GRADE_SPAN}) else 0 end as code,
      e.pct_h as h, case when p.relevant = 1 then p.pension % ${GRADE_SPAN} end as g, null::date as at
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
        bit_or(case when ${running('$1::date')} then ${RUN_D} +
          case benefit when 'disability' then ${FLAG.disabled} when 'old_age' then ${FLAG.oldAge}
            when 'spouse' then ${FLAG.spouse}
            when 'afp_62_65' then ${FLAG.afp} + case when ${GRADE} = 100 then ${FLAG.afpFull} else 0 end
            when 'afp_65_67' then ${FLAG.afp} + case when ${GRADE} = 100 then ${FLAG.afpFull} else 0 end
            else 0 end
          else 0 end | case when ${running('$2::date')} then ${RUN_P} else 0 end) as pb,
        count(*) filter (where ${relevant()}) as relevant,
        min((${PENSION_FIELDS}) * ${GRADE_SPAN} + coalesce(${GRADE_H}, 0)) filter (where ${relevant()}) as pension
      from pension
      where ${inRange('membership_id')}
      group by membership_id
    ) p on p.membership_id = m.id
    where ${inRange('m.id')}
      -- a membership with no status on either date and no running pension counts nowhere
      -- (sumCells learns of its employer and scheme from EMPLOYER_SCHEMES_SQL)
      and (${pb} <> 0 or e.pct_h is not null or e.active_p or e.last_end < $1::date)`;
  // Pension columns are unqualified (only pension has them); `z` is another pension of the membership.
  const pensions = `select m.employer_id, m.scheme_code, m.person_id,
      ${CODE.pension} + ${CODE.pensionFields} * (${PENSION_FIELDS}) as code,
      null::int as h, ${GRADE_H} as g, null::date as at
    from pension pr
    join membership m on m.id = pr.membership_id
    where ${inRange('pr.membership_id')} and ${inRange('m.id')} and ${relevant()}
      and exists (select 1 from pension z
        where z.membership_id = pr.membership_id and ${inRange('z.membership_id')} and z.id <> pr.id and ${relevant('z.')})`;
  // A first drawing: the earliest pension of its kind in the membership (ties by id), started in
  // the reporting year (previous date < start <= D), by a member with an employment reaching the
  // day before the start (so former members, with deferred rights, are excluded).
  const firstDrawings = `select m.employer_id, m.scheme_code, m.person_id,
      ${CODE.firstDrawing} * (1 + ${firstKind('x.benefit')}) as code, null::int as h, null::int as g, x.start_date as at
    from pension x
    join membership m on m.id = x.membership_id
    where ${inRange('x.membership_id')} and ${inRange('m.id')}
      and x.start_date > $2::date and x.start_date <= $1::date
      and x.benefit in (${Object.values(FIRST_DRAWINGS)
        .flat()
        .map((b) => `'${b}'`)
        .join(', ')})
      and not exists (select 1 from pension y
        where y.membership_id = x.membership_id and ${inRange('y.membership_id')}
          and ${firstKind('y.benefit')} = ${firstKind('x.benefit')}
          and (y.start_date < x.start_date or (y.start_date = x.start_date and y.id < x.id)))
      and exists (select 1 from employment em
        where em.membership_id = x.membership_id and ${inRange('em.membership_id')}
          and (em.end_date is null or em.end_date >= x.start_date - 1))`;
  return [memberships, pensions, firstDrawings];
}

/**
 * The report's SQL for `chunks` id ranges: parameters $1 D, $2 the previous date, then the chunk
 * bounds $3 … $(chunks + 3) (ascending; the last one exclusive). Rows: employer_id, scheme_code,
 * cell, n, age_sum, h_sum (see `sumCells`). On PostgreSQL the ranges are the units of a Parallel
 * Append: each process aggregates its own ranges' employments and pensions.
 */
export function keyFiguresSql(chunks: number): string {
  const ranges = Array.from({ length: chunks }, (_, i) =>
    membershipRange(`$${i + 3}::int`, `$${i + 4}::int`),
  ).flat();
  const aliveD = '(pe.death_date is null or pe.death_date > $1::date)';
  const aliveP = '(pe.death_date is null or pe.death_date > $2::date)';
  // Age on D by lookup (see AGE_BY_DAYS); at the first drawing for first-drawing rows.
  const days = '($1::date - pe.birth_date)';
  // out of the table (born after D, or long ago) the subscript is null and age() answers
  const byDays = (table: string, otherwise: string) => `coalesce(${table}[${days} + 1], ${otherwise})`;
  const exactAge = (on: string) => `date_part('year', age(${on}, pe.birth_date))::int`;
  const ageOnD = byDays(AGE_BY_DAYS, exactAge('$1::date'));
  const age = `case when u.at is null then ${ageOnD} else ${exactAge('u.at')} end`;
  const ageClassOnD = byDays(
    AGE_CLASS_BY_DAYS,
    `${AGE_CLASS_OF}[least(greatest(${exactAge('$1::date')}, 0), 120) + 1]`,
  );
  // The age class is wanted for actives and AFP drawers, the born-1963 flag for every membership
  // with a status on D; elsewhere they stay out of the cell so that the cells stay few. (For the
  // few members dead on D they are in the cell but unused: sumCells does not count them.)
  const counted = 'u.code & 3 <> 0';
  const wantsAgeClass = `u.code & 3 = 1 or u.code & ${CODE.flags * FLAG.afp} <> 0`;
  const cell = `u.code::bigint * ${CELL.code} + ${aliveD}::int * ${CELL.aliveD} + ${aliveP}::int * ${CELL.aliveP}
      + case when ${counted} then ${CELL.born1963} * (1 + (pe.birth_date >= '1963-01-01')::int) else 0 end
      + case when ${wantsAgeClass} then ${ageClassOnD} else ${NO_AGE_CLASS} end`;
  return `
select u.employer_id, u.scheme_code, ${cell} as cell,
  count(*)::int as n, sum(${age}) as age_sum, sum(u.h) as h_sum, sum(u.g) as g_sum
from (
  ${ranges.join('\n  union all\n  ')}
) u
join person pe on pe.id = u.person_id
group by 1, 2, 3
`;
}

/**
 * Every (employer, scheme) that has memberships, counted or not: the report lists them all, also
 * with nothing counted on either date. A loose index scan over membership_employer (one probe per
 * pair instead of a pass over all memberships).
 */
export const EMPLOYER_SCHEMES_SQL = `
with recursive pairs(employer_id, scheme_code) as (
  (select employer_id, scheme_code from membership order by employer_id, scheme_code limit 1)
  union all
  select next.employer_id, next.scheme_code
  from pairs cross join lateral (
    select m.employer_id, m.scheme_code from membership m
    where (m.employer_id, m.scheme_code) > (pairs.employer_id, pairs.scheme_code)
    order by m.employer_id, m.scheme_code
    limit 1
  ) next
)
select employer_id, scheme_code from pairs
`;
export interface EmployerScheme {
  employer_id: number;
  scheme_code: string;
}

/** One cell of keyFiguresSql. */
export interface CellRow {
  employer_id: number;
  scheme_code: string;
  cell: number;
  n: number;
  age_sum: number | null;
  /** Position % of the employment covering D, in hundredths. */
  h_sum: number | null;
  /** Grade of the running disability pension, in hundredths. */
  g_sum: number | null;
}

/** The sums per (employer, scheme) that the report is assembled from. */
export const SUM_NAMES = [
  'active',
  'pensioners',
  'former',
  'active_p',
  'pensioners_p',
  'former_p',
  ...BENEFIT_KEYS.flatMap((b) => [`n_${b}_d`, `n_${b}_p`]),
  ...GRADE_BANDS.map((_, i) => `grade_${i}`),
  'grade_sum',
  'disabled',
  'age_sum_active',
  'pct_sum_active',
  'age_sum_disabled',
  'n_old_age',
  'age_sum_old_age',
  'n_spouse',
  'age_sum_spouse',
  'age_sum_former',
  'afp_drawers',
  'afp_full',
  ...AFP_AGES.flatMap((a) => [`afp_drawing_${a}`, `afp_active_${a}`]),
  ...AGE_BANDS.map((_, i) => `age_band_${i}`),
  'born_1963_members',
  'born_1963_active',
  ...FIRST_KINDS.flatMap((k) => [`first_${k}_n`, `first_${k}_age_sum`]),
] as const;
export type SumName = (typeof SUM_NAMES)[number];
export type Sums = Record<SumName, number>;

export function zeroSums(): Sums {
  return Object.fromEntries(SUM_NAMES.map((k) => [k, 0])) as Sums;
}

/** Sums of one (employer, scheme). */
export interface EmployerSchemeSums {
  employerId: number;
  schemeCode: string;
  sums: Sums;
}

/** Adds to a sum by name; no name (null or undefined), nothing. */
const add = (s: Sums, name: SumName | null | undefined, x: number) => {
  if (name) s[name] = (s[name] ?? 0) + x;
};
const STATUS_ON_D = [null, 'active', 'pensioners', 'former'] as const;
const STATUS_ON_P = [null, 'active_p', 'pensioners_p', 'former_p'] as const;
// Sum names by the index a cell carries, worked out once.
const ON_D = BENEFIT_KEYS.map((b) => `n_${b}_d`);
const ON_P = BENEFIT_KEYS.map((b) => `n_${b}_p`);
const GRADE_SUM_NAMES = GRADE_BANDS.map((_, i) => `grade_${i}`);
const FIRST_N = FIRST_KINDS.map((k) => `first_${k}_n`);
const FIRST_AGE_SUM = FIRST_KINDS.map((k) => `first_${k}_age_sum`);
const byAgeClass = (name: (ac: number) => string | null) =>
  Array.from({ length: NO_AGE_CLASS + 1 }, (_, ac) => name(ac));
const AGE_BAND_OF = byAgeClass((ac) => (ac === NO_AGE_CLASS ? null : `age_band_${bandOfClass(ac)}`));
const AFP_ACTIVE_OF = byAgeClass((ac) => (isAfpAge(ac) ? `afp_active_${ac}` : null));
const AFP_DRAWING_OF = byAgeClass((ac) => (isAfpAge(ac) ? `afp_drawing_${ac}` : null));

/**
 * Adds the cells up per (employer, scheme), sorted by employer id and scheme code. A membership is
 * counted on a date only if its person is alive on it; its pensions likewise.
 */
export function sumCells(
  cells: readonly CellRow[],
  employerSchemes: readonly EmployerScheme[] = [],
): EmployerSchemeSums[] {
  type Entry = EmployerSchemeSums & { pctH: number; gradeH: number };
  const byEmployer = new Map<number, Map<string, Entry>>();
  const entryOf = (employer: number | string, schemeCode: string): Entry => {
    const employerId = Number(employer);
    let bySchemeCode = byEmployer.get(employerId);
    if (!bySchemeCode) {
      bySchemeCode = new Map();
      byEmployer.set(employerId, bySchemeCode);
    }
    let entry = bySchemeCode.get(schemeCode);
    if (!entry) {
      entry = { employerId, schemeCode, sums: zeroSums(), pctH: 0, gradeH: 0 };
      bySchemeCode.set(schemeCode, entry);
    }
    return entry;
  };
  for (const p of employerSchemes) entryOf(p.employer_id, p.scheme_code);
  for (const c of cells) {
    const entry = entryOf(c.employer_id, c.scheme_code);
    const s = entry.sums;
    const n = Number(c.n);
    const ageSum = Number(c.age_sum ?? 0);
    const h = Number(c.h_sum ?? 0);
    const cell = Number(c.cell);
    const ac = cell & 0xff;
    const born1963 = (cell >> 8) & 3;
    const aliveP = (cell & CELL.aliveP) !== 0;
    const aliveD = (cell & CELL.aliveD) !== 0;
    const code = Math.floor(cell / CELL.code);

    const firstKindPlusOne = Math.floor(code / CODE.firstDrawing);
    if (firstKindPlusOne > 0) {
      if (aliveD) {
        add(s, FIRST_N[firstKindPlusOne - 1], n);
        add(s, FIRST_AGE_SUM[firstKindPlusOne - 1], ageSum);
      }
      continue;
    }
    if (code & CODE.pension) {
      const fields = (code / CODE.pensionFields) & 0xff;
      const benefit = fields & 7;
      const band = (fields / PENSION.gradeBand) & 7;
      if (aliveD && fields & PENSION.runsD) {
        add(s, ON_D[benefit], n);
        if (band !== NO_GRADE_BAND) {
          add(s, GRADE_SUM_NAMES[band], n);
          entry.gradeH += Number(c.g_sum ?? 0);
        }
      }
      if (aliveP && fields & PENSION.runsP) add(s, ON_P[benefit], n);
    }
    // a membership
    const stD = aliveD ? code & 3 : 0;
    const stP = aliveP ? (code >> 2) & 3 : 0;
    const flags = aliveD ? (code >> 4) & 31 : 0;
    const onD = STATUS_ON_D[stD];
    const onP = STATUS_ON_P[stP];
    if (onD) add(s, onD, n);
    if (onP) add(s, onP, n);
    if (stD !== 0 && born1963 === 2) add(s, 'born_1963_members', n);
    if (stD === 1) {
      add(s, 'age_sum_active', ageSum);
      entry.pctH += h;
      if (born1963 === 2) add(s, 'born_1963_active', n);
      add(s, AFP_ACTIVE_OF[ac], n);
      add(s, AGE_BAND_OF[ac], n);
    }
    if (stD === 3) add(s, 'age_sum_former', ageSum);
    if (flags & FLAG.disabled) {
      add(s, 'disabled', n);
      add(s, 'age_sum_disabled', ageSum);
    }
    if (flags & FLAG.oldAge) {
      add(s, 'n_old_age', n);
      add(s, 'age_sum_old_age', ageSum);
    }
    if (flags & FLAG.spouse) {
      add(s, 'n_spouse', n);
      add(s, 'age_sum_spouse', ageSum);
    }
    if (flags & FLAG.afp) {
      add(s, 'afp_drawers', n);
      add(s, AFP_DRAWING_OF[ac], n);
    }
    if (flags & FLAG.afpFull) add(s, 'afp_full', n);
  }
  return [...byEmployer.values()]
    .flatMap((m) => [...m.values()])
    .sort(
      (a, b) =>
        a.employerId - b.employerId ||
        (a.schemeCode < b.schemeCode ? -1 : a.schemeCode > b.schemeCode ? 1 : 0),
    )
    .map(({ employerId, schemeCode, sums, pctH, gradeH }) => ({
      employerId,
      schemeCode,
      sums: { ...sums, pct_sum_active: pctH / 100, grade_sum: gradeH / 100 },
    }));
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
