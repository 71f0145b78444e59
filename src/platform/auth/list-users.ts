/** Staff users with their current role grants, for the administrator's user list. */
import type { Kysely } from 'kysely';
import type { Database } from '../db';
import { notFound } from '../errors';
import { type RoleAssignment, toAssignment, type UserAdminTables, userAdminDb } from './user-admin';

export interface UserView {
  id: number;
  username: string;
  displayName: string;
  active: boolean;
  /** Signs in through an external OpenID Connect issuer (has an external subject). */
  external: boolean;
  roles: RoleAssignment[];
}

export async function listUsers(db: Database): Promise<UserView[]> {
  return readUsers(userAdminDb(db.kysely));
}

export async function getUser(kysely: Kysely<UserAdminTables>, userId: number): Promise<UserView> {
  const [user] = await readUsers(kysely, userId);
  if (!user) throw notFound(`user ${userId}`);
  return user;
}

async function readUsers(kysely: Kysely<UserAdminTables>, userId?: number): Promise<UserView[]> {
  let users = kysely
    .selectFrom('app_user')
    .select(['id', 'username', 'display_name', 'active', 'external_subject'])
    .orderBy('username');
  let grants = kysely
    .selectFrom('role_assignment')
    .select(['id', 'user_id', 'role', 'scope_orgnr', 'org_unit'])
    .orderBy('role')
    .orderBy('scope_orgnr')
    .orderBy('org_unit')
    .orderBy('id');
  if (userId !== undefined) {
    users = users.where('id', '=', userId);
    grants = grants.where('user_id', '=', userId);
  }
  const [userRows, grantRows] = await Promise.all([users.execute(), grants.execute()]);
  const byUser = new Map<number, RoleAssignment[]>();
  for (const g of grantRows) {
    const list = byUser.get(g.user_id) ?? [];
    list.push(toAssignment(g));
    byUser.set(g.user_id, list);
  }
  return userRows.map((u) => ({
    id: u.id,
    username: u.username,
    displayName: u.display_name,
    active: u.active,
    external: u.external_subject !== null,
    roles: byUser.get(u.id) ?? [],
  }));
}
