/**
 * The payments API (issue #18 item 7): runs for the payments role with totals and reconciliation,
 * a person's history, the recovery queue with instalments and a four-eyes write-off, a G entered
 * and approved by two administrators, the regulation preview; bad input is 400 with the field path.
 * Runs on PGlite and on PostgreSQL.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StandIn, startTaxCardStandIn } from '../../src/payments/tax-cards/stand-in';
import { createTestApp, type TestApp } from '../support/app';
import { cardsOf, loadCases, TEST_TABLE } from './payments.population';

describe('payments API', () => {
  let t: TestApp;
  let standIn: StandIn;
  let ids: Record<string, number>;
  let officer: { authorization: string };
  let officer2: { authorization: string };
  let handler: { authorization: string };
  let admin1: { authorization: string };
  let admin2: { authorization: string };
  const call = (method: 'GET' | 'POST', url: string, headers: { authorization: string }, payload?: unknown) =>
    t.app.inject({ method, url, headers, payload: payload as object });

  beforeAll(async () => {
    // The tax authority the server asks (KASSA_TAX_CARD_URL): a stand-in with the cases' cards.
    standIn = await startTaxCardStandIn({ cards: cardsOf(), tables: new Map([['2026/9901', TEST_TABLE]]) });
    process.env.KASSA_TAX_CARD_URL = standIn.url;
    t = await createTestApp();
    t.ctx.config.dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kassa-payapi-'));
    ids = await loadCases(t.ctx.db);
    officer = await t.authHeader([{ role: 'payments_officer', orgnr: null }]);
    officer2 = await t.authHeader([{ role: 'payments_officer', orgnr: null }]);
    handler = await t.authHeader([{ role: 'case_handler', orgnr: null }]);
    admin1 = await t.authHeader([{ role: 'admin', orgnr: null }]);
    admin2 = await t.authHeader([{ role: 'admin', orgnr: null }]);
  });
  afterAll(async () => {
    delete process.env.KASSA_TAX_CARD_URL;
    await standIn.close();
    await t.close();
  });

  it('a payments officer starts a run; a case handler may not; a bad month is 400 with its path', async () => {
    expect((await call('POST', '/api/payments/runs', handler, { month: '2026-01' })).statusCode).toBe(403);
    const bad = await call('POST', '/api/payments/runs', officer, { month: '2026-13' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('month');
    const r = await call('POST', '/api/payments/runs', officer, { month: '2026-01' });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ month: '2026-01', alreadyPaid: false, missingAccount: 1 });
    expect((await call('POST', '/api/payments/runs', officer, { month: '2026-01' })).json().alreadyPaid).toBe(
      true,
    );
  });

  it('lists runs with entries that balance and payments that add up', async () => {
    const r = await call('GET', '/api/payments/runs', officer);
    const run = r.json().runs[0];
    expect(run.reconciliation).toMatchObject({ entriesBalance: true, paymentsMatch: true });
    expect(run.reconciliation.debit).toBe(run.gross);
    expect(run.fileWritten).toBe(true);
  });

  it("shows a person's payments with lines and tax basis", async () => {
    const r = await call('GET', `/api/payments/persons/${ids.two}`, officer);
    expect(r.statusCode).toBe(200);
    const p = r.json().payments[0];
    expect(p).toMatchObject({
      month: '2026-01',
      gross: 15000,
      withholding: 3750,
      net: 11250,
      taxBasis: 'percentage',
    });
    expect(p.lines.map((l: { benefit: string }) => l.benefit).sort()).toEqual(['old_age', 'spouse']);
  });

  it('a recovery claim is settled by instalments from another payment, or written off by two users', async () => {
    await call('POST', '/api/payments/runs', officer, { month: '2026-02' });
    await sql`update person set death_date = '2026-01-20' where id = ${ids.dies}`.execute(t.ctx.db.kysely);
    await call('POST', '/api/payments/runs', officer, { month: '2026-03' });
    const claims = (await call('GET', '/api/payments/claims', officer)).json().items;
    expect(claims).toMatchObject([
      { personId: ids.dies, amount: 8000, firstMonth: '2026-02', lastMonth: '2026-02' },
    ]);
    const id = claims[0].id;
    expect(
      (
        await call('POST', `/api/payments/claims/${id}/instalments`, officer, {
          instalment: 1000,
          debtorPersonId: ids.two,
        })
      ).statusCode,
    ).toBe(204);
    await call('POST', '/api/payments/runs', officer, { month: '2026-04' });
    const two = (await call('GET', `/api/payments/persons/${ids.two}`, officer)).json();
    expect(two.payments[0]).toMatchObject({ month: '2026-04', deduction: 1000, net: 10250 });
    expect((await call('GET', '/api/payments/claims', officer)).json().items[0]).toMatchObject({
      recovered: 1000,
    });

    expect(
      (await call('POST', `/api/payments/claims/${id}/write-off`, officer, { reason: ' ' })).statusCode,
    ).toBe(400);
    expect(
      (
        await call('POST', `/api/payments/claims/${id}/write-off`, officer, {
          reason: 'Dødsboet er uten midler',
        })
      ).statusCode,
    ).toBe(204);
    expect((await call('POST', `/api/payments/claims/${id}/write-off/approve`, officer, {})).statusCode).toBe(
      403,
    );
    expect(
      (await call('POST', `/api/payments/claims/${id}/write-off/approve`, officer2, {})).statusCode,
    ).toBe(204);
    expect((await call('GET', '/api/payments/claims', officer)).json().items).toEqual([]);
  });

  it('a G entered by one administrator takes effect when another approves; then the regulation preview', async () => {
    const g = { from: '2026-05-01', g: 136549, pensionFactor: '1.0443' };
    expect((await call('POST', '/api/payments/g-values', officer, g)).statusCode).toBe(403);
    expect((await call('POST', '/api/payments/g-values', admin1, g)).statusCode).toBe(204);
    expect(
      (await call('POST', '/api/payments/regulations', officer, { from: '2026-05-01' })).statusCode,
    ).toBe(409);
    expect(
      (await call('POST', '/api/payments/g-values/approve', admin1, { from: '2026-05-01' })).statusCode,
    ).toBe(403);
    expect(
      (await call('POST', '/api/payments/g-values/approve', admin2, { from: '2026-05-01' })).statusCode,
    ).toBe(204);
    const preview = await call('POST', '/api/payments/regulations', officer, {
      from: '2026-05-01',
      dryRun: true,
    });
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toMatchObject({ dryRun: true, g: 136549, gBefore: 130160 });
    expect(preview.json().benefits.old_age.largest.length).toBeGreaterThan(0);
    const n = await sql<{ n: number }>`select count(*)::int as n from pension_amount`.execute(
      t.ctx.db.kysely,
    );
    expect(n.rows[0]?.n).toBe(0);
  });
});
