/**
 * The register API (issue #2, items 3, 7 and 8): persons, employers, memberships, employments and
 * pensions over HTTP, with bearer tokens, employer scoping, the access log, the audit log and history.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerDb } from '../../src/register/tables';
import { createTestApp, type TestApp } from '../support/app';
import { account, fnr, orgnr } from '../support/identifiers';

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

  it('an employer-scoped user reads its own employees and gets 404 for anyone else, as for no one', async () => {
    const hr = await t.authHeader([{ role: 'employer', orgnr: ORG_A }]);
    const own = await call('GET', `/api/persons/${kariId}`, hr);
    expect(own.status).toBe(200);
    expect((own.body.memberships as { employer: { orgnr: string } }[]).map((m) => m.employer.orgnr)).toEqual([
      ORG_A,
    ]);
    const nobody = await call('GET', '/api/persons/999999', hr);
    expect(nobody).toEqual({ status: 404, body: { errors: [{ path: '', message: 'person not found' }] } });
    expect(await call('GET', `/api/persons/${olaId}`, hr)).toEqual(nobody);
    expect(await call('GET', `/api/persons/${olaId}/history`, hr)).toEqual(nobody);
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
        memberships: [{ employer: 'Alta kommune', kind: 'own', status: null }],
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

/** A new person with an own membership at `employerId` (FELLES), and its first employment period. */
async function member(ddmmyy: string, name: string, employerId: number, employment?: Json) {
  const personId = (await call('POST', '/api/persons', handler, { nationalId: fnr(ddmmyy), name })).body
    .id as number;
  const membership = await call('POST', '/api/memberships', handler, {
    personId,
    employerId,
    schemeCode: 'FELLES',
  });
  const employmentId = employment
    ? ((await call('POST', `/api/memberships/${membership.body.id}/employments`, handler, employment)).body
        .id as number)
    : 0;
  return { personId, membershipId: membership.body.id as number, kind: membership.body.kind, employmentId };
}

