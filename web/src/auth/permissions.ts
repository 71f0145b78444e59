/**
 * What the signed-in user may see, from the same role table the server enforces
 * (src/platform/auth/roles.ts). The UI only hides what the server would refuse anyway.
 */
import { type Permission, ROLE_PERMISSIONS, ROLES, type Role } from '../../../src/platform/auth/roles';
import type { RoleGrant } from '../api/types';

export type { Permission };

function isRole(role: string): role is Role {
  return (ROLES as readonly string[]).includes(role);
}

/** The employers a permission reaches: 'all', a list of organisation numbers, or none. */
export function scopeOf(grants: RoleGrant[], permission: Permission): 'all' | string[] {
  const orgnrs = new Set<string>();
  for (const g of grants) {
    if (!isRole(g.role) || !ROLE_PERMISSIONS[g.role].includes(permission)) continue;
    if (g.orgnr === null) return 'all';
    orgnrs.add(g.orgnr);
  }
  return [...orgnrs];
}

export function can(grants: RoleGrant[], permission: Permission): boolean {
  const scope = scopeOf(grants, permission);
  return scope === 'all' || scope.length > 0;
}
