/**
 * Roles from the product brief and what each may do. A role can be scoped to one employer
 * (organisation number); an employer-scoped grant reaches only that employer's data.
 */
export const ROLES = [
  'customer_handler', // kundebehandler
  'preparer', // klargjører
  'case_handler', // saksbehandler
  'approver', // attestant (four-eyes)
  'line_manager',
  'benefits_owner', // gevinsteier
  'employer', // employer HR/finance
  'member',
  'data_consumer',
  'payments_officer', // utbetaling: runs payment runs, works the rejected-payment and recovery queues
  'admin', // system and role administrator
] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'person:read',
  'person:write',
  'register:read',
  'register:write',
  'register:import',
  'calc:run',
  'report:key-figures',
  'audit:read',
  'user:admin',
  'case:read', // see cases (an employer's grant: its own employees' cases, status only)
  'case:create', // register an application or a retirement notice
  'case:handle', // take, prepare, assess, calculate, draft a decision
  'case:approve', // four eyes: approve or return another's decision
  'case:statistics', // throughput, lead times, errors of a unit
  'payment:read', // payment runs, a person's payments, the queues
  'payment:run', // start runs and regulations, correct rejected payments, settle claims
  'parameter:write', // dated parameters such as a new G (four eyes: another admin approves)
  'letter:read', // letters, receipts, print batches, volumes
  'letter:send', // write and send a letter
  'ops:admin', // jobs, schedules, backups
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const STAFF_READ: Permission[] = ['person:read', 'register:read', 'calc:run'];

const CASE_WORK: Permission[] = ['case:read', 'case:create', 'case:handle', 'letter:read', 'letter:send'];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  customer_handler: [...STAFF_READ, 'case:read', 'case:create', 'letter:read'],
  preparer: [...STAFF_READ, 'person:write', 'register:write', ...CASE_WORK],
  case_handler: [
    ...STAFF_READ,
    'person:write',
    'register:write',
    'report:key-figures',
    ...CASE_WORK,
    'payment:read',
  ],
  approver: [
    ...STAFF_READ,
    'person:write',
    'register:write',
    'report:key-figures',
    ...CASE_WORK,
    'case:approve',
    'payment:read',
  ],
  line_manager: [
    ...STAFF_READ,
    'report:key-figures',
    'case:read',
    'case:statistics',
    'payment:read',
    'letter:read',
  ],
  benefits_owner: ['report:key-figures', 'case:statistics'],
  employer: ['person:read', 'register:read', 'report:key-figures', 'case:read', 'case:create'],
  member: [],
  data_consumer: [],
  payments_officer: [...STAFF_READ, 'payment:read', 'payment:run', 'letter:read', 'letter:send'],
  admin: [...PERMISSIONS],
};

export interface RoleGrant {
  role: Role;
  /** Organisation number the grant is limited to; null reaches every employer. */
  orgnr: string | null;
  /** Organisation unit (a case queue's unit, e.g. 'uforhet') the grant is limited to; cases only. */
  orgUnit?: string | null;
}

/** Who is calling, with what they may do. */
export interface Principal {
  userId: number;
  username: string;
  displayName: string;
  grants: RoleGrant[];
}

/** The employers a permission reaches for this principal: 'all', a list, or none (empty list). */
export function scopeOf(principal: Principal, permission: Permission): 'all' | string[] {
  const orgnrs = new Set<string>();
  for (const g of principal.grants) {
    if (!ROLE_PERMISSIONS[g.role].includes(permission)) continue;
    if (g.orgnr === null) return 'all';
    orgnrs.add(g.orgnr);
  }
  return [...orgnrs];
}

export function can(principal: Principal, permission: Permission): boolean {
  const scope = scopeOf(principal, permission);
  return scope === 'all' || scope.length > 0;
}

/** The system itself (start-up, batches started from the command line) as a principal. */
export function systemPrincipal(name = 'system'): Principal {
  return { userId: 0, username: name, displayName: name, grants: [{ role: 'admin', orgnr: null }] };
}
