/** Staff users and their role grants. */

import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { writeAudit } from '../audit';
import type { Database } from '../db';
import { invalidInput } from '../errors';
import type { PlatformTables } from '../tables';
import { hashPassword, verifyPassword } from './passwords';
import { type Principal, ROLES, type Role, type RoleGrant } from './roles';
import { checkGrant } from './user-admin';

export interface NewUser {
  username: string;
  displayName: string;
  password?: string;
  grants: RoleGrant[];
}

export interface UserRows {
  username: string;
  displayName: string;
  passwordHash: string | null;
  externalSubject: string | null;
  grants: { role: Role; orgnr: string | null; orgUnit: string | null }[];
  reason?: string | null;
}

/** Writes a new user, its grants and the audit row, inside the caller's transaction. */
export async function insertUser<T extends PlatformTables>(
  tx: Kysely<T>,
  actor: Principal,
  u: UserRows,
): Promise<number> {
  const trx = tx as unknown as Kysely<PlatformTables>;
  const { id } = await trx
    .insertInto('app_user')
    .values({
      username: u.username,
      display_name: u.displayName,
      password_hash: u.passwordHash,
      external_subject: u.externalSubject,
      recorded_by: actor.username,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (u.grants.length > 0) {
    await trx
      .insertInto('role_assignment')
      .values(
        u.grants.map((g) => ({
          user_id: id,
          role: g.role,
          scope_orgnr: g.orgnr,
          org_unit: g.orgUnit,
          recorded_by: actor.username,
        })),
      )
      .execute();
  }
  await writeAudit(trx, actor, {
    action: 'create',
    entity: 'user',
    entityId: id,
    reason: u.reason ?? null,
    details: {
      username: u.username,
      displayName: u.displayName,
      external: u.externalSubject !== null,
      roles: u.grants,
    },
  });
  return id;
}

/**
 * Creates a user for the system itself (the first administrator from the command line, demo users).
 * Administrators use `addUser`, which also checks the administrator and the password rules.
 */
export async function createUser(db: Database, actor: Principal, user: NewUser): Promise<number> {
  // The same grant rules as administrators get: a valid orgnr, and no employer role without one.
  const grants = user.grants.map((g, i) => {
    if (!ROLES.includes(g.role))
      throw invalidInput([{ path: `grants[${i}].role`, message: `unknown role ${g.role}` }]);
    return { role: g.role, ...checkGrant(g, `grants[${i}]`) };
  });
  const passwordHash = user.password ? await hashPassword(user.password) : null;
  return db.kysely.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('app_user')
      .select('id')
      .where('username', '=', user.username)
      .executeTakeFirst();
    if (existing) throw invalidInput([{ path: 'username', message: `user ${user.username} exists already` }]);
    return insertUser(trx, actor, {
      username: user.username,
      displayName: user.displayName,
      passwordHash,
      externalSubject: null,
      grants,
    });
  });
}

/**
 * The active user with their grants. With `tokenVersion` (from a bearer token), only while the
 * user's tokens have not been ended since (password, activation or role changed: migration 0017).
 */
export async function loadPrincipal(
  db: Database,
  userId: number,
  tokenVersion?: number,
): Promise<Principal | undefined> {
  let query = db.kysely
    .selectFrom('app_user')
    .select(['id', 'username', 'display_name'])
    .where('id', '=', userId)
    .where('active', '=', true);
  if (tokenVersion !== undefined) query = query.where('token_version', '=', tokenVersion);
  const user = await query.executeTakeFirst();
  if (!user) return undefined;
  const grants = await db.kysely
    .selectFrom('role_assignment')
    .select(['role', 'scope_orgnr', 'org_unit'])
    .where('user_id', '=', userId)
    .execute();
  return {
    userId: user.id,
    username: user.username,
    displayName: user.display_name,
    grants: grants.map((g) => ({
      role: g.role as Role,
      orgnr: g.scope_orgnr?.trim() ?? null,
      orgUnit: g.org_unit,
    })),
  };
}

/** Checks a username and password; undefined when either is wrong (the caller must not say which). */
// A scrypt hash of a random secret: verifying against it costs what a real check costs.
let dummyHash: Promise<string> | undefined;

export async function authenticate(
  db: Database,
  username: string,
  password: string,
): Promise<Principal | undefined> {
  const user = await db.kysely
    .selectFrom('app_user')
    .select(['id', 'password_hash'])
    .where('username', '=', username)
    .where('active', '=', true)
    .executeTakeFirst();
  if (!user?.password_hash) {
    // Spend the same time as for a real user, so response times do not reveal which usernames exist.
    dummyHash ??= hashPassword(randomUUID());
    await verifyPassword(password, await dummyHash);
    return undefined;
  }
  if (!(await verifyPassword(password, user.password_hash))) return undefined;
  return loadPrincipal(db, user.id);
}

/** The version a new token of this user carries. */
export async function tokenVersionOf(db: Database, userId: number): Promise<number> {
  const row = await db.kysely
    .selectFrom('app_user')
    .select('token_version')
    .where('id', '=', userId)
    .executeTakeFirst();
  return row?.token_version ?? 0;
}

export async function countUsers(db: Database): Promise<number> {
  const row = await db.kysely
    .selectFrom('app_user')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
