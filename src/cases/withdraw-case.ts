/** Withdrawn (trukket): by the member, or registered by staff; the case is closed without a decision. */
import type { Principal } from '../platform/auth/roles';
import { countDay } from './daily';
import { closeReopening, findCase, recordStep, requireStatus } from './steps';
import type { CasesDb } from './tables';

const OPEN = [
  'received',
  'preparing',
  'assessing',
  'calculating',
  'awaiting_approval',
  'on_hold',
  'reopened',
] as const;

export async function withdrawCase(
  db: CasesDb,
  principal: Principal,
  id: number,
  input: { reason: string; by: 'member' | 'staff' },
  now = new Date(),
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await findCase(trx, principal, id, 'case:create', true);
    requireStatus(row, OPEN, 'withdraw');
    await trx
      .updateTable('pension_case')
      .set({
        status: 'withdrawn',
        closed_at: now,
        first_closed_at: row.first_closed_at ?? now,
        held_from_status: null,
        hold_reason: null,
        hold_until: null,
      })
      .where('id', '=', id)
      .execute();
    await closeReopening(trx, id, now);
    await countDay(trx, row, now, { closed: 1 });
    await recordStep(trx, principal, row, {
      at: now,
      action: 'withdraw',
      to: 'withdrawn',
      comment: input.reason,
      details: { by: input.by },
    });
  });
}
