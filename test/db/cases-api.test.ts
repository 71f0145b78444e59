/**
 * Pension cases over HTTP (issue #17, contracts/cases.md): an old-age application from receipt to
 * an approved decision, every transition and every forbidden step (each changing nothing), four
 * eyes, the pension in the register and the decision letter in the same transaction, hold and
 * reminders, withdrawal, reopening as an error, time, queues and employer scoping.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resumeDueHolds } from '../../src/cases/hold-case';
import { casesDb } from '../../src/cases/tables';
import { registerDb } from '../../src/register/tables';
import { todayInOslo } from '../../src/register/today';
import { calculate, parseCalcRequest } from '../../src/rules';
import { createTestApp, type TestApp } from '../support/app';
import { fnr, orgnr } from '../support/identifiers';

type H = { authorization: string };
// biome-ignore lint/suspicious/noExplicitAny: response bodies of many shapes, read in assertions only
type Json = Record<string, any>;
let t: TestApp;
let admin: H;
let reception: H; // kundebehandler
let handler: H & { userId: number };
let handler2: H & { userId: number };
let approverA: H & { userId: number };
let approverB: H & { userId: number };
let employerA: H;
let employerB: H;
let manager: H;
let nobody: H;
const ORG_A = orgnr('97400000');
const ORG_B = orgnr('98100000');
let kari = 0; // born 1958, member at A since 1990
let ola = 0; // born 1958, member at B
let per = 0; // born 1958, member at A

async function call(method: 'GET' | 'POST', url: string, headers: H | undefined, payload?: Json) {
  const res = await t.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
  return { status: res.statusCode, body: res.json() as Json };
}
const post = (url: string, h: H, body: Json = {}) => call('POST', url, h, body);
const get = (url: string, h: H) => call('GET', url, h);

/** Everything a forbidden step could have changed: the case row, its history, the audit log. */
async function snapshot(id: number) {
  const db = casesDb(t.ctx.db);
  const row = await db.selectFrom('pension_case').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const events = await db.selectFrom('case_event').select('id').where('case_id', '=', id).execute();
  const audit = await sql<{ n: number }>`select count(*)::int as n from audit_log`.execute(db);
  const pensions = await sql<{ n: number }>`select count(*)::int as n from pension`.execute(db);
  const letters = await sql<{ n: number }>`select count(*)::int as n from letter_order`.execute(db);
  return JSON.stringify({
    row,
    events: events.length,
    audit: audit.rows,
    pensions: pensions.rows,
    letters: letters.rows,
  });
}
async function expectRefused(
  id: number,
  attempt: () => Promise<{ status: number; body: Json }>,
  status: number,
) {
  const before = await snapshot(id);
  const r = await attempt();
  expect(r.status, JSON.stringify(r.body)).toBe(status);
  expect(r.body.errors?.length).toBeGreaterThan(0);
  expect(await snapshot(id)).toBe(before);
  return r;
}

async function newCase(personId: number, type = 'old_age', claimedFrom = '2025-04-01') {
  const r = await post('/api/cases', reception, {
    type,
    personId,
    claimedFrom,
    source: 'staff',
    note: 'søknad mottatt',
  });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body.id as number;
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
  reception = await t.authHeader([{ role: 'customer_handler', orgnr: null }]);
  handler = await t.authUser([{ role: 'case_handler', orgnr: null }]);
  handler2 = await t.authUser([{ role: 'case_handler', orgnr: null }]);
  approverA = await t.authUser([{ role: 'approver', orgnr: null }]);
  approverB = await t.authUser([{ role: 'approver', orgnr: null }]);
  employerA = await t.authHeader([{ role: 'employer', orgnr: ORG_A }]);
  employerB = await t.authHeader([{ role: 'employer', orgnr: ORG_B }]);
  manager = await t.authHeader([{ role: 'line_manager', orgnr: null }]);
  nobody = await t.authHeader([{ role: 'member', orgnr: null }]);

  const emp = async (orgnrX: string, name: string) =>
    (await post('/api/employers', admin, { orgnr: orgnrX, name })).body.id as number;
  const a = await emp(ORG_A, 'Alta kommune');
  const b = await emp(ORG_B, 'Bodø kommune');
  const person = async (nationalId: string, name: string, employerId: number, from: string) => {
    const p = (await post('/api/persons', admin, { nationalId, name })).body.id as number;
    const m = (await post('/api/memberships', admin, { personId: p, employerId, schemeCode: 'FELLES' })).body
      .id as number;
    const e = await post(`/api/memberships/${m}/employments`, admin, {
      startDate: from,
      positionPct: 100,
      annualSalary: 650000,
      ageLimit: 70,
    });
    expect(e.status, JSON.stringify(e.body)).toBe(201);
    return { p, m };
  };
  kari = (await person(fnr('020358'), 'Kari Nordmann', a, '1990-01-01')).p;
  ola = (await person(fnr('050558'), 'Ola Hansen', b, '1992-01-01')).p;
  per = (await person(fnr('070758'), 'Per Olsen', a, '1995-01-01')).p;
});
afterAll(async () => {
  await t?.close();
});

