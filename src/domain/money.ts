/**
 * Money is integer øre, branded so the compiler refuses to mix kroner and øre.
 * Every conversion and rounding point lives in this module.
 */
declare const oreBrand: unique symbol;
export type Ore = number & { readonly [oreBrand]: true };

export class UnsafeAmountError extends Error {}

/** Wraps an integer øre amount, refusing fractions and amounts beyond float-exact integers. */
export function ore(value: number): Ore {
  if (!Number.isSafeInteger(value)) throw new UnsafeAmountError(`not a whole, safe øre amount: ${value}`);
  return value as Ore;
}

export const ZERO = 0 as Ore;

const KRONER_PATTERN = /^-?\d{1,13}(\.\d{1,2})?$/;

/**
 * Parses a kroner amount written with `.` and at most two decimals ("650000", "1234.5") to øre
 * without going through floating point. Returns undefined for anything else.
 */
export function parseKroner(text: string): Ore | undefined {
  const t = text.trim();
  if (!KRONER_PATTERN.test(t)) return undefined;
  const negative = t.startsWith('-');
  const [whole = '0', frac = ''] = (negative ? t.slice(1) : t).split('.');
  const value = Number(whole) * 100 + Number(frac.padEnd(2, '0'));
  // "-0" and "-0.00" are zero, not negative zero.
  return ore(negative && value !== 0 ? -value : value);
}

/** Whole kroner to øre. */
export function fromKroner(kroner: number): Ore {
  if (!Number.isSafeInteger(kroner)) throw new UnsafeAmountError(`not whole kroner: ${kroner}`);
  return ore(kroner * 100);
}

/** Øre to whole kroner, rounding half away from zero (half-up for positive amounts). */
export function toWholeKroner(amount: Ore): number {
  const whole = Math.floor((Math.abs(amount) + 50) / 100);
  // 0 - whole, not -whole: -0.49 kr rounds to 0, not to negative zero.
  return amount < 0 ? 0 - whole : whole;
}

/** Øre as a kroner string with two decimals, for files and reports ("1234.50"). */
export function formatKroner(amount: Ore): string {
  const sign = amount < 0 ? '-' : '';
  const abs = Math.abs(amount);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

export function addOre(a: Ore, b: Ore): Ore {
  return ore(a + b);
}
