/**
 * Issue #6 ("Scale"): the paths of the key-figures statement that the hand-built population of
 * key-figures.test.ts does not take. A membership with two running pensions (its pensions come as
 * rows of their own) next to memberships with one (carried in the membership's row); an employer
 * whose only membership has no status on either date (left out of the pass, still listed with
 * zeros); ages from the per-statement lookup on a 29 February birthday in a common and a leap year.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/domain/dates';
import { computeKeyFigures } from '../../src/reports/key-figures/compute';
import type { KeyFiguresReport } from '../../src/reports/key-figures/model';
import { createTestDatabase, type TestDatabase } from '../support/db';

const E1 = '910000004';
const E2 = '910000012';

let t: TestDatabase;
const reports: Record<string, KeyFiguresReport> = {};

interface Member {
  key: string;
  birth: string;
  employer: string;
  employments: [string, string | null, number][];
  pensions?: [string, string, string | null, number | null][];
}
const MEMBERS: Member[] = [
  // W: born on a leap day, works 100 % since 2000.
  { key: 'W', birth: '1956-02-29', employer: E1, employments: [['2000-01-01', null, 100]] },
  // X: left in 2014; disability 40 % to 30 June 2017, then 100 % — two pensions, one on each date.
  {
    key: 'X',
    birth: '1960-05-05',
    employer: E1,
    employments: [['1990-01-01', '2014-12-31', 100]],
    pensions: [
      ['disability', '2015-01-01', '2017-06-30', 40],
      ['disability', '2017-07-01', null, 100],
    ],
  },
  // Y: full AFP 62–65 straight from service from 1 March 2017 (one pension).
  {
    key: 'Y',
    birth: '1955-06-15',
    employer: E1,
    employments: [['1980-01-01', '2017-02-28', 100]],
    pensions: [['afp_62_65', '2017-03-01', null, null]],
  },
  // Z: starts in 2018, the only member of the second employer.
  { key: 'Z', birth: '1990-01-01', employer: E2, employments: [['2018-03-01', null, 100]] },
];

beforeAll(async () => {
  t = await createTestDatabase();
  await t.db.batch(async (s) => {
    const by = 'test';
    await s.query(`insert into provider (code, name, recorded_by) values ('PKH', 'Pensjonskasse H', $1)`, [
      by,
    ]);
    await s.query(
      `insert into scheme (code, provider_code, name, recorded_by) values ('PKH-FELLES', 'PKH', 'Fellesordningen', $1)`,
      [by],
    );
    await s.query(
      `insert into employer (orgnr, name, recorded_by) values ($1, 'Kommune En', $3), ($2, 'Etat To', $3)`,
      [E1, E2, by],
    );
    for (const [i, m] of MEMBERS.entries()) {
      const [person] = await s.query<{ id: number }>(
        `insert into person (national_id, birth_date, name, recorded_by) values ($1, $2, $3, $4) returning id`,
        [
          `${m.birth.slice(8, 10)}${m.birth.slice(5, 7)}${m.birth.slice(2, 4)}0000${i}`,
          m.birth,
          `Person ${m.key}`,
          by,
        ],
      );
      const [membership] = await s.query<{ id: number }>(
        `insert into membership (person_id, employer_id, scheme_code, recorded_by)
         select $1, id, 'PKH-FELLES', $3 from employer where orgnr = $2 returning id`,
        [person?.id, m.employer, by],
      );
      for (const [from, to, pct] of m.employments) {
        await s.query(
          `insert into employment (membership_id, start_date, end_date, position_pct, annual_salary, recorded_by)
           values ($1, $2, $3, $4, 50000000, $5)`,
          [membership?.id, from, to, pct, by],
        );
      }
      for (const [benefit, from, to, grade] of m.pensions ?? []) {
        await s.query(
          `insert into pension (membership_id, benefit, start_date, end_date, grade_pct, annual_amount, recorded_by)
           values ($1, $2, $3, $4, $5, 10000000, $6)`,
          [membership?.id, benefit, from, to, grade, by],
        );
      }
    }
  });
  for (const date of ['2017-12-31', '2017-02-28', '2016-02-29'])
    reports[date] = await computeKeyFigures(t.db, { date: date as IsoDate });
});
afterAll(async () => t?.dispose());

const report = (date: string) => reports[date] as KeyFiguresReport;

describe('key figures: pensions, employers without counted members and ages (issue #6, scale)', () => {
  it('counts each of two pensions of one membership on its own date, and a single pension once', () => {
    const r = report('2017-12-31');
    expect(r.pensionsByType.current).toMatchObject({ disability: 1, afp_62_65: 1, total: 2 });
    expect(r.pensionsByType.previous).toMatchObject({ disability: 1, afp_62_65: 0, total: 1 });
    expect(r.disabilityByGrade).toEqual({
      '<20': 0,
      '20-39': 0,
      '40-59': 0,
      '60-79': 0,
      '80-99': 0,
      '100': 1,
    });
    expect(r.disability).toMatchObject({ disabled: 1, active: 1, averageGrade: 100 });
    expect(r.afpTakeUp.byAge['62']).toEqual({ drawing: 1, active: 0, denominator: 1, takeUp: 100 });
    expect(r.afpTakeUp).toMatchObject({ drawers: 1, fullAfp: 1 });
    expect(r.comparison.total.averageAgeAtFirstDrawing.afp).toBe(61);
    expect(r.comparison.total.averageAge).toMatchObject({ actives: 61, disabled: 57 });
  });

  it('lists an employer whose only membership has no status on either date, with zeros', () => {
    const r = report('2017-12-31');
    expect(r.employers).toEqual({ [E1]: 'Kommune En', [E2]: 'Etat To' });
    expect(r.membershipsByEmployer[E1]).toMatchObject({ active: 1, pensioners: 2, former: 0, total: 3 });
    expect(r.membershipsByEmployer[E1]?.previous).toEqual({ active: 2, pensioners: 1, former: 0, total: 3 });
    expect(r.membershipsByEmployer[E2]).toMatchObject({ active: 0, pensioners: 0, former: 0, total: 0 });
    expect(r.membershipsByEmployer[E2]?.previous).toEqual({ active: 0, pensioners: 0, former: 0, total: 0 });
  });

  it('ages a 29 February birthday as age() does: not yet on 28 February of a common year, on the day in a leap year', () => {
    // 2017-02-28: W (29 Feb 1956) is 60, Y (15 Jun 1955, employment ending on the date) 61.
    const common = report('2017-02-28');
    expect(common.comparison.total.averageAge.actives).toBe(60.5);
    expect(common.ageDistributionOfActives.byProvider.PKH).toMatchObject({ '60-64': 2 });
    // 2016-02-29: W turns 60; Y is 60.
    expect(report('2016-02-29').comparison.total.averageAge.actives).toBe(60);
  });
});
