/**
 * A table of numbers with named rows and columns, the one shape every report table and
 * chart on the key-figures page is drawn from. Pure functions, no React.
 */
import type { FinanceFigures, KeyFigures, StatusCounts } from '../../api/keyFigures';
import { GRADE_BANDS, PENSION_TYPES } from '../../api/keyFigures';

export interface Grid {
  rows: string[];
  columns: string[];
  /** values[row][column] */
  values: number[][];
}

export const STATUS_COLUMNS = ['active', 'pensioners', 'former'] as const;

/** Rows of status counts with "total" last (as in the contract: one key per provider/employer plus total). */
export function statusGrid(byKey: Record<string, StatusCounts>): Grid {
  const rows = Object.keys(byKey)
    .filter((k) => k !== 'total')
    .sort();
  if (byKey.total) rows.push('total');
  return {
    rows,
    columns: [...STATUS_COLUMNS, 'total'],
    values: rows.map((r) => {
      const c = byKey[r] as StatusCounts;
      return [c.active, c.pensioners, c.former, c.total];
    }),
  };
}

/** A share of its row total, or null where the row is empty. */
export function share(value: number, total: number): number | null {
  return total > 0 ? value / total : null;
}

export interface PensionChange {
  type: string;
  current: number;
  previous: number;
  change: number;
  /** Fractional change, null when there were none a year earlier. */
  changePct: number | null;
}

export function pensionChanges(k: KeyFigures): PensionChange[] {
  const types = [...PENSION_TYPES, 'total'];
  for (const key of Object.keys(k.pensionsByType.current))
    if (!types.includes(key)) types.splice(types.length - 1, 0, key);
  return types.map((type) => {
    const current = k.pensionsByType.current[type] ?? 0;
    const previous = k.pensionsByType.previous[type] ?? 0;
    return {
      type,
      current,
      previous,
      change: current - previous,
      changePct: previous > 0 ? (current - previous) / previous : null,
    };
  });
}

export function gradeBands(k: KeyFigures): { band: string; count: number }[] {
  return GRADE_BANDS.map((band) => ({ band, count: k.disabilityByGrade[band] ?? 0 }));
}

export interface FinanceRow extends FinanceFigures {
  provider: string;
  /** Organisation number, or null on a provider's sum row. */
  orgnr: string | null;
}

/** Finance per provider and employer, each provider followed by its sum, and a grand total. */
export function financeRows(k: KeyFigures): {
  rows: FinanceRow[];
  byProvider: FinanceRow[];
  total: FinanceFigures;
} {
  const rows: FinanceRow[] = [];
  const byProvider: FinanceRow[] = [];
  const total = { premium: 0, premiumReserve: 0, pensionCost: 0 };
  for (const provider of Object.keys(k.finance).sort()) {
    const sum: FinanceRow = { provider, orgnr: null, premium: 0, premiumReserve: 0, pensionCost: 0 };
    const employers = k.finance[provider] ?? {};
    for (const orgnr of Object.keys(employers).sort()) {
      const f = employers[orgnr] as FinanceFigures;
      rows.push({
        provider,
        orgnr,
        premium: f.premium,
        premiumReserve: f.premiumReserve,
        pensionCost: f.pensionCost,
      });
      sum.premium += f.premium;
      sum.premiumReserve += f.premiumReserve;
      sum.pensionCost += f.pensionCost;
    }
    byProvider.push(sum);
    total.premium += sum.premium;
    total.premiumReserve += sum.premiumReserve;
    total.pensionCost += sum.pensionCost;
  }
  return { rows, byProvider, total };
}

const isNumberRecord = (v: unknown): v is Record<string, number> =>
  typeof v === 'object' &&
  v !== null &&
  !Array.isArray(v) &&
  Object.values(v).every((x) => typeof x === 'number');

const LABEL_KEYS = ['label', 'band', 'age', 'ageBand', 'group', 'key', 'name', 'provider', 'orgnr'];

/**
 * Reads a figure the report adds beyond the contract into a grid, whichever of the usual
 * shapes it has: { band: n }, { series: { band: n } }, or [{ age, a: n, b: n }]. Unknown
 * shapes give null and the page leaves the figure out rather than guess.
 */
export function toGrid(value: unknown): Grid | null {
  if (isNumberRecord(value)) {
    const rows = Object.keys(value);
    return { rows, columns: ['count'], values: rows.map((r) => [value[r] as number]) };
  }
  if (Array.isArray(value) && value.length > 0 && value.every((x) => typeof x === 'object' && x !== null)) {
    const items = value as Record<string, unknown>[];
    const first = items[0] as Record<string, unknown>;
    const labelKey =
      LABEL_KEYS.find((k) => k in first) ?? Object.keys(first).find((k) => typeof first[k] === 'string');
    if (!labelKey) return null;
    const columns = Object.keys(first).filter((k) => k !== labelKey && typeof first[k] === 'number');
    if (columns.length === 0) return null;
    return {
      rows: items.map((i) => String(i[labelKey])),
      columns,
      values: items.map((i) => columns.map((c) => (typeof i[c] === 'number' ? (i[c] as number) : 0))),
    };
  }
  if (typeof value === 'object' && value !== null && Object.values(value).every(isNumberRecord)) {
    const outer = value as Record<string, Record<string, number>>;
    const columns = Object.keys(outer);
    const rows = [...new Set(columns.flatMap((c) => Object.keys(outer[c] ?? {})))];
    if (rows.length === 0) return null;
    return { rows, columns, values: rows.map((r) => columns.map((c) => outer[c]?.[r] ?? 0)) };
  }
  return null;
}
