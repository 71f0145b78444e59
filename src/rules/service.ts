/**
 * Service time (opptjeningstid) and average part-time (gjennomsnittlig stillingsprosent) for the
 * gross scheme (oftp-rules §2.1), counted in calendar years, months and days (calendar.ts).
 *
 * Conventions, chosen and documented (docs/rules.md):
 * - A period counts from `from` to `to`, both days included, cut at the calculation date (service
 *   after it has not happened yet); its length is whole calendar months plus days.
 * - Periods are added up as years, months and days, then normalised (30 days a month, 12 months a
 *   year), plus the service in other public schemes (overføringsavtalen).
 * - Service counts in whole years with the scheme's rounding (a dated parameter: half a year
 *   rounds up, OPF [S13]); the days after the whole months do not count towards it.
 * - Periods below the membership threshold (20 %, SPK law § 5 [S17]) are not membership.
 * - Average part-time is weighted by that same calendar time. When service exceeds 30 years, the
 *   excess is dropped from the periods with the lowest percentage first [S9] (ties: the earlier
 *   period first), in whole months and days like everything else.
 *
 * Exact integers throughout: units of calendar.ts (a day is 10, a month 300, a year 3 600);
 * percentages in hundredths (100 % = 10 000).
 */
import {
  countedYears,
  periodUnits,
  UNITS_PER_HUNDREDTH_YEAR,
  UNITS_PER_YEAR,
  yearsMonthsDays,
  ymdText,
} from './calendar';
import type { Employment } from './request';
import { fmt, pct, type Trace } from './trace';

export { UNITS_PER_YEAR };

let scratchUnits = new Float64Array(16);
let scratchPct = new Float64Array(16);
let scratchUsed = new Uint8Array(16);

export interface ServiceOptions {
  /** First day that does not count (the calculation date, or a cut-off such as 2020-01-01). */
  end: string;
  otherServiceYears: number;
  otherServicePct: number;
  minPositionPct: number;
  fullServiceYears: number;
  /** The scheme's rounding to whole years (parameters/rates.ts SERVICE_ROUNDING_BY_SCHEME). */
  roundUpFromMonths: number;
}

export interface Service {
  /** Service in units (calendar.ts), own and other. */
  units: number;
  /** Own service in this scheme, in units. */
  ownUnits: number;
  /** Whole years as counted for the pension. */
  years: number;
  /** Average part-time as numerator / denominator (a share 0..1). */
  avgNum: number;
  avgDen: number;
  /** Index of the last counted period (the final salary), or -1 when none counts. */
  last: number;
  /** First counted day (ISO), or '' when none counts. */
  first: string;
  /** Periods below the membership threshold, left out. */
  excluded: number;
  /** Units dropped from the average because service exceeds full service. */
  droppedUnits: number;
}

/** Whole years from units with the scheme's rounding. */
export function roundYears(units: number, roundUpFromMonths: number): number {
  return countedYears(units, roundUpFromMonths);
}

export function computeService(periods: readonly Employment[], o: ServiceOptions, trace: Trace): Service {
  const n = periods.length;
  // Module scratch (the engine is synchronous, so no call can interleave); grown when needed.
  if (scratchUnits.length < n + 1) {
    scratchUnits = new Float64Array(n + 1);
    scratchPct = new Float64Array(n + 1);
    scratchUsed = new Uint8Array(n + 1);
  }
  const unitsOf = scratchUnits;
  const pctOf = scratchPct;
  const minH = Math.round(o.minPositionPct * 100);
  let units = 0;
  let weighted = 0;
  let last = -1;
  let lastTo = '';
  let first = '';
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
    if (p.from >= o.end) continue;
    const u = periodUnits(p.from, p.to, o.end);
    unitsOf[i] = u;
    pctOf[i] = h;
    units += u;
    weighted += u * h;
    // The final salary is the period that ends last (as written, before the cut).
    if (p.to > lastTo) {
      lastTo = p.to;
      last = i;
    }
    if (first === '' || p.from < first) first = p.from;
  }
  const ownUnits = units;
  const otherUnits = Math.round(o.otherServiceYears * 100) * UNITS_PER_HUNDREDTH_YEAR;
  const otherPct = Math.round(o.otherServicePct * 100);
  unitsOf[n] = otherUnits;
  pctOf[n] = otherPct;
  units += otherUnits;
  weighted += otherUnits * otherPct;

  const fullUnits = o.fullServiceYears * UNITS_PER_YEAR;
  let droppedUnits = 0;
  let avgUnits = units;
  if (units > fullUnits) {
    // Drop the excess from the lowest percentages first.
    let excess = units - fullUnits;
    droppedUnits = excess;
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
  const years = countedYears(units, o.roundUpFromMonths);
  const s: Service = {
    units,
    ownUnits,
    years,
    avgNum: weighted,
    avgDen: avgUnits * 10000,
    last,
    first,
    excluded,
    droppedUnits,
  };
  if (trace.on) {
    const own = yearsMonthsDays(ownUnits);
    const total = yearsMonthsDays(units);
    trace.add(
      'service-time',
      `Service = ${ymdText(ownUnits)} in the scheme (years, months and days of each period added up; 30 days = 1 month, 12 months = 1 year) + ${fmt(o.otherServiceYears)} years in other public schemes = ${ymdText(units)}, counted as ${years} whole years (${o.roundUpFromMonths} months or more round up)` +
        (excluded
          ? `; ${excluded} period(s) below ${o.minPositionPct} % are not membership and do not count`
          : ''),
      {
        ownYears: own.years,
        ownMonths: own.months,
        ownDays: own.days,
        otherServiceYears: o.otherServiceYears,
        years: total.years,
        months: total.months,
        days: total.days,
        roundUpFromMonths: o.roundUpFromMonths,
        excludedPeriods: excluded,
        minPositionPct: o.minPositionPct,
      },
      years,
    );
    const avg = avgUnits === 0 ? 0 : weighted / (avgUnits * 10000);
    const dropped = yearsMonthsDays(droppedUnits);
    trace.add(
      'average-part-time',
      `Average position percentage weighted by time` +
        (droppedUnits > 0
          ? `, after dropping the ${ymdText(droppedUnits)} above ${o.fullServiceYears} years with the lowest percentage`
          : '') +
        ` = ${pct(avg)}`,
      {
        droppedYears: dropped.years,
        droppedMonths: dropped.months,
        droppedDays: dropped.days,
        fullServiceYears: o.fullServiceYears,
      },
      Number(avg.toFixed(8)),
    );
  }
  return s;
}

/** Own calendar service inside [start, end) (ISO dates), for the 1-year rights of §3. */
export function unitsWithin(periods: readonly Employment[], start: string, end: string): number {
  let units = 0;
  for (const p of periods) {
    if (p.to < start || p.from >= end) continue;
    units += periodUnits(p.from < start ? start : p.from, p.to, end);
  }
  return units;
}