describe("membership kind: a survivor's pension has its own membership (issue #2 review, migration 0009)", () => {
  let liv: Awaited<ReturnType<typeof member>>;
  let survivorMembership = 0;

  beforeAll(async () => {
    liv = await member('070781', 'Liv Enkesen', employerA, {
      startDate: '2015-01-01',
      positionPct: 100,
      annualSalary: 550000,
    });
  });

  it("a membership is the person's own by default, and the API says so", async () => {
    expect(liv.kind).toBe('own');
    const m = await call('GET', `/api/memberships/${liv.membershipId}`, handler);
    expect(m.body).toMatchObject({ id: liv.membershipId, kind: 'own', status: 'active' });
  });

  it("a survivor's membership at the same employer and scheme is a second membership; a second one is a conflict", async () => {
    const body = { personId: liv.personId, employerId: employerA, schemeCode: 'FELLES', kind: 'survivor' };
    const r = await call('POST', '/api/memberships', handler, body);
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ kind: 'survivor', status: null, employments: [], pensions: [] });
    survivorMembership = r.body.id as number;
    const again = await call('POST', '/api/memberships', handler, body);
    expect(again.status).toBe(409);
    expect(again.body.errors?.[0]).toMatchObject({
      path: 'schemeCode',
      message: expect.stringMatching(/survivor/),
    });
    const own = await call('POST', '/api/memberships', handler, { ...body, kind: 'own' });
    expect(own.status).toBe(409);
    const bad = await call('POST', '/api/memberships', handler, { ...body, kind: 'widow' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors?.map((e) => e.path)).toEqual(['kind']);
  });

  it("a spouse or child pension needs the survivor's membership, any other benefit an own one (400 on benefit)", async () => {
    const spouseOnOwn = await call('POST', `/api/memberships/${liv.membershipId}/pensions`, handler, {
      benefit: 'spouse',
      startDate: '2023-01-01',
      annualAmount: 90000,
    });
    expect(spouseOnOwn.status).toBe(400);
    expect(spouseOnOwn.body.errors).toEqual([
      { path: 'benefit', message: expect.stringMatching(/survivor's membership of kind 'survivor'/) },
    ]);
    const oldAgeOnSurvivor = await call('POST', `/api/memberships/${survivorMembership}/pensions`, handler, {
      benefit: 'old_age',
      startDate: '2023-01-01',
      annualAmount: 90000,
    });
    expect(oldAgeOnSurvivor.status).toBe(400);
    expect(oldAgeOnSurvivor.body.errors).toEqual([
      { path: 'benefit', message: expect.stringMatching(/kind 'own'/) },
    ]);
    const spouse = await call('POST', `/api/memberships/${survivorMembership}/pensions`, handler, {
      benefit: 'spouse',
      startDate: '2023-01-01',
      annualAmount: 90000,
    });
    expect(spouse.status).toBe(201);
    const child = await call('POST', `/api/memberships/${survivorMembership}/pensions`, handler, {
      benefit: 'child',
      startDate: '2023-01-01',
      endDate: '2030-12-31',
      annualAmount: 30000,
    });
    expect(child.status).toBe(201);
  });

  it("a survivor's pension names the deceased member: dead before it starts, with an own membership in the scheme at the employer", async () => {
    const per = await member('120352', 'Per Avdød', employerA, { startDate: '1990-01-01', positionPct: 100 });
    const other = await member('230463', 'Ola Annensted', employerB);
    const pensions = `/api/memberships/${survivorMembership}/pensions`;
    const spouse = (deceasedPersonId: number, startDate = '2024-01-01') =>
      call('POST', pensions, handler, {
        benefit: 'spouse',
        startDate,
        annualAmount: 80000,
        deceasedPersonId,
      });
    const problems = async (r: Awaited<ReturnType<typeof spouse>>) => {
      expect(r.status).toBe(400);
      return r.body.errors;
    };

    expect(await problems(await spouse(per.personId))).toEqual([
      { path: 'deceasedPersonId', message: `person ${per.personId} has no date of death recorded` },
    ]);
    const died = await call('PATCH', `/api/persons/${per.personId}`, handler, {
      deathDate: '2023-11-30',
      validFrom: '2023-11-30',
      reason: 'death notified',
    });
    expect(died.body).toMatchObject({ deathDate: '2023-11-30' });
    expect(await problems(await spouse(per.personId, '2023-11-30'))).toEqual([
      { path: 'startDate', message: "must be after the deceased member's death on 2023-11-30" },
    ]);
    expect(await problems(await spouse(other.personId))).toEqual([
      {
        path: 'deceasedPersonId',
        message: `person ${other.personId} has no own membership in this scheme at this employer`,
      },
    ]);
    expect(await problems(await spouse(liv.personId))).toEqual([
      { path: 'deceasedPersonId', message: 'must be another person than the survivor' },
    ]);
    const onOwn = await call('POST', `/api/memberships/${liv.membershipId}/pensions`, handler, {
      benefit: 'old_age',
      startDate: '2030-01-01',
      annualAmount: 1000,
      deceasedPersonId: per.personId,
    });
    expect(await problems(onOwn)).toEqual([
      {
        path: 'deceasedPersonId',
        message: "only a survivor's pension (spouse, child) names a deceased member",
      },
    ]);

    // The child pension recorded above ends 2030-12-31: this one follows it.
    const ok = await call('POST', pensions, handler, {
      benefit: 'child',
      startDate: '2031-01-01',
      annualAmount: 80000,
      deceasedPersonId: per.personId,
    });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ benefit: 'child', deceasedPersonId: per.personId });
    const m = await call('GET', `/api/memberships/${survivorMembership}`, handler);
    const listed = (m.body.pensions as { id: number; deceasedPersonId: number | null }[]).map(
      (p) => p.deceasedPersonId,
    );
    expect(listed).toContain(per.personId);
    expect(listed).toContain(null);
  });

  it('employment periods go only on an own membership (400 naming the membership)', async () => {
    const r = await call('POST', `/api/memberships/${survivorMembership}/employments`, handler, {
      startDate: '2024-01-01',
      positionPct: 20,
    });
    expect(r.status).toBe(400);
    expect(r.body.errors).toEqual([
      { path: 'params.id', message: expect.stringMatching(/survivor's membership .*kind 'own'/) },
    ]);
  });

  it('the person who works and receives a spouse pension is active on the own membership and a pensioner on the survivor one', async () => {
    const p = await call('GET', `/api/persons/${liv.personId}`, handler);
    const memberships = p.body.memberships as { id: number; kind: string; status: string }[];
    expect(memberships.map(({ id, kind, status }) => ({ id, kind, status }))).toEqual([
      { id: liv.membershipId, kind: 'own', status: 'active' },
      { id: survivorMembership, kind: 'survivor', status: 'pensioner' },
    ]);
    const h = await call('GET', `/api/persons/${liv.personId}/history`, handler);
    const created = (
      h.body.changes as { entity: string; entityId: number; action: string; fields: Json[] }[]
    ).find((c) => c.entity === 'membership' && c.entityId === survivorMembership && c.action === 'created');
    expect(created?.fields).toContainEqual({ field: 'kind', from: null, to: 'survivor' });
  });
});

describe('a salary or position change from a date is a new period (issue #2 review)', () => {
  let per: Awaited<ReturnType<typeof member>>;
  let current = 0;
  const db = () => registerDb(t.ctx.db);
  const periods = () =>
    db()
      .selectFrom('employment')
      .select(['id', 'start_date', 'end_date', 'position_pct', 'annual_salary', 'age_limit'])
      .where('membership_id', '=', per.membershipId)
      .orderBy('start_date')
      .execute();

  beforeAll(async () => {
    per = await member('120690', 'Per Lønnsen', employerA, {
      startDate: '2020-01-01',
      positionPct: 80,
      annualSalary: 500000,
      ageLimit: 65,
    });
  });

  it('ends the period the day before validFrom and starts a new one with the new values, audited with the reason', async () => {
    const r = await call('POST', `/api/employments/${per.employmentId}/changes`, handler, {
      validFrom: '2024-03-01',
      positionPct: 100,
      annualSalary: 612345.5,
      reason: 'new position from 1 March',
    });
    expect(r.status).toBe(201);
    expect(r.body.ended).toMatchObject({
      id: per.employmentId,
      startDate: '2020-01-01',
      endDate: '2024-02-29',
      positionPct: 80,
      annualSalary: 500000,
      ageLimit: 65,
    });
    expect(r.body.started).toMatchObject({
      startDate: '2024-03-01',
      endDate: null,
      positionPct: 100,
      annualSalary: 612345.5,
      ageLimit: 65,
    });
    current = (r.body.started as { id: number }).id;
    expect(await periods()).toEqual([
      {
        id: per.employmentId,
        start_date: '2020-01-01',
        end_date: '2024-02-29',
        position_pct: 80,
        annual_salary: 50000000,
        age_limit: 65,
      },
      {
        id: current,
        start_date: '2024-03-01',
        end_date: null,
        position_pct: 100,
        annual_salary: 61234550,
        age_limit: 65,
      },
    ]);
    // The period as it was (open-ended) stays in the history.
    const old = await db()
      .selectFrom('employment_history')
      .select(['end_date', 'position_pct'])
      .where('id', '=', per.employmentId)
      .execute();
    expect(old).toEqual([{ end_date: null, position_pct: 80 }]);
    const audit = await db()
      .selectFrom('audit_log')
      .select(['action', 'entity_id', 'reason'])
      .where('entity', '=', 'employment')
      .where('entity_id', 'in', [String(per.employmentId), String(current)])
      .where('reason', 'is not', null)
      .orderBy('id')
      .execute();
    expect(audit).toEqual([
      { action: 'end', entity_id: String(per.employmentId), reason: 'new position from 1 March' },
      { action: 'create', entity_id: String(current), reason: 'new position from 1 March' },
    ]);
  });

  it('a change inside a closed period keeps its end date on the new period; only the given values change', async () => {
    const r = await call('POST', `/api/employments/${per.employmentId}/changes`, handler, {
      validFrom: '2022-01-01',
      annualSalary: 520000,
      reason: 'salary settlement 2022',
    });
    expect(r.status).toBe(201);
    expect(r.body.ended).toMatchObject({
      startDate: '2020-01-01',
      endDate: '2021-12-31',
      annualSalary: 500000,
    });
    expect(r.body.started).toMatchObject({
      startDate: '2022-01-01',
      endDate: '2024-02-29',
      positionPct: 80,
      annualSalary: 520000,
      ageLimit: 65,
    });
    expect((await periods()).map((p) => [p.start_date, p.end_date])).toEqual([
      ['2020-01-01', '2021-12-31'],
      ['2022-01-01', '2024-02-29'],
      ['2024-03-01', null],
    ]);
  });

  it('rejects a validFrom outside the period, or on its first day (that is a correction), and changes nothing', async () => {
    const before = await periods();
    const change = (validFrom: string, id = current) =>
      call('POST', `/api/employments/${id}/changes`, handler, { validFrom, positionPct: 50, reason: 'x' });
    const first = await change('2024-03-01');
    expect(first.status).toBe(400);
    expect(first.body.errors).toEqual([
      { path: 'validFrom', message: expect.stringMatching(/correction \(PATCH/) },
    ]);
    const earlier = await change('2023-12-31');
    expect(earlier.status).toBe(400);
    expect(earlier.body.errors).toEqual([
      { path: 'validFrom', message: 'must lie inside the period: it starts 2024-03-01' },
    ]);
    const later = await change('2022-01-01', per.employmentId);
    expect(later.status).toBe(400);
    expect(later.body.errors).toEqual([
      { path: 'validFrom', message: 'must lie inside the period: it ended 2021-12-31' },
    ]);
    const notADate = await change('2025-02-29');
    expect(notADate.status).toBe(400);
    expect(notADate.body.errors?.[0]?.path).toBe('validFrom');
    expect(await periods()).toEqual(before);
  });

  it('rejects a change without new values, or with the current ones, naming the field', async () => {
    const url = `/api/employments/${current}/changes`;
    const none = await call('POST', url, handler, { validFrom: '2025-01-01', reason: 'x' });
    expect(none.status).toBe(400);
    expect(none.body.errors?.map((e) => e.path)).toEqual(['positionPct']);
    const same = await call('POST', url, handler, { validFrom: '2025-01-01', positionPct: 100, reason: 'x' });
    expect(same.status).toBe(400);
    expect(same.body.errors?.[0]?.message).toMatch(/nothing changes/);
    const noReason = await call('POST', url, handler, { validFrom: '2025-01-01', positionPct: 60 });
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors?.map((e) => e.path)).toEqual(['reason']);
    const badAge = await call('POST', url, handler, { validFrom: '2025-01-01', ageLimit: 66, reason: 'x' });
    expect(badAge.status).toBe(400);
    expect(badAge.body.errors?.map((e) => e.path)).toEqual(['ageLimit']);
    expect(
      (
        await call('POST', '/api/employments/999999/changes', handler, {
          validFrom: '2025-01-01',
          positionPct: 60,
          reason: 'x',
        })
      ).status,
    ).toBe(404);
  });

  it('PATCH stays a correction in place: the wrong value is kept in the history, the audit row says correct and why', async () => {
    const r = await call('PATCH', `/api/employments/${current}`, handler, {
      annualSalary: 612000,
      reason: 'typo in the salary',
    });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      id: current,
      startDate: '2024-03-01',
      endDate: null,
      annualSalary: 612000,
    });
    expect((await periods()).length).toBe(3);
    const old = await db()
      .selectFrom('employment_history')
      .select('annual_salary')
      .where('id', '=', current)
      .execute();
    expect(old).toEqual([{ annual_salary: 61234550 }]);
    const audit = await db()
      .selectFrom('audit_log')
      .select(['action', 'reason'])
      .where('entity', '=', 'employment')
      .where('entity_id', '=', String(current))
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit).toEqual({ action: 'correct', reason: 'typo in the salary' });
    const noReason = await call('PATCH', `/api/employments/${current}`, handler, { annualSalary: 1 });
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors?.map((e) => e.path)).toEqual(['reason']);
  });
});

