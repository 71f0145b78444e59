/** Handing a case to a colleague: by its assignee (or anyone, while nobody has it), to someone who may handle cases. */
import { can, type Principal } from '../platform/auth/roles';
import { loadPrincipal } from '../platform/auth/users';
import type { Database } from '../platform/db';
import { invalidInput } from '../platform/errors';
import { caseReach, findCase, reaches, recordStep, requireStatus, requireWorker } from './steps';
import { casesDb } from './tables';

export async function assignCase(
  database: Database,
  principal: Principal,
  id: number,
  input: { userId: number; comment?: string | null | undefined },
): Promise<void> {
  const target = await loadPrincipal(database, input.userId);
  if (!target || !can(target, 'case:handle')) {
    throw invalidInput([{ path: 'userId', message: 'is not an active user who may handle cases' }]);
  }
  await casesDb(database)
    .transaction()
    .execute(async (trx) => {
      const row = await findCase(trx, principal, id, 'case:handle', true);
      requireStatus(
        row,
        ['received', 'preparing', 'assessing', 'calculating', 'on_hold', 'reopened'],
        'hand over',
      );
      requireWorker(row, principal);
      if (!reaches(caseReach(target, 'case:handle'), row)) {
        throw invalidInput([
          { path: 'userId', message: "this user's grants do not reach the case's employer or unit" },
        ]);
      }
      await trx
        .updateTable('pension_case')
        .set({ assignee_id: target.userId })
        .where('id', '=', id)
        .execute();
      await recordStep(trx, principal, row, {
        action: 'assign',
        comment: input.comment,
        details: { from: row.assignee_id, to: target.userId, toName: target.displayName },
      });
    });
}
