/**
 * The register API (issue #2, items 3, 7 and 8): persons, employers, memberships, employments and
 * pensions over HTTP, with bearer tokens, employer scoping, the access log, the audit log and history.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mod11ControlDigit } from '../../src/domain/identifiers';
import { registerDb } from '../../src/register/tables';
import { createTestApp, type TestApp } from '../support/app';

/** A valid fødselsnummer for a birth date (DDMMYY) and an individual number 0–499 (born 1900–1999). */
function fnr(ddmmyy: string, start = 100): string {
  for (let ind = start; ind < 500; ind++) {
    const nine = `${ddmmyy}${String(ind).padStart(3, '0')}`;
    const d = Array.from(nine, Number);
    const k1 = mod11ControlDigit(d, [3, 7, 6, 1, 8, 9, 4, 5, 2]);
    if (k1 === undefined) continue;
    const k2 = mod11ControlDigit([...d, k1], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
    if (k2 === undefined) continue;
    return `${nine}${k1}${k2}`;
  }
  throw new Error('no number');
}
function orgnr(eight: string): string {
  const k = mod11ControlDigit(Array.from(eight, Number), [3, 2, 7, 6, 5, 4, 3, 2]);
  if (k === undefined) return orgnr(String(Number(eight) + 1));
  return `${eight}${k}`;
}
function account(ten: string): string {
  const k = mod11ControlDigit(Array.from(ten, Number), [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
  if (k === undefined) return account(String(Number(ten) + 1));
  return `${ten}${k}`;
}

let t: TestApp & { testDb: { url: string | undefined } };
let admin: { authorization: string };
let handler: { authorization: string };
const ORG_A = orgnr('97400000');
const ORG_B = orgnr('98100000');
const KARI = fnr('150365');
const OLA = fnr('020858');
let employerA = 0;
let employerB = 0;
let kariId = 0;
let olaId = 0;
let kariMembership = 0;

type Json = Record<string, unknown>;
async function call(
  method: 'GET' | 'POST' | 'PATCH',
  url: string,
  headers: { authorization: string } | undefined,
  payload?: Json,
) {
  const res = await t.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
  return {
    status: res.statusCode,
    body: res.json() as Json & { errors?: { path: string; message: string }[] },
  };
}

beforeAll(async () => {
  t = await createTestApp();
  const db = registerDb(t.ctx.db);
  await db.insertInto('provider').values({ code: 'KLP', name: 'KLP', recorded_by: 'test' }).execute();
  await db
    .insertInto('scheme')
    .values({ code: 'FELLES', provider_code: 'KLP', name: 'Fellesordningen', recorded_by: 'test' })
    .execute();
  admin = await t.authHeader([{ role: 'admin', orgnr: null }]);
  handler = await t.authHeader([{ role: 'case_handler', orgnr: null }]);

  employerA = (await call('POST', '/api/employers', admin, { orgnr: ORG_A, name: 'Alta kommune' })).body
    .id as number;
  employerB = (await call('POST', '/api/employers', admin, { orgnr: ORG_B, name: 'Bodø kommune' })).body
    .id as number;
  kariId = (await call('POST', '/api/persons', handler, { nationalId: KARI, name: 'Kari Nordmann' })).body
    .id as number;
  olaId = (await call('POST', '/api/persons', handler, { nationalId: OLA, name: 'Ola Hansen' })).body
    .id as number;
  kariMembership = (
    await call('POST', '/api/memberships', handler, {
      personId: kariId,
      employerId: employerA,
      schemeCode: 'FELLES',
    })
  ).body.id as number;
  await call('POST', '/api/memberships', handler, {
    personId: olaId,
    employerId: employerB,
    schemeCode: 'FELLES',
  });
});
afterAll(async () => {
  await t?.close();
});

describe('staff access: bearer token, permissions, employer scope (item 7)', () => {
  it('answers 401 without a token', async () => {
    const r = await call('GET', `/api/persons/${kariId}`, undefined);
    expect(r.status).toBe(401);
    expect(r.body.errors?.[0]?.message).toMatch(/bearer token/);
  });

  it('answers 403 for a role without person:read', async () => {
    const owner = await t.authHeader([{ role: 'benefits_owner', orgnr: null }]);
    expect((await call('GET', `/api/persons/${kariId}`, owner)).status).toBe(403);
    expect((await call('POST', '/api/persons/search', owner, { query: 'Kari' })).status).toBe(403);
  });

  it('an employer-scoped user reads its own employees and gets 403 for anyone else', async () => {
    const hr = await t.authHeader([{ role: 'employer', orgnr: ORG_A }]);
    const own = await call('GET', `/api/persons/${kariId}`, hr);
    expect(own.status).toBe(200);
    expect((own.body.memberships as { employer: { orgnr: string } }[]).map((m) => m.employer.orgnr)).toEqual([
      ORG_A,
    ]);
    const other = await call('GET', `/api/persons/${olaId}`, hr);
    expect(other.status).toBe(403);
    expect((await call('GET', `/api/persons/${olaId}/history`, hr)).status).toBe(403);
  });

  it('an employer-scoped user finds only persons with a membership at its employers', async () => {
    const hr = await t.authHeader([{ role: 'employer', orgnr: ORG_A }]);
    const byName = await call('POST', '/api/persons/search', hr, { query: 'a' + 'n' });
    expect((byName.body.results as { id: number }[]).map((r) => r.id)).toEqual([kariId]);
    const byNumber = await call('POST', '/api/persons/search', hr, { query: OLA });
    expect(byNumber.body.results).toEqual([]);
  });

  it('employers: a scoped user lists only its own; 404 for an unknown id', async () => {
    const hr = await t.authHeader([{ role: 'employer', orgnr: ORG_B }]);
    const list = await call('GET', '/api/employers', hr);
    expect(list.body.employers).toEqual([
      { id: employerB, orgnr: ORG_B, name: 'Bodø kommune', memberships: 1 },
    ]);
    expect((await call('GET', `/api/employers/${employerA}`, hr)).status).toBe(403);
    expect((await call('GET', '/api/employers/999999', admin)).status).toBe(404);
  });
});

describe('member search (item 8)', () => {
  it('finds by name: every word must match, case-insensitive', async () => {
    const r = await call('POST', '/api/persons/search', handler, { query: 'nordm KARI' });
    expect(r.status).toBe(200);
    expect(r.body.results).toEqual([
      {
        id: kariId,
        name: 'Kari Nordmann',
        birthDate: '1965-03-15',
        nationalIdMasked: '150365*****',
        deathDate: null,
      },
    ]);
    const none = await call('POST', '/api/persons/search', handler, { query: 'kari hansen' });
    expect(none.body.results).toEqual([]);
  });

  it('finds by national identity number, exactly', async () => {
    const r = await call('POST', '/api/persons/search', handler, { query: OLA });
    expect((r.body.results as { id: number }[]).map((x) => x.id)).toEqual([olaId]);
  });

  it('writes one access-log row per person returned, with the actor and the purpose', async () => {
    const hr = await t.authHeader([{ role: 'customer_handler', orgnr: null }]);
    await call('POST', '/api/persons/search', hr, { query: 'Hansen', purpose: 'phone call from member' });
    const log = await call('GET', `/api/persons/${olaId}/access-log`, admin);
    expect(log.status).toBe(200);
    const entries = log.body.entries as { actor: string; purpose: string; what: string }[];
    expect(entries[0]).toMatchObject({ purpose: 'phone call from member', what: 'search result' });
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: hr });
    expect(entries[0]?.actor).toBe(me.json().username);
  });

  it('reading a person writes an access-log row (default purpose view); the access log needs audit:read', async () => {
    await call('GET', `/api/persons/${kariId}?purpose=case%2042`, handler);
    await call('GET', `/api/persons/${kariId}`, handler);
    const log = await call('GET', `/api/persons/${kariId}/access-log`, admin);
    const purposes = (log.body.entries as { purpose: string }[]).map((e) => e.purpose);
    expect(purposes.slice(0, 2)).toEqual(['view', 'case 42']);
    expect((await call('GET', `/api/persons/${kariId}/access-log`, handler)).status).toBe(403);
  });

  it('rejects a query that is too short with 400 naming the field', async () => {
    const r = await call('POST', '/api/persons/search', handler, { query: 'a' });
    expect(r.status).toBe(400);
    expect(r.body.errors?.[0]?.path).toBe('query');
  });
});

describe('persons: create and change (items 3 and 8)', () => {
  it('rejects a bad number, a birth date that disagrees, and a duplicate', async () => {
    const bad = await call('POST', '/api/persons', handler, { nationalId: '15036512345', name: 'X' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors?.[0]?.path).toBe('nationalId');
    const disagree = await call('POST', '/api/persons', handler, {
      nationalId: fnr('010170'),
      name: 'Y',
      birthDate: '1970-01-02',
    });
    expect(disagree.status).toBe(400);
    expect(disagree.body.errors?.[0]?.path).toBe('birthDate');
    const dup = await call('POST', '/api/persons', handler, { nationalId: KARI, name: 'Kari Again' });
    expect(dup.status).toBe(409);
  });

  it('PATCH rejects a bad account number with 400 on accountNumber, and a death before birth', async () => {
    const r = await call('PATCH', `/api/persons/${kariId}`, handler, {
      accountNumber: '12345678901',
      validFrom: '2025-01-01',
      reason: 'member called',
    });
    expect(r.status).toBe(400);
    expect(r.body.errors?.map((e) => e.path)).toEqual(['accountNumber']);
    const death = await call('PATCH', `/api/persons/${kariId}`, handler, {
      deathDate: '1960-01-01',
      validFrom: '2025-01-01',
      reason: 'x',
    });
    expect(death.status).toBe(400);
    expect(death.body.errors?.[0]?.path).toBe('deathDate');
  });

  it('PATCH rejects a date that does not exist with 400 on its field', async () => {
    const r = await call('PATCH', `/api/persons/${kariId}`, handler, {
      validFrom: '2023-02-29',
      reason: 'x',
    });
    expect(r.status).toBe(400);
    expect(r.body.errors?.[0]?.path).toBe('validFrom');
  });

  it('PATCH keeps the old version in history, writes an audit row with the reason, and /history shows from→to', async () => {
    const acct = account('1503123456');
    const r = await call('PATCH', `/api/persons/${olaId}`, handler, {
      name: 'Ola Hansen Berg',
      accountNumber: acct,
      validFrom: '2025-02-01',
      reason: 'marriage certificate',
    });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ name: 'Ola Hansen Berg', accountNumber: acct, validFrom: '2025-02-01' });

    const db = registerDb(t.ctx.db);
    const old = await db
      .selectFrom('person_history')
      .select(['name', 'account_number'])
      .where('id', '=', olaId)
      .execute();
    expect(old).toEqual([{ name: 'Ola Hansen', account_number: null }]);
    const audit = await db
      .selectFrom('audit_log')
      .select(['action', 'reason'])
      .where('entity', '=', 'person')
      .where('entity_id', '=', String(olaId))
      .where('action', '=', 'update')
      .execute();
    expect(audit).toEqual([{ action: 'update', reason: 'marriage certificate' }]);

    const h = await call('GET', `/api/persons/${olaId}/history`, handler);
    expect(h.status).toBe(200);
    const changes = h.body.changes as { entity: string; action: string; by: string; fields: Json[] }[];
    const change = changes.find((c) => c.entity === 'person' && c.action === 'changed');
    expect(change?.fields).toEqual(
      expect.arrayContaining([
        { field: 'name', from: 'Ola Hansen', to: 'Ola Hansen Berg' },
        { field: 'accountNumber', from: null, to: acct },
      ]),
    );
    expect(changes.some((c) => c.entity === 'person' && c.action === 'created')).toBe(true);
    // newest first
    expect(changes.indexOf(change as (typeof changes)[number])).toBeLessThan(
      changes.findIndex((c) => c.entity === 'person' && c.action === 'created'),
    );
  });
});