describe('employer scope: records outside it answer 404, as if they did not exist (issue #2 review)', () => {
  let siv: Awaited<ReturnType<typeof member>>;
  let pensionId = 0;
  let preparerA: { authorization: string };
  const notFoundBody = (what: string) => ({ errors: [{ path: '', message: `${what} not found` }] });

  beforeAll(async () => {
    siv = await member('050577', 'Siv Bodøsen', employerB, { startDate: '2019-01-01', positionPct: 100 });
    pensionId = (
      await call('POST', `/api/memberships/${siv.membershipId}/pensions`, handler, {
        benefit: 'disability',
        startDate: '2024-01-01',
        gradePct: 40,
        annualAmount: 100000,
      })
    ).body.id as number;
    // A writer scoped to employer A (a preparer at one employer): it reaches nothing at B.
    preparerA = await t.authHeader([{ role: 'preparer', orgnr: ORG_A }]);
  });

  it('reading a person, membership or history outside the scope looks exactly like an unknown id', async () => {
    const hr = await t.authHeader([{ role: 'employer', orgnr: ORG_A }]);
    expect(await call('GET', `/api/persons/${siv.personId}`, hr)).toEqual({
      status: 404,
      body: notFoundBody('person'),
    });
    expect(await call('GET', `/api/memberships/${siv.membershipId}`, hr)).toEqual(
      await call('GET', '/api/memberships/999999', hr),
    );
    expect((await call('GET', `/api/memberships/${siv.membershipId}`, hr)).body).toEqual(
      notFoundBody('membership'),
    );
    // The same user still reads its own employer's member.
    expect((await call('GET', `/api/memberships/${kariMembership}`, hr)).status).toBe(200);
  });

  it('writing to a person, membership, employment or pension outside the scope answers 404 and writes nothing', async () => {
    const nothing = async (method: 'POST' | 'PATCH', url: string, unknownUrl: string, payload: Json) => {
      const r = await call(method, url, preparerA, payload);
      expect(r).toEqual(await call(method, unknownUrl, preparerA, payload));
      return r;
    };
    const person = await nothing('PATCH', `/api/persons/${siv.personId}`, '/api/persons/999999', {
      name: 'X',
      validFrom: '2025-01-01',
      reason: 'x',
    });
    expect(person).toEqual({ status: 404, body: notFoundBody('person') });
    const period = { startDate: '2030-01-01', positionPct: 10 };
    expect(
      await nothing(
        'POST',
        `/api/memberships/${siv.membershipId}/employments`,
        '/api/memberships/999999/employments',
        period,
      ),
    ).toEqual({ status: 404, body: notFoundBody('membership') });
    const pension = { benefit: 'old_age', startDate: '2040-01-01', annualAmount: 1 };
    expect(
      await nothing(
        'POST',
        `/api/memberships/${siv.membershipId}/pensions`,
        '/api/memberships/999999/pensions',
        pension,
      ),
    ).toEqual({ status: 404, body: notFoundBody('membership') });
    expect(
      await nothing('PATCH', `/api/employments/${siv.employmentId}`, '/api/employments/999999', {
        endDate: '2024-12-31',
        reason: 'x',
      }),
    ).toEqual({ status: 404, body: notFoundBody('employment') });
    expect(
      await nothing(
        'POST',
        `/api/employments/${siv.employmentId}/changes`,
        '/api/employments/999999/changes',
        {
          validFrom: '2024-06-01',
          positionPct: 50,
          reason: 'x',
        },
      ),
    ).toEqual({ status: 404, body: notFoundBody('employment') });
    expect(
      await nothing('PATCH', `/api/pensions/${pensionId}`, '/api/pensions/999999', {
        endDate: '2024-12-31',
        reason: 'x',
      }),
    ).toEqual({ status: 404, body: notFoundBody('pension') });

    const p = await call('GET', `/api/persons/${siv.personId}`, handler);
    expect(p.body).toMatchObject({ name: 'Siv Bodøsen' });
    const [m] = p.body.memberships as { employments: Json[]; pensions: Json[] }[];
    expect(m?.employments).toEqual([
      expect.objectContaining({ startDate: '2019-01-01', endDate: null, positionPct: 100 }),
    ]);
    expect(m?.pensions).toEqual([expect.objectContaining({ id: pensionId, endDate: null })]);
  });

  it('a scoped writer enrols a person from elsewhere by their number, never by guessing an id', async () => {
    const enrol = (body: Json) => call('POST', '/api/memberships', preparerA, body);
    const at = { employerId: employerA, schemeCode: 'FELLES' };
    // By id, Siv (only at B) is out of reach: the same answer as for an id that does not exist.
    const byId = await enrol({ ...at, personId: siv.personId });
    expect(byId).toEqual(await enrol({ ...at, personId: 999999 }));
    expect(byId.body.errors).toEqual([{ path: 'personId', message: 'no person with this id' }]);
    const registerAgain = await call('POST', '/api/persons', preparerA, {
      nationalId: fnr('050577'),
      name: 'Siv',
    });
    expect(registerAgain.status).toBe(409);
    expect(registerAgain.body.errors?.[0]?.message).toMatch(/enrol them with POST \/api\/memberships/);
    expect((await enrol({ ...at, nationalId: fnr('311299', 300) })).body.errors).toEqual([
      { path: 'nationalId', message: 'no person with this number: register them first' },
    ]);
    expect((await enrol({ ...at })).body.errors).toEqual([
      { path: 'personId', message: 'give either personId or nationalId' },
    ]);
    // By number she is enrolled at A, and from then on reachable there.
    const r = await enrol({ ...at, nationalId: fnr('050577') });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ personId: siv.personId, kind: 'own', employer: { id: employerA } });
    expect((await call('GET', `/api/persons/${siv.personId}`, preparerA)).status).toBe(200);
    // The audit row names the person by id, never by number.
    const audit = await registerDb(t.ctx.db)
      .selectFrom('audit_log')
      .select('details')
      .where('entity', '=', 'membership')
      .where('entity_id', '=', String(r.body.id))
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(audit.details)).not.toContain(fnr('050577'));
    expect(audit.details).toMatchObject({ personId: siv.personId });
  });

  it('employers are public: one outside the scope is still 403, and a writer at B reaches the same records', async () => {
    expect((await call('GET', `/api/employers/${employerB}`, preparerA)).status).toBe(403);
    const preparerB = await t.authHeader([{ role: 'preparer', orgnr: ORG_B }]);
    const r = await call('PATCH', `/api/pensions/${pensionId}`, preparerB, {
      endDate: '2024-12-31',
      reason: 'ended',
    });
    expect(r.status).toBe(200);
    expect(r.body.endDate).toBe('2024-12-31');
  });
});

