/**
 * What every step on a case shares: finding the case within the caller's reach, locking it for the
 * rest of the transaction (two handlers acting on one case at once run one after the other, and the
 * second sees the first's result), checking the status, and writing the step into the case history
 * and the audit log in the same transaction as the change.
 */
import { type ExpressionBuilder, type Selectable, sql } from 'kysely';
import { writeAudit } from '../platform/audit';
import { type Permission, type Principal, ROLE_PERMISSIONS, scopeOf } from '../platform/auth/roles';
import { AppError, forbidden, notFound } from '../platform/errors';
import type { CaseStatus, CasesDb, PensionCaseRow } from './tables';

export type CaseRow = Selectable<PensionCaseRow>;

/** 'all' employers, or the organisation numbers whose employees' cases the caller reaches. */
export type CaseScope = 'all' | readonly string[];

export const caseScope = (principal: Principal, permission: Permission): CaseScope =>
  scopeOf(principal, permission);

/**
 * Which cases a permission reaches: every case, or those of the employers and organisation units
 * the caller's grants name (a grant naming both reaches that unit's cases of that employer). Reads
 * and statistics use this; an empty list reaches nothing.
 */
export type CaseReach = 'all' | readonly { orgnr: string | null; unit: string | null }[];

export function caseReach(principal: Principal, permission: Permission): CaseReach {
  const reach: { orgnr: string | null; unit: string | null }[] = [];
  for (const g of principal.grants) {
    if (!ROLE_PERMISSIONS[g.role].includes(permission)) continue;
    const unit = g.orgUnit ?? null;
    if (g.orgnr === null && unit === null) return 'all';
    reach.push({ orgnr: g.orgnr, unit });
  }
  return reach;
}

export const reaches = (reach: CaseReach, row: { orgnr: string; org_unit: string }): boolean =>
  reach === 'all' ||
  reach.some(
    (r) => (r.orgnr === null || r.orgnr === row.orgnr) && (r.unit === null || r.unit === row.org_unit),
  );

/** The reach as a condition on pension_case (`alias`.orgnr and .org_unit), for raw SQL. */
export function reachSql(reach: CaseReach, alias: string) {
  if (reach === 'all') return sql<boolean>`true`;
  if (reach.length === 0) return sql<boolean>`false`;
  const one = (r: { orgnr: string | null; unit: string | null }) =>
    sql.join(
      [
        ...(r.orgnr === null ? [] : [sql`${sql.ref(`${alias}.orgnr`)} = ${r.orgnr}`]),
        ...(r.unit === null ? [] : [sql`${sql.ref(`${alias}.org_unit`)} = ${r.unit}`]),
      ],
      sql` and `,
    );
  return sql<boolean>`(${sql.join(
    reach.map((r) => sql`(${one(r)})`),
    sql` or `,
  )})`;
}

/** The same condition for a Kysely query on pension_case. */
export const withinReach =
  (reach: Exclude<CaseReach, 'all'>) =>
  (eb: ExpressionBuilder<{ pension_case: PensionCaseRow }, 'pension_case'>) =>
    eb.or(
      reach.map((r) =>
        eb.and([
          ...(r.orgnr === null ? [] : [eb('orgnr', '=', r.orgnr)]),
          ...(r.unit === null ? [] : [eb('org_unit', '=', r.unit)]),
        ]),
      ),
    );

/** An employer-scoped caller sees status, not the assessment, calculation or amounts. */
export const seesWholeCase = (principal: Principal): boolean => caseScope(principal, 'case:read') === 'all';

export const conflict = (message: string, path = '') => new AppError('conflict', [{ path, message }]);

/**
 * The case, locked (`for update`) when `lock` is set. Outside the caller's reach (employers, units)
 * the answer is 404, as for a case that does not exist.
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
  if (!reaches(caseReach(principal, permission), row)) {
    // Someone who may read the case but not do this to it is told so; others learn nothing.
    if (reaches(caseReach(principal, 'case:read'), row))
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

/** A close (approval or withdrawal) ends the case's open reopening, if any: a fact statistics count. */
export async function closeReopening(db: CasesDb, caseId: number, at: Date): Promise<void> {
  await db
    .updateTable('case_error')
    .set({ closed_again_at: at })
    .where('case_id', '=', caseId)
    .where('closed_again_at', 'is', null)
    .execute();
}
