// The HTTP conventions of shared/contracts/configuration.md, held for every route.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildServer } from '../../src/http/server';
import { createTestApp, type TestApp } from '../support/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

interface OpenApi {
  paths: Record<
    string,
    Record<string, { responses?: Record<string, unknown>; parameters?: { name: string; in: string }[] }>
  >;
}

describe('HTTP conventions', () => {
  it('answers /api/health without login once the database answers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: 'ok', jobs: 'off' });
  });

  it('serves the OpenAPI document and its browsable page at /api/docs without login', async () => {
    const doc = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(doc.statusCode).toBe(200);
    expect((doc.json() as OpenApi).paths['/api/health']).toBeDefined();
    const page = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
  });

  it('documents a response for every API route (the document is generated from the route schemas)', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json() as OpenApi;
    const operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([m, op]) => ({ path, m, op })),
    );
    expect(operations.length).toBeGreaterThan(3);
    for (const { path, m, op } of operations) {
      expect(
        Object.keys(op.responses ?? {}).some((s) => /^2\d\d$/.test(s)),
        `${m.toUpperCase()} ${path} documents a success response`,
      ).toBe(true);
    }
  });

  it('never takes a national identity number in a path or a query', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json() as OpenApi;
    for (const [path, ops] of Object.entries(doc.paths)) {
      expect(path).not.toMatch(/nationalId|fnr|fodselsnummer|ssn/i);
      for (const op of Object.values(ops)) {
        for (const p of op.parameters ?? [])
          expect(p.name, `${path} ${p.name}`).not.toMatch(/nationalId|fnr|fodselsnummer|ssn/i);
      }
    }
  });

  it('refuses to start with an API route that has no response schema', async () => {
    const app = await buildServer(t.ctx);
    expect(() =>
      app.get('/api/undocumented', { config: { access: 'public' } }, async () => ({ ok: true })),
    ).toThrow(/has no response schema/);
    await app.close();
  });

  it('refuses to start with an API route that does not declare who may call it', async () => {
    const app = await buildServer(t.ctx);
    expect(() =>
      app.get('/api/open', { schema: { response: { 200: z.object({}) } } }, async () => ({})),
    ).toThrow(/declares no access/);
    await app.close();
  });

  it('answers 401 without a bearer token and with a forged one', async () => {
    const none = await t.app.inject({ method: 'GET', url: '/api/auth/me' });
    expect(none.statusCode).toBe(401);
    expect(none.json()).toEqual({ errors: [{ path: '', message: expect.any(String) }] });
    const forged = await t.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { authorization: 'Bearer abc.def.ghi' },
    });
    expect(forged.statusCode).toBe(401);
  });

  it('answers 401 before looking at the body, so an anonymous caller learns nothing of the schema', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/persons/search',
      payload: { query: 5, limit: -1 },
    });
    expect(res.statusCode).toBe(401);
    expect(JSON.stringify(res.json())).not.toContain('query');
  });

  it('answers 403 when the token lacks the permission', async () => {
    const app = await buildServer(t.ctx);
    app.get(
      '/api/admin-only',
      { config: { access: 'user:admin' }, schema: { response: { 200: z.object({}) } } },
      async () => ({}),
    );
    await app.ready();
    const member = await t.authHeader([{ role: 'member', orgnr: null }]);
    expect((await app.inject({ method: 'GET', url: '/api/admin-only', headers: member })).statusCode).toBe(
      403,
    );
    const admin = await t.authHeader([{ role: 'admin', orgnr: null }]);
    expect((await app.inject({ method: 'GET', url: '/api/admin-only', headers: admin })).statusCode).toBe(
      200,
    );
    await app.close();
  });

  it('answers 400 with the path of each bad field, for bad JSON too, never 500', async () => {
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: '', password: 5 },
    });
    expect(bad.statusCode).toBe(400);
    expect((bad.json() as { errors: { path: string }[] }).errors.map((e) => e.path).sort()).toEqual([
      'password',
      'username',
    ]);
    const broken = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username": ',
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json()).toEqual({ errors: [{ path: '', message: expect.any(String) }] });
  });

  it('signs in with the built-in identity provider and accepts its token', async () => {
    await t.authHeader([{ role: 'case_handler', orgnr: null }]);
    const { createUser } = await import('../../src/platform/auth/users');
    const { systemPrincipal } = await import('../../src/platform/auth/roles');
    await createUser(t.ctx.db, systemPrincipal(), {
      username: 'ola',
      displayName: 'Ola',
      password: 'pw-ola',
      grants: [],
    });
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'ola', password: 'nope' },
    });
    expect(wrong.statusCode).toBe(401);
    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'ola', password: 'pw-ola' },
    });
    expect(ok.statusCode).toBe(200);
    const { token } = ok.json() as { token: string };
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(me.json()).toMatchObject({ username: 'ola', displayName: 'Ola' });
    const jwks = (await t.app.inject({ method: 'GET', url: '/api/auth/jwks' })).json() as {
      keys: { kty: string; d?: string }[];
    };
    expect(jwks.keys[0]?.kty).toBe('EC');
    expect(jwks.keys[0]?.d).toBeUndefined();
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/no-such-thing' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({
      errors: [{ path: '', message: expect.stringContaining('no such resource') }],
    });
  });
});