describe('the access log under concurrent reads: rows of many requests share one commit (issue #22, throughput)', () => {
  const usernameOf = async (headers: { authorization: string }) =>
    (await t.app.inject({ method: 'GET', url: '/api/auth/me', headers })).json().username as string;
  const logOf = (actor: string) =>
    registerDb(t.ctx.db)
      .selectFrom('access_log')
      .select(['person_id', 'what'])
      .where('actor', '=', actor)
      .orderBy('id')
      .execute();

  it('a burst of concurrent reads and searches writes exactly one row per person shown, each answered', async () => {
    const reader = await t.authHeader([{ role: 'case_handler', orgnr: null }]);
    const actor = await usernameOf(reader);
    const reads = Array.from({ length: 40 }, (_, i) =>
      i % 4 === 3
        ? call('POST', '/api/persons/search', reader, { query: 'Nordmann' })
        : call('GET', `/api/persons/${i % 2 === 0 ? kariId : olaId}`, reader),
    );
    const answers = await Promise.all(reads);
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 200));
    const rows = await logOf(actor);
    const expected = answers.flatMap((a, i) =>
      i % 4 === 3
        ? (a.body.results as { id: number }[]).map((h) => `${h.id} search result`)
        : [`${a.body.id} person with memberships`],
    );
    expect(expected.filter((e) => e.endsWith('search result'))).toHaveLength(10);
    expect(rows.map((r) => `${r.person_id} ${r.what}`).sort()).toEqual(expected.sort());
  });

  it('a read whose access-log row cannot be written is not answered with the data (500), and leaves no row', async () => {
    const reader = await t.authHeader([{ role: 'case_handler', orgnr: null }]);
    const actor = await usernameOf(reader);
    // The database refuses this reader's rows, as a full disk or a lost connection would.
    await t.ctx.db.executeSql(`
      create function test_refuse_access_row() returns trigger language plpgsql as $$
      begin
        if new.actor = '${actor}' then raise exception 'access log unavailable'; end if;
        return new;
      end $$;
      create trigger test_refuse_access_row before insert on access_log
        for each row execute function test_refuse_access_row();`);
    try {
      const res = await t.app.inject({ method: 'GET', url: `/api/persons/${kariId}`, headers: reader });
      expect(res.statusCode).toBe(500);
      expect(res.body).not.toContain('Kari');
      const search = await t.app.inject({
        method: 'POST',
        url: '/api/persons/search',
        headers: reader,
        payload: { query: 'Kari Nordmann' },
      });
      expect(search.statusCode).toBe(500);
      expect(search.body).not.toContain('Nordmann');
      expect(await logOf(actor)).toEqual([]);
      // Others' reads still work.
      expect((await call('GET', `/api/persons/${kariId}`, handler)).status).toBe(200);
    } finally {
      await t.ctx.db.executeSql(
        'drop trigger test_refuse_access_row on access_log; drop function test_refuse_access_row();',
      );
    }
  });
});
