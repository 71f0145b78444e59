/**
 * The generator's day-number calendar must agree with the domain's ISO dates (engineering.md:
 * exact dates, no `Date`), or generated birth dates, ages and pension starts would drift.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addYears, ageOn, daysInMonth, isoDate } from '../../src/domain/dates';
import {
  ageAt,
  birthday,
  dayOf,
  dayOfIso,
  endOfMonth,
  firstOfNextMonth,
  iso,
} from '../../src/register/generate/days';
import { Random, weightedTable } from '../../src/register/generate/random';

const date = fc
  .record({
    year: fc.integer({ min: 1800, max: 2100 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.nat(),
  })
  .map(({ year, month, day }) => isoDate(year, month, 1 + (day % daysInMonth(year, month))));

describe('day numbers', () => {
  it('1970-01-01 is day 0, and leap days are counted (2000 leap, 1900 and 2100 not)', () => {
    expect(dayOf(1970, 1, 1)).toBe(0);
    expect(iso(0)).toBe('1970-01-01');
    expect(iso(-1)).toBe('1969-12-31');
    expect(dayOf(2000, 3, 1) - dayOf(2000, 2, 28)).toBe(2);
    expect(dayOf(1900, 3, 1) - dayOf(1900, 2, 28)).toBe(1);
    expect(dayOf(2100, 3, 1) - dayOf(2100, 2, 28)).toBe(1);
  });

  it('property: ISO date → day → ISO date round-trips, and consecutive days are consecutive dates', () => {
    fc.assert(
      fc.property(date, (d) => {
        const n = dayOfIso(d);
        expect(iso(n)).toBe(d);
        expect(iso(n + 1) > d).toBe(true);
      }),
    );
  });

  it('property: ages and birthdays agree with the domain’s ageOn (29 February birthdays come on 1 March)', () => {
    fc.assert(
      fc.property(date, date, fc.integer({ min: 0, max: 100 }), (birth, on, years) => {
        const b = dayOfIso(birth);
        expect(ageAt(b, dayOfIso(on))).toBe(ageOn(birth, on));
        const reached = birthday(b, years);
        expect(ageOn(birth, iso(reached))).toBe(years);
        expect(ageOn(birth, iso(reached - 1))).toBe(years - 1);
        if (!birth.endsWith('-02-29')) expect(iso(reached)).toBe(addYears(birth, years));
      }),
    );
  });

  it('property: first of the next month and end of month', () => {
    fc.assert(
      fc.property(date, (d) => {
        const n = dayOfIso(d);
        expect(iso(firstOfNextMonth(n)).endsWith('-01')).toBe(true);
        expect(firstOfNextMonth(n) > n).toBe(true);
        expect(firstOfNextMonth(n) - n).toBeLessThanOrEqual(31);
        expect(endOfMonth(n) + 1).toBe(firstOfNextMonth(n));
      }),
    );
  });
});

describe('seeded random numbers', () => {
  it('the same seed gives the same sequence; another seed another one', () => {
    const take = (seed: number) => {
      const r = new Random(seed);
      return Array.from({ length: 20 }, () => r.uint32());
    };
    expect(take(1)).toEqual(take(1));
    expect(take(1)).not.toEqual(take(2));
  });

  it('int stays within its bounds and reaches both ends; weighted picks follow the weights', () => {
    const r = new Random(9);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const x = r.int(3, 7);
      expect(x).toBeGreaterThanOrEqual(3);
      expect(x).toBeLessThanOrEqual(7);
      seen.add(x);
    }
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7]);
    const table = weightedTable([
      ['rare', 1],
      ['common', 3],
      ['never', 0],
    ] as const);
    const picks = Array.from({ length: 4000 }, () => r.weighted(table));
    const common = picks.filter((p) => p === 'common').length / picks.length;
    expect(common).toBeGreaterThan(0.7);
    expect(common).toBeLessThan(0.8);
    expect(picks).not.toContain('never');
  });
});
