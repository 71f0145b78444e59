/**
 * Issue #6, key figures: exact figures of a hand-built population (key-figures.population.ts) on
 * 2017-12-31, checking every definition of the status contract (migration-import.md "Status on a
 * date") and every key of the JSON contract (key-figures.md).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/domain/dates';
import { computeKeyFigures } from '../../src/reports/key-figures/compute';
import { KeyFiguresReport } from '../../src/reports/key-figures/model';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { D, E1, E2, insertPopulation } from './key-figures.population';

let t: TestDatabase;
let report: KeyFiguresReport;

beforeAll(async () => {
  t = await createTestDatabase();
  await insertPopulation(t.db);
  report = await computeKeyFigures(t.db, { date: D as IsoDate });
});
afterAll(async () => t?.dispose());

const row = (active: number, pensioners: number, former: number) => ({
  active,
  pensioners,
  former,
  total: active + pensioners + former,
});

describe('key figures on 2017-12-31 (issue #6)', () => {
  it('matches the JSON contract schema, with dates', () => {
    expect(KeyFiguresReport.parse(report)).toEqual(report);
    expect(report.date).toBe('2017-12-31');
    expect(report.previousDate).toBe('2016-12-31');
    expect(report.financeYear).toBe(2017);
    expect(report.providers).toEqual({ PKH: 'Pensjonskasse H', SPK: 'Statens pensjonskasse' });
    expect(report.employers).toEqual({ [E1]: 'Kommune En', [E2]: 'Etat To' });
  });

  it('counts memberships by status per provider: pensioner wins over active, dead not counted, two memberships count twice', () => {
    const p = report.membershipsByProvider;
    expect(Object.keys(p)).toEqual(['PKH', 'SPK', 'total']);
    // PKH: actives A, C (ends on D), E, T; pensioners B (50 % disabled, working), J (spouse), M, Q, R.
    // Dd starts the day after D and K died in 2016: neither is counted.
    expect(p.PKH).toMatchObject(row(4, 5, 0));
    expect(p.PKH?.previous).toEqual(row(5, 3, 0));
    // SPK: actives E (second membership), N; pensioners G, H, I, O, S, U; former L. F died in 2017.
    expect(p.SPK).toMatchObject(row(2, 6, 1));
    expect(p.SPK?.previous).toEqual(row(3, 5, 2));
    expect(p.total).toMatchObject(row(6, 11, 1));
    expect(p.total?.previous).toEqual(row(8, 8, 2));
  });

  it('counts memberships by status per employer, with shares of the row total and change from last year', () => {
    const e = report.membershipsByEmployer;
    expect(Object.keys(e)).toEqual([E1, E2, 'total']);
    expect(e[E1]).toMatchObject(row(3, 6, 0));
    expect(e[E1]?.previous).toEqual(row(5, 3, 1));
    expect(e[E2]).toMatchObject(row(3, 5, 1));
    expect(e[E2]?.previous).toEqual(row(3, 5, 1));
    expect(e.total?.shares).toEqual({ active: 33.33, pensioners: 61.11, former: 5.56 });
    expect(e[E1]?.shares).toEqual({ active: 33.33, pensioners: 66.67, former: 0 });
    expect(e.total?.change).toEqual({
      active: { number: -2, percent: -25 },
      pensioners: { number: 3, percent: 37.5 },
      former: { number: -1, percent: -50 },
      total: { number: 0, percent: 0 },
    });
  });

  it('counts pensions in payment by type now and a year earlier (a pension from 1 January counts now; a death during the year counts only last year)', () => {
    expect(report.pensionsByType.current).toEqual({
      rule_85: 1,
      afp_62_65: 1,
      afp_65_67: 1,
      old_age: 2,
      spouse: 1,
      child: 1,
      disability: 4,
      total: 11,
    });
    expect(report.pensionsByType.previous).toEqual({
      rule_85: 1,
      afp_62_65: 0,
      afp_65_67: 1,
      old_age: 2,
      spouse: 1,
      child: 1,
      disability: 2,
      total: 8,
    });
    expect(report.pensionsByType.change).toEqual({
      rule_85: { number: 0, percent: 0 },
      afp_62_65: { number: 1, percent: null },
      afp_65_67: { number: 0, percent: 0 },
      old_age: { number: 0, percent: 0 },
      spouse: { number: 0, percent: 0 },
      child: { number: 0, percent: 0 },
      disability: { number: 2, percent: 100 },
      total: { number: 3, percent: 37.5 },
    });
  });

  it('bands disability grades: 19.99 below 20, exactly 20 in 20-39, 50 in 40-59, exactly 100 in 100', () => {
    expect(report.disabilityByGrade).toEqual({
      '<20': 1,
      '20-39': 1,
      '40-59': 1,
      '60-79': 0,
      '80-99': 0,
      '100': 1,
    });
    // (50 + 20 + 100 + 19.99) / 4 = 47.4975; 4 disabled / (6 active + 4 disabled)
    expect(report.disability).toEqual({ disabled: 4, active: 6, disabilityShare: 40, averageGrade: 47.5 });
  });

  it('gives AFP take-up by age 62–66 over actives + drawers of that age, and the share on full AFP', () => {
    expect(report.afpTakeUp.byAge).toEqual({
      '62': { drawing: 0, active: 0, denominator: 0, takeUp: null },
      '63': { drawing: 1, active: 1, denominator: 2, takeUp: 50 },
      '64': { drawing: 0, active: 0, denominator: 0, takeUp: null },
      '65': { drawing: 0, active: 0, denominator: 0, takeUp: null },
      '66': { drawing: 1, active: 0, denominator: 1, takeUp: 100 },
    });
    expect(report.afpTakeUp).toMatchObject({ drawers: 2, fullAfp: 1, fullAfpShare: 50 });
  });

  it('reports enrolled (active) memberships and no invented not-enrolled figure', () => {
    expect(report.enrolment.byProvider).toEqual({
      PKH: { enrolled: 4, notEnrolled: null },
      SPK: { enrolled: 2, notEnrolled: null },
      total: { enrolled: 6, notEnrolled: null },
    });
    expect(report.enrolment.byEmployer[E2]).toEqual({ enrolled: 3, notEnrolled: null });
  });

  it('distributes actives by five-year age band and counts members born 1963 or later per provider', () => {
    const zero = Object.fromEntries(report.ageDistributionOfActives.bands.map((b) => [b, 0]));
    expect(report.ageDistributionOfActives.byProvider.PKH).toEqual({
      ...zero,
      '20-24': 1,
      '35-39': 1,
      '45-49': 1,
      '55-59': 1,
    });
    expect(report.ageDistributionOfActives.byProvider.SPK).toEqual({ ...zero, '55-59': 1, '60-64': 1 });
    expect(report.ageDistributionOfActives.byProvider.total).toEqual({
      ...zero,
      '20-24': 1,
      '35-39': 1,
      '45-49': 1,
      '55-59': 2,
      '60-64': 1,
    });
    expect(report.bornFrom1963ByProvider).toEqual({
      PKH: { members: 5, active: 3 },
      SPK: { members: 3, active: 0 },
      total: { members: 8, active: 3 },
    });
  });

  it('breaks pensions down by type, provider and employer', () => {
    expect(report.pensionsByTypeProviderEmployer).toEqual({
      rule_85: { SPK: { [E1]: 1 } },
      afp_62_65: { PKH: { [E1]: 1 } },
      afp_65_67: { SPK: { [E2]: 1 } },
      old_age: { PKH: { [E2]: 1 }, SPK: { [E1]: 1 } },
      spouse: { PKH: { [E1]: 1 } },
      child: { PKH: { [E2]: 1 } },
      disability: { PKH: { [E1]: 1 }, SPK: { [E1]: 1, [E2]: 2 } },
    });
  });

  it('takes finance for the year of the date in whole kroner (half up)', () => {
    expect(report.finance).toEqual({
      PKH: { [E1]: { premium: 1000001, premiumReserve: 25000000, pensionCost: 750000 } },
      SPK: { [E2]: { premium: 500000, premiumReserve: 8000000, pensionCost: 300000 } },
    });
    expect(report.financeTotals.total).toEqual({
      premium: 1500001,
      premiumReserve: 33000000,
      pensionCost: 1050000,
    });
  });

  it('compares each employer with the total: part-time, disability, average ages, age at first drawing (former members excluded)', () => {
    const total = report.comparison.total;
    expect(total).toEqual({
      memberships: row(6, 11, 1),
      averagePartTimePct: 80, // (100 + 80 + 60 + 40 + 100 + 100) / 6
      disabled: 4,
      disabilityShare: 40,
      averageDisabilityGrade: 47.5,
      averageAge: { actives: 47.17, disabled: 49.5, oldAge: 69.5, spouse: 65, former: 45 },
      // M drew AFP at 62, B disability at 51, H at 42; U drew old-age as a former member: excluded.
      averageAgeAtFirstDrawing: { afp: 62, rule_85: null, old_age: null, disability: 46.5 },
    });
    expect(report.comparison.fund).toEqual(total);
    expect(report.comparison.byEmployer[E2]).toEqual({
      memberships: row(3, 5, 1),
      averagePartTimePct: 80,
      disabled: 2,
      disabilityShare: 40,
      averageDisabilityGrade: 60,
      averageAge: { actives: 47.33, disabled: 48.5, oldAge: 72, spouse: null, former: 45 },
      averageAgeAtFirstDrawing: { afp: null, rule_85: null, old_age: null, disability: 42 },
    });
    const e1 = report.comparison.byEmployer[E1];
    expect(e1?.averageAge).toEqual({ actives: 47, disabled: 50.5, oldAge: 67, spouse: 65, former: null });
    expect(e1?.averageDisabilityGrade).toBeCloseTo(34.995, 1);
    expect(e1?.averageAgeAtFirstDrawing).toEqual({ afp: 62, rule_85: null, old_age: null, disability: 51 });
  });

  it('limits rows to one employer with the employer filter while the fund comparison stays whole', async () => {
    const only = await computeKeyFigures(t.db, { date: D as IsoDate, employers: [E2] });
    expect(only.scope.employers).toEqual([E2]);
    expect(Object.keys(only.membershipsByEmployer)).toEqual([E2, 'total']);
    expect(only.membershipsByEmployer.total).toMatchObject(row(3, 5, 1));
    expect(only.membershipsByProvider.PKH).toMatchObject(row(1, 2, 0));
    expect(only.membershipsByProvider.SPK).toMatchObject(row(2, 3, 1));
    expect(only.pensionsByType.current).toMatchObject({
      old_age: 1,
      child: 1,
      afp_65_67: 1,
      disability: 2,
      total: 5,
    });
    expect(only.finance).toEqual({
      SPK: { [E2]: { premium: 500000, premiumReserve: 8000000, pensionCost: 300000 } },
    });
    expect(only.employers).toEqual({ [E2]: 'Etat To' });
    expect(only.comparison.fund.memberships).toEqual(row(6, 11, 1));
  });

  it('rejects an unknown employer', async () => {
    await expect(computeKeyFigures(t.db, { date: D as IsoDate, employers: ['999999999'] })).rejects.toThrow(
      /no employer with orgnr 999999999/,
    );
  });
});
