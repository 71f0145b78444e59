/**
 * Issue #6, web UI and API: GET /api/reports/key-figures and its download. Staff see every employer;
 * an employer user sees its own employer and the totals, and gets 403 for another employer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KeyFiguresReport } from '../../src/reports/key-figures/model';
import { createTestApp, type TestApp } from '../support/app';
import { D, E1, E2, insertPopulation } from './key-figures.population';

let t: TestApp;
let staff: { authorization: string };
let employerUser: { authorization: string };

beforeAll(async () => {
  t = await createTestApp();
  await insertPopulation(t.ctx.db);
  staff = await t.authHeader([{ role: 'line_manager', orgnr: null }]);
  employerUser = await t.authHeader([{ role: 'employer', orgnr: E2 }]);
});
afterAll(async () => t?.close());

const get = (url: string, headers: Record<string, string>) => t.app.inject({ method: 'GET', url, headers });

describe('key figures API (issue #6)', () => {
  it('gives staff every employer and the totals', async () => {
    const res = await get(`/api/reports/key-figures?date=${D}`, staff);
    expect(res.statusCode).toBe(200);
    const body = KeyFiguresReport.parse(res.json());
    expect(Object.keys(body.membershipsByEmployer)).toEqual([E1, E2, 'total']);
    expect(body.membershipsByEmployer.total).toMatchObject({
      active: 6,
      pensioners: 11,
      former: 1,
      total: 18,
    });
  });

  it('gives an employer user only its own employer, with its totals and the fund comparison', async () => {
    const res = await get(`/api/reports/key-figures?date=${D}`, employerUser);
    expect(res.statusCode).toBe(200);
    const body = KeyFiguresReport.parse(res.json());
    expect(Object.keys(body.membershipsByEmployer)).toEqual([E2, 'total']);
    expect(body.membershipsByEmployer[E2]).toMatchObject({ active: 3, pensioners: 5, former: 1, total: 9 });
    expect(body.membershipsByEmployer.total).toMatchObject({ active: 3, pensioners: 5, former: 1, total: 9 });
    expect(body.finance).toEqual({
      SPK: { [E2]: { premium: 500000, premiumReserve: 8000000, pensionCost: 300000 } },
    });
    expect(Object.keys(body.comparison.byEmployer)).toEqual([E2]);
    expect(body.comparison.fund.memberships).toEqual({ active: 6, pensioners: 11, former: 1, total: 18 });
    expect(JSON.stringify(body)).not.toContain(E1);
  });

  it('forbids an employer user another employer (403) and allows its own', async () => {
    expect((await get(`/api/reports/key-figures?date=${D}&employer=${E1}`, employerUser)).statusCode).toBe(
      403,
    );
    expect((await get(`/api/reports/key-figures?date=${D}&employer=${E2}`, employerUser)).statusCode).toBe(
      200,
    );
    const dl = await get(
      `/api/reports/key-figures/download?date=${D}&employer=${E1}&format=csv`,
      employerUser,
    );
    expect(dl.statusCode).toBe(403);
  });

  it('answers 400 for a date that does not exist and 401 without a token, 403 for a member', async () => {
    const bad = await get('/api/reports/key-figures?date=2017-02-30', staff);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toContain('date');
    expect((await get(`/api/reports/key-figures?date=${D}`, {})).statusCode).toBe(401);
    const member = await t.authHeader([{ role: 'member', orgnr: null }]);
    expect((await get(`/api/reports/key-figures?date=${D}`, member)).statusCode).toBe(403);
  });

  it('downloads the PDF, XLSX, CSV and HTML as files with type and a Norwegian name', async () => {
    const pdf = await get(`/api/reports/key-figures/download?date=${D}&format=pdf`, staff);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toBe(`attachment; filename="nokkeltall-${D}.pdf"`);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    const xlsx = await get(
      `/api/reports/key-figures/download?date=${D}&format=xlsx&employer=${E2}`,
      employerUser,
    );
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-disposition']).toBe(`attachment; filename="nokkeltall-${D}-${E2}.xlsx"`);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK'); // a zip container

    const csv = await get(`/api/reports/key-figures/download?date=${D}&format=csv`, staff);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.body).toContain('Medlemskap etter leverandør');
    expect(csv.body).toContain('PKH,Pensjonskasse H,4,44.44,5,55.56,0,0,9,5,3,0,8,1,12.5');

    const html = await get(`/api/reports/key-figures/download?date=${D}&format=html`, staff);
    expect(html.statusCode, html.body.slice(0, 300)).toBe(200);
    expect(html.headers['content-type']).toMatch(/^text\/html/);
    expect(html.body).toContain('<svg');
    expect(html.body).toContain(`id="employer-${E1}"`);
    expect(html.body).toContain('<h2>Sammendrag</h2>');
  });

  it('downloads in English with lang=en, and refuses a language it does not have (400 with the path)', async () => {
    const csv = await get(`/api/reports/key-figures/download?date=${D}&format=csv&lang=en`, staff);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-disposition']).toBe(`attachment; filename="key-figures-${D}.csv"`);
    expect(csv.body).toContain('Memberships by provider');
    expect(csv.body).not.toContain('Medlemskap etter leverandør');
    const nb = await get(`/api/reports/key-figures/download?date=${D}&format=csv&lang=nb`, staff);
    expect(nb.headers['content-disposition']).toBe(`attachment; filename="nokkeltall-${D}.csv"`);
    const bad = await get(`/api/reports/key-figures/download?date=${D}&format=csv&lang=sv`, staff);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toContain('lang');
  });
});
