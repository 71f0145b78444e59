/**
 * Key figures and membership kind (issue #2 review, migration 0009): a person who works for an
 * employer in a scheme and also receives a spouse pension after a member of the same employer and
 * scheme holds two memberships there — their own (active) and a survivor's (pensioner) — and the
 * report counts one of each. Before the kind, both shared one membership, which the pension turned
 * into a pensioner's: the active member vanished from the report.
 *
 * The population is registered through the register's use cases, so it obeys their rules (a spouse
 * pension only on a survivor's membership, employment only on an own one).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/domain/dates';
import type { Ore } from '../../src/domain/money';
import { systemPrincipal } from '../../src/platform/auth/roles';
import { createPerson } from '../../src/register/create-person';
import { createEmployer } from '../../src/register/employers';
import { addEmployment } from '../../src/register/employments';
import { createMembership } from '../../src/register/memberships';
import { addPension } from '../../src/register/pensions';
import { registerDb } from '../../src/register/tables';
import { computeKeyFigures } from '../../src/reports/key-figures/compute';
import type { KeyFiguresReport } from '../../src/reports/key-figures/model';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { fnr } from '../support/identifiers';

const D = '2024-12-31' as IsoDate;
const ORGNR = '910000004';
const date = (s: string) => s as IsoDate;

let t: TestDatabase;
let report: KeyFiguresReport;

beforeAll(async () => {
  t = await createTestDatabase();
  const db = registerDb(t.db);
  const system = systemPrincipal('test');
  await db
    .insertInto('provider')
    .values({ code: 'PKH', name: 'Pensjonskasse H', recorded_by: 'test' })
    .execute();
  await db
    .insertInto('scheme')
    .values({ code: 'PKH-FELLES', provider_code: 'PKH', name: 'Fellesordningen', recorded_by: 'test' })
    .execute();
  const employerId = await createEmployer(db, system, { orgnr: ORGNR, name: 'Kommune En' });
  const membership = async (nationalId: string, name: string, kinds: ('own' | 'survivor')[]) => {
    const personId = await createPerson(db, system, { nationalId, name }, { allowSynthetic: false });
    const ids: number[] = [];
    for (const kind of kinds)
      ids.push(await createMembership(db, system, { personId, employerId, schemeCode: 'PKH-FELLES', kind }));
    return ids;
  };

  // W, born 10 May 1970: works 100 % since 2010 and receives a spouse pension since March 2020.
  const [wOwn = 0, wSurvivor = 0] = await membership(fnr('100570'), 'W Arbeidsen', ['own', 'survivor']);
  await addEmployment(db, system, wOwn, { startDate: date('2010-01-01'), positionPct: 100 });
  await addPension(db, system, wSurvivor, {
    benefit: 'spouse',
    startDate: date('2020-03-01'),
    annualAmount: 9000000 as Ore,
  });
  // V, born 2 February 2010: a child pension only (a survivor's membership and nothing else).
  const [vSurvivor = 0] = await membership(fnr('020210', 500), 'V Barnesen', ['survivor']);
  await addPension(db, system, vSurvivor, {
    benefit: 'child',
    startDate: date('2020-03-01'),
    endDate: date('2030-02-28'),
    annualAmount: 3000000 as Ore,
  });

  report = await computeKeyFigures(t.db, { date: D });
});
afterAll(async () => t?.dispose());

describe('key figures count an own and a survivor membership of one person separately (issue #2 review)', () => {
  it('W is one active and one pensioner membership; V, with only a child pension, one pensioner', () => {
    const row = { active: 1, pensioners: 2, former: 0, total: 3 };
    expect(report.membershipsByProvider.PKH).toMatchObject(row);
    expect(report.membershipsByProvider.PKH?.previous).toEqual(row);
    expect(report.membershipsByEmployer[ORGNR]).toMatchObject(row);
    expect(report.enrolment.byProvider.PKH).toEqual({ enrolled: 1, notEnrolled: null });
  });

  it('counts the spouse and the child pension, and W among the actives and the spouse pensioners by age', () => {
    expect(report.pensionsByType.current).toMatchObject({ spouse: 1, child: 1, total: 2 });
    expect(report.comparison.total.averagePartTimePct).toBe(100);
    expect(report.comparison.total.averageAge).toMatchObject({ actives: 54, spouse: 54 });
    expect(report.disability).toMatchObject({ disabled: 0, active: 1 });
  });
});
