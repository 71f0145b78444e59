/** A handler takes a case from the queue. Two taking one case at once: the first wins, the second gets 409. */
import type { Principal } from '../platform/auth/roles';
import { conflict, findCase, recordStep, requireStatus } from './steps';
import type { CasesDb } from './tables';

const TAKEABLE = ['received', 'preparing', 'assessing', 'calculating', 'on_hold', 'reopened'] as const;

export async function takeCase(db: CasesDb, principal: Principal, id: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    // The row lock puts a second taker behind the first; it then sees the case taken.
    const row = await findCase(trx, principal, id, 'case:handle', true);
    requireStatus(row, TAKEABLE, 'take');
    if (row.assignee_id === principal.userId) return;
    if (row.assignee_id !== null) throw conflict('the case is already taken by someone else', 'assignee');
    await trx
      .updateTable('pension_case')
      .set({ assignee_id: principal.userId })
      .where('id', '=', id)
      .execute();
    await recordStep(trx, principal, row, { action: 'take', details: { assignee: principal.userId } });
  });
}
