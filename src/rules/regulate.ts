/**
 * Regulation (oftp-rules §1.2).
 * - Accruing rights (holdings, pensionable base of deferred rights, disability and survivor
 *   benefits): with G, amount × G(to) / G(from).
 * - Old-age pensions in payment: 2011–2021 wage growth divided by 1.0075 (division reproduces
 *   the published 2018 rise of 2.70 %; division vs subtraction UNVERIFIED); from 2022 the
 *   average of wage growth and price growth, taken here as the arithmetic mean of the two
 *   percentages (UNVERIFIED). Price growth is an input: it is not in the parameter tables.
 */
import { Dec, type Dec as DecT, roundDecimal } from './exact';
import { G_TABLE, gOn } from './parameters/g';
import { PAYMENT_REGULATION_DIVISOR, valueOn } from './parameters/rates';

/** Factor for accruing rights from one date to another: G(to) / G(from). */
export function gFactor(from: string, to: string): DecT {
  return new Dec(gOn(to)).div(gOn(from));
}

/** An accruing amount regulated with G, in whole kroner. */
export function regulateAccrued(annual: number, from: string, to: string): number {
  return roundDecimal(new Dec(annual).mul(gOn(to)).div(gOn(from)));
}

/** Wage growth of the regulation on 1 May of `year`: new G / previous G. */
export function wageFactor(year: number): DecT {
  const i = G_TABLE.findIndex((r) => r.from === `${year}-05-01`);
  const prev = G_TABLE[i - 1];
  const cur = G_TABLE[i];
  if (!prev || !cur) throw new RangeError(`no G regulation for ${year}`);
  return new Dec(cur.g).div(prev.g);
}

/**
 * Factor for an old-age pension in payment at the regulation of 1 May `year`. From 2022 the
 * price growth of the year (as a factor, e.g. 1.045) must be given.
 */
export function paymentFactor(year: number, priceFactor?: number): DecT {
  const wage = wageFactor(year);
  const divisor = valueOn(PAYMENT_REGULATION_DIVISOR, `${year}-05-01`, 'payment regulation');
  if (divisor !== null) return wage.div(divisor);
  if (priceFactor === undefined) throw new RangeError(`regulation ${year} needs the price growth`);
  return wage.plus(priceFactor).div(2);
}

/** A pension in payment after the regulation of `year`, in whole kroner. */
export function regulatePayment(annual: number, year: number, priceFactor?: number): number {
  return roundDecimal(new Dec(annual).mul(paymentFactor(year, priceFactor)));
}
