/**
 * A table of numbers with named rows and columns: the one shape every table and chart of the
 * key-figures page is drawn from. Pure functions, no React.
 */
import {
  AFP_AGES,
  BENEFIT_KEYS,
  type Comparison,
  GRADE_BANDS,
  type KeyFiguresReport,
  type MembershipRow,
  STATUSES,
} from '../../api/keyFigures';

export interface Grid {
  rows: string[];
  columns: string[];
  /** values[row][column]; null where a figure is unknown or has no denominator. */
  values: (number | null)[][];
}

/** Keys of a per-provider or per-employer record, sorted, with "total" last when present. */
export function keysWithTotalLast(record: Record<string, unknown>): string[] {
  const keys = Object.keys(record)
    .filter((k) => k !== 'total')
    .sort();
  return 'total' in record ? [...keys, 'total'] : keys;
}

export function dropTotal(g: Grid): Grid {
  const keep = g.rows.map((r, i) => ({ r, v: g.values[i] ?? [] })).filter((x) => x.r !== 'total');
  return { rows: keep.map((x) => x.r), columns: g.columns, values: keep.map((x) => x.v) };
}

/** The largest rows by one column (for a chart that cannot show hundreds of bars). */
export function topRows(g: Grid, column: number, limit: number): Grid {
  const keep = g.rows
    .map((r, i) => ({ r, v: g.values[i] ?? [] }))
    .sort((a, b) => (b.v[column] ?? 0) - (a.v[column] ?? 0))
    .slice(0, limit);
  return { rows: keep.map((x) => x.r), columns: g.columns, values: keep.map((x) => x.v) };
}

/** Rows sorted by one column, biggest first, the "total" row kept last (a table reads like its chart). */
export function biggestFirst(g: Grid, column: string): Grid {
  const c = g.columns.indexOf(column);
  if (c < 0) return g;
  const rows = g.rows.map((r, i) => ({ r, v: g.values[i] ?? [] }));
  const body = rows
    .filter((x) => x.r !== 'total')
    .sort((a, b) => (b.v[c] ?? 0) - (a.v[c] ?? 0) || a.r.localeCompare(b.r));
  const sorted = [...body, ...rows.filter((x) => x.r === 'total')];
  return { rows: sorted.map((x) => x.r), columns: g.columns, values: sorted.map((x) => x.v) };
}

export function pick(g: Grid, columns: string[]): Grid {
  const idx = columns.map((c) => g.columns.indexOf(c));
  return { rows: g.rows, columns, values: g.values.map((row) => idx.map((i) => row[i] ?? null)) };
}

/** Memberships by status with shares (percent of the row total) and the change in the total. */
export const MEMBERSHIP_COLUMNS = [
  'active',
  'activeShare',
  'pensioners',
  'pensionersShare',
  'former',
  'formerShare',
  'total',
  'previousTotal',
  'changeTotal',
  'changeTotalPct',
] as const;

export function membershipGrid(byKey: Record<string, MembershipRow>): Grid {
  const rows = keysWithTotalLast(byKey);
  return {
    rows,
    columns: [...MEMBERSHIP_COLUMNS],
    values: rows.map((k) => {
      const r = byKey[k] as MembershipRow;
      return [
        r.active,
        r.shares.active,
        r.pensioners,
        r.shares.pensioners,
        r.former,
        r.shares.former,
        r.total,
        r.previous.total,
        r.change.total.number,
        r.change.total.percent,
      ];
    }),
  };
}

export const statusOnly = (g: Grid) => pick(g, [...STATUSES]);

export function pensionGrid(r: KeyFiguresReport): Grid {
  const rows = [...BENEFIT_KEYS, 'total'] as const;
  return {
    rows: [...rows],
    columns: ['current', 'previous', 'change', 'changePct'],
    values: rows.map((k) => [
      r.pensionsByType.current[k],
      r.pensionsByType.previous[k],
      r.pensionsByType.change[k]?.number ?? r.pensionsByType.current[k] - r.pensionsByType.previous[k],
      r.pensionsByType.change[k]?.percent ?? null,
    ]),
  };
}

export function gradeGrid(r: KeyFiguresReport): Grid {
  const total = GRADE_BANDS.reduce((s, b) => s + r.disabilityByGrade[b], 0);
  return {
    rows: [...GRADE_BANDS],
    columns: ['count', 'share'],
    values: GRADE_BANDS.map((b) => [
      r.disabilityByGrade[b],
      total > 0 ? Math.round((r.disabilityByGrade[b] / total) * 10_000) / 100 : null,
    ]),
  };
}

