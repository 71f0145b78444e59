/**
 * Money as integer øre (engineering.md: no floating-point money, ever). Unit and property tests
 * for parsing kroner from files, formatting and rounding.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addOre,
  formatKroner,
  fromKroner,
  type Ore,
  ore,
  parseKroner,
  toWholeKroner,
  UnsafeAmountError,
  ZERO,
} from './money';

/** Amounts a file can hold: up to 13 whole-kroner digits. */
const fileAmount = fc.integer({ min: -999_999_999_999_999, max: 999_999_999_999_999 }).map((n) => ore(n));

describe('parseKroner: kroner with at most two decimals and "." (migration-import contract)', () => {
  it('parses whole kroner, one and two decimals exactly, without floating point', () => {
    expect(parseKroner('650000')).toBe(65_000_000);
    expect(parseKroner('1234.5')).toBe(123_450);
    expect(parseKroner('1234.05')).toBe(123_405);
    expect(parseKroner('0.1')).toBe(10);
    expect(parseKroner('0.29')).toBe(29); // 0.29 * 100 is 28.999999999999996 in floating point
    expect(parseKroner('-12.34')).toBe(-1234);
    expect(parseKroner(' 42 ')).toBe(4200);
    expect(parseKroner('9999999999999.99')).toBe(999_999_999_999_999);
  });

  it('"-0" is zero, not negative zero', () => {
    expect(Object.is(parseKroner('-0'), 0)).toBe(true);
    expect(Object.is(parseKroner('-0.00'), 0)).toBe(true);
  });

  it('refuses comma decimals, three decimals, thousands separators, signs and empty text', () => {
    for (const bad of ['1,5', '1.234', '1 000', '1.', '.5', '+5', '', '-', 'NaN', '1e5', '12345678901234']) {
      expect(parseKroner(bad)).toBeUndefined();
    }
  });

  it('property: formatKroner and parseKroner round-trip every amount', () => {
    fc.assert(
      fc.property(fileAmount, (amount) => {
        expect(parseKroner(formatKroner(amount))).toBe(amount);
      }),
    );
  });

  it('property: a kroner string with k whole and two decimal digits parses to k*100 + decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999_999_999 }), fc.integer({ min: 0, max: 99 }), (k, o) => {
        expect(parseKroner(`${k}.${String(o).padStart(2, '0')}`)).toBe(k * 100 + o);
      }),
    );
  });
});

describe('formatting and rounding', () => {
  it('formatKroner writes two decimals and the sign', () => {
    expect(formatKroner(ore(123_450))).toBe('1234.50');
    expect(formatKroner(ore(5))).toBe('0.05');
    expect(formatKroner(ore(-5))).toBe('-0.05');
    expect(formatKroner(ZERO)).toBe('0.00');
  });

  it('toWholeKroner rounds half away from zero', () => {
    expect(toWholeKroner(ore(149))).toBe(1);
    expect(toWholeKroner(ore(150))).toBe(2);
    expect(toWholeKroner(ore(-150))).toBe(-2);
    expect(toWholeKroner(ore(-149))).toBe(-1);
    expect(toWholeKroner(ore(250))).toBe(3);
    expect(Object.is(toWholeKroner(ore(-49)), 0)).toBe(true); // not negative zero
  });

  it('property: toWholeKroner is within half a krone and symmetric around zero', () => {
    fc.assert(
      fc.property(fileAmount, (amount) => {
        const k = toWholeKroner(amount);
        expect(Math.abs(k * 100 - amount)).toBeLessThanOrEqual(50);
        expect(toWholeKroner(ore(0 - amount))).toBe(0 - k);
      }),
    );
  });

  it('ore refuses fractions and unsafe integers; fromKroner multiplies whole kroner', () => {
    expect(() => ore(1.5)).toThrow(UnsafeAmountError);
    expect(() => ore(Number.MAX_SAFE_INTEGER + 1)).toThrow(UnsafeAmountError);
    expect(() => fromKroner(0.5)).toThrow(UnsafeAmountError);
    expect(() => fromKroner(Number.MAX_SAFE_INTEGER)).toThrow(UnsafeAmountError);
    expect(fromKroner(650_000)).toBe(65_000_000);
  });

  it('property: addOre is exact integer addition', () => {
    fc.assert(
      fc.property(fileAmount, fileAmount, (a: Ore, b: Ore) => {
        expect(addOre(a, b)).toBe(a + b);
        expect(Number.isInteger(addOre(a, b))).toBe(true);
      }),
    );
  });
});
