/** The approver sends a decision back to calculating with a comment; the draft stays for the handler to see. */
import type { Principal } from '../platform/auth/roles';
import { findCase, recordStep, requireStatus } from './steps';
import type { CasesDb } from './tables';

export async function returnDecision(
  db: CasesDb,
  principal: Principal,
  id: number,
  input: { comment: string },
) {
  await db.transaction().execute(async (trx) => {
    const row = await findCase(trx, principal, id, 'case:approve', true);
    requireStatus(row, ['awaiting_approval'], 'return');
    await trx
      .updateTable('pension_case')
      .set({ status: 'calculating', proposed_by: null, proposed_at: null })
      .where('id', '=', id)
      .execute();
    await recordStep(trx, principal, row, { action: 'return', to: 'calculating', comment: input.comment });
  });
}
