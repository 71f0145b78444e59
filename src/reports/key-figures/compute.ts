/**
 * Computes the key-figures report for a reporting date: one aggregate query over the register
 * (query.ts) gives sums per (employer, scheme); this file adds them up per provider, per employer
 * and in total and derives shares, changes and averages. Pure assembly lives in `assemble`.
 */
import { CompiledQuery } from 'kysely';
import { type IsoDate, oneYearBefore } from '../../domain/dates';
import { type Ore, toWholeKroner } from '../../domain/money';
import type { Database } from '../../platform/db';
import { invalidInput } from '../../platform/errors';
import { reportTexts } from './messages';
import {
  AFP_AGES,
  AGE_BANDS,
  BENEFIT_KEYS,
  type BenefitCounts,
  type Comparison,
  GRADE_BANDS,
  type KeyFiguresReport,
  type MembershipRow,
  type Money,
  STATUSES,
  type StatusCounts,
} from './model';
import {
  type CellRow,
  EMPLOYER_SCHEMES_SQL,
  type EmployerScheme,
  FIRST_DRAWINGS,
  type FirstDrawing,
  keyFiguresSql,
  type SumName,
  type Sums,
  sumCells,
  zeroSums,
} from './query';

export interface KeyFiguresOptions {
  date: IsoDate;
  /** Organisation numbers to limit the rows to; undefined or null for every employer. */
  employers?: readonly string[] | null;
  /** Reject organisation numbers the register does not know (default); off for a user's own scope. */
  strict?: boolean;
}

/** Sums of one (employer, scheme), or of several added together. */
export type { Sums };

/** A sum by name (every name of SUM_NAMES is present; 0 guards the index type). */
const v = (s: Sums, name: string): number => s[name] ?? 0;

export interface GrainRow {
  orgnr: string;
  provider: string;
  sums: Sums;
}

export interface FinanceRow {
  orgnr: string;
  provider: string;
  premium: Ore;
  premiumReserve: Ore;
  pensionCost: Ore;
}

export interface Lookups {
  providers: Record<string, string>;
  employers: Record<string, string>;
}

export async function computeKeyFigures(db: Database, options: KeyFiguresOptions): Promise<KeyFiguresReport> {
  const date = options.date;
  const previousDate = oneYearBefore(date);
  const year = Number(date.slice(0, 4));

  const [employers, schemes, providers] = await Promise.all([
    rows<{ id: number; orgnr: string; name: string }>(db, 'select id, orgnr, name from employer'),
    rows<{ code: string; provider_code: string }>(db, 'select code, provider_code from scheme'),
    rows<{ code: string; name: string }>(db, 'select code, name from provider'),
  ]);
  const orgnrOf = new Map(employers.map((e) => [e.id, e.orgnr]));
  const providerOf = new Map(schemes.map((s) => [s.code, s.provider_code]));

  const wanted = options.employers ?? null;
  if (wanted && options.strict !== false) {
    const known = new Set(employers.map((e) => e.orgnr));
    const unknown = wanted.filter((o) => !known.has(o));
    if (unknown.length > 0) {
      throw invalidInput(unknown.map((o) => ({ path: 'employer', message: `no employer with orgnr ${o}` })));
    }
  }

  const [cells, employerSchemes, financeRaw] = await Promise.all([
    aggregatePass(db, date, previousDate),
    rows<EmployerScheme>(db, EMPLOYER_SCHEMES_SQL),
    rows<{
      employer_id: number;
      scheme_code: string;
      premium: number;
      premium_reserve: number;
      pension_cost: number;
    }>(
      db,
      'select employer_id, scheme_code, premium, premium_reserve, pension_cost from finance_figure where year = $1',
      [year],
    ),
  ]);

  const grain: GrainRow[] = sumCells(cells, employerSchemes).map((r) => ({
    orgnr: orgnrOf.get(r.employerId) ?? String(r.employerId),
    provider: providerOf.get(r.schemeCode) ?? r.schemeCode,
    sums: r.sums,
  }));
  const finance: FinanceRow[] = financeRaw.map((r) => ({
    orgnr: orgnrOf.get(r.employer_id) ?? String(r.employer_id),
    provider: providerOf.get(r.scheme_code) ?? r.scheme_code,
    premium: r.premium as Ore,
    premiumReserve: r.premium_reserve as Ore,
    pensionCost: r.pension_cost as Ore,
  }));

  return assemble({
    date,
    previousDate,
    financeYear: year,
    employers: wanted,
    grain,
    finance,
    lookups: {
      providers: Object.fromEntries(providers.map((p) => [p.code, p.name])),
      employers: Object.fromEntries(employers.map((e) => [e.orgnr, e.name])),
    },
  });
}

