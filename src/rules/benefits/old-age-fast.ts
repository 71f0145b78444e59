/**
 * The hot path: old-age pension (gross scheme) with the trace off and no samordning — what an
 * actuary's whole-fund recompute asks millions of times. Same rules, same words and same answer
 * as `oldAge` (old-age.ts), which stays the reference and serves every other case; the test
 * `test/rules/fast-path.test.ts` holds the two to each other over generated histories.
 *
 * Why it is faster: one pass over the periods with day numbers and integer units (no Service,
 * Base, GrossTerms or Outcome objects), reason texts from the shared memo, and the answer built
 * once in its final shape. The only allocations are the answer, its reasons, components and
 * parameters. Near a half krone the float product is not trusted and the integer quotient is
 * rounded exactly in BigInt.
 */
import type { CalcResponse } from '../calculate';
import { ageAt, dayNumber, yearOf } from '../days';
import { monthlyOf, roundIntegerQuotient, TIE_GUARD } from '../exact';
import { gOnDay } from '../parameters/g';
import { FULL_PENSION_BP_BY_SCHEME, GROSS, LAST_GROSS_COHORT, valueOn } from '../parameters/rates';
import type { CalcRequest, Employment } from '../request';
import { roundYears, UNITS_PER_YEAR } from '../service';
import { ageText, cohortText, MEMBER_TEXT, serviceText } from './old-age';

const UNITS_PER_DAY = 400;
const UNITS_PER_HUNDREDTH_YEAR = 1461;

// Per-period units and percentages for dropping the excess above full service. Module scratch:
// the engine is synchronous, so no two calls interleave; grown when a history is longer.
let unitsOf = new Float64Array(16);
let pctOf = new Float64Array(16);

/** True when the fast path answers `r` exactly as the general path would. */
export function takesFastPath(r: CalcRequest): boolean {
  return r.benefit === 'old_age' && !r.trace && r.nationalPension === undefined;
}

