// Issue #22 items 7 and 8: a password change, deactivation or revoked role ends the user's existing
// tokens; failed sign-ins are throttled per user and per address (429, logged); hashing is limited.

import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KassaApp } from '../../src/http/app';
import { buildServer } from '../../src/http/server';
import {
  HASH_CONCURRENCY,
  hashingLoad,
  hashPassword,
  verifyPassword,
} from '../../src/platform/auth/passwords';
import { systemPrincipal } from '../../src/platform/auth/roles';
import { createUser } from '../../src/platform/auth/users';
import { createLogger } from '../../src/platform/logger';
import { createTestApp, type TestApp } from '../support/app';

let t: TestApp;
let admin: { authorization: string };
let app: KassaApp;
const logLines: string[] = [];

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.authHeader([{ role: 'admin', orgnr: null }]);
  // A server whose log is captured, to see the throttling logged.
  const sink = new Writable({
    write(chunk, _enc, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  app = await buildServer({ ...t.ctx, logger: createLogger('info', sink) });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await t.close();
});

async function addUser(username: string, password: string, role: 'case_handler' | 'admin' = 'case_handler') {
  return createUser(t.ctx.db, systemPrincipal('test'), {
    username,
    displayName: username,
    password,
    grants: [{ role, orgnr: null }],
  });
}

async function login(username: string, password: string, ip = '10.1.1.1') {
  return app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password },
    remoteAddress: ip,
  });
}

async function tokenOf(username: string, password: string) {
  const res = await login(username, password, `10.0.${Math.floor(Math.random() * 200)}.1`);
  expect(res.statusCode).toBe(200);
  return { authorization: `Bearer ${(res.json() as { token: string }).token}` };
}

const me = async (headers: { authorization: string }) =>
  (await app.inject({ method: 'GET', url: '/api/auth/me', headers })).statusCode;
const patchUser = (id: number, body: object) =>
  app.inject({
    method: 'PATCH',
    url: `/api/users/${id}`,
    headers: admin,
    payload: { ...body, reason: 'test' },
  });

describe('existing tokens end (item 7)', () => {
  it('when the password changes: the old token is refused, a new sign-in works', async () => {
    const id = await addUser('tok.pw', 'first long password');
    const old = await tokenOf('tok.pw', 'first long password');
    expect(await me(old)).toBe(200);
    expect((await patchUser(id, { password: 'second long password' })).statusCode).toBe(200);
    expect(await me(old)).toBe(401);
    expect(await me(await tokenOf('tok.pw', 'second long password'))).toBe(200);
  });

  it('when the user is deactivated, and stays ended after re-activation', async () => {
    const id = await addUser('tok.active', 'first long password');
    const old = await tokenOf('tok.active', 'first long password');
    expect((await patchUser(id, { active: false })).statusCode).toBe(200);
    expect(await me(old)).toBe(401);
    expect((await patchUser(id, { active: true })).statusCode).toBe(200);
    expect(await me(old)).toBe(401);
    expect(await me(await tokenOf('tok.active', 'first long password'))).toBe(200);
  });

  it('when a role is revoked; a change of display name does not end them', async () => {
    const id = await addUser('tok.role', 'first long password');
    const grant = await app.inject({
      method: 'POST',
      url: `/api/users/${id}/roles`,
      headers: admin,
      payload: { role: 'preparer', reason: 'test' },
    });
    expect(grant.statusCode).toBe(201);
    const token = await tokenOf('tok.role', 'first long password');
    expect((await patchUser(id, { displayName: 'Another Name' })).statusCode).toBe(200);
    expect(await me(token)).toBe(200);
    const roleId = (grant.json() as { id: number }).id;
    const revoke = await app.inject({
      method: 'DELETE',
      url: `/api/users/${id}/roles/${roleId}?reason=left`,
      headers: admin,
    });
    expect(revoke.statusCode).toBe(200);
    expect(await me(token)).toBe(401);
  });
});

