/** Day numbers (rules engine, issue #3 speed): the table look-up agrees with the civil formula. */
import { describe, expect, it } from 'vitest';
import { dayNumber, daysFromCivil, isoOfDay } from '../../src/rules/days';

describe('day numbers', () => {
  it('every day 1790-01-01..2310-12-31 reads back to the same day, as daysFromCivil counts it', () => {
    const first = daysFromCivil(1790, 1, 1);
    const last = daysFromCivil(2310, 12, 31);
    for (let d = first; d <= last; d++) {
      const iso = isoOfDay(d);
      expect(dayNumber(iso)).toBe(d);
    }
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2000-03-01') - dayNumber('2000-02-28')).toBe(2);
    expect(dayNumber('1900-03-01') - dayNumber('1900-02-28')).toBe(1);
    expect(dayNumber('0001-01-01')).toBe(daysFromCivil(1, 1, 1));
    expect(dayNumber('9999-12-31')).toBe(daysFromCivil(9999, 12, 31));
  });
});
