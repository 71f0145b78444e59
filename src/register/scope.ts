/**
 * Employer scoping: a role granted for one employer (organisation number) reaches only the persons
 * with a membership at that employer, and only those memberships.
 *
 * Outside the caller's reach, a person, membership, employment period or pension answers 404
 * exactly like one that does not exist: an employer must not learn from the API that a person
 * (or their record at another employer) exists. Employers themselves are public (Enhetsregisteret),
 * so an employer outside the scope stays 403.
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

/** Throws 404 when the person does not exist or lies outside the caller's employers (the same answer). */
export async function requirePersonInScope(
  db: RegisterDb,
  personId: number,
  scope: EmployerScope,
): Promise<void> {
  if (scope === 'all') {
    const person = await db.selectFrom('person').select('id').where('id', '=', personId).executeTakeFirst();
    if (!person) throw notFound('person');
    return;
  }
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
  if (!hit) throw notFound('person');
}

/** 403 for an employer outside the caller's employers (employers are public; persons are not). */
export function requireEmployerInScope(scope: EmployerScope, orgnr: string): void {
  if (!reachesEmployer(scope, orgnr))
    throw forbidden('this employer is outside the employers you have access to');
}

/**
 * 404 for a record (membership, employment period, pension) at an employer outside the caller's
 * employers: the same answer as for an id that does not exist.
 */
export function requireRecordInScope(scope: EmployerScope, orgnr: string, what: string): void {
  if (!reachesEmployer(scope, orgnr)) throw notFound(what);
}
