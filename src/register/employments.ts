/**
 * Employment periods of a membership (position %, salary, age-limit group / særaldersgrense).
 * Periods of one membership never overlap: the check runs with the membership row locked, in the
 * same transaction as the write and its audit row. Only a membership of kind 'own' has periods: a
 * survivor's membership holds the survivor's pension, never work.
 *
 * A real change of salary or position from a date is a new period (change-employment.ts); this
 * file's `correctEmployment` fixes a value that was recorded wrong, or ends the period.
 */
import type { IsoDate } from '../domain/dates';
import type { Ore } from '../domain/money';
import { writeAudit } from '../platform/audit';
import type { Principal } from '../platform/auth/roles';
import { invalidInput, notFound } from '../platform/errors';
import { lockMembership } from './memberships';
import { describePeriod, endsBeforeStart, firstOverlap } from './periods';
import { type EmployerScope, employerScope } from './scope';
import type { RegisterDb } from './tables';
import { type EmploymentView, loadEmployment } from './views';

export const AGE_LIMITS = [70, 68, 65, 63, 60] as const;

export interface NewEmployment {
  startDate: IsoDate;
  endDate?: IsoDate | null | undefined;
  positionPct: number;
  annualSalary?: Ore | null | undefined;
  ageLimit?: number | undefined;
}

/** A correction of a period as recorded (or its end); the old version stays in the history. */
export interface EmploymentCorrection {
  endDate?: IsoDate | null | undefined;
  positionPct?: number | undefined;
  annualSalary?: Ore | null | undefined;
  reason: string;
}

/**
 * An employment period read after its membership is locked (so no concurrent write overlaps it);
 * 404 when it does not exist or lies outside the caller's employers.
 */
export async function lockedEmployment(trx: RegisterDb, employmentId: number, scope: EmployerScope) {
  const found = await trx
    .selectFrom('employment')
    .select('membership_id')
    .where('id', '=', employmentId)
    .executeTakeFirst();
  if (!found) throw notFound('employment');
  await lockMembership(trx, found.membership_id, scope, 'employment');
  return trx.selectFrom('employment').selectAll().where('id', '=', employmentId).executeTakeFirstOrThrow();
}

async function periodsOf(db: RegisterDb, membershipId: number, except?: number) {
  let q = db
    .selectFrom('employment')
    .select(['id', 'start_date as startDate', 'end_date as endDate'])
    .where('membership_id', '=', membershipId);
  if (except !== undefined) q = q.where('id', '!=', except);
  return q.execute();
}

export async function addEmployment(
  db: RegisterDb,
  principal: Principal,
  membershipId: number,
  input: NewEmployment,
): Promise<EmploymentView> {
  const endDate = input.endDate ?? null;
  if (endsBeforeStart(input.startDate, endDate)) {
    throw invalidInput([{ path: 'endDate', message: 'must not be before startDate' }]);
  }
  const scope = employerScope(principal, 'register:write');
  const id = await db.transaction().execute(async (trx) => {
    const membership = await lockMembership(trx, membershipId, scope);
    if (membership.kind !== 'own') {
      throw invalidInput([
        {
          path: 'params.id',
          message: `membership ${membershipId} is a survivor's membership (kind 'survivor'): employment periods go on the person's own membership (kind 'own')`,
        },
      ]);
    }
    const clash = firstOverlap({ startDate: input.startDate, endDate }, await periodsOf(trx, membershipId));
    if (clash) {
      throw invalidInput([
        {
          path: 'startDate',
          message: `overlaps the employment period ${describePeriod(clash)} of this membership`,
        },
      ]);
    }
    const { id } = await trx
      .insertInto('employment')
      .values({
        membership_id: membershipId,
        start_date: input.startDate,
        end_date: endDate,
        position_pct: input.positionPct,
        annual_salary: input.annualSalary ?? null,
        age_limit: input.ageLimit ?? 70,
        recorded_by: principal.username,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeAudit(trx, principal, {
      action: 'create',
      entity: 'employment',
      entityId: id,
      details: { membershipId, ...input },
    });
    return id;
  });
  return loadEmployment(db, id);
}

/**
 * Corrects a period in place (a wrong salary or position percentage as recorded, a missing or
 * wrong end date) or ends it. The trigger keeps the old version in employment_history; the audit
 * row says 'correct' (or 'end') with the reason.
 */
export async function correctEmployment(
  db: RegisterDb,
  principal: Principal,
  employmentId: number,
  change: EmploymentCorrection,
): Promise<EmploymentView> {
  const scope = employerScope(principal, 'register:write');
  await db.transaction().execute(async (trx) => {
    const current = await lockedEmployment(trx, employmentId, scope);
    const endDate = change.endDate === undefined ? current.end_date : change.endDate;
    if (endsBeforeStart(current.start_date, endDate)) {
      throw invalidInput([
        { path: 'endDate', message: `must not be before the start date ${current.start_date}` },
      ]);
    }
    const others = await periodsOf(trx, current.membership_id, employmentId);
    const clash = firstOverlap({ startDate: current.start_date, endDate }, others);
    if (clash) {
      throw invalidInput([
        { path: 'endDate', message: `would overlap the employment period ${describePeriod(clash)}` },
      ]);
    }
    const next = {
      end_date: endDate,
      position_pct: change.positionPct ?? current.position_pct,
      annual_salary: change.annualSalary === undefined ? current.annual_salary : change.annualSalary,
    };
    await trx
      .updateTable('employment')
      .set({ ...next, recorded_by: principal.username })
      .where('id', '=', employmentId)
      .execute();
    const ended = current.end_date === null && endDate !== null;
    await writeAudit(trx, principal, {
      action: ended ? 'end' : 'correct',
      entity: 'employment',
      entityId: employmentId,
      reason: change.reason,
      details: {
        from: {
          endDate: current.end_date,
          positionPct: current.position_pct,
          annualSalary: current.annual_salary,
        },
        to: { endDate: next.end_date, positionPct: next.position_pct, annualSalary: next.annual_salary },
      },
    });
  });
  return loadEmployment(db, employmentId);
}