describe('signed-in users are kept in memory between requests, yet every change is heard (issue #22, throughput)', () => {
  // Another process (the command line, a second server) changes the rows directly: NOTIFY from the
  // database's triggers (migration 0027) reaches this server, which forgets the user.
  const untilStatus = async (headers: { authorization: string }, status: number) => {
    for (let i = 0; i < 200 && (await me(headers)) !== status; i++)
      await new Promise((r) => setTimeout(r, 10));
    return me(headers);
  };

  it('a deactivation written by another process ends a token in use', async () => {
    const id = await addUser('tok.sql', 'first long password');
    const token = await tokenOf('tok.sql', 'first long password');
    for (let i = 0; i < 3; i++) expect(await me(token)).toBe(200); // read, then kept
    await t.ctx.db.executeSql(`update app_user set active = false where id = ${id}`);
    expect(await untilStatus(token, 401)).toBe(401);
  });

  it('a role revoked by another process ends the token; one granted there reaches it', async () => {
    const id = await addUser('tok.sqlrole', 'first long password');
    const token = await tokenOf('tok.sqlrole', 'first long password');
    const employers = async () =>
      (await app.inject({ method: 'GET', url: '/api/employers', headers: token })).statusCode;
    expect(await employers()).toBe(200);
    expect(await employers()).toBe(200);
    await t.ctx.db.executeSql(
      `insert into role_assignment (user_id, role, recorded_by) values (${id}, 'preparer', 'test')`,
    );
    for (let i = 0; i < 200; i++) {
      const roles = (await app.inject({ method: 'GET', url: '/api/auth/me', headers: token })).json().roles;
      if (roles.length === 2) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    const me2 = await app.inject({ method: 'GET', url: '/api/auth/me', headers: token });
    expect((me2.json().roles as { role: string }[]).map((r) => r.role).sort()).toEqual([
      'case_handler',
      'preparer',
    ]);
    await t.ctx.db.executeSql(`delete from role_assignment where user_id = ${id} and role = 'preparer'`);
    expect(await untilStatus(token, 401)).toBe(401);
  });
});

describe('sign-in throttling (item 8)', () => {
  it('answers 429 with Retry-After after five failures of a user, even for the right password, and logs it', async () => {
    await addUser('thr.user', 'right long password');
    for (let i = 0; i < 5; i++)
      expect((await login('thr.user', 'wrong', `10.2.0.${i}`)).statusCode).toBe(401);
    expect((await login('thr.user', 'wrong', '10.2.1.1')).statusCode).toBe(401); // the 6th is checked, then blocks
    const blocked = await login('thr.user', 'right long password', '10.2.1.2');
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect((blocked.json() as { errors: { message: string }[] }).errors[0]?.message).toMatch(/try again/);
    expect(logLines.some((l) => l.includes('sign-in throttled') && l.includes('thr.user'))).toBe(true);
    // another user is not affected
    await addUser('thr.other', 'right long password');
    expect((await login('thr.other', 'right long password', '10.2.1.3')).statusCode).toBe(200);
  });

  it('blocks an address after twenty failures across usernames', async () => {
    for (let i = 0; i < 21; i++)
      expect((await login(`nobody${i}`, 'wrong', '10.3.0.1')).statusCode).toBe(401);
    await addUser('thr.addr', 'right long password');
    expect((await login('thr.addr', 'right long password', '10.3.0.1')).statusCode).toBe(429);
    expect((await login('thr.addr', 'right long password', '10.3.0.2')).statusCode).toBe(200);
  });

  it(`runs at most ${HASH_CONCURRENCY} password hashes at once; the rest wait`, async () => {
    const stored = await hashPassword('some long password');
    let most = 0;
    const probe = setInterval(() => {
      most = Math.max(most, hashingLoad().running);
    }, 1);
    const results = await Promise.all(
      Array.from({ length: 8 }, () => verifyPassword('some long password', stored)),
    );
    clearInterval(probe);
    expect(results.every(Boolean)).toBe(true);
    expect(most).toBeGreaterThanOrEqual(1);
    expect(most).toBeLessThanOrEqual(HASH_CONCURRENCY);
    expect(hashingLoad()).toEqual({ running: 0, waiting: 0 });
  });
});