/**
 * Id ranges of memberships, the units of work of a Parallel Append on PostgreSQL: a few more
 * ranges than processes keep the cores busy to the end, and a range of about 250 000 memberships
 * stays one unit (merge joins over index range scans); much larger ranges are planned as parallel
 * scans that every process repeats. PGlite has no parallel workers, so one range.
 */
const MIN_CHUNKS = 4;
const CHUNK_SPAN = 250_000;
const chunksFor = (kind: Database['kind'], span: number) =>
  kind === 'pglite' ? 1 : Math.max(MIN_CHUNKS, Math.ceil(span / CHUNK_SPAN));

/** The cells of query.ts, in one transaction with the planner settings it needs. */
async function aggregatePass(db: Database, date: IsoDate, previousDate: IsoDate): Promise<CellRow[]> {
  const [range] = await rows<{ lo: number | null; hi: number | null }>(
    db,
    'select min(id) as lo, max(id) as hi from membership',
  );
  const lo = Number(range?.lo ?? 0);
  const hi = Number(range?.hi ?? -1) + 1;
  const chunks = chunksFor(db.kind, hi - lo);
  const bounds = Array.from({ length: chunks + 1 }, (_, i) => lo + Math.round((i * (hi - lo)) / chunks));
  const params = [date, previousDate, ...bounds];
  if (db.kind !== 'postgres') return rows<CellRow>(db, keyFiguresSql(chunks), params);
  return db.batch(async (s) => {
    // Measured on 1 000 000 memberships (docs/key-figures.md):
    // - JIT compiling the aggregate expressions costs more than it saves on this one pass;
    // - no parallel index scans, so that each id range is one whole unit of the Parallel Append and
    //   no worker repeats another's employment and pension aggregation; no bitmap scans, which the
    //   planner picks for smaller ranges and then hashes what the index scan delivers in order;
    // - the planner cannot estimate the number of cells (one computed key) and would sort a million
    //   rows to group them; without sorts it aggregates them in a hash table;
    // - room for the person hash table (and the cells) in memory instead of batches on disk;
    // - random reads priced as for a cached or SSD database: otherwise, where employment rows are
    //   less well ordered by membership (the generated population), every range scans the whole
    //   employment table instead of its index range.
    await s.query('set local jit = off');
    await s.query(`set local min_parallel_index_scan_size = '8GB'`);
    await s.query('set local enable_bitmapscan = off');
    await s.query('set local enable_sort = off');
    await s.query('set local hash_mem_multiplier = 16');
    await s.query('set local random_page_cost = 1.1');
    return s.query<CellRow>(keyFiguresSql(chunks), params);
  });
}

async function rows<R>(db: Database, sql: string, params: unknown[] = []): Promise<R[]> {
  return (await db.kysely.executeQuery<R>(CompiledQuery.raw(sql, params))).rows;
}

// ---- assembly (pure) ----

export interface AssembleInput {
  date: IsoDate;
  previousDate: IsoDate;
  financeYear: number;
  employers: readonly string[] | null;
  grain: GrainRow[];
  finance: FinanceRow[];
  lookups: Lookups;
}

const round2 = (x: number) => Math.round(x * 100) / 100;
export const percent = (n: number, d: number): number | null => (d === 0 ? null : round2((100 * n) / d));
const mean = (sum: number, n: number): number | null => (n === 0 ? null : round2(sum / n));

function addUp(rows: GrainRow[]): Sums {
  const out = zeroSums();
  for (const r of rows) for (const k of Object.keys(out) as SumName[]) out[k] = v(out, k) + v(r.sums, k);
  return out;
}

function groupSums(rows: GrainRow[], key: (r: GrainRow) => string): Map<string, Sums> {
  const groups = new Map<string, GrainRow[]>();
  for (const r of rows) groups.set(key(r), [...(groups.get(key(r)) ?? []), r]);
  return new Map([...groups].sort(([a], [b]) => a.localeCompare(b)).map(([k, g]) => [k, addUp(g)]));
}

function statusCounts(s: Sums, suffix: '' | '_p'): StatusCounts {
  const active = v(s, `active${suffix}`);
  const pensioners = v(s, `pensioners${suffix}`);
  const former = v(s, `former${suffix}`);
  return { active, pensioners, former, total: active + pensioners + former };
}

