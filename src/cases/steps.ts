/**
 * What every step on a case shares: finding the case within the caller's reach, locking it for the
 * rest of the transaction (two handlers acting on one case at once run one after the other, and the
 * second sees the first's result), checking the status, and writing the step into the case history
 * and the audit log in the same transaction as the change.
 */
import type { Selectable } from 'kysely';
import { writeAudit } from '../platform/audit';
import { type Permission, type Principal, scopeOf } from '../platform/auth/roles';
import { AppError, forbidden, notFound } from '../platform/errors';
import type { CaseStatus, CasesDb, PensionCaseRow } from './tables';

export type CaseRow = Selectable<PensionCaseRow>;

/** 'all' employers, or the organisation numbers whose employees' cases the caller reaches. */
export type CaseScope = 'all' | readonly string[];

export const caseScope = (principal: Principal, permission: Permission): CaseScope =>
  scopeOf(principal, permission);

/** An employer-scoped caller sees status, not the assessment, calculation or amounts. */
export const seesWholeCase = (principal: Principal): boolean => caseScope(principal, 'case:read') === 'all';

export const conflict = (message: string, path = '') => new AppError('conflict', [{ path, message }]);

/**
 * The case, locked (`for update`) when `lock` is set. Outside the caller's employers the answer is
 * 404, as for a case that does not exist.
 */
export async function findCase(
  db: CasesDb,
  principal: Principal,
  id: number,
  permission: Permission,
  lock = false,
): Promise<CaseRow> {
  let q = db.selectFrom('pension_case').selectAll().where('id', '=', id);
  if (lock) q = q.forUpdate();
  const row = (await q.executeTakeFirst()) as CaseRow | undefined;
  if (!row) throw notFound('case');
  const scope = caseScope(principal, permission);
  if (scope !== 'all' && !scope.includes(row.orgnr)) {
    // Someone who may read the case but not do this to it is told so; others learn nothing.
    const readScope = caseScope(principal, 'case:read');
    if (readScope === 'all' || readScope.includes(row.orgnr))
      throw forbidden(`this needs the permission ${permission}`);
    throw notFound('case');
  }
  return row;
}

export function requireStatus(row: CaseRow, allowed: readonly CaseStatus[], doing: string): void {
  if (!allowed.includes(row.status)) {
    throw conflict(
      `cannot ${doing} a case that is ${row.status} (only when ${allowed.join(' or ')})`,
      'status',
    );
  }
}

/**
 * Work on a case is done by its assignee. A case nobody has taken is taken by whoever works on it;
 * one assigned to a colleague must be handed over first (409), so two people never work one case.
 */
export function requireWorker(row: CaseRow, principal: Principal): { assignee_id: number | null } {
  if (row.assignee_id !== null && row.assignee_id !== principal.userId) {
    throw conflict(
      'the case is assigned to someone else: take it over only when they hand it to you',
      'assignee',
    );
  }
  return { assignee_id: principal.userId > 0 ? principal.userId : row.assignee_id };
}

export interface Step {
  action: string;
  to?: CaseStatus | undefined;
  comment?: string | null | undefined;
  details?: unknown;
  /** When the step happened (the use case's clock); the database's clock when not given. */
  at?: Date | undefined;
}

/** Writes the step into the case history and the audit log (the caller's transaction). */
export async function recordStep(db: CasesDb, principal: Principal | string, row: CaseRow, step: Step) {
  const actor = typeof principal === 'string' ? principal : principal.username;
  await db
    .insertInto('case_event')
    .values({
      case_id: row.id,
      actor,
      action: step.action,
      from_status: row.status,
      to_status: step.to ?? row.status,
      comment: step.comment ?? null,
      details: step.details === undefined ? null : JSON.stringify(step.details),
      ...(step.at ? { at: step.at } : {}),
    })
    .execute();
  await writeAudit(db, principal, {
    action: `case.${step.action}`,
    entity: 'case',
    entityId: row.id,
    reason: step.comment ?? null,
    details: {
      from: row.status,
      to: step.to ?? row.status,
      ...(step.details ? { details: step.details } : {}),
    },
  });
}
