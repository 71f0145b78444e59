/**
 * Reopening a decided case because its decision was wrong: the error category and the reason are
 * required, and the reopening counts as one error in the quality figures. It continues at assessing.
 */
import type { Principal } from '../platform/auth/roles';
import { countDay } from './daily';
import { findCase, recordStep, requireStatus } from './steps';
import type { CasesDb, ErrorCategory } from './tables';

export async function reopenCase(
  db: CasesDb,
  principal: Principal,
  id: number,
  input: { errorCategory: ErrorCategory; reason: string },
  now = new Date(),
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await findCase(trx, principal, id, 'case:handle', true);
    requireStatus(row, ['decided'], 'reopen');
    await trx
      .insertInto('case_error')
      .values({
        case_id: id,
        category: input.errorCategory,
        reason: input.reason,
        at: now,
        recorded_by: principal.username,
      })
      .execute();
    await countDay(trx, row, now, { reopened: 1 });
    await trx
      .updateTable('pension_case')
      .set({
        status: 'reopened',
        closed_at: null,
        assignee_id: principal.userId,
        proposed_by: null,
        approved_by: null,
      })
      .where('id', '=', id)
      .execute();
    await recordStep(trx, principal, row, {
      at: now,
      action: 'reopen',
      to: 'reopened',
      comment: input.reason,
      details: { errorCategory: input.errorCategory },
    });
  });
}
