/**
 * A change of position percentage, salary or age-limit group from a date (lønnsendring,
 * stillingsendring) is a new employment period, never an edit: the current period ends the day
 * before the change and a new one starts on it with the new values, so the register keeps what
 * was true before the date. Both writes and their audit rows run in one transaction, with the
 * membership locked like every other write to its periods.
 *
 * A value that was recorded wrong is corrected in place instead (employments.ts, correctEmployment).
 */
import type { IsoDate } from '../domain/dates';
import type { Ore } from '../domain/money';
import { writeAudit } from '../platform/audit';
import type { Principal } from '../platform/auth/roles';
import { type FieldError, invalidInput } from '../platform/errors';
import { lockedEmployment } from './employments';
import { dayBefore } from './periods';
import { employerScope } from './scope';
import type { RegisterDb } from './tables';
import { type EmploymentView, loadEmployment } from './views';

export interface EmploymentChangeFrom {
  /** The first day the new values apply. */
  validFrom: IsoDate;
  positionPct?: number | undefined;
  annualSalary?: Ore | undefined;
  ageLimit?: number | undefined;
  reason: string;
}

export interface ChangedEmployment {
  /** The period that was current, now ending the day before `validFrom`. */
  ended: EmploymentView;
  /** The new period from `validFrom`, with the new values and the old end date. */
  started: EmploymentView;
}

export async function changeEmploymentFrom(
  db: RegisterDb,
  principal: Principal,
  employmentId: number,
  change: EmploymentChangeFrom,
): Promise<ChangedEmployment> {
  const scope = employerScope(principal, 'register:write');
  const ids = await db.transaction().execute(async (trx) => {
    const current = await lockedEmployment(trx, employmentId, scope);

    const errors: FieldError[] = [];
    if (change.validFrom === current.start_date) {
      errors.push({
        path: 'validFrom',
        message: `is the first day of the period (${current.start_date}): a value that was wrong from the start is a correction (PATCH /api/employments/${employmentId})`,
      });
    } else if (change.validFrom < current.start_date) {
      errors.push({
        path: 'validFrom',
        message: `must lie inside the period: it starts ${current.start_date}`,
      });
    } else if (current.end_date !== null && change.validFrom > current.end_date) {
      errors.push({
        path: 'validFrom',
        message: `must lie inside the period: it ended ${current.end_date}`,
      });
    }
    const next = {
      position_pct: change.positionPct ?? current.position_pct,
      annual_salary: change.annualSalary ?? current.annual_salary,
      age_limit: change.ageLimit ?? current.age_limit,
    };
    const given = [change.positionPct, change.annualSalary, change.ageLimit].some((v) => v !== undefined);
    if (!given) {
      errors.push({ path: 'positionPct', message: 'give the new positionPct, annualSalary or ageLimit' });
    } else if (
      next.position_pct === current.position_pct &&
      next.annual_salary === current.annual_salary &&
      next.age_limit === current.age_limit
    ) {
      errors.push({ path: 'positionPct', message: 'the new values are the current ones: nothing changes' });
    }
    if (errors.length > 0) throw invalidInput(errors);

    const endDate = dayBefore(change.validFrom);
    await trx
      .updateTable('employment')
      .set({ end_date: endDate, recorded_by: principal.username })
      .where('id', '=', employmentId)
      .execute();
    const { id: startedId } = await trx
      .insertInto('employment')
      .values({
        membership_id: current.membership_id,
        start_date: change.validFrom,
        end_date: current.end_date,
        ...next,
        recorded_by: principal.username,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const values = (r: { position_pct: number; annual_salary: Ore | null; age_limit: number }) => ({
      positionPct: r.position_pct,
      annualSalary: r.annual_salary,
      ageLimit: r.age_limit,
    });
    await writeAudit(trx, principal, {
      action: 'end',
      entity: 'employment',
      entityId: employmentId,
      reason: change.reason,
      details: {
        changeFrom: change.validFrom,
        from: { endDate: current.end_date },
        to: { endDate },
        continuedBy: startedId,
      },
    });
    await writeAudit(trx, principal, {
      action: 'create',
      entity: 'employment',
      entityId: startedId,
      reason: change.reason,
      details: {
        membershipId: current.membership_id,
        changeFrom: change.validFrom,
        continues: employmentId,
        from: values(current),
        to: values(next),
      },
    });
    return { ended: employmentId, started: startedId };
  });
  return { ended: await loadEmployment(db, ids.ended), started: await loadEmployment(db, ids.started) };
}