describe('an old-age application from receipt to an approved decision', () => {
  let id = 0;

  it('is received by a customer handler: status received, due date by the service target, history and audit', async () => {
    const r = await post('/api/cases', reception, {
      type: 'old_age',
      personId: kari,
      claimedFrom: '2025-04-01',
      source: 'member',
      note: 'søknad på papir',
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    id = r.body.id;
    expect(r.body).toMatchObject({
      type: 'old_age',
      personId: kari,
      status: 'received',
      assignee: null,
      claimedFrom: '2025-04-01',
      source: 'member',
      orgUnit: 'pensjon',
      orgnr: ORG_A,
      // old_age: 28 days after the claimed start (case_type_setting)
      dueDate: '2025-04-29',
      decision: null,
      calculations: [],
    });
    expect(r.body.history).toEqual([
      expect.objectContaining({ action: 'create', from: null, to: 'received', comment: 'søknad på papir' }),
    ]);
    const audit = await sql<{
      action: string;
    }>`select action from audit_log where entity = 'case' and entity_id = ${String(id)}`.execute(
      t.ctx.db.kysely,
    );
    expect(audit.rows.map((x) => x.action)).toEqual(['case.create']);
  });

  it('refuses a second open case of the same type for the same person (single-case principle): 409', async () => {
    const r = await post('/api/cases', reception, {
      type: 'old_age',
      personId: kari,
      claimedFrom: '2025-05-01',
      source: 'staff',
    });
    expect(r.status).toBe(409);
    expect(r.body.errors[0].message).toMatch(/one case per application/);
  });

  it('refuses bad input with field paths: 400', async () => {
    const r = await post('/api/cases', reception, {
      type: 'pension',
      personId: -1,
      claimedFrom: '2025-02-30',
      source: 'x',
    });
    expect(r.status).toBe(400);
    expect(r.body.errors.map((e: Json) => e.path).sort()).toEqual([
      'claimedFrom',
      'personId',
      'source',
      'type',
    ]);
  });

  it('refuses ids in the query that are not plain decimal digits (issue #22 item 10): 400', async () => {
    for (const id of ['0x10', '1e3', '%201', '2147483648']) {
      const r = await get(`/api/cases?personId=${id}`, reception);
      expect(r.status, id).toBe(400);
      expect(
        r.body.errors.map((e: Json) => e.path),
        id,
      ).toEqual(['querystring.personId']);
    }
  });

  it('refuses acting without the role: 403, nothing changes', async () => {
    await expectRefused(id, () => post(`/api/cases/${id}/take`, reception), 403);
    await expectRefused(id, () => get(`/api/cases/${id}`, nobody), 403);
    await expectRefused(id, () => post(`/api/cases/${id}/advance`, manager, { to: 'preparing' }), 403);
  });

  it('refuses skipping a stage: 409, nothing changes', async () => {
    const r = await expectRefused(
      id,
      () => post(`/api/cases/${id}/advance`, handler, { to: 'assessing' }),
      409,
    );
    expect(r.body.errors[0].message).toMatch(/goes to preparing, not to assessing/);
    await expectRefused(id, () => post(`/api/cases/${id}/advance`, handler, { to: 'decided' }), 409);
  });

  it('is taken by one handler; a second handler taking it gets 409', async () => {
    const r = await post(`/api/cases/${id}/take`, handler);
    expect(r.status).toBe(200);
    expect(r.body.assignee).toBe(handler.userId);
    await expectRefused(id, () => post(`/api/cases/${id}/take`, handler2), 409);
    await expectRefused(id, () => post(`/api/cases/${id}/advance`, handler2, { to: 'preparing' }), 409);
  });

  it('prepares the service history from the register with provenance, completed by hand', async () => {
    expect(
      (await post(`/api/cases/${id}/advance`, handler, { to: 'preparing', comment: 'starter' })).status,
    ).toBe(200);
    const r = await post(`/api/cases/${id}/service-history`, handler, {
      periods: [
        {
          kind: 'transfer',
          source: 'SPK',
          from: '1985-01-01',
          to: '1986-12-31',
          serviceYears: 2,
          note: 'overføringsavtalen',
        },
      ],
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const periods = r.body.servicePeriods as Json[];
    expect(periods).toHaveLength(2);
    const fromRegister = periods.find((p) => p.source === 'register') as Json;
    expect(fromRegister).toMatchObject({
      kind: 'employment',
      from: '1990-01-01',
      to: null,
      positionPct: 100,
      annualSalary: 650000,
    });
    expect(fromRegister.recordedInRegisterBy).toMatch(/^user\d+ /);
    expect(periods.find((p) => p.source === 'SPK')).toMatchObject({
      kind: 'transfer',
      serviceYears: 2,
      note: 'overføringsavtalen',
    });
    expect((await post(`/api/cases/${id}/advance`, handler, { to: 'assessing' })).status).toBe(200);
  });

  it('needs the conditions recorded before leaving assessing: 409', async () => {
    await expectRefused(id, () => post(`/api/cases/${id}/advance`, handler, { to: 'calculating' }), 409);
  });

  it("records the rules engine's eligibility and conditions given by hand: 201", async () => {
    const r = await post(`/api/cases/${id}/conditions`, handler, {
      conditions: [{ name: 'transfer_agreement', met: true, note: 'SPK bekrefter 2 år' }],
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body.conditions).toEqual([
      expect.objectContaining({ name: 'eligibility:old_age', met: true, source: 'rules' }),
      expect.objectContaining({
        name: 'transfer_agreement',
        met: true,
        source: 'manual',
        note: 'SPK bekrefter 2 år',
      }),
    ]);
    expect(r.body.conditions[0].note).toMatch(/age 67 >= 67/);
    expect((await post(`/api/cases/${id}/advance`, handler, { to: 'calculating' })).status).toBe(200);
  });

  it('refuses deciding without a calculation: 409', async () => {
    await expectRefused(
      id,
      () =>
        post(`/api/cases/${id}/decision`, handler, {
          outcome: 'granted',
          from: '2025-04-01',
          reason: 'vilkår oppfylt',
        }),
      409,
    );
    await expectRefused(
      id,
      () => post(`/api/cases/${id}/advance`, handler, { to: 'awaiting_approval' }),
      409,
    );
  });

  it('calculates from the prepared data, stores request, result and trace; a recalculation shows what changed', async () => {
    const r = await post(`/api/cases/${id}/calculations`, handler, {});
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body.version).toBe(1);
    // The same answer as the engine gives for the history written out by hand.
    const expected = calculate(
      (
        parseCalcRequest({
          benefit: 'old_age',
          date: '2025-04-01',
          person: { birthDate: '1958-03-02', ageLimit: 70 },
          employments: [{ from: '1990-01-01', to: '2025-03-31', positionPct: 100, annualSalary: 650000 }],
          otherServiceYears: 2,
        }) as { ok: true; request: never }
      ).request,
    );
    expect(r.body.result.annualAmount).toBe(expected.annualAmount);
    expect(r.body.result.monthlyAmount).toBe(expected.monthlyAmount);
    expect(r.body.result.eligible).toBe(true);
    expect(r.body.result.trace.length).toBeGreaterThan(3);

    const r2 = await post(`/api/cases/${id}/calculations`, handler, { request: { otherServiceYears: 0 } });
    expect(r2.status).toBe(201);
    expect(r2.body.version).toBe(2);
    const c = (await get(`/api/cases/${id}`, handler)).body;
    expect(c.calculations.map((x: Json) => x.version)).toEqual([1, 2]);
    expect(c.calculations[0].changes).toEqual([]);
    expect(c.calculations[1].changes).toContainEqual({
      path: 'request.otherServiceYears',
      before: 2,
      after: 0,
    });
    expect(c.calculations[1].request.employments).toEqual([
      { from: '1990-01-01', to: '2025-03-31', positionPct: 100, annualSalary: 650000 },
    ]);
    // Back to the prepared data for the decision.
    expect((await post(`/api/cases/${id}/calculations`, handler, {})).body.version).toBe(3);
  });

  it('refuses bad override input with the path inside the request: 400', async () => {
    const r = await expectRefused(
      id,
      () => post(`/api/cases/${id}/calculations`, handler, { request: { drawingPct: 150 } }),
      400,
    );
    expect(r.body.errors[0].path).toBe('request.drawingPct');
  });

  it('refuses a grant from another date than the calculation: 409', async () => {
    await expectRefused(
      id,
      () =>
        post(`/api/cases/${id}/decision`, handler, { outcome: 'granted', from: '2025-05-01', reason: 'x' }),
      409,
    );
  });

  it('drafts the decision with the latest calculation amounts: awaiting_approval', async () => {
    const r = await post(`/api/cases/${id}/decision`, handler, {
      outcome: 'granted',
      from: '2025-04-01',
      reason: 'Vilkårene er oppfylt',
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const calc = r.body.calculations[2].result;
    expect(r.body.status).toBe('awaiting_approval');
    expect(r.body.decision).toMatchObject({
      outcome: 'granted',
      from: '2025-04-01',
      annualAmount: calc.annualAmount,
      monthlyAmount: calc.monthlyAmount,
      calculationVersion: 3,
      proposedById: handler.userId,
    });
  });

  it('refuses approval by a case handler without the approver role: 403', async () => {
    await expectRefused(id, () => post(`/api/cases/${id}/approve`, handler2), 403);
  });

  it('is returned by the approver with a comment, back to calculating', async () => {
    await expectRefused(id, () => post(`/api/cases/${id}/return`, approverA, {}), 400);
    const r = await post(`/api/cases/${id}/return`, approverA, { comment: 'Sjekk overføringstiden' });
    expect(r.status).toBe(200);
    expect(r.body.status).toBe('calculating');
    expect(r.body.history.at(-1)).toMatchObject({
      action: 'return',
      from: 'awaiting_approval',
      to: 'calculating',
      comment: 'Sjekk overføringstiden',
    });
  });

  it('is handed to a colleague (an approver); the approver who proposed may not approve it (four eyes): 403', async () => {
    const r = await post(`/api/cases/${id}/assign`, handler, {
      userId: approverA.userId,
      comment: 'ta over',
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.assignee).toBe(approverA.userId);
    await expectRefused(id, () => post(`/api/cases/${id}/calculations`, handler, {}), 409);
    const d = await post(`/api/cases/${id}/decision`, approverA, {
      outcome: 'granted',
      from: '2025-04-01',
      reason: 'Vilkårene er oppfylt',
    });
    expect(d.status).toBe(200);
    const r2 = await expectRefused(id, () => post(`/api/cases/${id}/approve`, approverA), 403);
    expect(r2.body.errors[0].message).toMatch(/four eyes/);
  });

  it('is approved by a second approver: decided, the pension in the register and the letter ordered, in one transaction', async () => {
    const r = await post(`/api/cases/${id}/approve`, approverB, { comment: 'attestert' });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.status).toBe('decided');
    const calc = r.body.calculations[2].result;
    expect(r.body.decision.approvedBy).toMatch(/^Test User \d+$/);
    const person = (await get(`/api/persons/${kari}`, admin)).body;
    const pension = person.memberships[0].pensions[0];
    expect(pension).toMatchObject({
      benefit: 'old_age',
      startDate: '2025-04-01',
      endDate: null,
      annualAmount: calc.annualAmount,
    });
    expect(r.body.decision.pensionId).toBe(pension.id);
    const letters =
      await sql<Json>`select type, person_id, case_id, data, idempotency_key from letter_order`.execute(
        t.ctx.db.kysely,
      );
    expect(letters.rows).toHaveLength(1);
    const letter = letters.rows[0] as Json;
    expect(letter).toMatchObject({
      type: 'decision',
      person_id: kari,
      case_id: id,
      idempotency_key: `case:${id}:decision:1`,
    });
    expect(letter.data).toMatchObject({
      caseId: id,
      outcome: 'granted',
      from: '2025-04-01',
      reason: 'Vilkårene er oppfylt',
      annualAmount: calc.annualAmount * 100,
      monthlyAmount: calc.monthlyAmount * 100,
      benefit: 'old_age',
    });
    expect(letter.data.calculation.result.trace.length).toBeGreaterThan(3);
    expect(r.body.history.map((h: Json) => h.action)).toEqual([
      'create',
      'take',
      'advance',
      'service_history',
      'advance',
      'conditions',
      'advance',
      'calculate',
      'calculate',
      'calculate',
      'decision',
      'return',
      'assign',
      'decision',
      'approve',
    ]);
    const audit = await sql<{ action: string; entity: string }>`
      select action, entity from audit_log where (entity = 'case' and entity_id = ${String(id)}) or entity = 'pension' order by id`.execute(
      t.ctx.db.kysely,
    );
    expect(audit.rows.slice(-2)).toEqual([
      { action: 'create', entity: 'pension' },
      { action: 'case.approve', entity: 'case' },
    ]);
  });

  it('refuses approving twice and reopening without an error category: 409 / 400', async () => {
    await expectRefused(id, () => post(`/api/cases/${id}/approve`, approverA), 409);
    const r = await expectRefused(
      id,
      () => post(`/api/cases/${id}/reopen`, handler, { reason: 'feil' }),
      400,
    );
    expect(r.body.errors[0].path).toBe('errorCategory');
  });

  it('is reopened as an error, continues at assessing, and a new approval corrects the pension', async () => {
    const r = await post(`/api/cases/${id}/reopen`, handler, {
      errorCategory: 'calculation',
      reason: 'Feil lønn',
    });
    expect(r.status).toBe(200);
    expect(r.body.status).toBe('reopened');
    expect(r.body.errors).toEqual([
      expect.objectContaining({ category: 'calculation', reason: 'Feil lønn' }),
    ]);
    await expectRefused(id, () => post(`/api/cases/${id}/advance`, handler, { to: 'calculating' }), 409);
    expect((await post(`/api/cases/${id}/advance`, handler, { to: 'assessing' })).status).toBe(200);
    expect((await post(`/api/cases/${id}/conditions`, handler, {})).status).toBe(201);
    expect((await post(`/api/cases/${id}/advance`, handler, { to: 'calculating' })).status).toBe(200);
    const calc = await post(`/api/cases/${id}/calculations`, handler, { request: { otherServiceYears: 0 } });
    expect(calc.body.version).toBe(4);
    expect(
      (
        await post(`/api/cases/${id}/decision`, handler, {
          outcome: 'granted',
          from: '2025-04-01',
          reason: 'Rettet',
        })
      ).status,
    ).toBe(200);
    const a = await post(`/api/cases/${id}/approve`, approverA);
    expect(a.status, JSON.stringify(a.body)).toBe(200);
    const pensions = (await get(`/api/persons/${kari}`, admin)).body.memberships[0].pensions;
    expect(pensions).toHaveLength(1);
    expect(pensions[0].annualAmount).toBe(calc.body.result.annualAmount);
    const n = await sql<{
      n: number;
    }>`select count(*)::int as n from letter_order where case_id = ${id}`.execute(t.ctx.db.kysely);
    expect(n.rows[0]?.n).toBe(2);
  });
});

describe('two handlers taking the same case at once', () => {
  it('lets one win; the other gets 409', async () => {
    const id = await newCase(per);
    const results = await Promise.all([
      post(`/api/cases/${id}/take`, handler),
      post(`/api/cases/${id}/take`, handler2),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const c = (await get(`/api/cases/${id}`, admin)).body;
    const winner = results[0]?.status === 200 ? handler.userId : handler2.userId;
    expect(c.assignee).toBe(winner);
    expect(c.history.filter((h: Json) => h.action === 'take')).toHaveLength(1);
    await post(`/api/cases/${id}/withdraw`, reception, { reason: 'test ferdig', by: 'staff' });
  });
});

describe('hold, reminders and withdrawal', () => {
  let id = 0;
  it('puts a case on hold with a reason and a reminder date; it leaves the work queue until that date', async () => {
    id = await newCase(per, 'afp_62_65', '2021-01-01');
    await post(`/api/cases/${id}/take`, handler);
    await expectRefused(
      id,
      () => post(`/api/cases/${id}/hold`, handler, { reason: 'venter', until: '2020-01-01' }),
      400,
    );
    await expectRefused(id, () => post(`/api/cases/${id}/hold`, handler, { until: '2099-01-01' }), 400);
    const r = await post(`/api/cases/${id}/hold`, handler, {
      reason: 'Venter på dokumentasjon',
      until: '2099-01-01',
    });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      status: 'on_hold',
      hold: { reason: 'Venter på dokumentasjon', until: '2099-01-01', from: 'received', due: false },
    });
    const mine = (await get('/api/cases?queue=mine', handler)).body.items.map((c: Json) => c.id);
    expect(mine).not.toContain(id);
    await expectRefused(id, () => post(`/api/cases/${id}/advance`, handler, { to: 'preparing' }), 409);
  });

  it('comes back on its reminder date (the scheduler function), to the status it left', async () => {
    expect(await resumeDueHolds(casesDb(t.ctx.db), todayInOslo())).toBe(0);
    expect(await resumeDueHolds(casesDb(t.ctx.db), '2099-01-01' as never)).toBe(1);
    const c = (await get(`/api/cases/${id}`, handler)).body;
    expect(c.status).toBe('received');
    expect(c.history.at(-1)).toMatchObject({
      action: 'reminder',
      from: 'on_hold',
      to: 'received',
      by: 'system:reminders',
    });
    expect((await get('/api/cases?queue=mine', handler)).body.items.map((x: Json) => x.id)).toContain(id);
  });

  it('resumes by hand too', async () => {
    await post(`/api/cases/${id}/hold`, handler, { reason: 'venter', until: '2099-02-01' });
    const r = await post(`/api/cases/${id}/resume`, handler, { comment: 'papirer kom' });
    expect(r.body.status).toBe('received');
  });

  it('is withdrawn by the member; a withdrawn case takes no more steps', async () => {
    const r = await post(`/api/cases/${id}/withdraw`, reception, {
      reason: 'Trukket av medlemmet',
      by: 'member',
    });
    expect(r.status).toBe(200);
    expect(r.body.status).toBe('withdrawn');
    await expectRefused(id, () => post(`/api/cases/${id}/withdraw`, reception, { reason: 'igjen' }), 409);
    await expectRefused(id, () => post(`/api/cases/${id}/take`, handler2), 409);
    await expectRefused(
      id,
      () => post(`/api/cases/${id}/reopen`, handler, { errorCategory: 'other', reason: 'x' }),
      409,
    );
  });
});

describe('a refused application', () => {
  it('is refused and approved without writing a pension', async () => {
    const id = await newCase(ola, 'afp_65_67', '2024-01-01');
    for (const to of ['preparing', 'assessing'])
      expect((await post(`/api/cases/${id}/advance`, handler, { to })).status).toBe(200);
    const cond = await post(`/api/cases/${id}/conditions`, handler, {});
    expect(cond.body.conditions[0]).toMatchObject({ name: 'eligibility:afp_65_67', source: 'rules' });
    await post(`/api/cases/${id}/advance`, handler, { to: 'calculating' });
    expect((await post(`/api/cases/${id}/calculations`, handler, {})).status).toBe(201);
    const d = await post(`/api/cases/${id}/decision`, handler, {
      outcome: 'refused',
      from: '2024-01-01',
      reason: 'Vilkår ikke oppfylt',
    });
    expect(d.status, JSON.stringify(d.body)).toBe(200);
    expect(d.body.decision).toMatchObject({ outcome: 'refused', annualAmount: null });
    const a = await post(`/api/cases/${id}/approve`, approverB);
    expect(a.status).toBe(200);
    expect((await get(`/api/persons/${ola}`, admin)).body.memberships[0].pensions).toEqual([]);
  });
});

describe('a G recorded by the fund (issue #18)', () => {
  it('reaches the calculation from its date once approved: the capped amount follows the new G', async () => {
    const db = casesDb(t.ctx.db);
    const id = await newCase(ola, 'old_age', '2025-06-01');
    for (const to of ['preparing', 'assessing'])
      expect((await post(`/api/cases/${id}/advance`, handler, { to })).status).toBe(200);
    await post(`/api/cases/${id}/conditions`, handler, {});
    await post(`/api/cases/${id}/advance`, handler, { to: 'calculating' });
    // A salary above 12 G: the pensionable base is the cap, 12 × G; 33 years count as the full 30.
    const capped = {
      request: {
        employments: [{ from: '1992-01-01', to: '2025-05-31', positionPct: 100, annualSalary: 2_500_000 }],
      },
    };
    const calc = async () => (await post(`/api/cases/${id}/calculations`, handler, capped)).body.result;
    const builtIn = await calc();
    expect(builtIn.parameters.G).toBe(130160);
    // 12 × 130 160 × 66 % = 1 030 867.2 (cohort 1958: no forholdstall published, gross as it is).
    expect(builtIn.annualAmount).toBe(1_030_867);
    await sql`insert into g_value (from_date, g, pension_factor, entered_by)
      values ('2025-05-01', 131000, 1, 'admin-a')`.execute(db);
    // Not yet approved (four eyes): the built-in G still applies.
    expect((await calc()).annualAmount).toBe(1_030_867);
    await sql`update g_value set approved_by = 'admin-b', approved_at = now()
      where from_date = '2025-05-01'`.execute(db);
    const recorded = await calc();
    expect(recorded.parameters.G).toBe(131000);
    // 12 × 131 000 × 66 % = 1 037 520.
    expect(recorded.annualAmount).toBe(1_037_520);
    const c = (await get(`/api/cases/${id}`, handler)).body;
    expect(c.calculations[2].request.gTable).toEqual([{ from: '2025-05-01', g: 131000 }]);
    expect(c.calculations[2].changes).toContainEqual(
      expect.objectContaining({ path: 'result.annualAmount', before: 1_030_867, after: 1_037_520 }),
    );
    await sql`delete from g_value where from_date = '2025-05-01'`.execute(db);
  });
});

describe('time registration', () => {
  it('adds minutes per stage for the caller', async () => {
    const id = await newCase(per, 'disability', '2025-01-01').catch(async () => 0);
    expect(id).toBe(0); // a disability case needs the grade applied for
    const r0 = await post('/api/cases', reception, {
      type: 'disability',
      personId: per,
      claimedFrom: '2025-01-01',
      source: 'staff',
    });
    expect(r0.status).toBe(400);
    expect(r0.body.errors[0].path).toBe('gradePct');
    const c = await post('/api/cases', reception, {
      type: 'disability',
      personId: per,
      claimedFrom: '2025-01-01',
      source: 'staff',
      gradePct: 50,
    });
    expect(c.status).toBe(201);
    expect(c.body).toMatchObject({ orgUnit: 'uforhet', gradePct: 50 });
    const cid = c.body.id;
    const r = await post(`/api/cases/${cid}/time`, handler, { stage: 'received', minutes: 30 });
    expect(r.status).toBe(200);
    await post(`/api/cases/${cid}/time`, reception, { stage: 'received', minutes: 15 });
    const after = (await get(`/api/cases/${cid}`, handler)).body.time;
    expect(after.totalMinutes).toBe(45);
    expect(after.entries.map((e: Json) => e.minutes)).toEqual([30, 15]);
    await expectRefused(
      cid,
      () => post(`/api/cases/${cid}/time`, handler, { stage: 'received', minutes: 0 }),
      400,
    );
    await expectRefused(
      cid,
      () => post(`/api/cases/${cid}/time`, employerA, { stage: 'received', minutes: 5 }),
      403,
    );
  });
});

describe('queues and employer scope', () => {
  it('lists open cases oldest first with total, filters by type, unit and assignee; sort=due puts overdue first', async () => {
    const all = (await get('/api/cases', handler)).body;
    expect(all.total).toBe(all.items.length);
    expect(all.items.every((c: Json) => !['decided', 'withdrawn'].includes(c.status))).toBe(true);
    const received = all.items.map((c: Json) => c.receivedAt);
    expect([...received].sort()).toEqual(received);
    const uf = (await get('/api/cases?unit=uforhet', handler)).body;
    expect(uf.items.map((c: Json) => c.type)).toEqual(['disability']);
    expect(uf.items[0].personName).toBe('Per Olsen');
    const decided = (await get('/api/cases?status=decided', handler)).body;
    expect(decided.items.map((c: Json) => c.type).sort()).toEqual(['afp_65_67', 'old_age']);
    const due = (await get('/api/cases?sort=due&type=disability,old_age', handler)).body.items;
    expect(due.every((c: Json, i: number) => i === 0 || due[i - 1].dueDate <= c.dueDate)).toBe(true);
    expect((await get('/api/cases?overdue=true', handler)).body.items.every((c: Json) => c.overdue)).toBe(
      true,
    );
    expect((await get('/api/cases?limit=0', handler)).status).toBe(400);
    expect((await get('/api/cases?status=nope', handler)).status).toBe(400);
  });

  it("an employer's user registers a retirement notice for its own employee only, and sees status, not the trace", async () => {
    const bad = await post('/api/cases', employerA, {
      type: 'rule_85',
      personId: per,
      claimedFrom: '2025-09-01',
      source: 'staff',
    });
    expect(bad.status).toBe(400);
    const other = await post('/api/cases', employerA, {
      type: 'rule_85',
      personId: ola,
      claimedFrom: '2025-09-01',
      source: 'employer',
    });
    expect(other.status).toBe(404);
    const r = await post('/api/cases', employerA, {
      type: 'rule_85',
      personId: per,
      claimedFrom: '2025-09-01',
      source: 'employer',
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const list = (await get('/api/cases?status=decided,received', employerA)).body.items;
    expect(list.every((c: Json) => c.orgnr === ORG_A)).toBe(true);
    const kariCase = (await get('/api/cases?status=decided', employerA)).body.items.find(
      (c: Json) => c.personId === kari,
    );
    const seen = (await get(`/api/cases/${kariCase.id}`, employerA)).body;
    expect(seen.status).toBe('decided');
    expect(seen.decision).toEqual({ outcome: 'granted', from: '2025-04-01' });
    expect(seen.calculations).toEqual([]);
    expect(seen.conditions).toEqual([]);
    expect(seen.history.every((h: Json) => h.comment === null && h.by === '')).toBe(true);
    expect(seen).toMatchObject({ assignee: null, assigneeName: null, time: null });
    expect((await get(`/api/cases/${kariCase.id}`, employerB)).status).toBe(404);
    expect(
      (await get('/api/cases?status=decided', employerB)).body.items.map((c: Json) => c.personId),
    ).toEqual([ola]);
    await expectRefused(kariCase.id, () => post(`/api/cases/${kariCase.id}/take`, employerA), 403);
  });

  it("a handler whose grant names an organisation unit sees that unit's cases only; a fund-wide grant sees all", async () => {
    const uforhet = await t.authUser([{ role: 'case_handler', orgnr: null, orgUnit: 'uforhet' }]);
    const everyone = (
      await get('/api/cases?status=decided,received,preparing,assessing,calculating', handler)
    ).body.items as Json[];
    expect(new Set(everyone.map((c) => c.orgUnit))).toEqual(new Set(['pensjon', 'uforhet']));
    const seen = (await get('/api/cases?status=decided,received,preparing,assessing,calculating', uforhet))
      .body;
    expect(seen.items.length).toBeGreaterThan(0);
    expect(seen.items.every((c: Json) => c.orgUnit === 'uforhet')).toBe(true);
    expect(seen.items.length).toBe(everyone.filter((c) => c.orgUnit === 'uforhet').length);
    expect((await get('/api/cases?unit=pensjon', uforhet)).body).toMatchObject({ items: [], total: 0 });
    const pension = everyone.find((c) => c.orgUnit === 'pensjon') as Json;
    const disability = everyone.find((c) => c.orgUnit === 'uforhet') as Json;
    expect((await get(`/api/cases/${pension.id}`, uforhet)).status).toBe(404);
    await expectRefused(pension.id, () => post(`/api/cases/${pension.id}/take`, uforhet), 404);
    const own = await get(`/api/cases/${disability.id}`, uforhet);
    expect(own.status).toBe(200);
    // A unit's handler works inside the fund: the whole case, not an employer's status view.
    expect(own.body.time).not.toBeNull();
    expect((await get(`/api/cases/${pension.id}`, handler)).status).toBe(200);
  });

  it('logs the access to the member data of a case page', async () => {
    const n = await sql<{
      n: number;
    }>`select count(*)::int as n from access_log where purpose = 'case' and person_id = ${kari}`.execute(
      t.ctx.db.kysely,
    );
    expect(n.rows[0]?.n).toBeGreaterThan(0);
  });
});

describe('a survivor case and a stop opened by the system', () => {
  it('opens a stop of a running pension from a system source (death event), routed with its due date', async () => {
    const { createCaseFromSystem } = await import('../../src/cases/create-case');
    const pension = (await get(`/api/persons/${kari}`, admin)).body.memberships[0].pensions[0];
    const id = await createCaseFromSystem(casesDb(t.ctx.db), 'population-register', {
      type: 'stop',
      personId: kari,
      claimedFrom: '2026-01-01' as never,
      pensionId: pension.id,
      note: 'dødsfall meldt',
    });
    const c = (await get(`/api/cases/${id}`, admin)).body;
    expect(c).toMatchObject({ type: 'stop', source: 'system', status: 'received', pensionId: pension.id });
    expect(c.history[0].by).toBe('system:population-register');
    // A stop needs no calculation: decided and approved, it ends the pension the day before.
    for (const to of ['preparing', 'assessing'])
      expect((await post(`/api/cases/${id}/advance`, handler, { to })).status).toBe(200);
    expect((await post(`/api/cases/${id}/conditions`, handler, {})).body.conditions[0]).toMatchObject({
      name: 'running_pension',
      met: true,
    });
    await post(`/api/cases/${id}/advance`, handler, { to: 'calculating' });
    expect(
      (
        await post(`/api/cases/${id}/decision`, handler, {
          outcome: 'granted',
          from: '2026-01-01',
          reason: 'Død',
        })
      ).status,
    ).toBe(200);
    expect((await post(`/api/cases/${id}/approve`, approverA)).status).toBe(200);
    const after = (await get(`/api/persons/${kari}`, admin)).body.memberships[0].pensions[0];
    expect(after.endDate).toBe('2025-12-31');
  });
});

describe('a change to a running pension', () => {
  it('ends the running pension the day before and records the changed one from the decision date', async () => {
    const person = (await get(`/api/persons/${per}`, admin)).body;
    const membershipId = person.memberships[0].id;
    const added = await post(`/api/memberships/${membershipId}/pensions`, admin, {
      benefit: 'disability',
      startDate: '2020-01-01',
      gradePct: 50,
      annualAmount: 100000,
    });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    const c = await post('/api/cases', reception, {
      type: 'change',
      personId: per,
      claimedFrom: '2022-01-01',
      source: 'member',
      pensionId: added.body.id,
      gradePct: 60,
    });
    expect(c.status, JSON.stringify(c.body)).toBe(201);
    const id = c.body.id;
    for (const to of ['preparing', 'assessing']) await post(`/api/cases/${id}/advance`, handler2, { to });
    const cond = await post(`/api/cases/${id}/conditions`, handler2, {});
    expect(cond.body.conditions[0]).toMatchObject({ name: 'eligibility:disability', source: 'rules' });
    await post(`/api/cases/${id}/advance`, handler2, { to: 'calculating' });
    const calc = await post(`/api/cases/${id}/calculations`, handler2, {});
    expect(calc.status, JSON.stringify(calc.body)).toBe(201);
    expect(calc.body.result.eligible, JSON.stringify(calc.body.result.reasons)).toBe(true);
    const d = await post(`/api/cases/${id}/decision`, handler2, {
      outcome: 'granted',
      from: '2022-01-01',
      reason: 'Økt uføregrad',
    });
    expect(d.status, JSON.stringify(d.body)).toBe(200);
    expect((await post(`/api/cases/${id}/approve`, approverA)).status).toBe(200);
    const pensions = (await get(`/api/persons/${per}`, admin)).body.memberships[0].pensions as Json[];
    expect(pensions.map((p) => [p.benefit, p.startDate, p.endDate, p.gradePct])).toEqual([
      ['disability', '2020-01-01', '2021-12-31', 50],
      ['disability', '2022-01-01', null, 60],
    ]);
    expect(pensions[1]?.annualAmount).toBe(calc.body.result.annualAmount);
  });
});
