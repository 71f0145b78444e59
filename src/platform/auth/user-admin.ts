/**
 * What the user-administration use cases share: the grant shape with its organisation unit, the
 * rule that only an unscoped administrator administers users, and the one lock that serialises
 * those writes so "there is always an active administrator" holds also under concurrent requests.
 */
import { type Kysely, sql, type Transaction } from 'kysely';
import { checkOrgnr } from '../../domain/identifiers';
import { AppError, forbidden, invalidInput } from '../errors';
import type { PlatformTables } from '../tables';
import { type Permission, type Principal, type Role, scopeOf } from './roles';

/** A role held by a user, limited to an employer (orgnr) and/or an organisation unit when set. */
export interface RoleAssignment {
  id: number;
  role: Role;
  orgnr: string | null;
  orgUnit: string | null;
}

export interface NewGrant {
  role: Role;
  orgnr?: string | null | undefined;
  orgUnit?: string | null | undefined;
}

/** The platform's tables plus the history of role grants (migration 0006). */
export type UserAdminTables = PlatformTables & {
  role_assignment_history: PlatformTables['role_assignment'] & { superseded_at: Date };
};
export type UserAdminTx = Transaction<UserAdminTables>;

const USER_ADMIN: Permission = 'user:admin';
/** Arbitrary key of the advisory lock that serialises user-administration writes. */
const USER_ADMIN_LOCK = 58_214;

/**
 * Administering users needs the admin permission for every employer: an employer-scoped grant
 * must not be able to hand itself (or anyone) a wider role.
 */
export function requireUserAdmin(actor: Principal): void {
  if (scopeOf(actor, USER_ADMIN) !== 'all') {
    throw forbidden('administering users needs the admin role for all employers');
  }
}

export function conflict(path: string, message: string): AppError {
  return new AppError('conflict', [{ path, message }]);
}

/**
 * Opens a user-administration write: takes the lock, then checks the actor is still an active,
 * unscoped administrator (a concurrent request may have just revoked that). The system principal
 * (user id 0, the command line) has no row and is trusted.
 */
export async function beginUserAdminWrite(trx: UserAdminTx, actor: Principal): Promise<void> {
  requireUserAdmin(actor);
  await sql`select pg_advisory_xact_lock(${USER_ADMIN_LOCK})`.execute(trx);
  if (actor.userId === 0) return;
  if ((await countGlobalAdminGrants(trx, actor.userId, { activeOnly: true })) === 0) {
    throw forbidden('administering users needs the admin role for all employers');
  }
}

/**
 * Admin grants of a user not limited to an employer (optionally only while the user is active).
 * An organisation unit narrows only which cases a grant reaches (cases/steps.ts), not this.
 */
export async function countGlobalAdminGrants(
  trx: Kysely<UserAdminTables>,
  userId: number,
  options: { activeOnly: boolean; exceptRoleId?: number },
): Promise<number> {
  let q = trx
    .selectFrom('role_assignment as r')
    .innerJoin('app_user as u', 'u.id', 'r.user_id')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('r.user_id', '=', userId)
    .where('r.role', '=', 'admin')
    .where('r.scope_orgnr', 'is', null);
  if (options.activeOnly) q = q.where('u.active', '=', true);
  if (options.exceptRoleId !== undefined) q = q.where('r.id', '!=', options.exceptRoleId);
  const row = await q.executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Validates a grant's scope; `path` is where the grant sits in the caller's input (`roles[0]`). */
export function checkGrant(grant: NewGrant, path: string): { orgnr: string | null; orgUnit: string | null } {
  const orgnr = grant.orgnr ?? null;
  const orgUnit = grant.orgUnit?.trim() || null;
  const at = (field: string) => (path ? `${path}.${field}` : field);
  if (orgnr !== null) {
    const checked = checkOrgnr(orgnr);
    if (!checked.ok) throw invalidInput([{ path: at('orgnr'), message: checked.reason }]);
  }
  // An employer's own staff must never reach other employers' data by a missing scope.
  if (grant.role === 'employer' && orgnr === null) {
    throw invalidInput([{ path: at('orgnr'), message: 'the employer role needs the employer (orgnr)' }]);
  }
  return { orgnr, orgUnit };
}

export function toAssignment(row: {
  id: number;
  role: string;
  scope_orgnr: string | null;
  org_unit: string | null;
}): RoleAssignment {
  return {
    id: row.id,
    role: row.role as Role,
    orgnr: row.scope_orgnr?.trim() ?? null,
    orgUnit: row.org_unit,
  };
}

/** The platform's Kysely seen with the role history table. */
export function userAdminDb(kysely: Kysely<PlatformTables>): Kysely<UserAdminTables> {
  return kysely as unknown as Kysely<UserAdminTables>;
}
