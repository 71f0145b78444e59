/**
 * Employer scoping: a role granted for one employer (organisation number) reaches only the persons
 * with a membership at that employer, and only those memberships.
 */
import { type Permission, type Principal, scopeOf } from '../platform/auth/roles';
import { forbidden, notFound } from '../platform/errors';
import type { RegisterDb } from './tables';

/** 'all' employers, or the organisation numbers the caller reaches. */
export type EmployerScope = 'all' | readonly string[];

export function employerScope(principal: Principal, permission: Permission): EmployerScope {
  return scopeOf(principal, permission);
}

export function reachesEmployer(scope: EmployerScope, orgnr: string): boolean {
  return scope === 'all' || scope.includes(orgnr);
}

/** Throws 404 when the person does not exist and 403 when it lies outside the caller's employers. */
export async function requirePersonInScope(
  db: RegisterDb,
  personId: number,
  scope: EmployerScope,
): Promise<void> {
  const person = await db.selectFrom('person').select('id').where('id', '=', personId).executeTakeFirst();
  if (!person) throw notFound('person');
  if (scope === 'all') return;
  const hit =
    scope.length > 0
      ? await db
          .selectFrom('membership as m')
          .innerJoin('employer as e', 'e.id', 'm.employer_id')
          .select('m.id')
          .where('m.person_id', '=', personId)
          .where('e.orgnr', 'in', scope)
          .executeTakeFirst()
      : undefined;
  if (!hit) throw forbidden('this person has no membership at an employer you have access to');
}

export function requireEmployerInScope(scope: EmployerScope, orgnr: string): void {
  if (!reachesEmployer(scope, orgnr))
    throw forbidden('this employer is outside the employers you have access to');
}
