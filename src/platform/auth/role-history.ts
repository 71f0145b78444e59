/**
 * A user's role grants over time: the current ones and the revoked ones kept in
 * role_assignment_history, each revocation with who did it and why from the audit log.
 */
import type { Database } from '../db';
import { notFound } from '../errors';
import type { Role } from './roles';
import { userAdminDb } from './user-admin';

export interface RoleGrantPeriod {
  id: number;
  role: Role;
  orgnr: string | null;
  orgUnit: string | null;
  grantedAt: string;
  grantedBy: string;
  revokedAt: string | null;
  revokedBy: string | null;
  revokeReason: string | null;
}

export async function roleHistory(db: Database, userId: number): Promise<RoleGrantPeriod[]> {
  const k = userAdminDb(db.kysely);
  const user = await k.selectFrom('app_user').select('id').where('id', '=', userId).executeTakeFirst();
  if (!user) throw notFound(`user ${userId}`);
  const cols = ['id', 'role', 'scope_orgnr', 'org_unit', 'recorded_at', 'recorded_by'] as const;
  const [current, revoked, audits] = await Promise.all([
    k.selectFrom('role_assignment').select(cols).where('user_id', '=', userId).execute(),
    k
      .selectFrom('role_assignment_history')
      .select([...cols, 'superseded_at'])
      .where('user_id', '=', userId)
      .execute(),
    k
      .selectFrom('audit_log')
      .select(['actor', 'reason', 'details'])
      .where('entity', '=', 'user')
      .where('entity_id', '=', String(userId))
      .where('action', '=', 'revoke-role')
      .execute(),
  ]);
  const revocation = new Map<number, { actor: string; reason: string | null }>();
  for (const a of audits) {
    const roleId = (a.details as { roleId?: unknown } | null)?.roleId;
    if (typeof roleId === 'number') revocation.set(roleId, { actor: a.actor, reason: a.reason });
  }
  const base = (r: (typeof current)[number]) => ({
    id: r.id,
    role: r.role as Role,
    orgnr: r.scope_orgnr?.trim() ?? null,
    orgUnit: r.org_unit,
    grantedAt: new Date(r.recorded_at).toISOString(),
    grantedBy: r.recorded_by,
  });
  const periods: RoleGrantPeriod[] = [
    ...current.map((r) => ({ ...base(r), revokedAt: null, revokedBy: null, revokeReason: null })),
    ...revoked.map((r) => ({
      ...base(r),
      revokedAt: new Date(r.superseded_at).toISOString(),
      revokedBy: revocation.get(r.id)?.actor ?? null,
      revokeReason: revocation.get(r.id)?.reason ?? null,
    })),
  ];
  return periods.sort((a, b) => a.grantedAt.localeCompare(b.grantedAt) || a.id - b.id);
}
