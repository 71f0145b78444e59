/**
 * The gross-scheme formula shared by old-age, 85-year rule, deferred, AFP 65–67 and the
 * survivor pensions (oftp-rules §2.1):
 *   amount = pensjonsgrunnlag (capped at 12 G) × average part-time × rate × years / full years
 * kept as one product of integers over one product of integers, so rounding is exact.
 */

import { dayNumber } from '../days';
import { Dec, type Dec as DecT, quotientDecimal, roundQuotient, TIE_GUARD } from '../exact';
import { gFromOn, gOn } from '../parameters/g';
import type { Employment } from '../request';
import type { Service } from '../service';
import { fmt, pct, type Trace } from '../trace';

/** The pensionable base as numerator / denominator in øre. */
export interface Base {
  num: number;
  den: number;
  /** In kroner, for traces and parameters. */
  kroner: number;
  capped: boolean;
}

/**
 * Final salary of the last counted period, optionally regulated with G from the day after the
 * period ended to `date`, then capped at `capG` × G on `date`.
 */
export function pensionableBase(
  periods: readonly Employment[],
  service: Service,
  date: string,
  capG: number,
  regulate: boolean,
  trace: Trace,
): Base {
  const last = periods[service.last];
  const salaryOre = last ? Math.round(last.annualSalary * 100) : 0;
  const g = gOn(date);
  let num = salaryOre;
  let den = 1;
  let gExit = g;
  if (regulate && last) {
    const exit = last.to < date ? last.to : date;
    gExit = gOn(exit);
    num = salaryOre * g;
    den = gExit;
    if (trace.on && gExit !== g)
      trace.add(
        'regulate-base',
        `Pensionable base at exit ${fmt(salaryOre / 100)} regulated with G from ${gFromOn(exit)} (${gExit}) to ${date} (${g}) = ${fmt(num / den / 100)}`,
        { salary: salaryOre / 100, gAtExit: gExit, g },
        num / den / 100,
      );
  }
  const capOre = Math.round(capG * g * 100);
  const capped = num > capOre * den;
  if (capped) {
    num = capOre;
    den = 1;
  }
  if (trace.on)
    trace.add(
      'pensionable-base',
      `Pensionable base = full-time salary of the last period${capped ? `, capped at ${capG} G = ${capG} × ${g}` : ` (below the cap of ${capG} G = ${fmt(capG * g)})`} = ${fmt(num / den / 100)}`,
      { salary: salaryOre / 100, G: g, capG, capped, cap: capOre / 100 },
      num / den / 100,
    );
  return { num, den, kroner: num / den / 100, capped };
}

export interface GrossTerms {
  base: Base;
  service: Service;
  rateBp: number;
  /** Service fraction years / fullYears (deferred: actual / possible). */
  years: number;
  fullYears: number;
  /** Drawing share in hundredths of a percent (100 % = 10 000). */
  drawH: number;
}

/**
 * The amount as integers over integers; with `divisorMilli` (a forholdstall in thousandths, e.g.
 * 1030 for 1.030) it is divided by that ratio as well.
 */
function factors(t: GrossTerms, divisorMilli = 1000): [number[], number[]] {
  return [
    [t.base.num, t.service.avgNum, t.rateBp, t.years, t.drawH, 1000],
    [t.base.den, t.service.avgDen, 10000, t.fullYears, 100, 10000, divisorMilli],
  ];
}

/** Whole kroner of the amount divided by a ratio given in thousandths, exact half-up. */
export function grossRoundedDivided(t: GrossTerms, divisorMilli: number): number {
  if (t.service.avgDen === 0 || t.years === 0) return 0;
  const [n, d] = factors(t, divisorMilli);
  return roundQuotient(n, d);
}

/** The unrounded amount divided by a ratio in thousandths, as a decimal (for samordning). */
export function grossDecimalDivided(t: GrossTerms, divisorMilli: number): DecT {
  if (t.service.avgDen === 0 || t.years === 0) return new Dec(0);
  const [n, d] = factors(t, divisorMilli);
  return quotientDecimal(n, d);
}

/** Whole kroner, exact half-up. The float product is inlined; only near a half are arrays built. */
export function grossRounded(t: GrossTerms): number {
  if (t.service.avgDen === 0 || t.years === 0) return 0;
  const v =
    (t.base.num * t.service.avgNum * t.rateBp * t.years * t.drawH) /
    (t.base.den * t.service.avgDen * 10000 * t.fullYears * 100 * 10000);
  if (Math.abs(v - Math.floor(v) - 0.5) > TIE_GUARD) return Math.floor(v + 0.5);
  const [n, d] = factors(t);
  return roundQuotient(n, d);
}

/** The unrounded amount as a decimal, for steps that continue (samordning, maxima). */
export function grossDecimal(t: GrossTerms): DecT {
  if (t.service.avgDen === 0 || t.years === 0) return new Dec(0);
  const [n, d] = factors(t);
  return quotientDecimal(n, d);
}

export function traceGross(trace: Trace, rule: string, t: GrossTerms, label: string, rounded: number): void {
  if (!trace.on) return;
  const avg = t.service.avgDen ? t.service.avgNum / t.service.avgDen : 0;
  trace.add(
    rule,
    `${label} = pensionable base ${fmt(t.base.kroner)} × average part-time ${pct(avg)} × ${fmt(t.rateBp / 100)} % × ${t.years}/${t.fullYears}` +
      (t.drawH !== 10000 ? ` × drawing ${fmt(t.drawH / 100)} %` : '') +
      ` = ${rounded} (rounded half up to whole kroner at the end)`,
    {
      base: t.base.kroner,
      averagePartTime: Number(avg.toFixed(8)),
      ratePct: t.rateBp / 100,
      years: t.years,
      fullYears: t.fullYears,
      drawingPct: t.drawH / 100,
    },
    rounded,
  );
}

/** True when some period covers the day before `date` (the member is still employed). */
export function employedOnDayBefore(periods: readonly Employment[], date: string): boolean {
  const d = dayNumber(date) - 1;
  return periods.some((p) => dayNumber(p.from) <= d && dayNumber(p.to) >= d);
}
