/**
 * Staff access (issue #2, item 7): an administrator manages users and role grants over the API,
 * scoped to employers; every write is audited with actor and reason; revoked roles and deactivated
 * users lose access on their next request; the role gallery shows who holds which role and which
 * roles are empty.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from '../../src/platform/auth/roles';
import { userAdminDb } from '../../src/platform/auth/user-admin';
import { createTestApp, type TestApp } from '../support/app';
import { orgnr } from '../support/identifiers';

const ORG_A = orgnr('97400000');
const BAD_ORG = `${ORG_A.slice(0, 8)}${(Number(ORG_A[8]) + 1) % 10}`;

type Json = Record<string, unknown>;
type Headers = { authorization: string } | undefined;
let t: TestApp;
let admin: { authorization: string };
let adminId = 0;
let adminUsername = '';

async function call(
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  url: string,
  headers: Headers,
  payload?: Json,
) {
  const res = await t.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
  return {
    status: res.statusCode,
    body: res.json() as Json & { errors?: { path: string; message: string }[] },
  };
}

async function login(username: string, password: string) {
  const res = await call('POST', '/api/auth/login', undefined, { username, password });
  return res.status === 200 ? { authorization: `Bearer ${res.body.token as string}` } : res.status;
}

async function audits(userId: number) {
  return userAdminDb(t.ctx.db.kysely)
    .selectFrom('audit_log')
    .select(['actor', 'action', 'reason', 'details'])
    .where('entity', '=', 'user')
    .where('entity_id', '=', String(userId))
    .orderBy('id')
    .execute();
}

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.authHeader([{ role: 'admin', orgnr: null }]);
  const me = await call('GET', '/api/auth/me', admin);
  adminId = me.body.id as number;
  adminUsername = me.body.username as string;
});
afterAll(async () => {
  await t?.close();
});

describe('who may administer users', () => {
  it('needs a bearer token (401)', async () => {
    expect((await call('GET', '/api/users', undefined)).status).toBe(401);
    expect((await call('GET', '/api/roles', undefined)).status).toBe(401);
  });

  it('a case handler cannot administer users (403)', async () => {
    const handler = await t.authHeader([{ role: 'case_handler', orgnr: null }]);
    expect((await call('GET', '/api/users', handler)).status).toBe(403);
    const res = await call('POST', '/api/users', handler, {
      username: 'sneaky',
      displayName: 'Sneaky',
      password: 'long enough password',
      roles: [{ role: 'admin' }],
    });
    expect(res.status).toBe(403);
  });

  it('an admin limited to one employer cannot administer users either (403)', async () => {
    const scopedAdmin = await t.authHeader([{ role: 'admin', orgnr: ORG_A }]);
    expect((await call('GET', '/api/users', scopedAdmin)).status).toBe(403);
    expect((await call('GET', '/api/roles', scopedAdmin)).status).toBe(403);
  });
});

describe('adding a user', () => {
  it('creates a user who can sign in and sees their roles; audited with the administrator', async () => {
    const res = await call('POST', '/api/users', admin, {
      username: 'kari.kb',
      displayName: 'Kari Kundebehandler',
      password: 'correct horse battery',
      roles: [{ role: 'customer_handler', orgUnit: 'Kundesenter' }],
      reason: 'new hire',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      username: 'kari.kb',
      displayName: 'Kari Kundebehandler',
      active: true,
      external: false,
      roles: [{ role: 'customer_handler', orgnr: null, orgUnit: 'Kundesenter' }],
    });
    const token = await login('kari.kb', 'correct horse battery');
    expect(token).not.toBe(401);
    const me = await call('GET', '/api/auth/me', token as { authorization: string });
    expect(me.body.roles).toEqual([{ role: 'customer_handler', orgnr: null }]);

    const [row] = await audits(res.body.id as number);
    expect(row).toMatchObject({ actor: adminUsername, action: 'create', reason: 'new hire' });
    expect(JSON.stringify(row?.details)).not.toContain('correct horse');

    const list = await call('GET', '/api/users', admin);
    const users = list.body.users as { username: string }[];
    expect(users.map((u) => u.username)).toContain('kari.kb');
  });

  it('adds a user of an external OpenID Connect issuer without a password', async () => {
    const res = await call('POST', '/api/users', admin, {
      username: 'ola.oidc',
      displayName: 'Ola OIDC',
      externalSubject: 'sub-1234',
      roles: [{ role: 'line_manager' }],
    });
    expect(res.status).toBe(201);
    expect(res.body.external).toBe(true);
    expect(await login('ola.oidc', 'anything at all')).toBe(401);
  });

  it('rejects a taken username with 409', async () => {
    const res = await call('POST', '/api/users', admin, {
      username: 'kari.kb',
      displayName: 'Another Kari',
      password: 'another long password',
      roles: [],
    });
    expect(res.status).toBe(409);
    expect(res.body.errors?.[0]?.path).toBe('username');
  });

  it('rejects a bad orgnr with the path of the grant (400)', async () => {
    const res = await call('POST', '/api/users', admin, {
      username: 'bad.org',
      displayName: 'Bad Org',
      password: 'long enough password',
      roles: [{ role: 'employer', orgnr: BAD_ORG }],
    });
    expect(res.status).toBe(400);
    expect(res.body.errors?.map((e) => e.path)).toContain('roles[0].orgnr');
    expect((await call('GET', '/api/users', admin)).body.users).not.toContainEqual(
      expect.objectContaining({ username: 'bad.org' }),
    );
  });

  it('the employer role must name its employer (400)', async () => {
    const res = await call('POST', '/api/users', admin, {
      username: 'hr.nowhere',
      displayName: 'HR Nowhere',
      password: 'long enough password',
      roles: [{ role: 'case_handler' }, { role: 'employer' }],
    });
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.path).toBe('roles[1].orgnr');
  });

  it('needs a password of at least 10 characters, or an external subject (400)', async () => {
    const short = await call('POST', '/api/users', admin, {
      username: 'short.pw',
      displayName: 'Short',
      password: 'short',
      roles: [],
    });
    expect(short.status).toBe(400);
    expect(short.body.errors?.[0]?.path).toBe('password');
    const none = await call('POST', '/api/users', admin, {
      username: 'no.pw',
      displayName: 'None',
      roles: [],
    });
    expect(none.status).toBe(400);
    expect(none.body.errors?.[0]?.path).toBe('password');
  });
});

describe('granting and revoking roles', () => {
  let userId = 0;
  let token: { authorization: string };

  beforeAll(async () => {
    const res = await call('POST', '/api/users', admin, {
      username: 'hanne.hr',
      displayName: 'Hanne HR',
      password: 'hanne long password',
      roles: [],
    });
    userId = res.body.id as number;
    token = (await login('hanne.hr', 'hanne long password')) as { authorization: string };
  });

  it('an employer-scoped grant shows in /api/auth/me at once', async () => {
    expect((await call('GET', '/api/employers', token)).status).toBe(403);
    const res = await call('POST', `/api/users/${userId}/roles`, admin, {
      role: 'employer',
      orgnr: ORG_A,
      reason: 'HR contact for Alta',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ role: 'employer', orgnr: ORG_A, orgUnit: null });
    const me = await call('GET', '/api/auth/me', token);
    expect(me.body.roles).toEqual([{ role: 'employer', orgnr: ORG_A }]);
    expect((await call('GET', '/api/employers', token)).status).toBe(200);
    const again = await call('POST', `/api/users/${userId}/roles`, admin, {
      role: 'employer',
      orgnr: ORG_A,
      reason: 'twice',
    });
    expect(again.status).toBe(409);
  });

  it('a grant with a bad orgnr is rejected (400, path orgnr)', async () => {
    const res = await call('POST', `/api/users/${userId}/roles`, admin, {
      role: 'employer',
      orgnr: BAD_ORG,
      reason: 'typo',
    });
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.path).toBe('orgnr');
  });

  it("revoking needs a reason, then ends the user's tokens (401); signed in again they get 403; history keeps it", async () => {
    const me = await call('GET', `/api/users/${userId}`, admin);
    const roleId = (me.body.roles as { id: number }[])[0]?.id as number;
    expect((await call('DELETE', `/api/users/${userId}/roles/${roleId}`, admin)).status).toBe(400);

    const res = await call('DELETE', `/api/users/${userId}/roles/${roleId}?reason=left%20the%20job`, admin);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: roleId, role: 'employer', orgnr: ORG_A });
    // Issue #22 item 7: a revoked role ends the tokens issued before it.
    expect((await call('GET', '/api/employers', token)).status).toBe(401);
    token = (await login('hanne.hr', 'hanne long password')) as { authorization: string };
    expect((await call('GET', '/api/employers', token)).status).toBe(403);
    expect((await call('GET', '/api/auth/me', token)).body.roles).toEqual([]);
    expect((await call('DELETE', `/api/users/${userId}/roles/${roleId}?reason=again`, admin)).status).toBe(
      404,
    );

    const history = await call('GET', `/api/users/${userId}/role-history`, admin);
    expect(history.body.history).toEqual([
      expect.objectContaining({
        id: roleId,
        role: 'employer',
        orgnr: ORG_A,
        grantedBy: adminUsername,
        revokedBy: adminUsername,
        revokeReason: 'left the job',
        revokedAt: expect.any(String),
      }),
    ]);
    const kept = await userAdminDb(t.ctx.db.kysely)
      .selectFrom('role_assignment_history')
      .select(['role', 'user_id'])
      .where('id', '=', roleId)
      .execute();
    expect(kept).toEqual([{ role: 'employer', user_id: userId }]);
  });

  it('a reason in the body is accepted too', async () => {
    const granted = await call('POST', `/api/users/${userId}/roles`, admin, {
      role: 'data_consumer',
      reason: 'trial',
    });
    const res = await t.app.inject({
      method: 'DELETE',
      url: `/api/users/${userId}/roles/${granted.body.id as number}`,
      headers: admin,
      payload: { reason: 'trial over' },
    });
    expect(res.statusCode).toBe(200);
  });

  it('every grant and revocation is audited with the administrator and the reason', async () => {
    const rows = await audits(userId);
    expect(rows.map((r) => [r.action, r.actor, r.reason])).toEqual([
      ['create', adminUsername, null],
      ['grant-role', adminUsername, 'HR contact for Alta'],
      ['revoke-role', adminUsername, 'left the job'],
      ['grant-role', adminUsername, 'trial'],
      ['revoke-role', adminUsername, 'trial over'],
    ]);
    expect(rows[1]?.details).toMatchObject({ role: 'employer', orgnr: ORG_A });
  });
});

describe('changing a user', () => {
  let userId = 0;
  let token: { authorization: string };

  beforeAll(async () => {
    const res = await call('POST', '/api/users', admin, {
      username: 'per.sb',
      displayName: 'Per Saksbehandler',
      password: 'per first password',
      roles: [{ role: 'case_handler' }],
    });
    userId = res.body.id as number;
    token = (await login('per.sb', 'per first password')) as { authorization: string };
  });

  it('deactivating takes effect on the next request (401) and blocks sign-in; reactivating allows sign-in, old tokens stay ended', async () => {
    expect((await call('GET', '/api/auth/me', token)).status).toBe(200);
    expect((await call('PATCH', `/api/users/${userId}`, admin, { active: false })).status).toBe(400);
    const res = await call('PATCH', `/api/users/${userId}`, admin, { active: false, reason: 'on leave' });
    expect(res.status).toBe(200);
    expect(res.body.active).toBe(false);
    expect((await call('GET', '/api/auth/me', token)).status).toBe(401);
    expect(await login('per.sb', 'per first password')).toBe(401);

    const back = await call('PATCH', `/api/users/${userId}`, admin, {
      active: true,
      reason: 'back from leave',
    });
    expect(back.status).toBe(200);
    // Issue #22 item 7: the token from before the deactivation stays ended; a new sign-in works.
    expect((await call('GET', '/api/auth/me', token)).status).toBe(401);
    token = (await login('per.sb', 'per first password')) as { authorization: string };
    expect((await call('GET', '/api/auth/me', token)).status).toBe(200);
    const rows = await audits(userId);
    expect(rows.slice(-2).map((r) => [r.action, r.actor, r.reason])).toEqual([
      ['deactivate', adminUsername, 'on leave'],
      ['activate', adminUsername, 'back from leave'],
    ]);
  });

  it('a new password replaces the old one; the name changes', async () => {
    const res = await call('PATCH', `/api/users/${userId}`, admin, {
      password: 'per second password',
      displayName: 'Per S. Behandler',
      reason: 'forgot password',
    });
    expect(res.status).toBe(200);
    expect(res.body.displayName).toBe('Per S. Behandler');
    expect(await login('per.sb', 'per first password')).toBe(401);
    expect(await login('per.sb', 'per second password')).not.toBe(401);
    const last = (await audits(userId)).at(-1);
    expect(last?.details).toEqual({
      displayName: { from: 'Per Saksbehandler', to: 'Per S. Behandler' },
      passwordChanged: true,
    });
  });

  it('an unknown user is 404', async () => {
    expect((await call('PATCH', '/api/users/999999', admin, { active: false, reason: 'x' })).status).toBe(
      404,
    );
  });
});

describe('the installation keeps an administrator', () => {
  it('an admin cannot revoke their own last admin role nor deactivate themselves (400)', async () => {
    const me = await call('GET', `/api/users/${adminId}`, admin);
    const adminRole = (me.body.roles as { id: number; role: string }[]).find((r) => r.role === 'admin');
    const res = await call('DELETE', `/api/users/${adminId}/roles/${adminRole?.id}?reason=oops`, admin);
    expect(res.status).toBe(400);
    expect((await call('GET', '/api/users', admin)).status).toBe(200);
    const self = await call('PATCH', `/api/users/${adminId}`, admin, { active: false, reason: 'oops' });
    expect(self.status).toBe(400);
    expect(self.body.errors?.[0]?.path).toBe('active');
  });

  it('another administrator can revoke it, and the former admin is refused at once (401: a revoked role ends their tokens)', async () => {
    const other = await call('POST', '/api/users', admin, {
      username: 'siri.admin',
      displayName: 'Siri Admin',
      password: 'siri long password',
      roles: [{ role: 'admin' }],
    });
    const siri = (await login('siri.admin', 'siri long password')) as { authorization: string };
    const target = await call('POST', '/api/users', admin, {
      username: 'tor.admin',
      displayName: 'Tor Admin',
      password: 'tor long password',
      roles: [{ role: 'admin' }],
    });
    const tor = (await login('tor.admin', 'tor long password')) as { authorization: string };
    const torRole = (target.body.roles as { id: number }[])[0]?.id;
    const res = await call('DELETE', `/api/users/${target.body.id}/roles/${torRole}?reason=moved`, siri);
    expect(res.status).toBe(200);
    expect((await call('GET', '/api/users', tor)).status).toBe(401);
    expect(other.status).toBe(201);
  });
  it('two administrators revoking each other at once: one wins, the other is refused (403)', async () => {
    const make = async (name: string) => {
      const res = await call('POST', '/api/users', admin, {
        username: name,
        displayName: name,
        password: `${name} long password`,
        roles: [{ role: 'admin' }],
      });
      const roleId = (res.body.roles as { id: number }[])[0]?.id as number;
      const token = (await login(name, `${name} long password`)) as { authorization: string };
      return { id: res.body.id as number, roleId, token };
    };
    const a = await make('anne.admin');
    const b = await make('bjorn.admin');
    const results = await Promise.all([
      call('DELETE', `/api/users/${b.id}/roles/${b.roleId}?reason=race`, a.token),
      call('DELETE', `/api/users/${a.id}/roles/${a.roleId}?reason=race`, b.token),
    ]);
    // The loser is refused: 403 while the winner's revocation is not yet committed, 401 after it
    // (a revoked role ends the tokens, issue #22 item 7).
    const statuses = results.map((r) => r.status).sort();
    expect(statuses[0]).toBe(200);
    expect([401, 403]).toContain(statuses[1]);
    const left = await userAdminDb(t.ctx.db.kysely)
      .selectFrom('role_assignment')
      .select('user_id')
      .where('id', 'in', [a.roleId, b.roleId])
      .execute();
    expect(left).toHaveLength(1);
  });
});

describe('the role gallery', () => {
  it('lists every role with its permissions and holders, and which roles are empty', async () => {
    const res = await call('GET', '/api/roles', admin);
    expect(res.status).toBe(200);
    const roles = res.body.roles as {
      role: string;
      permissions: string[];
      holders: { username: string; orgnr: string | null; orgUnit: string | null }[];
      empty: boolean;
    }[];
    expect(roles.map((r) => r.role)).toEqual([...ROLES]);
    const byRole = new Map(roles.map((r) => [r.role, r]));
    // Nobody holds these in this test file (the data consumer grant was revoked again).
    for (const role of ['preparer', 'approver', 'benefits_owner', 'member', 'data_consumer']) {
      expect(byRole.get(role)).toMatchObject({ holders: [], empty: true });
    }
    expect(byRole.get('customer_handler')).toMatchObject({
      empty: false,
      holders: [expect.objectContaining({ username: 'kari.kb', orgnr: null, orgUnit: 'Kundesenter' })],
    });
    expect(byRole.get('admin')?.permissions).toContain('user:admin');
    expect(byRole.get('admin')?.holders.map((h) => h.username)).toContain('siri.admin');
    expect(byRole.get('admin')?.holders.map((h) => h.username)).not.toContain('tor.admin');
  });

  it('a role held only by a deactivated user shows as empty', async () => {
    const user = await call('POST', '/api/users', admin, {
      username: 'mona.member',
      displayName: 'Mona Member',
      password: 'mona long password',
      roles: [{ role: 'member' }],
    });
    const gallery = async () =>
      ((await call('GET', '/api/roles', admin)).body.roles as { role: string; empty: boolean }[]).find(
        (r) => r.role === 'member',
      );
    expect((await gallery())?.empty).toBe(false);
    await call('PATCH', `/api/users/${user.body.id}`, admin, { active: false, reason: 'left the fund' });
    expect((await gallery())?.empty).toBe(true);
  });
});
