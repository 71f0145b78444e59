/**
 * Search that helps (issue #23, item 4): a count and paging beyond the first page, the employer and
 * status of every hit to tell namesakes apart, search by birth date alone or with a name.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerDb } from '../../src/register/tables';
import { createTestApp, type TestApp } from '../support/app';
import { fnr, orgnr } from '../support/identifiers';

let t: TestApp;
let altaId = 0;
let bodoId = 0;
let handler: { authorization: string };
let employerUser: { authorization: string };
const ORG_A = orgnr('97400001');
const ORG_B = orgnr('98100001');

type Hit = {
  id: number;
  name: string;
  birthDate: string;
  memberships: { employer: string; kind: string; status: string | null }[];
};
type Answer = { results: Hit[]; total: number; capped: boolean };

async function search(who: { authorization: string }, body: Record<string, unknown>) {
  const res = await t.app.inject({ method: 'POST', url: '/api/persons/search', headers: who, payload: body });
  return { status: res.statusCode, body: res.json() as Answer };
}

beforeAll(async () => {
  t = await createTestApp();
  const db = registerDb(t.ctx.db);
  await db.insertInto('provider').values({ code: 'KLP', name: 'KLP', recorded_by: 'test' }).execute();
  await db
    .insertInto('scheme')
    .values({ code: 'FELLES', provider_code: 'KLP', name: 'Fellesordningen', recorded_by: 'test' })
    .execute();
  const admin = await t.authHeader([{ role: 'admin', orgnr: null }]);
  handler = await t.authHeader([{ role: 'case_handler', orgnr: null }]);
  employerUser = await t.authHeader([{ role: 'employer', orgnr: ORG_A }]);
  const post = async (url: string, payload: Record<string, unknown>) =>
    (await t.app.inject({ method: 'POST', url, headers: admin, payload })).json() as { id: number };
  const a = await post('/api/employers', { orgnr: ORG_A, name: 'Alta kommune' });
  const b = await post('/api/employers', { orgnr: ORG_B, name: 'Bodø kommune' });
  altaId = a.id;
  bodoId = b.id;
  // three namesakes: born 12.03.1958 (at Alta, working; at Bodø, left), 12.03.1960 and 01.01.1970
  const people = [
    { born: '120358', birthDate: '1958-03-12', at: [a.id, b.id] },
    { born: '120360', birthDate: '1960-03-12', at: [b.id] },
    { born: '010170', birthDate: '1970-01-01', at: [b.id] },
  ];
  for (const p of people) {
    const person = await post('/api/persons', { nationalId: fnr(p.born), name: 'Kari Hansen' });
    for (const [i, employerId] of p.at.entries()) {
      const m = await post('/api/memberships', { personId: person.id, employerId, schemeCode: 'FELLES' });
      await post(`/api/memberships/${m.id}/employments`, {
        startDate: '2000-01-01',
        endDate: i === 0 ? null : '2005-12-31',
        positionPct: 100,
        annualSalary: 500000,
      });
    }
  }
});
afterAll(async () => {
  await t?.close();
});

describe('member search that helps', () => {
  it('counts the matches and pages through them', async () => {
    const first = await search(handler, { query: 'kari hansen', limit: 2 });
    expect(first.body.total).toBe(3);
    expect(first.body.capped).toBe(false);
    expect(first.body.results).toHaveLength(2);
    const second = await search(handler, { query: 'kari hansen', limit: 2, offset: 2 });
    expect(second.body.results).toHaveLength(1);
    const ids = [...first.body.results, ...second.body.results].map((h) => h.id);
    expect(new Set(ids).size).toBe(3);
    const past = await search(handler, { query: 'kari hansen', limit: 2, offset: 10 });
    expect(past.body).toMatchObject({ results: [], total: 3 });
  });

  it('finds by birth date, written the Norwegian way or as ISO, alone or with the name', async () => {
    const byDate = await search(handler, { query: '12.03.1958' });
    expect(byDate.body.results.map((h) => h.birthDate)).toEqual(['1958-03-12']);
    const combined = await search(handler, { query: 'hansen 1960-03-12' });
    expect(combined.body.results.map((h) => h.birthDate)).toEqual(['1960-03-12']);
    const none = await search(handler, { query: 'nordmann 12.03.1958' });
    expect(none.body.total).toBe(0);
  });

  it('shows employer and status today of each membership, to tell namesakes apart', async () => {
    const r = await search(handler, { query: '12.3.1958' });
    expect(r.body.results[0]?.memberships).toEqual([
      { employer: 'Alta kommune', kind: 'own', status: 'active' },
      { employer: 'Bodø kommune', kind: 'own', status: 'former' },
    ]);
  });

  it("shows an employer's user only its own memberships of the person", async () => {
    const r = await search(employerUser, { query: 'kari hansen' });
    expect(r.body.total).toBe(1);
    expect(r.body.results[0]?.memberships.map((m) => m.employer)).toEqual(['Alta kommune']);
  });

  it('refuses a query too short to search with, naming the field', async () => {
    const r = await t.app.inject({
      method: 'POST',
      url: '/api/persons/search',
      headers: handler,
      payload: { query: 'a' },
    });
    expect(r.statusCode).toBe(400);
    expect((r.json() as { errors: { path: string }[] }).errors[0]?.path).toBe('query');
  });
});

describe("an employer's own list of members", () => {
  type List = {
    members: {
      name: string;
      birthDate: string;
      status: string | null;
      positionPct: number | null;
      since: string | null;
    }[];
    total: number;
  };
  const list = async (who: { authorization: string }, url: string) => {
    const res = await t.app.inject({ method: 'GET', url, headers: who });
    return { status: res.statusCode, body: res.json() as List };
  };

  it('lists the members with status, position and start, filtered by status', async () => {
    const all = await list(handler, `/api/employers/${bodoId}/members`);
    expect(all.body.total).toBe(3);
    expect(all.body.members.map((m) => [m.birthDate, m.status, m.positionPct, m.since])).toEqual([
      ['1958-03-12', 'former', null, '2000-01-01'],
      ['1960-03-12', 'active', 100, '2000-01-01'],
      ['1970-01-01', 'active', 100, '2000-01-01'],
    ]);
    const former = await list(handler, `/api/employers/${bodoId}/members?status=former`);
    expect(former.body.members.map((m) => m.birthDate)).toEqual(['1958-03-12']);
    const paged = await list(handler, `/api/employers/${bodoId}/members?limit=1&offset=1`);
    expect(paged.body).toMatchObject({ total: 3, members: [{ birthDate: '1960-03-12' }] });
  });

  it("gives an employer's user its own employer and refuses another", async () => {
    expect((await list(employerUser, `/api/employers/${altaId}/members`)).body.total).toBe(1);
    expect((await list(employerUser, `/api/employers/${bodoId}/members`)).status).toBe(403);
  });
});
