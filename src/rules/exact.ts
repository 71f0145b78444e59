/**
 * Exact money arithmetic. Amounts are rational: a product of integers over a product of integers.
 * `roundQuotient` multiplies in float64 and rounds; it can only be wrong when the true value lies
 * within float error of a half krone, so there it recomputes with decimal.js (multiply first,
 * divide once, 50 digits: an exact half stays exact). Benefits that are not on the hot path use
 * decimal.js throughout and round with `roundDecimal`.
 */
import Decimal from 'decimal.js';

export const Dec = Decimal.clone({ precision: 50, rounding: Decimal.ROUND_HALF_UP });
export type Dec = InstanceType<typeof Dec>;

/** Float error is far below this for the amounts we handle (< 1e9 kroner, < 10 operations). */
export const TIE_GUARD = 1e-6;

/** Counts fallbacks, so tests can prove the exact path runs. */
export const exactStats = { fallbacks: 0 };

/** Half-up rounding of a non-negative product/product, exact at halves. */
export function roundQuotient(nums: readonly number[], dens: readonly number[]): number {
  let n = 1;
  for (const x of nums) n *= x;
  let d = 1;
  for (const x of dens) d *= x;
  const v = n / d;
  const frac = v - Math.floor(v);
  if (Math.abs(frac - 0.5) > TIE_GUARD) return Math.floor(v + 0.5);
  exactStats.fallbacks++;
  return roundDecimal(quotientDecimal(nums, dens));
}

/** The same quotient as a decimal (exact when the true value has a finite decimal expansion). */
export function quotientDecimal(nums: readonly number[], dens: readonly number[]): Dec {
  let n = new Dec(1);
  for (const x of nums) n = n.mul(x);
  let d = new Dec(1);
  for (const x of dens) d = d.mul(x);
  return n.div(d);
}

/**
 * Half-up to whole kroner. First snaps to 20 decimals: a true half that came through an inexact
 * division (…4999…) becomes an exact half again; no amount here has a denominator near 1e20.
 */
export function roundDecimal(d: Dec): number {
  return d.toDecimalPlaces(20).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
}

/** Monthly amount: annual / 12, half up, in integers. */
export function monthlyOf(annual: number): number {
  return annual >= 0 ? Math.floor((annual + 6) / 12) : -Math.floor((-annual + 6) / 12);
}