export function oldAgeFast(r: CalcRequest): CalcResponse {
  const date = r.date;
  const p = valueOn(GROSS, date, 'gross scheme');
  const day = dayNumber(date);
  const g = gOnDay(day, date);
  const birthDate = r.person.birthDate;
  const birthYear = yearOf(birthDate);
  const age = ageAt(birthDate, date);
  const limit = r.person.ageLimit;

  // Service time and average part-time, as computeService (service.ts) counts them.
  const periods = r.employments;
  const n = periods.length;
  if (unitsOf.length < n + 1) {
    unitsOf = new Float64Array(n + 1);
    pctOf = new Float64Array(n + 1);
  }
  const minH = Math.round(p.minPositionPct * 100);
  const cut = day - 1;
  let units = 0;
  let weighted = 0;
  let last = -1;
  let lastTo = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const e = periods[i] as Employment;
    const h = Math.round(e.positionPct * 100);
    unitsOf[i] = 0;
    pctOf[i] = h;
    if (h < minH) continue;
    const from = dayNumber(e.from);
    const toDay = dayNumber(e.to);
    const to = Math.min(toDay, cut);
    if (to < from) continue;
    const u = (to - from + 1) * UNITS_PER_DAY;
    unitsOf[i] = u;
    units += u;
    weighted += u * h;
    if (toDay > lastTo) {
      lastTo = toDay;
      last = i;
    }
  }
  const otherUnits = Math.round(r.otherServiceYears * 100) * UNITS_PER_HUNDREDTH_YEAR;
  const otherPct = Math.round(r.otherServicePct * 100);
  unitsOf[n] = otherUnits;
  pctOf[n] = otherPct;
  units += otherUnits;
  weighted += otherUnits * otherPct;
  const fullUnits = p.fullServiceYears * UNITS_PER_YEAR;
  let avgUnits = units;
  if (units > fullUnits) {
    // Drop the excess from the lowest percentages first (ties: the earlier period first).
    let excess = units - fullUnits;
    while (excess > 0) {
      let lo = -1;
      for (let i = 0; i <= n; i++)
        if ((unitsOf[i] as number) > 0 && (lo < 0 || (pctOf[i] as number) < (pctOf[lo] as number))) lo = i;
      if (lo < 0) break;
      const take = Math.min(excess, unitsOf[lo] as number);
      weighted -= take * (pctOf[lo] as number);
      excess -= take;
      unitsOf[lo] = 0;
    }
    avgUnits = fullUnits;
  }
  const exactYears = units / UNITS_PER_YEAR;

  const from = Math.min(limit, p.ordinaryDrawingAge);
  const cohortOk = birthYear <= LAST_GROSS_COHORT;
  const ageOk = age >= from;
  const serviceOk = exactYears >= p.minServiceYears;
  const memberOk = last >= 0;
  const cohort = cohortText(birthYear);
  const ageWords = ageText(age, from, limit, p.ordinaryDrawingAge);
  const serviceWords = serviceText(exactYears, p.minServiceYears);
  if (!(cohortOk && ageOk && serviceOk && memberOk))
    return {
      benefit: r.benefit,
      date,
      eligible: false,
      reasons: [
        cohortOk ? cohort : `not met: ${cohort}`,
        ageOk ? ageWords : `not met: ${ageWords}`,
        serviceOk ? serviceWords : `not met: ${serviceWords}`,
        memberOk ? MEMBER_TEXT : `not met: ${MEMBER_TEXT}`,
      ],
      annualAmount: 0,
      monthlyAmount: 0,
      components: { gross: 0 },
      parameters: { G: g, capG: p.capG, fullServiceYears: p.fullServiceYears },
    };

  // Pensionable base: the final salary, capped at capG × G (øre, integers).
  const salaryOre = Math.round((periods[last] as Employment).annualSalary * 100);
  const capOre = Math.round(p.capG * g * 100);
  const baseOre = Math.min(salaryOre, capOre);
  const rateBp = FULL_PENSION_BP_BY_SCHEME[r.scheme] ?? p.fullPensionBp;
  const years = Math.min(roundYears(units), p.fullServiceYears);
  const avgDen = avgUnits * 10000;
  const gross = grossOf(baseOre, weighted, avgDen, rateBp, years, p.fullServiceYears, 10000);
  const drawH = Math.round(r.drawingPct * 100);
  const parameters = {
    G: g,
    capG: p.capG,
    fullServiceYears: p.fullServiceYears,
    fullPensionPct: rateBp / 100,
  };
  if (drawH === 10000)
    return {
      benefit: r.benefit,
      date,
      eligible: true,
      reasons: [cohort, ageWords, serviceWords, MEMBER_TEXT],
      annualAmount: gross,
      monthlyAmount: monthlyOf(gross),
      components: { gross },
      parameters,
    };
  const annual = grossOf(baseOre, weighted, avgDen, rateBp, years, p.fullServiceYears, drawH);
  return {
    benefit: r.benefit,
    date,
    eligible: true,
    reasons: [cohort, ageWords, serviceWords, MEMBER_TEXT],
    annualAmount: annual,
    monthlyAmount: monthlyOf(annual),
    components: { gross, partialDrawing: annual - gross },
    parameters,
  };
}

/**
 * base × average part-time × rate × years / full years × drawing, half up to whole kroner:
 * the gross formula of gross.ts as one product of integers over one product of integers.
 */
function grossOf(
  baseOre: number,
  avgNum: number,
  avgDen: number,
  rateBp: number,
  years: number,
  fullYears: number,
  drawH: number,
): number {
  if (avgDen === 0 || years === 0) return 0;
  const v = (baseOre * avgNum * rateBp * years * drawH) / (avgDen * 10000 * fullYears * 100 * 10000);
  if (Math.abs(v - Math.floor(v) - 0.5) > TIE_GUARD) return Math.floor(v + 0.5);
  return roundIntegerQuotient(
    [baseOre, avgNum, rateBp, years, drawH],
    [avgDen, 10000, fullYears, 100, 10000],
  );
}
