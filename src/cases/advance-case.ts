/**
 * Moving a case to its next stage, and only the next: a skip is 409. Leaving preparing fixes the
 * service history (the register's periods are taken in if nobody fetched them); leaving assessing
 * needs the conditions recorded; leaving calculating needs a calculation and the decision drafted
 * (drafting the decision is what moves it on, see draft-decision.ts).
 */
import type { Principal } from '../platform/auth/roles';
import { snapshotRegister } from './service-history';
import { conflict, findCase, recordStep, requireWorker } from './steps';
import { type CaseStatus, type CasesDb, NEXT_STATUS } from './tables';

export async function advanceCase(
  db: CasesDb,
  principal: Principal,
  id: number,
  input: { to: CaseStatus; comment?: string | null | undefined },
  now = new Date(),
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await findCase(trx, principal, id, 'case:handle', true);
    const next = NEXT_STATUS[row.status];
    if (next === undefined) throw conflict(`a ${row.status} case does not advance`, 'to');
    if (input.to !== next) throw conflict(`a ${row.status} case goes to ${next}, not to ${input.to}`, 'to');
    const set = requireWorker(row, principal);
    if (row.status === 'preparing') {
      const prepared = await trx
        .selectFrom('case_service_period')
        .select('id')
        .where('case_id', '=', id)
        .where('superseded_at', 'is', null)
        .executeTakeFirst();
      if (!prepared) await snapshotRegister(trx, principal.username, row, now);
    }
    if (row.status === 'assessing') {
      const c = await trx
        .selectFrom('case_condition')
        .select('id')
        .where('case_id', '=', id)
        .where('superseded_at', 'is', null)
        .executeTakeFirst();
      if (!c) throw conflict('record the conditions before leaving assessing', 'conditions');
    }
    if (row.status === 'calculating') {
      const calc = await trx
        .selectFrom('case_calculation')
        .select('version')
        .where('case_id', '=', id)
        .executeTakeFirst();
      if (!calc && row.type !== 'stop')
        throw conflict('calculate before leaving calculating', 'calculations');
      throw conflict(
        'draft the decision (POST /api/cases/:id/decision): that sends it for approval',
        'decision',
      );
    }
    await trx
      .updateTable('pension_case')
      .set({ ...set, status: next })
      .where('id', '=', id)
      .execute();
    await recordStep(trx, principal, row, { at: now, action: 'advance', to: next, comment: input.comment });
  });
}
