/**
 * On hold (venter): waiting for information, with a reason and a reminder date. On that date the
 * case is back in the queue: listings show it as due (a rule at query time, see list-cases.ts),
 * and `resumeDueHolds` — for the job scheduler — moves it back to the status it left.
 */
import type { IsoDate } from '../domain/dates';
import type { Principal } from '../platform/auth/roles';
import { systemPrincipal } from '../platform/auth/roles';
import { invalidInput } from '../platform/errors';
import { todayInOslo } from '../register/today';
import { type CaseRow, findCase, recordStep, requireStatus, requireWorker } from './steps';
import type { CaseStatus, CasesDb } from './tables';

const HOLDABLE = ['received', 'preparing', 'assessing', 'calculating', 'reopened'] as const;

export async function holdCase(
  db: CasesDb,
  principal: Principal,
  id: number,
  input: { reason: string; until: IsoDate },
  now = new Date(),
): Promise<void> {
  if (input.until <= todayInOslo(now))
    throw invalidInput([{ path: 'until', message: 'the reminder date must be after today' }]);
  await db.transaction().execute(async (trx) => {
    const row = await findCase(trx, principal, id, 'case:handle', true);
    requireStatus(row, HOLDABLE, 'put on hold');
    const set = requireWorker(row, principal);
    await trx
      .updateTable('pension_case')
      .set({
        ...set,
        status: 'on_hold',
        held_from_status: row.status,
        hold_reason: input.reason,
        hold_until: input.until,
      })
      .where('id', '=', id)
      .execute();
    await recordStep(trx, principal, row, {
      at: now,
      action: 'hold',
      to: 'on_hold',
      comment: input.reason,
      details: { until: input.until },
    });
  });
}

async function resume(
  trx: CasesDb,
  principal: Principal | string,
  row: CaseRow,
  action: string,
  comment?: string | null,
) {
  const back = row.held_from_status as CaseStatus;
  await trx
    .updateTable('pension_case')
    .set({ status: back, held_from_status: null, hold_reason: null, hold_until: null })
    .where('id', '=', row.id)
    .execute();
  await recordStep(trx, principal, row, { action, to: back, comment });
}

export async function resumeCase(
  db: CasesDb,
  principal: Principal,
  id: number,
  input: { comment?: string | null | undefined },
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await findCase(trx, principal, id, 'case:handle', true);
    requireStatus(row, ['on_hold'], 'resume');
    requireWorker(row, principal);
    await resume(trx, principal, row, 'resume', input.comment);
  });
}

/** Moves every case whose reminder date has come back to work; returns how many. Rerunnable. */
export async function resumeDueHolds(db: CasesDb, today: IsoDate): Promise<number> {
  const due = await db
    .selectFrom('pension_case')
    .select('id')
    .where('status', '=', 'on_hold')
    .where('hold_until', '<=', today)
    .execute();
  const system = systemPrincipal('system:reminders');
  let n = 0;
  for (const { id } of due) {
    await db.transaction().execute(async (trx) => {
      const row = await findCase(trx, system, id, 'case:handle', true);
      if (row.status !== 'on_hold' || (row.hold_until ?? '9999-12-31') > today) return;
      await resume(trx, system, row, 'reminder', `reminder date ${row.hold_until}`);
      n += 1;
    });
  }
  return n;
}