const change = (now: number, before: number) => ({
  number: now - before,
  percent: percent(now - before, before),
});

export function membershipRow(s: Sums): MembershipRow {
  const now = statusCounts(s, '');
  const previous = statusCounts(s, '_p');
  return {
    ...now,
    shares: {
      active: percent(now.active, now.total),
      pensioners: percent(now.pensioners, now.total),
      former: percent(now.former, now.total),
    },
    previous,
    change: {
      active: change(now.active, previous.active),
      pensioners: change(now.pensioners, previous.pensioners),
      former: change(now.former, previous.former),
      total: change(now.total, previous.total),
    },
  };
}

function benefitCounts(s: Sums, suffix: '_d' | '_p'): BenefitCounts {
  const counts = Object.fromEntries(BENEFIT_KEYS.map((b) => [b, v(s, `n_${b}${suffix}`)])) as Omit<
    BenefitCounts,
    'total'
  >;
  return { ...counts, total: BENEFIT_KEYS.reduce((t, b) => t + counts[b], 0) };
}

export function comparison(s: Sums): Comparison {
  const firstAge = (k: FirstDrawing) => mean(v(s, `first_${k}_age_sum`), v(s, `first_${k}_n`));
  return {
    memberships: statusCounts(s, ''),
    averagePartTimePct: mean(v(s, 'pct_sum_active'), v(s, 'active')),
    disabled: v(s, 'disabled'),
    disabilityShare: percent(v(s, 'disabled'), v(s, 'active') + v(s, 'disabled')),
    averageDisabilityGrade: mean(
      v(s, 'grade_sum'),
      GRADE_BANDS.reduce((t, _, i) => t + v(s, `grade_${i}`), 0),
    ),
    averageAge: {
      actives: mean(v(s, 'age_sum_active'), v(s, 'active')),
      disabled: mean(v(s, 'age_sum_disabled'), v(s, 'disabled')),
      oldAge: mean(v(s, 'age_sum_old_age'), v(s, 'n_old_age')),
      spouse: mean(v(s, 'age_sum_spouse'), v(s, 'n_spouse')),
      former: mean(v(s, 'age_sum_former'), v(s, 'former')),
    },
    averageAgeAtFirstDrawing: {
      afp: firstAge('afp'),
      rule_85: firstAge('rule_85'),
      old_age: firstAge('old_age'),
      disability: firstAge('disability'),
    },
  };
}

function moneyOf(rows: FinanceRow[]): Money {
  const sum = (f: (r: FinanceRow) => number) => rows.reduce((t, r) => t + f(r), 0) as Ore;
  return {
    premium: toWholeKroner(sum((r) => r.premium)),
    premiumReserve: toWholeKroner(sum((r) => r.premiumReserve)),
    pensionCost: toWholeKroner(sum((r) => r.pensionCost)),
  };
}

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const t of items) out.set(key(t), [...(out.get(key(t)) ?? []), t]);
  return new Map([...out].sort(([a], [b]) => a.localeCompare(b)));
}

