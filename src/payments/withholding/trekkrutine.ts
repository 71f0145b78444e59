/**
 * Table withholding (tabelltrekk): the amount a table card withholds from a period's income, as the
 * tax authority computes its published withholding tables (trekktabeller). Pure: the year's
 * parameters come from parameters.ts. The steps follow Skatteetaten's published routine
 * (github.com/Skatteetaten/trekktabell, `Trekkrutine.beregnTabelltrekk`), so the tables generated
 * here are the published ones:
 *  1. the income is rounded down to the period's step and its middle taken (100 kr a month: 12 345 → 12 350);
 *  2. it is made a yearly personal income (× the period's income factor, rounded);
 *  3. ordinary income = personal income − minimum deduction − the table's deduction (or + its
 *     addition) − personal allowance;
 *  4. tax = municipal and common tax on ordinary income + bracket tax + national insurance on
 *     personal income, each rounded to whole kroner;
 *  5. withholding = tax / the period's withholding factor, rounded; never more than the income.
 * Above the period's highest income, years with a surplus percentage (overskytende prosent) add that
 * share of the excess to the highest income's withholding.
 */

export interface Period {
  /** Periods of income in a year (months: 12.12 for salary tables, 12 for pension tables). */
  income: number;
  /** Periods withheld in a year (months: 10.5; pension tables 11). */
  withholding: number;
  pensionIncome?: number;
  pensionWithholding?: number;
  /** The table's step (100 kr a month). */
  step: number;
  /** The highest income the table covers. */
  max: number;
}

export interface WithholdingYear {
  year: number;
  /** Where the figures come from. */
  source: string;
  /** Personfradrag (klassefradrag, class 1). */
  personalAllowance: number;
  /** Trinnskatt: from each threshold, this percentage (ascending). */
  brackets: readonly { from: number; pct: number }[];
  /** Skatt på alminnelig inntekt: municipal (skattøre) and common (fellesskatt) percentages. */
  municipalPct: number;
  commonPct: number;
  /** Trygdeavgift: no charge below `exempt`; then at most `phaseInPct` of the excess, or the rate. */
  insurance: { exempt: number; phaseInPct: number; lowPct: number; highPct: number };
  /** Minstefradrag as the routine applies it (already scaled to 10.5 withholding months). */
  minimumDeduction: { pct: number; max: number; min: number; salaryDeduction: number };
  /** Separate pension tables (the P tables) exist for this year with their own minimum deduction. */
  pensionMinimumDeduction?: { pct: number; max: number; min: number };
  /** Table numbers: '7100' series (7100–7119 deduction, 7120–7133 addition) or '8000' series
   * (8000–8400 deduction, 9010–9400 addition, in thousands). */
  series: '7100' | '8000';
  periods: { month: Period; fourteenDays?: Period };
  /** Overskytende prosent above `max` (years up to 2024); none: the routine computes all the way. */
  surplusPct?: { ordinary: number; pension: number };
}

export type PeriodName = keyof WithholdingYear['periods'];

export interface TableSpec {
  number: string;
  /** A pension table (the P variant): pension minimum deduction, pension periods, low insurance rate. */
  pension: boolean;
  /** Deducted from (positive) or added to (negative) the yearly ordinary income. */
  deduction: number;
}

/** The table behind a number for a year, or undefined for a number this routine does not cover
 * (special tables such as 7150, 7300, 6300 or 0100 are not implemented). */
export function tableSpec(y: WithholdingYear, number: string, pension: boolean): TableSpec | undefined {
  if (!/^\d{4}$/.test(number)) return undefined;
  const n = Number(number);
  const p = pension && y.pensionMinimumDeduction !== undefined;
  if (y.series === '7100') {
    if (n >= 7100 && n <= 7119) return { number, pension: p, deduction: (n - 7100) * 10_000 };
    if (n >= 7120 && n <= 7133) return { number, pension: p, deduction: -(n - 7119) * 10_000 };
    return undefined;
  }
  if (n % 10 !== 0) return undefined;
  if (n >= 8000 && n <= 8400) return { number, pension: p, deduction: (n - 8000) * 1000 };
  if (n >= 9010 && n <= 9400) return { number, pension: p, deduction: -(n - 9000) * 1000 };
  return undefined;
}

