import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../domain/dates';
import { type MembershipFacts, statusOn } from './status';

const d = (s: string) => s as IsoDate;
const period = (start: string, end: string | null = null) => ({
  startDate: d(start),
  endDate: end === null ? null : d(end),
});
const facts = (f: Partial<MembershipFacts>): MembershipFacts => ({
  employments: [],
  pensions: [],
  deathDate: null,
  ...f,
});
const D = d('2024-12-31');

describe('status on a date (contract: migration-import.md, "Status on a date")', () => {
  it('pensioner wins over active: a 50 % disabled member who still works 50 % is a pensioner', () => {
    const m = facts({ employments: [period('2010-01-01')], pensions: [period('2022-03-01')] });
    expect(statusOn(m, D)).toBe('pensioner');
  });

  it('a pension runs on its start and end dates, not after its end', () => {
    const m = facts({ employments: [period('2000-01-01', '2019-12-31')], pensions: [period(D, D)] });
    expect(statusOn(m, D)).toBe('pensioner');
    expect(statusOn(m, d('2025-01-01'))).toBe('former');
    expect(statusOn(m, d('2024-12-30'))).toBe('former');
  });

  it('an employment ending on the date is active on that date', () => {
    const m = facts({ employments: [period('2015-01-01', '2024-12-31')] });
    expect(statusOn(m, D)).toBe('active');
    expect(statusOn(m, d('2025-01-01'))).toBe('former');
  });

  it('an employment starting on the date is active on that date, and nothing before it', () => {
    const m = facts({ employments: [period('2024-12-31')] });
    expect(statusOn(m, D)).toBe('active');
    expect(statusOn(m, d('2024-12-30'))).toBeNull();
  });

  it('former only if every period ended before the date', () => {
    const gap = facts({ employments: [period('2010-01-01', '2015-06-30'), period('2026-01-01')] });
    expect(statusOn(gap, D)).toBeNull(); // a later period is planned: not all ended
    const ended = facts({
      employments: [period('2010-01-01', '2015-06-30'), period('2016-01-01', '2020-01-31')],
    });
    expect(statusOn(ended, D)).toBe('former');
  });

  it('former only while alive: death on or before the date means not alive on it', () => {
    const ended = [period('2010-01-01', '2020-01-31')];
    expect(statusOn(facts({ employments: ended, deathDate: d('2025-01-01') }), D)).toBe('former');
    expect(statusOn(facts({ employments: ended, deathDate: D }), D)).toBeNull();
    expect(statusOn(facts({ employments: ended, deathDate: d('2023-05-05') }), D)).toBeNull();
  });

  it('a member who died on or before the date is not counted at all', () => {
    const active = facts({ employments: [period('2010-01-01')], deathDate: d('2024-06-01') });
    expect(statusOn(active, D)).toBeNull();
    expect(statusOn(active, d('2024-05-31'))).toBe('active');
    const pensioner = facts({ pensions: [period('2020-01-01')], deathDate: D });
    expect(statusOn(pensioner, D)).toBeNull();
  });

  it("a survivor's membership exists only through its pension", () => {
    const survivor = facts({ pensions: [period('2023-02-01', '2030-01-31')] });
    expect(statusOn(survivor, D)).toBe('pensioner');
    expect(statusOn(survivor, d('2023-01-31'))).toBeNull();
    expect(statusOn(survivor, d('2030-02-01'))).toBeNull(); // never former: it had no employment
  });

  it('a membership with neither employment nor pension has no status', () => {
    expect(statusOn(facts({}), D)).toBeNull();
  });
});
