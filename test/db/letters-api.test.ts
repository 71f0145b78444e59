// Letters over HTTP (issue #19): preview before sending, a handler's free letter archived at
// once, a person's letters with their receipts, the member's choice of paper, access by permission.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app';
import type { TestDatabase } from '../support/db';
import { addPersons, type TestPerson } from './letters-support';

let t: TestApp & { testDb: TestDatabase };
let handler: { authorization: string };
let reader: { authorization: string };
let persons: TestPerson[];

beforeAll(async () => {
  t = await createTestApp();
  handler = await t.authHeader([{ role: 'case_handler', orgnr: null }]);
  reader = await t.authHeader([{ role: 'line_manager', orgnr: null }]);
  persons = await addPersons(t.ctx.db, 2);
});
afterAll(async () => t.close());

describe('letters API', () => {
  it('previews a decision letter as a PDF without storing anything', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/letters/preview',
      headers: handler,
      payload: {
        type: 'decision',
        personId: persons[0]?.id,
        data: {
          outcome: 'refused',
          benefit: 'old_age',
          decisionDate: '2026-12-01',
          reasons: ['Du har ikke nådd aldersgrensen.'],
        },
      },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const list = await t.app.inject({
      method: 'GET',
      url: `/api/persons/${persons[0]?.id}/letters`,
      headers: handler,
    });
    expect(list.json()).toEqual([]);
  });

  it('answers 400 with the field path for letter data that does not fit the type', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/letters/preview',
      headers: handler,
      payload: {
        type: 'payment_notice',
        personId: persons[0]?.id,
        data: { effectiveFrom: '2026-02-30', previousMonthly: 1, newMonthly: 2 },
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('data.effectiveFrom');
  });

  it('archives a free letter at once and lists it with its state; the PDF is the archived one', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/letters',
      headers: handler,
      payload: {
        personId: persons[1]?.id,
        title: 'Svar på spørsmålet ditt',
        body: 'Hei.\n\nTakk for brevet ditt.',
        idempotencyKey: 'k1',
      },
    });
    expect(res.statusCode).toBe(201);
    const { letterId } = res.json();
    expect(letterId).toBeGreaterThan(0);
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/letters',
      headers: handler,
      payload: {
        personId: persons[1]?.id,
        title: 'Svar på spørsmålet ditt',
        body: 'Hei.\n\nTakk for brevet ditt.',
        idempotencyKey: 'k1',
      },
    });
    expect(again.json().letterId).toBe(letterId);
    const list = (
      await t.app.inject({ method: 'GET', url: `/api/persons/${persons[1]?.id}/letters`, headers: reader })
    ).json();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      id: letterId,
      type: 'free',
      title: 'Svar på spørsmålet ditt',
      state: 'new',
      channel: null,
      receipts: [],
    });
    const pdf = await t.app.inject({ method: 'GET', url: `/api/letters/${letterId}/pdf`, headers: reader });
    expect(pdf.statusCode).toBe(200);
    const { createHash } = await import('node:crypto');
    expect(createHash('sha256').update(pdf.rawPayload).digest('hex')).toBe(list[0].checksum);
  });

  it('lets only those who may send write letters or set the paper choice', async () => {
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/persons/${persons[0]?.id}/letter-preference`,
      headers: reader,
      payload: { paper: true },
    });
    expect(res.statusCode).toBe(403);
    const ok = await t.app.inject({
      method: 'PUT',
      url: `/api/persons/${persons[0]?.id}/letter-preference`,
      headers: handler,
      payload: { paper: true },
    });
    expect(ok.json()).toEqual({ personId: persons[0]?.id, paper: true });
    const missing = await t.app.inject({
      method: 'GET',
      url: '/api/persons/999999/letters',
      headers: reader,
    });
    expect(missing.statusCode).toBe(404);
  });

  it('resends only an undeliverable letter, and only for those who may send (the flow: letters.test.ts)', async () => {
    const [letter] = (
      await t.app.inject({ method: 'GET', url: `/api/persons/${persons[1]?.id}/letters`, headers: reader })
    ).json();
    const resend = (id: number, headers: { authorization: string }) =>
      t.app.inject({
        method: 'POST',
        url: `/api/letters/${id}/resend`,
        headers,
        payload: { note: 'ny adresse' },
      });
    expect((await resend(letter.id, reader)).statusCode).toBe(403);
    const notUndeliverable = await resend(letter.id, handler);
    expect(notUndeliverable.statusCode).toBe(409);
    expect(notUndeliverable.json().errors[0].message).toMatch(/only an undeliverable letter/);
    expect((await resend(999999, handler)).statusCode).toBe(404);
  });

  it('computes savings and a forecast from the same rules as the CLI', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/letters/savings',
      headers: reader,
      payload: {
        costs: {
          postage: 6.5,
          minuteCost: 6,
          runningCost: 1000,
          types: { free: { posted: true, minutes: 1.5 } },
        },
        volumes: { free: 100 },
      },
    });
    expect(res.json()).toEqual({
      rows: [{ type: 'free', letters: 100, postage: 650, internal: 900, total: 1550 }],
      total: 1550,
      runningCost: 1000,
      net: 550,
    });
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/letters/savings',
      headers: reader,
      payload: { costs: { postage: -1, minuteCost: 0, runningCost: 0 }, year: 2026 },
    });
    expect(bad.statusCode).toBe(400);
  });
});
