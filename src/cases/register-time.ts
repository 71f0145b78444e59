/** Time registered on a case by the caller, per stage: the raw data of efficiency scorecards. */
import type { Principal } from '../platform/auth/roles';
import { can } from '../platform/auth/roles';
import { forbidden } from '../platform/errors';
import { countDay } from './daily';
import { caseScope, findCase, recordStep } from './steps';
import type { CasesDb, WorkStage } from './tables';

export async function registerTime(
  db: CasesDb,
  principal: Principal,
  id: number,
  input: { stage: WorkStage; minutes: number },
): Promise<{ totalMinutes: number }> {
  // Staff who work cases register time; an employer's user does not.
  if (
    !(can(principal, 'case:handle') || can(principal, 'case:create')) ||
    caseScope(principal, 'case:read') !== 'all'
  )
    throw forbidden("only the fund's staff register time on cases");
  return db.transaction().execute(async (trx) => {
    const row = await findCase(trx, principal, id, 'case:read', true);
    await trx
      .insertInto('case_time')
      .values({ case_id: id, user_id: principal.userId, stage: input.stage, minutes: input.minutes })
      .execute();
    const { minutes_total } = await trx
      .updateTable('pension_case')
      .set((eb) => ({ minutes_total: eb('minutes_total', '+', input.minutes) }))
      .where('id', '=', id)
      .returning('minutes_total')
      .executeTakeFirstOrThrow();
    // Minutes per decided case count the minutes on it, also those registered after the decision.
    if (row.first_decided_at !== null)
      await countDay(trx, row, row.first_decided_at, { minutes: input.minutes });
    await recordStep(trx, principal, row, { action: 'time', details: input });
    return { totalMinutes: minutes_total };
  });
}
