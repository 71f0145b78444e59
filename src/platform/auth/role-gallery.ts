/**
 * The role gallery (product.md, "Roles and environments"): every role with what it may do and who
 * holds it, per employer and organisation unit, so an administrator also sees the empty roles.
 * Only active users count as holders: a role held only by deactivated users is empty.
 */
import type { Database } from '../db';
import { type Permission, ROLE_PERMISSIONS, ROLES, type Role } from './roles';

export interface RoleHolder {
  userId: number;
  username: string;
  displayName: string;
  orgnr: string | null;
  orgUnit: string | null;
}

export interface GalleryRole {
  role: Role;
  permissions: Permission[];
  holders: RoleHolder[];
  empty: boolean;
}

export async function roleGallery(db: Database): Promise<GalleryRole[]> {
  const rows = await db.kysely
    .selectFrom('role_assignment as r')
    .innerJoin('app_user as u', 'u.id', 'r.user_id')
    .select(['r.role', 'r.scope_orgnr', 'r.org_unit', 'u.id', 'u.username', 'u.display_name'])
    .where('u.active', '=', true)
    .orderBy('r.role')
    .orderBy('u.username')
    .orderBy('r.scope_orgnr')
    .orderBy('r.org_unit')
    .execute();
  const byRole = new Map<string, RoleHolder[]>();
  for (const r of rows) {
    const list = byRole.get(r.role) ?? [];
    list.push({
      userId: r.id,
      username: r.username,
      displayName: r.display_name,
      orgnr: r.scope_orgnr?.trim() ?? null,
      orgUnit: r.org_unit,
    });
    byRole.set(r.role, list);
  }
  return ROLES.map((role) => {
    const holders = byRole.get(role) ?? [];
    return { role, permissions: [...ROLE_PERMISSIONS[role]], holders, empty: holders.length === 0 };
  });
}
