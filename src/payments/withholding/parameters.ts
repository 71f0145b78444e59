/**
 * The published parameters of the withholding tables per income year, as Skatteetaten's own table
 * routine states them (github.com/Skatteetaten/trekktabell, the year's `Konstanter` and `Periode`).
 * A new year: one entry, copied from that year's routine. A year not listed has no computed
 * tables: the tables the tax-card service serves for it are used as they are.
 *
 * 2019 is kept because its published tables are the ones we could check the routine against
 * (trekktabell.test.ts); 2026 is the year in use. Pension tables (the P variants, trekkode
 * `pensjon`) are in the routine up to 2024 and in an early 2025 version; the 2026 routine has none,
 * so a 2026 table card is computed with the table its number names.
 */
import type { WithholdingYear } from './trekkrutine';

const Y2019: WithholdingYear = {
  year: 2019,
  source: 'Skatteetaten/trekktabell, package trekkrutine2019 (Konstanter, Periode)',
  personalAllowance: 56_550,
  brackets: [
    { from: 174_500, pct: 1.9 },
    { from: 245_650, pct: 4.2 },
    { from: 617_500, pct: 13.2 },
    { from: 964_800, pct: 16.2 },
  ],
  municipalPct: 14.15,
  commonPct: 7.85,
  insurance: { exempt: 54_650, phaseInPct: 25, lowPct: 5.1, highPct: 8.2 },
  minimumDeduction: { pct: 39.6, max: 88_704, min: 3520, salaryDeduction: 27_984 },
  pensionMinimumDeduction: { pct: 27.28, max: 74_844, min: 3520 },
  series: '7100',
  periods: {
    month: {
      income: 12.12,
      withholding: 10.5,
      pensionIncome: 12,
      pensionWithholding: 11,
      step: 100,
      max: 99_800,
    },
    fourteenDays: {
      income: 26.26,
      withholding: 23,
      pensionIncome: 26,
      pensionWithholding: 24,
      step: 50,
      max: 46_000,
    },
  },
  surplusPct: { ordinary: 54, pension: 48 },
};

const Y2026: WithholdingYear = {
  year: 2026,
  source: 'Skatteetaten/trekktabell, package trekkrutine2026 (Konstanter at d0bf30f, Periode)',
  personalAllowance: 114_540,
  brackets: [
    { from: 226_100, pct: 1.7 },
    { from: 318_300, pct: 4.0 },
    { from: 725_050, pct: 13.7 },
    { from: 980_100, pct: 16.8 },
    { from: 1_467_200, pct: 17.8 },
  ],
  municipalPct: 13.75,
  commonPct: 8.25,
  insurance: { exempt: 99_650, phaseInPct: 25, lowPct: 5.1, highPct: 7.6 },
  minimumDeduction: { pct: 40.48, max: 84_216, min: 0, salaryDeduction: 0 },
  series: '8000',
  periods: {
    month: { income: 12.12, withholding: 10.5, step: 100, max: 200_000 },
    fourteenDays: { income: 26.26, withholding: 23, step: 50, max: 100_000 },
  },
};

export const WITHHOLDING_YEARS: ReadonlyMap<number, WithholdingYear> = new Map([
  [2019, Y2019],
  [2026, Y2026],
]);
