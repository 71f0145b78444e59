/**
 * Calendar time (issue #20): a period's length is whole calendar months plus days, the way
 * Temporal (the calendar-date library engineering.md names) counts `until` in months; several
 * periods are added as years, months and days and normalised with 30-day months.
 */
import { Temporal } from '@js-temporal/polyfill';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countedYears,
  periodUnits,
  spanUnits,
  UNITS_PER_DAY,
  UNITS_PER_MONTH,
  yearsMonthsDays,
} from '../../src/rules/calendar';

const date = fc
  .record({
    y: fc.integer({ min: 1940, max: 2060 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 31 }),
  })
  .map(({ y, m, d }) => Temporal.PlainDate.from({ year: y, month: m, day: d }, { overflow: 'constrain' }));

describe('calendar time', () => {
  it('2020-10-01 to 2023-09-30 is exactly 3 years', () => {
    expect(yearsMonthsDays(periodUnits('2020-10-01', '2023-09-30', '2099-01-01'))).toEqual({
      years: 3,
      months: 0,
      days: 0,
    });
  });

  it('a period over 29 February is whole months, not 366 days', () => {
    expect(yearsMonthsDays(periodUnits('2019-03-01', '2020-02-29', '2099-01-01'))).toEqual({
      years: 1,
      months: 0,
      days: 0,
    });
    // From the 31st: the month without that day ends on its last day (Temporal's "constrain").
    expect(yearsMonthsDays(spanUnits('2023-01-31', '2023-03-01'))).toEqual({ years: 0, months: 1, days: 1 });
  });

  it('"20 y 4 m → 20; 20 y 6 m → 21" (oftp-rules §2.1), days below a month do not round', () => {
    const u = (y: number, m: number, d: number) => (y * 12 + m) * UNITS_PER_MONTH + d * UNITS_PER_DAY;
    expect(countedYears(u(20, 4, 0), 6)).toBe(20);
    expect(countedYears(u(20, 5, 29), 6)).toBe(20);
    expect(countedYears(u(20, 6, 0), 6)).toBe(21);
    expect(countedYears(u(20, 11, 29), 12)).toBe(20);
  });

  it('a period cut at the calculation date counts up to the day before it', () => {
    expect(periodUnits('2020-01-01', '2030-12-31', '2025-07-01')).toBe(spanUnits('2020-01-01', '2025-07-01'));
    expect(periodUnits('2026-01-01', '2030-12-31', '2025-07-01')).toBe(0);
  });

  it('agrees with Temporal: months and days from the start up to the day after the end', () => {
    fc.assert(
      fc.property(date, date, (a, b) => {
        const [from, to] = Temporal.PlainDate.compare(a, b) <= 0 ? [a, b] : [b, a];
        const end = to.add({ days: 1 });
        const d = from.until(end, { largestUnit: 'months' });
        expect(periodUnits(from.toString(), to.toString(), '9999-12-31')).toBe(
          d.months * UNITS_PER_MONTH + d.days * UNITS_PER_DAY,
        );
      }),
      { numRuns: 3000 },
    );
  }, 60_000);
});