function minimumDeduction(y: WithholdingYear, t: TableSpec, income: number): number {
  const pd = t.pension ? y.pensionMinimumDeduction : undefined;
  if (pd) {
    let m = Math.round((income * pd.pct) / 100);
    if (m > pd.max) m = pd.max;
    if (m < pd.min) m = pd.min;
    return Math.min(m, income);
  }
  const d = y.minimumDeduction;
  let m = Math.round((income * d.pct) / 100);
  if (m > d.max) m = d.max;
  if (m < d.min) m = d.min;
  if (m < d.salaryDeduction) m = d.salaryDeduction;
  return Math.min(m, income);
}

/** Trinnskatt, summed bracket by bracket in the routine's order and rounded once. */
function bracketTax(y: WithholdingYear, income: number): number {
  const b = y.brackets;
  if (!b[0] || income < b[0].from) return 0;
  let sum = 0;
  for (let i = 0; i < b.length; i++) {
    const cur = b[i] as { from: number; pct: number };
    const next = b[i + 1];
    if (next && income >= next.from) sum += ((next.from - cur.from) * cur.pct) / 100;
    else {
      sum += ((income - cur.from) * cur.pct) / 100;
      break;
    }
  }
  return Math.round(sum);
}

function insurance(y: WithholdingYear, t: TableSpec, income: number): number {
  const s = y.insurance;
  if (income < s.exempt) return 0;
  const rate = t.pension ? s.lowPct : s.highPct;
  const limit = Math.round((s.exempt * s.phaseInPct) / (s.phaseInPct - rate));
  return income > limit
    ? Math.round((income * rate) / 100)
    : Math.round(((income - s.exempt) * s.phaseInPct) / 100);
}

function taxOn(y: WithholdingYear, t: TableSpec, p: Period, rounded: number): number {
  const income = Math.round(rounded * (t.pension ? (p.pensionIncome ?? p.income) : p.income));
  const ordinary = income - minimumDeduction(y, t, income) - t.deduction - y.personalAllowance;
  const municipal = ordinary > 0 ? Math.round((ordinary * y.municipalPct) / 100) : 0;
  const common = ordinary < 0 ? 0 : Math.round((ordinary * y.commonPct) / 100);
  const sum = municipal + common + bracketTax(y, income) + insurance(y, t, income);
  return Math.round(sum / (t.pension ? (p.pensionWithholding ?? p.withholding) : p.withholding));
}

/** The withholding in whole kroner for `income` whole kroner in one period. */
export function tableWithholding(
  y: WithholdingYear,
  t: TableSpec,
  income: number,
  period: PeriodName = 'month',
): number {
  const p = y.periods[period];
  if (!p) throw new Error(`no ${period} tables for ${y.year}`);
  if (income <= 0) return 0;
  let rounded = Math.floor(income / p.step) * p.step + p.step / 2;
  let surplus = 0;
  if (y.surplusPct && rounded >= p.max) {
    surplus = Math.round(
      ((rounded - p.max) * (t.pension ? y.surplusPct.pension : y.surplusPct.ordinary)) / 100,
    );
    rounded = p.max;
  }
  const w = taxOn(y, t, p, rounded) + surplus;
  return surplus === 0 && w > income ? income : w;
}

/**
 * The whole monthly table as the tax authority publishes it: from each income (whole kroner, in
 * steps) the withholding, starting with the last step that withholds nothing; above the last row,
 * `marginalPct` of the excess (the routine's own surplus percentage, or the slope it computes between
 * 300 000 and 1 300 000 kr a month).
 */
export function monthlyTable(
  y: WithholdingYear,
  t: TableSpec,
): { rows: { from: number; withholding: number }[]; marginalPct: number } {
  const p = y.periods.month;
  const rows: { from: number; withholding: number }[] = [];
  for (let from = 0; from <= p.max; from += p.step) {
    const w = tableWithholding(y, t, from);
    if (w <= 0) continue;
    if (rows.length === 0 && from - p.step > 0) rows.push({ from: from - p.step, withholding: 0 });
    rows.push({ from, withholding: w });
  }
  const marginalPct = y.surplusPct
    ? t.pension
      ? y.surplusPct.pension
      : y.surplusPct.ordinary
    : Math.round((tableWithholding(y, t, 1_300_000) - tableWithholding(y, t, 300_000)) / 100) / 100;
  return { rows, marginalPct };
}
