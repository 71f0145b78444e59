/**
 * The main menu. A new capability (saker, utbetalinger, brev, datadeling, gevinster, the
 * member and employer portals) adds one entry here and its routes in routes.tsx; the entry
 * shows only to users whose roles hold its permission.
 */
import type { Permission } from '../auth/permissions';

export interface NavItem {
  /** Message key of the label. */
  label: string;
  path: string;
  permission: Permission;
}

export const NAV_ITEMS: NavItem[] = [
  { label: 'nav.members', path: '/medlemmer', permission: 'person:read' },
  { label: 'nav.employers', path: '/arbeidsgivere', permission: 'register:read' },
  { label: 'nav.reports', path: '/rapporter/nokkeltall', permission: 'report:key-figures' },
  { label: 'nav.cases', path: '/saker', permission: 'case:read' },
  { label: 'nav.admin', path: '/admin/brukere', permission: 'user:admin' },
  { label: 'nav.payments', path: '/utbetalinger', permission: 'payment:read' },
  { label: 'letters.nav', path: '/brev', permission: 'letter:read' },
  { label: 'ops.nav', path: '/drift', permission: 'ops:admin' },
];
