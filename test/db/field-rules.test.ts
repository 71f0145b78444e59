// Issue #22 item 1: one set of field rules for every read path of personal data. The person page
// and the change history show each role the same fields: an employer (or a grant limited to an
// employer) never sees the address or bank account, not even in the history.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldRulesFor } from '../../src/platform/auth/field-rules';
import { ROLES, type Role, type RoleGrant } from '../../src/platform/auth/roles';
import { registerDb } from '../../src/register/tables';
import { createTestApp, type TestApp } from '../support/app';
import { account, fnr, orgnr } from '../support/identifiers';

const ORG = orgnr('96000001');
const KARI = fnr('150365');
const OLD = { address: 'Gamleveien 1, 9501 Alta', accountNumber: account('1503000001') };
const NEW = { address: 'Nyveien 2, 9502 Alta', accountNumber: account('1503000002') };

// What each role sees, written out (not derived from the rules table, so a change there shows here).
// 'full': the number, address and account; 'employer': the number masked, no address or account;
// 'none': the role may not read persons at all (403).
const EXPECTED: Record<Role, 'full' | 'employer' | 'none'> = {
  customer_handler: 'full',
  preparer: 'full',
  case_handler: 'full',
  approver: 'full',
  line_manager: 'full',
  benefits_owner: 'none',
  employer: 'employer',
  member: 'none',
  data_consumer: 'none',
  payments_officer: 'full',
  admin: 'full',
};

let t: TestApp;
let kariId = 0;

beforeAll(async () => {
  t = await createTestApp();
  const db = registerDb(t.ctx.db);
  await db.insertInto('provider').values({ code: 'KLP', name: 'KLP', recorded_by: 'test' }).execute();
  await db
    .insertInto('scheme')
    .values({ code: 'FELLES', provider_code: 'KLP', name: 'Fellesordningen', recorded_by: 'test' })
    .execute();
  const admin = await t.authHeader([{ role: 'admin', orgnr: null }]);
  const post = async (url: string, payload: object, method: 'POST' | 'PATCH' = 'POST') => {
    const res = await t.app.inject({ method, url, headers: admin, payload });
    expect(res.statusCode, `${url} ${res.body}`).toBeLessThan(300);
    return res.json() as { id: number };
  };
  const employer = await post('/api/employers', { orgnr: ORG, name: 'Alta kommune' });
  kariId = (await post('/api/persons', { nationalId: KARI, name: 'Kari Nordmann', ...OLD })).id;
  await post('/api/memberships', { personId: kariId, employerId: employer.id, schemeCode: 'FELLES' });
  await post(`/api/persons/${kariId}`, { ...NEW, validFrom: '2024-01-01', reason: 'moved' }, 'PATCH');
});
afterAll(() => t.close());

const secrets = [OLD.address, OLD.accountNumber, NEW.address, NEW.accountNumber];

async function readAs(grants: RoleGrant[]) {
  const headers = await t.authHeader(grants);
  const person = await t.app.inject({ method: 'GET', url: `/api/persons/${kariId}`, headers });
  const history = await t.app.inject({ method: 'GET', url: `/api/persons/${kariId}/history`, headers });
  return { person, history };
}

describe('the same field rules on the person page and in the history, for every role', () => {
  for (const role of ROLES) {
    it(`${role}: ${EXPECTED[role]}`, async () => {
      const { person, history } = await readAs([{ role, orgnr: role === 'employer' ? ORG : null }]);
      if (EXPECTED[role] === 'none') {
        expect(person.statusCode).toBe(403);
        expect(history.statusCode).toBe(403);
        return;
      }
      expect(person.statusCode).toBe(200);
      expect(history.statusCode).toBe(200);
      const p = person.json() as { nationalId: string; address: string | null; accountNumber: string | null };
      if (EXPECTED[role] === 'full') {
        expect(p).toMatchObject({ nationalId: KARI, ...NEW });
        for (const s of secrets) expect(history.body).toContain(s);
      } else {
        expect(p).toMatchObject({
          nationalId: `${KARI.slice(0, 6)}*****`,
          address: null,
          accountNumber: null,
        });
        for (const s of secrets) expect(history.body).not.toContain(s);
        expect(history.body).not.toContain(KARI);
        const fields = (history.json() as { changes: { fields: { field: string }[] }[] }).changes.flatMap(
          (c) => c.fields.map((f) => f.field),
        );
        expect(fields).not.toContain('address');
        expect(fields).not.toContain('accountNumber');
        expect(fields).toContain('name');
      }
    });
  }

  it('a staff role limited to one employer sees what an employer sees', async () => {
    const { person, history } = await readAs([{ role: 'case_handler', orgnr: ORG }]);
    expect(person.json()).toMatchObject({ address: null, accountNumber: null });
    for (const s of secrets) expect(history.body).not.toContain(s);
  });

  it('several grants: the most any one of them allows', () => {
    const rules = fieldRulesFor({
      userId: 1,
      username: 'x',
      displayName: 'x',
      grants: [
        { role: 'employer', orgnr: ORG },
        { role: 'customer_handler', orgnr: null },
      ],
    });
    expect(rules).toEqual({ nationalId: 'full', address: 'full', accountNumber: 'full' });
  });
});
