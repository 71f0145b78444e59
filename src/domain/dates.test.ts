/**
 * Calendar dates as ISO strings (engineering.md: no `Date` for birth dates or periods).
 * Real dates, leap years, ages and anniversaries.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addYears,
  ageOn,
  dateParts,
  daysInMonth,
  type IsoDate,
  isoDate,
  isRealDate,
  oneYearBefore,
  parseIsoDate,
} from './dates';

const d = (text: string) => text as IsoDate;
const date = fc
  .record({
    year: fc.integer({ min: 1854, max: 2200 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.nat(),
  })
  .map(({ year, month, day }) => isoDate(year, month, 1 + (day % daysInMonth(year, month))));
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

describe('real dates', () => {
  it('29 February exists only in leap years (every 4th, not centuries, but every 400th)', () => {
    expect(parseIsoDate('2024-02-29')).toBe('2024-02-29');
    expect(parseIsoDate('2000-02-29')).toBe('2000-02-29');
    expect(parseIsoDate('2023-02-29')).toBeUndefined();
    expect(parseIsoDate('1900-02-29')).toBeUndefined();
    expect(parseIsoDate('2100-02-29')).toBeUndefined();
  });

  it('refuses impossible and malformed dates', () => {
    for (const bad of [
      '2024-04-31',
      '2024-13-01',
      '2024-00-10',
      '2024-01-00',
      '2024-1-01',
      '24-01-01',
      '2024-01-01T00:00',
      '',
    ]) {
      expect(parseIsoDate(bad)).toBeUndefined();
    }
    expect(() => isoDate(2023, 2, 29)).toThrow(RangeError);
  });

  it('property: days in month agree with the leap-year rule and isRealDate', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        const n = daysInMonth(year, month);
        expect(n).toBe(month === 2 ? (isLeap(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31);
        expect(isRealDate(year, month, n)).toBe(true);
        expect(isRealDate(year, month, n + 1)).toBe(false);
      }),
    );
  });

  it('property: isoDate, parseIsoDate and dateParts round-trip', () => {
    fc.assert(
      fc.property(date, (x) => {
        expect(parseIsoDate(x)).toBe(x);
        const { year, month, day } = dateParts(x);
        expect(isoDate(year, month, day)).toBe(x);
      }),
    );
  });
});

describe('ages and anniversaries', () => {
  it('the birthday itself counts as the new age', () => {
    expect(ageOn(d('1959-06-15'), d('2026-06-14'))).toBe(66);
    expect(ageOn(d('1959-06-15'), d('2026-06-15'))).toBe(67);
    expect(ageOn(d('1959-06-15'), d('2026-12-31'))).toBe(67);
  });

  it('born 29 February: a year older on 1 March in common years', () => {
    expect(ageOn(d('1960-02-29'), d('2027-02-28'))).toBe(66);
    expect(ageOn(d('1960-02-29'), d('2027-03-01'))).toBe(67);
    expect(ageOn(d('1960-02-29'), d('2028-02-29'))).toBe(68);
    expect(addYears(d('1960-02-29'), 67)).toBe('2027-02-28');
    expect(addYears(d('1960-02-29'), 68)).toBe('2028-02-29');
    expect(oneYearBefore(d('2024-02-29'))).toBe('2023-02-28');
  });

  it('property: n years after a birth date (not 29 February) the age is n, and n − 1 a year before that', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 120 }), (birth, n) => {
        fc.pre(!birth.endsWith('-02-29'));
        const anniversary = addYears(birth, n);
        expect(dateParts(anniversary).year).toBe(dateParts(birth).year + n);
        expect(ageOn(birth, anniversary)).toBe(n);
        expect(ageOn(birth, oneYearBefore(anniversary))).toBe(n - 1);
      }),
    );
  });

  it('property: ages never decrease as the date moves on', () => {
    fc.assert(
      fc.property(date, date, date, (birth, a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        expect(ageOn(birth, early)).toBeLessThanOrEqual(ageOn(birth, late));
      }),
    );
  });
});
