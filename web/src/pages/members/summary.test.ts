/** Stories: the member page's summary (issue #23, item 3). */
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../../../src/domain/dates';
import type { Membership, Person } from '../../api/types';
import { calendarSpan, membershipState, serviceTime, summarise, todayInOslo } from './summary';

const today = '2026-12-03' as IsoDate;
const rec = { recordedAt: '2026-01-01T00:00:00Z', recordedBy: 'test' };
const base = {
  personId: 1,
  employer: { id: 1, orgnr: '974760673', name: 'Bergen kommune' },
  scheme: { code: 'FELLES', name: 'Fellesordningen', providerCode: 'KLP' },
};
function own(employments: Membership['employments'], status: Membership['status'] = null): Membership {
  return { id: 1, kind: 'own', status, employments, pensions: [], ...base };
}
const emp = (
  startDate: string,
  endDate: string | null,
  positionPct = 100,
  annualSalary: number | null = 600000,
) => ({
  id: Math.floor(Math.random() * 1e6),
  startDate,
  endDate,
  positionPct,
  annualSalary,
  ageLimit: 70,
  ...rec,
});

describe('membership state in words, never "unknown"', () => {
  it('takes the server status when there is one', () => {
    expect(membershipState(own([emp('2000-01-01', null)], 'active'), null, today)).toBe('active');
  });
  it('says a dead member has died', () => {
    expect(membershipState(own([emp('2000-01-01', '2024-05-01')]), '2024-05-01', today)).toBe('deceased');
  });
  it('says a survivor membership whose pension has ended has ended', () => {
    const m: Membership = {
      ...own([]),
      kind: 'survivor',
      pensions: [
        {
          id: 9,
          benefit: 'child',
          startDate: '2010-01-01',
          endDate: '2020-12-31',
          gradePct: null,
          annualAmount: 50000,
          deceasedPersonId: 2,
          ...rec,
        },
      ],
    };
    expect(membershipState(m, null, today)).toBe('survivorEnded');
  });
  it('says a membership whose first period starts later starts later', () => {
    expect(membershipState(own([emp('2027-01-01', null)]), null, today)).toBe('startsLater');
  });
});

describe('service time by the calendar', () => {
  it('counts a period from its first to its last day inclusive', () => {
    expect(calendarSpan('2000-01-01', '2000-12-31')).toEqual({ years: 1, months: 0, days: 0 });
    expect(calendarSpan('2000-01-15', '2000-03-14')).toEqual({ years: 0, months: 2, days: 0 });
    expect(calendarSpan('2000-01-10', '2000-03-10')).toEqual({ years: 0, months: 2, days: 1 });
    expect(calendarSpan('2024-02-29', '2025-02-27')).toEqual({ years: 0, months: 11, days: 30 });
  });
  it('adds the periods of own memberships up to today', () => {
    const s = serviceTime(
      [
        own([emp('2000-01-01', '2009-12-31'), emp('2010-01-01', null)]),
        { ...own([emp('1990-01-01', null)]), kind: 'survivor' },
      ],
      '2026-06-30' as IsoDate,
    );
    expect(s).toEqual({ years: 26, months: 6, days: 0 });
  });
});

describe('summary', () => {
  const person: Person = {
    id: 1,
    nationalId: '01017012345',
    name: 'Test Person',
    birthDate: '1970-12-04',
    deathDate: null,
    address: null,
    accountNumber: null,
    validFrom: '1970-12-04',
    ...rec,
    memberships: [
      own([emp('2000-01-01', '2015-12-31', 100, 500000), emp('2016-01-01', null, 80, 650000)], 'active'),
    ],
  };
  it('gives the age today, the current position and salary', () => {
    const s = summarise(person, today);
    expect(s.age).toBe(55);
    expect(s.positions.map((p) => [p.employment.positionPct, p.employment.annualSalary])).toEqual([
      [80, 650000],
    ]);
    expect(s.pensions).toEqual([]);
  });
  it('gives the age at death and no current position for a dead member', () => {
    const s = summarise({ ...person, deathDate: '2025-01-10' }, today);
    expect(s.age).toBeNull();
    expect(s.ageAtDeath).toBe(54);
    expect(s.positions).toEqual([]);
  });
  it('knows today in Oslo', () => {
    expect(todayInOslo(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
  });
});
