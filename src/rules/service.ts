/**
 * Service time (opptjeningstid) and average part-time (gjennomsnittlig stillingsprosent) for the
 * gross scheme (oftp-rules §2.1).
 *
 * Conventions, chosen and documented:
 * - A period counts its calendar days from `from` to `to` inclusive, cut at the day before the
 *   calculation date (service after it has not happened yet).
 * - A year is 365.25 days. Exact service = days / 365.25 + other service years.
 * - Service counts in whole years, rounded to the nearest year with half a year rounding up
 *   (OPF's stated rule [S13]; SPK counts whole years since 2018 [S16]).
 * - Periods below the membership threshold (20 %, SPK law § 5 [S17]) are not membership and do
 *   not count.
 * - Average part-time is weighted by time. When exact service exceeds 30 years, the excess is
 *   dropped from the periods with the lowest percentage first [S9].
 *
 * Exact integers throughout: the unit is 1/146 100 of a year, so a day is 400 units and a
 * hundredth of a year is 1461 units; percentages are in hundredths (100 % = 10 000).
 */
import { dayNumber } from './days';
import type { Employment } from './request';
import { fmt, pct, type Trace } from './trace';

export const UNITS_PER_YEAR = 146100;
const UNITS_PER_DAY = 400;
const UNITS_PER_HUNDREDTH_YEAR = 1461;

let scratchUnits = new Float64Array(16);
let scratchPct = new Float64Array(16);
let scratchUsed = new Uint8Array(16);

export interface ServiceOptions {
  /** First day that does not count (the calculation date, or a cut-off such as 2020-01-01). */
  endDay: number;
  otherServiceYears: number;
  otherServicePct: number;
  minPositionPct: number;
  fullServiceYears: number;
}

export interface Service {
  /** Service in units (1/146 100 year), own and other. */
  units: number;
  /** Whole years as counted for the pension. */
  years: number;
  /** Exact years (for the trace and the 85-year rule inputs). */
  exactYears: number;
  /** Average part-time as numerator / denominator (a share 0..1). */
  avgNum: number;
  avgDen: number;
  /** Index of the last counted period (the final salary), or -1 when none counts. */
  last: number;
  /** First counted day, or NaN. */
  firstDay: number;
  /** Periods below the membership threshold, left out. */
  excluded: number;
  /** Years dropped from the average because service exceeds full service. */
  droppedYears: number;
}

/** Whole years, half a year rounding up, from units (integer arithmetic). */
export function roundYears(units: number): number {
  return Math.floor((2 * units + UNITS_PER_YEAR) / (2 * UNITS_PER_YEAR));
}

export function computeService(periods: readonly Employment[], o: ServiceOptions, trace: Trace): Service {
  const n = periods.length;
  // Small fixed-size scratch: most histories have few periods.
  // Module scratch (the engine is synchronous, so no call can interleave); grown when needed.
  if (scratchUnits.length < n + 1) {
    scratchUnits = new Float64Array(n + 1);
    scratchPct = new Float64Array(n + 1);
    scratchUsed = new Uint8Array(n + 1);
  }
  const unitsOf = scratchUnits;
  const pctOf = scratchPct;
  const minH = Math.round(o.minPositionPct * 100);
  const cut = o.endDay - 1;
  let units = 0;
  let weighted = 0;
  let last = -1;
  let lastTo = Number.NEGATIVE_INFINITY;
  let firstDay = Number.NaN;
  let excluded = 0;
  for (let i = 0; i < n; i++) {
    const p = periods[i] as Employment;
    // Percentages are exact in hundredths (the request schema allows two decimals).
    const h = Math.round(p.positionPct * 100);
    unitsOf[i] = 0;
    pctOf[i] = 0;
    if (h < minH) {
      excluded++;
      continue;
    }
    const from = dayNumber(p.from);
    const toDay = dayNumber(p.to);
    const to = Math.min(toDay, cut);
    if (to < from) continue;
    const u = (to - from + 1) * UNITS_PER_DAY;
    unitsOf[i] = u;
    pctOf[i] = h;
    units += u;
    weighted += u * h;
    // The final salary is the period that ends last (as written, before the cut).
    if (toDay > lastTo) {
      lastTo = toDay;
      last = i;
    }
    if (!(from >= firstDay)) firstDay = from;
  }
  const otherUnits = Math.round(o.otherServiceYears * 100) * UNITS_PER_HUNDREDTH_YEAR;
  const otherPct = Math.round(o.otherServicePct * 100);
  unitsOf[n] = otherUnits;
  pctOf[n] = otherPct;
  units += otherUnits;
  weighted += otherUnits * otherPct;

  const fullUnits = o.fullServiceYears * UNITS_PER_YEAR;
  let droppedYears = 0;
  let avgUnits = units;
  if (units > fullUnits) {
    // Drop the excess from the lowest percentages first.
    let excess = units - fullUnits;
    droppedYears = excess / UNITS_PER_YEAR;
    // Repeatedly take the lowest remaining percentage (few periods; no closures on this path).
    const used = scratchUsed;
    used.fill(0, 0, n + 1);
    while (excess > 0) {
      let lo = -1;
      for (let i = 0; i <= n; i++)
        if (
          !used[i] &&
          (unitsOf[i] as number) > 0 &&
          (lo < 0 || (pctOf[i] as number) < (pctOf[lo] as number))
        )
          lo = i;
      if (lo < 0) break;
      used[lo] = 1;
      const take = Math.min(excess, unitsOf[lo] as number);
      weighted -= take * (pctOf[lo] as number);
      excess -= take;
    }
    avgUnits = fullUnits;
  }
  const years = roundYears(units);
  const exactYears = units / UNITS_PER_YEAR;
  const s: Service = {
    units,
    years,
    exactYears,
    avgNum: weighted,
    avgDen: avgUnits * 10000,
    last,
    firstDay,
    excluded,
    droppedYears,
  };
  if (trace.on) {
    trace.add(
      'service-time',
      `Service = days in the scheme / 365.25 + ${fmt(o.otherServiceYears)} years in other public schemes = ${fmt(exactYears, 4)} years, counted as ${years} whole years (half a year rounds up)` +
        (excluded
          ? `; ${excluded} period(s) below ${o.minPositionPct} % are not membership and do not count`
          : ''),
      {
        otherServiceYears: o.otherServiceYears,
        excludedPeriods: excluded,
        exactYears: Number(exactYears.toFixed(6)),
      },
      years,
    );
    const avg = avgUnits === 0 ? 0 : weighted / (avgUnits * 10000);
    trace.add(
      'average-part-time',
      `Average position percentage weighted by time` +
        (droppedYears > 0
          ? `, after dropping the ${fmt(droppedYears, 4)} years above ${o.fullServiceYears} with the lowest percentage`
          : '') +
        ` = ${pct(avg)}`,
      { droppedYears: Number(droppedYears.toFixed(6)) },
      Number(avg.toFixed(8)),
    );
  }
  return s;
}
