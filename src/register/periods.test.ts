import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../domain/dates';
import { dayBefore, firstOverlap, overlaps } from './periods';

const p = (start: string, end: string | null = null) => ({
  startDate: start as IsoDate,
  endDate: end as IsoDate | null,
});

describe('employment periods of one membership never overlap (register model, issue #2 item 3)', () => {
  it('periods sharing a day overlap; ends are inclusive', () => {
    expect(overlaps(p('2020-01-01', '2020-12-31'), p('2020-12-31', '2021-06-30'))).toBe(true);
    expect(overlaps(p('2020-01-01', '2020-12-31'), p('2021-01-01'))).toBe(false);
  });
  it('an open period overlaps every later one', () => {
    expect(overlaps(p('2020-01-01'), p('2030-01-01', '2030-02-01'))).toBe(true);
    expect(overlaps(p('2020-01-01'), p('2019-01-01', '2019-12-31'))).toBe(false);
  });
  it('a period inside another overlaps it', () => {
    expect(overlaps(p('2021-03-01', '2021-04-01'), p('2020-01-01', '2022-01-01'))).toBe(true);
  });
  it('finds the first conflicting period', () => {
    const existing = [p('2010-01-01', '2012-12-31'), p('2015-01-01', '2016-12-31')];
    expect(firstOverlap(p('2013-01-01', '2014-12-31'), existing)).toBeUndefined();
    expect(firstOverlap(p('2013-01-01', '2015-01-01'), existing)).toBe(existing[1]);
  });
});

describe('a change from a date ends the current period the day before (issue #2 review)', () => {
  it('steps back over month, year and leap-day boundaries', () => {
    const prev = (d: string) => dayBefore(d as IsoDate);
    expect(prev('2024-06-15')).toBe('2024-06-14');
    expect(prev('2024-07-01')).toBe('2024-06-30');
    expect(prev('2024-03-01')).toBe('2024-02-29');
    expect(prev('2023-03-01')).toBe('2023-02-28');
    expect(prev('2025-01-01')).toBe('2024-12-31');
  });
});