describe('employments and pensions (item 3)', () => {
  it('adds a period with salary in kroner (two decimals) and rejects an overlap with 400 on startDate', async () => {
    const first = await call('POST', `/api/memberships/${kariMembership}/employments`, handler, {
      startDate: '2010-01-01',
      endDate: '2015-12-31',
      positionPct: 100,
      annualSalary: 650000.5,
      ageLimit: 70,
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      startDate: '2010-01-01',
      endDate: '2015-12-31',
      annualSalary: 650000.5,
    });
    const db = registerDb(t.ctx.db);
    const row = await db
      .selectFrom('employment')
      .select('annual_salary')
      .where('id', '=', first.body.id as number)
      .executeTakeFirstOrThrow();
    expect(row.annual_salary).toBe(65000050); // øre

    const overlap = await call('POST', `/api/memberships/${kariMembership}/employments`, handler, {
      startDate: '2015-12-31',
      positionPct: 50,
    });
    expect(overlap.status).toBe(400);
    expect(overlap.body.errors?.[0]?.path).toBe('startDate');
    expect(overlap.body.errors?.[0]?.message).toMatch(/2010-01-01/);

    const next = await call('POST', `/api/memberships/${kariMembership}/employments`, handler, {
      startDate: '2016-01-01',
      positionPct: 50,
      annualSalary: 700000,
    });
    expect(next.status).toBe(201);
  });

  it('rejects bad input by field: a non-existent date, three decimals of kroner, a reversed period', async () => {
    const url = `/api/memberships/${kariMembership}/employments`;
    const badDate = await call('POST', url, handler, { startDate: '2030-02-30', positionPct: 10 });
    expect(badDate.status).toBe(400);
    expect(badDate.body.errors?.[0]?.path).toBe('startDate');
    const money = await call('POST', url, handler, {
      startDate: '2040-01-01',
      positionPct: 10,
      annualSalary: 1.005,
    });
    expect(money.status).toBe(400);
    expect(money.body.errors?.[0]?.path).toBe('annualSalary');
    const reversed = await call('POST', url, handler, {
      startDate: '2040-01-01',
      endDate: '2039-01-01',
      positionPct: 10,
    });
    expect(reversed.status).toBe(400);
    expect(reversed.body.errors?.[0]?.path).toBe('endDate');
    const noMembership = await call('POST', '/api/memberships/999999/employments', handler, {
      startDate: '2040-01-01',
      positionPct: 10,
    });
    expect(noMembership.status).toBe(404);
  });

  it('a disability pension makes the still-working member a pensioner today (status by the contract)', async () => {
    const p = await call('POST', `/api/memberships/${kariMembership}/pensions`, handler, {
      benefit: 'disability',
      startDate: '2020-01-01',
      gradePct: 50,
      annualAmount: 120000.25,
    });
    expect(p.status).toBe(201);
    expect(p.body).toMatchObject({
      benefit: 'disability',
      gradePct: 50,
      annualAmount: 120000.25,
      endDate: null,
    });
    const person = await call('GET', `/api/persons/${kariId}`, handler);
    const m = (person.body.memberships as Json[])[0];
    expect(m).toMatchObject({ id: kariMembership, status: 'pensioner' });
    expect(m?.employments).toHaveLength(2);

    const ended = await call('PATCH', `/api/pensions/${p.body.id}`, handler, {
      endDate: '2021-12-31',
      reason: 'recovered',
    });
    expect(ended.status).toBe(200);
    const after = await call('GET', `/api/memberships/${kariMembership}`, handler);
    expect(after.body.status).toBe('active');
  });

  it('ending an employment shows as "ended" in the history with the old and new end date', async () => {
    const person = await call('GET', `/api/persons/${kariId}`, handler);
    const memberships = person.body.memberships as {
      employments: { id: number; endDate: string | null }[];
    }[];
    const open = memberships[0]?.employments.find((e) => e.endDate === null);
    const r = await call('PATCH', `/api/employments/${open?.id}`, handler, {
      endDate: '2024-06-30',
      reason: 'resigned',
    });
    expect(r.status).toBe(200);
    const h = await call('GET', `/api/persons/${kariId}/history`, handler);
    const change = (
      h.body.changes as { entity: string; entityId: number; action: string; fields: Json[] }[]
    ).find((c) => c.entity === 'employment' && c.entityId === open?.id && c.action === 'ended');
    expect(change?.fields).toEqual([{ field: 'endDate', from: null, to: '2024-06-30' }]);
  });

  it('lists schemes with their provider', async () => {
    const r = await call('GET', '/api/schemes', handler);
    expect(r.body.schemes).toEqual([
      { code: 'FELLES', name: 'Fellesordningen', providerCode: 'KLP', providerName: 'KLP' },
    ]);
  });
});

