/**
 * Yearly crediting and regulation of a pension holding (oftp-rules §3.1–3.3), shared by the
 * new accrual model (påslag) and the conditional pension (betinget tjenestepensjon).
 *
 * Conventions (documented, partly UNVERIFIED in the sources):
 * - Pensionable income of a year = Σ periods: full-time salary × position % × days in the year
 *   within the period / days in the year (the actual part-time salary).
 * - Thresholds use the average G of the year (oftp-rules §3.1 approximation).
 * - The credit of a year is added on 31 December (the current year up to the day before the
 *   date is credited on the date) and regulated with G each 1 May until the date:
 *   credit × G(date) / G(31 December of the year).
 */
import { dayNumber, daysFromCivil } from '../days';
import { Dec, type Dec as DecT, roundDecimal } from '../exact';
import { averageG, gOn } from '../parameters/g';
import type { Employment } from '../request';
import { fmt, type Trace } from '../trace';

export interface RateBand {
  /** Rate in basis points applied to income between fromG and toG (in G). */
  bp: number;
  fromG: number;
  toG: number;
}

export interface HoldingResult {
  holding: DecT;
}

/** Credits income from `startDay` (inclusive) to `endDay` (exclusive) and regulates to `date`. */
export function accrueHolding(
  periods: readonly Employment[],
  startDay: number,
  endDay: number,
  bands: readonly RateBand[],
  date: string,
  rule: string,
  trace: Trace,
): HoldingResult {
  let holding = new Dec(0);
  const gDate = gOn(date);
  const dateYear = Number(date.slice(0, 4));
  const firstYear = Number(isoYear(startDay));
  const lastYear = Math.min(Number(isoYear(endDay - 1)), dateYear);
  for (let y = firstYear; y <= lastYear; y++) {
    const yStart = Math.max(daysFromCivil(y, 1, 1), startDay);
    const yEnd = Math.min(daysFromCivil(y + 1, 1, 1), endDay);
    if (yEnd <= yStart) continue;
    const daysInYear = daysFromCivil(y + 1, 1, 1) - daysFromCivil(y, 1, 1);
    let income = new Dec(0);
    for (const p of periods) {
      const from = Math.max(dayNumber(p.from), yStart);
      const to = Math.min(dayNumber(p.to) + 1, yEnd);
      if (to <= from) continue;
      income = income.plus(
        new Dec(p.annualSalary)
          .mul(p.positionPct)
          .mul(to - from)
          .div(100 * daysInYear),
      );
    }
    if (income.isZero()) continue;
    const avgG = averageG(y);
    let credit = new Dec(0);
    const parts: string[] = [];
    for (const b of bands) {
      const lo = new Dec(avgG).mul(b.fromG);
      const hi = new Dec(avgG).mul(b.toG);
      const inBand = Dec.max(0, Dec.min(income, hi).minus(lo));
      const c = inBand.mul(b.bp).div(10000);
      credit = credit.plus(c);
      if (trace.on)
        parts.push(
          `${fmt(b.bp / 100)} % × ${fmt(inBand.toNumber())} (income between ${b.fromG} G and ${b.toG} G)`,
        );
    }
    // The current year is credited on the date itself; earlier years on 31 December.
    const creditDate = y === dateYear ? date : `${y}-12-31`;
    const gCredit = gOn(creditDate);
    const regulated = credit.mul(gDate).div(gCredit);
    holding = holding.plus(regulated);
    if (trace.on)
      trace.add(
        `${rule}-${y}`,
        `Year ${y}: pensionable income ${fmt(income.toNumber())}, average G ${avgG}; credit = ${parts.join(' + ')} = ${fmt(credit.toNumber())}; regulated with G ${gCredit} → ${gDate} = ${fmt(regulated.toNumber())}`,
        {
          year: y,
          income: Number(income.toFixed(2)),
          averageG: avgG,
          credit: Number(credit.toFixed(2)),
          gAtCredit: gCredit,
          g: gDate,
        },
        Number(regulated.toFixed(2)),
      );
  }
  if (trace.on)
    trace.add(
      `${rule}-holding`,
      `Holding on ${date} = sum of regulated credits = ${fmt(holding.toNumber())}`,
      {},
      roundDecimal(holding),
    );
  return { holding };
}

function isoYear(day: number): string {
  // Year of a day number without building the whole date.
  let y = Math.floor(day / 365.2425) + 1970;
  while (daysFromCivil(y, 1, 1) > day) y--;
  while (daysFromCivil(y + 1, 1, 1) <= day) y++;
  return String(y);
}