/** Builds the report from per-(employer, scheme) sums; no I/O. */
export function assemble(input: AssembleInput): KeyFiguresReport {
  const inScope = (orgnr: string) => input.employers === null || input.employers.includes(orgnr);
  const fundRows = input.grain;
  const rows = fundRows.filter((r) => inScope(r.orgnr));
  const total = addUp(rows);
  const byProvider = groupSums(rows, (r) => r.provider);
  const byEmployer = groupSums(rows, (r) => r.orgnr);
  const withTotal = <T>(m: Map<string, Sums>, f: (s: Sums) => T): Record<string, T> => ({
    ...Object.fromEntries([...m].map(([k, s]) => [k, f(s)])),
    total: f(total),
  });

  const current = benefitCounts(total, '_d');
  const previous = benefitCounts(total, '_p');
  const pensionChange = Object.fromEntries(
    [...BENEFIT_KEYS, 'total' as const].map((b) => [b, change(current[b], previous[b])]),
  );

  const byTypeProviderEmployer: Record<string, Record<string, Record<string, number>>> = {};
  for (const b of BENEFIT_KEYS) {
    const perProvider: Record<string, Record<string, number>> = {};
    for (const r of [...rows].sort(
      (x, y) => x.provider.localeCompare(y.provider) || x.orgnr.localeCompare(y.orgnr),
    )) {
      const n = v(r.sums, `n_${b}_d`);
      if (n === 0) continue;
      const perEmployer = perProvider[r.provider] ?? {};
      perEmployer[r.orgnr] = (perEmployer[r.orgnr] ?? 0) + n;
      perProvider[r.provider] = perEmployer;
    }
    byTypeProviderEmployer[b] = perProvider;
  }

  const financeRows = input.finance.filter((f) => inScope(f.orgnr));
  const finance: Record<string, Record<string, Money>> = {};
  for (const [provider, pRows] of groupBy(financeRows, (f) => f.provider)) {
    finance[provider] = Object.fromEntries(
      [...groupBy(pRows, (f) => f.orgnr)].map(([orgnr, eRows]) => [orgnr, moneyOf(eRows)]),
    );
  }

  const afpByAge = Object.fromEntries(
    AFP_AGES.map((a) => {
      const drawing = v(total, `afp_drawing_${a}`);
      const active = v(total, `afp_active_${a}`);
      return [
        String(a),
        { drawing, active, denominator: drawing + active, takeUp: percent(drawing, drawing + active) },
      ];
    }),
  );

  const scopeOrgnrs = [...new Set(rows.map((r) => r.orgnr)), ...(input.employers ?? [])];
  const employers = Object.fromEntries(
    Object.entries(input.lookups.employers)
      .filter(([orgnr]) => (input.employers === null ? byEmployer.has(orgnr) : scopeOrgnrs.includes(orgnr)))
      .sort(([a], [b]) => a.localeCompare(b)),
  );
  const providers = Object.fromEntries(
    Object.entries(input.lookups.providers)
      .filter(([code]) => byProvider.has(code) || financeRows.some((f) => f.provider === code))
      .sort(([a], [b]) => a.localeCompare(b)),
  );

  return {
    date: input.date,
    previousDate: input.previousDate,
    financeYear: input.financeYear,
    scope: { employers: input.employers === null ? null : [...input.employers].sort() },
    providers,
    employers,
    membershipsByProvider: withTotal(byProvider, membershipRow),
    membershipsByEmployer: withTotal(byEmployer, membershipRow),
    pensionsByType: { current, previous, change: pensionChange },
    disabilityByGrade: Object.fromEntries(GRADE_BANDS.map((g, i) => [g, v(total, `grade_${i}`)])) as Record<
      (typeof GRADE_BANDS)[number],
      number
    >,
    disability: {
      disabled: v(total, 'disabled'),
      active: v(total, 'active'),
      disabilityShare: percent(v(total, 'disabled'), v(total, 'active') + v(total, 'disabled')),
      averageGrade: comparison(total).averageDisabilityGrade,
    },
    afpTakeUp: {
      byAge: afpByAge,
      drawers: v(total, 'afp_drawers'),
      fullAfp: v(total, 'afp_full'),
      fullAfpShare: percent(v(total, 'afp_full'), v(total, 'afp_drawers')),
    },
    enrolment: {
      byProvider: withTotal(byProvider, (s) => ({ enrolled: v(s, 'active'), notEnrolled: null })),
      byEmployer: withTotal(byEmployer, (s) => ({ enrolled: v(s, 'active'), notEnrolled: null })),
    },
    ageDistributionOfActives: {
      bands: [...AGE_BANDS],
      byProvider: withTotal(byProvider, (s) =>
        Object.fromEntries(AGE_BANDS.map((b, i) => [b, v(s, `age_band_${i}`)])),
      ),
    },
    bornFrom1963ByProvider: withTotal(byProvider, (s) => ({
      members: v(s, 'born_1963_members'),
      active: v(s, 'born_1963_active'),
    })),
    pensionsByTypeProviderEmployer: byTypeProviderEmployer,
    finance,
    financeTotals: {
      byProvider: Object.fromEntries(
        [...groupBy(financeRows, (f) => f.provider)].map(([k, r]) => [k, moneyOf(r)]),
      ),
      byEmployer: Object.fromEntries(
        [...groupBy(financeRows, (f) => f.orgnr)].map(([k, r]) => [k, moneyOf(r)]),
      ),
      total: moneyOf(financeRows),
    },
    comparison: {
      byEmployer: Object.fromEntries([...byEmployer].map(([k, s]) => [k, comparison(s)])),
      total: comparison(total),
      fund: comparison(addUp(fundRows)),
    },
    // The JSON's notes are English (machine-readable data); the files show them in their language.
    notes: [...reportTexts('en').notes],
  };
}

export { FIRST_DRAWINGS, STATUSES };
