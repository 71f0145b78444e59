/** POST /api/calculations (issue #3 item 5, contracts/calc.md): the engine over HTTP. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app';

const request = {
  benefit: 'old_age',
  date: '2025-04-01',
  person: { birthDate: '1958-03-14', ageLimit: 70 },
  employments: [{ from: '1995-01-01', to: '2024-12-31', positionPct: 100, annualSalary: 600000 }],
};

describe('POST /api/calculations', () => {
  let t: TestApp;
  let auth: { authorization: string };
  beforeAll(async () => {
    t = await createTestApp();
    auth = await t.authHeader([{ role: 'case_handler', orgnr: null }]);
  });
  afterAll(async () => {
    await t.close();
  });

  it('a case handler gets the calc.md answer with the trace (full service: 66 % of 600 000)', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/calculations',
      headers: auth,
      payload: request,
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      benefit: 'old_age',
      date: '2025-04-01',
      eligible: true,
      annualAmount: 396000,
      monthlyAmount: 33000,
      components: { gross: 396000 },
      parameters: { G: 124028 },
    });
    expect(body.trace[0]).toMatchObject({ rule: 'service-time', value: 30 });
  });

  it('trace: false leaves the trace out', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/calculations',
      headers: auth,
      payload: { ...request, trace: false },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().trace).toBeUndefined();
  });

  it('explain: "nb" adds the member\'s explanation in bokmål (issue #20); a language without a catalogue is 400', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/calculations',
      headers: auth,
      payload: { ...request, trace: false, explain: 'nb' },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.trace).toBeUndefined();
    expect(body.provisional).toBe(true);
    expect(body.explanation.language).toBe('nb');
    expect(body.explanation.title).toBe('Alderspensjon fra 1. april 2025');
    expect(body.explanation.summary).toContain(
      'Du har rett til alderspensjon. Pensjonen blir 396\u00a0000 kroner i året',
    );
    expect(body.explanation.basis[0]).toBe('Opptjeningstiden din i ordningen er 30 år.');
    expect(body.explanation.conditions).toHaveLength(4);
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/calculations',
      headers: auth,
      payload: { ...request, explain: 'sv' },
    });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toContain('explain');
  });

  it('a bad request gets 400 naming the field', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/calculations',
      headers: auth,
      payload: { ...request, employments: [{ ...request.employments[0], positionPct: 120 }] },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toContain('employments[0].positionPct');
  });

  it('a date before the G table is a 400 on date, not a 500', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/calculations',
      headers: auth,
      payload: { ...request, date: '2001-01-01', employments: [], otherServiceYears: 10 },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('date');
  });

  it('issue #3 review 1: a deferred pension with only other service answers 200, not eligible, no NaN', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/calculations',
      headers: auth,
      payload: {
        benefit: 'deferred',
        date: '2025-06-01',
        person: { birthDate: '1955-05-01', ageLimit: 70 },
        employments: [],
        otherServiceYears: 10,
      },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      eligible: false,
      annualAmount: 0,
      monthlyAmount: 0,
      components: { gross: 0 },
    });
    expect(body.reasons.join(' ')).toMatch(/not met: has counted membership in this scheme/);
  });

  it('without a token: 401', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/calculations', payload: request });
    expect(res.statusCode).toBe(401);
  });

  it('without the calc:run permission (employer role): 403', async () => {
    const employer = await t.authHeader([{ role: 'employer', orgnr: '974760673' }]);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/calculations',
      headers: employer,
      payload: request,
    });
    expect(res.statusCode).toBe(403);
  });
});