describe('member search ranks the best match first, then by name (item 8)', () => {
  it('a whole-word match of the query comes before a name that merely contains it', async () => {
    await call('POST', '/api/persons', handler, { nationalId: fnr('241272'), name: 'Kristin Johansen' });
    await call('POST', '/api/persons', handler, { nationalId: fnr('300480'), name: 'Per Hansen' });
    const r = await call('POST', '/api/persons/search', handler, { query: 'hansen' });
    expect((r.body.results as { name: string }[]).map((x) => x.name)).toEqual([
      'Per Hansen',
      'Ola Hansen Berg',
      'Kristin Johansen',
    ]);
    const limited = await call('POST', '/api/persons/search', handler, { query: 'hansen', limit: 1 });
    expect(limited.body.results).toHaveLength(1);
  });
});

describe('review findings (issue #6 on issue #2)', () => {
  it('an employer sees its employees memberships, not their identity or bank details (product brief)', async () => {
    const acct = account('1503999999');
    const r = await call('PATCH', `/api/persons/${kariId}`, handler, {
      address: 'Storgata 1, 9510 Alta',
      accountNumber: acct,
      validFrom: '2025-03-01',
      reason: 'member moved',
    });
    expect(r.status).toBe(200);
    await call('POST', '/api/memberships', handler, {
      personId: kariId,
      employerId: employerB,
      schemeCode: 'FELLES',
    });

    const hr = await t.authHeader([{ role: 'employer', orgnr: ORG_A }]);
    const seen = await call('GET', `/api/persons/${kariId}`, hr);
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({
      nationalId: '150365*****',
      name: 'Kari Nordmann',
      address: null,
      accountNumber: null,
    });
    expect((seen.body.memberships as { employer: { orgnr: string } }[]).map((m) => m.employer.orgnr)).toEqual(
      [ORG_A],
    );

    // Staff reaching every employer still see everything.
    const staff = await call('GET', `/api/persons/${kariId}`, handler);
    expect(staff.body).toMatchObject({
      nationalId: KARI,
      address: 'Storgata 1, 9510 Alta',
      accountNumber: acct,
    });
    expect(
      (staff.body.memberships as { employer: { orgnr: string } }[]).map((m) => m.employer.orgnr),
    ).toEqual([ORG_A, ORG_B]);
  });

  it('POST /api/persons shows the new person and writes an access-log row with purpose create', async () => {
    const creator = await t.authHeader([{ role: 'case_handler', orgnr: null }]);
    const created = await call('POST', '/api/persons', creator, {
      nationalId: fnr('111188'),
      name: 'Siri Berg',
    });
    expect(created.status).toBe(201);
    const log = await call('GET', `/api/persons/${created.body.id}/access-log`, admin);
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: creator });
    expect(log.body.entries).toEqual([
      expect.objectContaining({
        actor: me.json().username,
        purpose: 'create',
        what: 'person with memberships',
      }),
    ]);
  });

  it('percentages (numeric(5,2)) with more than two decimals are rejected with 400 naming the field', async () => {
    const employments = `/api/memberships/${kariMembership}/employments`;
    const bad = await call('POST', employments, handler, { startDate: '2050-01-01', positionPct: 33.333 });
    expect(bad.status).toBe(400);
    expect(bad.body.errors?.map((e) => e.path)).toEqual(['positionPct']);
    const change = await call('PATCH', '/api/employments/1', handler, { positionPct: 12.345, reason: 'x' });
    expect(change.status).toBe(400);
    expect(change.body.errors?.map((e) => e.path)).toEqual(['positionPct']);
    const grade = await call('POST', `/api/memberships/${kariMembership}/pensions`, handler, {
      benefit: 'disability',
      startDate: '2050-01-01',
      gradePct: 50.125,
      annualAmount: 1000,
    });
    expect(grade.status).toBe(400);
    expect(grade.body.errors?.map((e) => e.path)).toEqual(['gradePct']);

    const good = await call('POST', employments, handler, { startDate: '2050-01-01', positionPct: 33.33 });
    expect(good.status).toBe(201);
    expect(good.body.positionPct).toBe(33.33);
  });
});