export function afpGrid(r: KeyFiguresReport): Grid {
  const ages = AFP_AGES.map(String);
  return {
    rows: ages,
    columns: ['drawing', 'active', 'takeUp'],
    values: ages.map((a) => {
      const x = r.afpTakeUp.byAge[a];
      return [x?.drawing ?? 0, x?.active ?? 0, x?.takeUp ?? null];
    }),
  };
}

export function ageGrid(r: KeyFiguresReport): Grid {
  const byProvider = r.ageDistributionOfActives.byProvider;
  const columns = keysWithTotalLast(byProvider);
  return {
    rows: r.ageDistributionOfActives.bands,
    columns,
    values: r.ageDistributionOfActives.bands.map((b) => columns.map((p) => byProvider[p]?.[b] ?? 0)),
  };
}

export function enrolmentGrid(byKey: Record<string, { enrolled: number; notEnrolled: number | null }>): Grid {
  const rows = keysWithTotalLast(byKey);
  return {
    rows,
    columns: ['enrolled', 'notEnrolled'],
    values: rows.map((k) => [byKey[k]?.enrolled ?? 0, byKey[k]?.notEnrolled ?? null]),
  };
}

export function bornFrom1963Grid(r: KeyFiguresReport): Grid {
  const rows = keysWithTotalLast(r.bornFrom1963ByProvider);
  return {
    rows,
    columns: ['members', 'active'],
    values: rows.map((p) => [
      r.bornFrom1963ByProvider[p]?.members ?? 0,
      r.bornFrom1963ByProvider[p]?.active ?? 0,
    ]),
  };
}

export const FINANCE_COLUMNS = ['premium', 'premiumReserve', 'pensionCost'] as const;

/** Finance per provider and employer, each provider followed by its sum; row keys "provider|orgnr". */
export function financeGrid(r: KeyFiguresReport): Grid {
  const rows: string[] = [];
  const values: (number | null)[][] = [];
  for (const provider of keysWithTotalLast(r.finance).filter((p) => p !== 'total')) {
    const employers = r.finance[provider] ?? {};
    for (const orgnr of keysWithTotalLast(employers).filter((o) => o !== 'total')) {
      rows.push(`${provider}|${orgnr}`);
      values.push(FINANCE_COLUMNS.map((c) => employers[orgnr]?.[c] ?? 0));
    }
    const sum = r.financeTotals.byProvider[provider];
    if (sum) {
      rows.push(`${provider}|`);
      values.push(FINANCE_COLUMNS.map((c) => sum[c]));
    }
  }
  rows.push('total');
  values.push(FINANCE_COLUMNS.map((c) => r.financeTotals.total[c]));
  return { rows, columns: [...FINANCE_COLUMNS], values };
}

export function financeByProviderGrid(r: KeyFiguresReport): Grid {
  const rows = keysWithTotalLast(r.financeTotals.byProvider).filter((p) => p !== 'total');
  return {
    rows,
    columns: [...FINANCE_COLUMNS],
    values: rows.map((p) => FINANCE_COLUMNS.map((c) => r.financeTotals.byProvider[p]?.[c] ?? 0)),
  };
}

/** The comparison page's measures, one row each; how each is shown is decided by its key. */
export const COMPARISON_MEASURES = [
  'memberships.active',
  'memberships.total',
  'averagePartTimePct',
  'disabled',
  'disabilityShare',
  'averageDisabilityGrade',
  'averageAge.actives',
  'averageAge.disabled',
  'averageAge.oldAge',
  'averageAge.spouse',
  'averageAge.former',
  'averageAgeAtFirstDrawing.afp',
  'averageAgeAtFirstDrawing.rule_85',
  'averageAgeAtFirstDrawing.old_age',
  'averageAgeAtFirstDrawing.disability',
] as const;

function measure(c: Comparison, key: string): number | null {
  let v: unknown = c;
  for (const part of key.split('.'))
    v = typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[part] : null;
  return typeof v === 'number' ? v : null;
}

/** Measures (rows) for each compared unit (columns: employers, then "total" and "fund"). */
export function comparisonGrid(columns: { key: string; figures: Comparison }[]): Grid {
  return {
    rows: [...COMPARISON_MEASURES],
    columns: columns.map((c) => c.key),
    values: COMPARISON_MEASURES.map((m) => columns.map((c) => measure(c.figures, m))),
  };
}
