/**
 * Four eyes (attestering): a second person with the approver role, who did not propose the
 * decision, approves it. In the same transaction the decision takes effect in the register (a
 * grant records the pension, so the next payment run pays it; a change replaces the running
 * pension from its date; a stop ends it) and the decision letter is ordered with everything it
 * needs. If the register refuses, nothing is approved.
 */

import { orderLetter } from '../documents/order-letter';
import type { IsoDate } from '../domain/dates';
import type { Ore } from '../domain/money';
import type { Principal } from '../platform/auth/roles';
import { AppError, forbidden } from '../platform/errors';
import { correctPensionIn, endPensionIn, insertPension } from '../register/pensions';
import type { CalcResponse } from '../rules';
import { countDay, countFirstDecision } from './daily';
import { caseFacts } from './facts';
import { addDays } from './settings';
import { type CaseRow, closeReopening, conflict, findCase, recordStep, requireStatus } from './steps';
import { asRegister, type CasesDb } from './tables';

export async function approveDecision(
  db: CasesDb,
  principal: Principal,
  id: number,
  input: { comment?: string | null | undefined },
  now = new Date(),
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await findCase(trx, principal, id, 'case:approve', true);
    requireStatus(row, ['awaiting_approval'], 'approve');
    if (row.proposed_by === principal.userId) {
      throw forbidden('you proposed this decision: another approver must approve it (four eyes)');
    }
    const pensionId = await takeEffect(trx, principal, row);
    const round = row.decision_round + 1;
    const calc =
      row.decision_calculation === null
        ? undefined
        : await trx
            .selectFrom('case_calculation')
            .select(['version', 'request', 'result'])
            .where('case_id', '=', id)
            .where('version', '=', row.decision_calculation)
            .executeTakeFirst();
    const result = calc?.result as CalcResponse | undefined;
    const letterId = await orderLetter(trx, principal, {
      type: 'decision',
      personId: row.person_id,
      caseId: id,
      idempotencyKey: `case:${id}:decision:${round}`,
      data: {
        caseId: id,
        caseType: row.type,
        outcome: row.decision_outcome,
        from: row.decision_from,
        reason: row.decision_reason,
        benefit: result?.benefit ?? null,
        annualAmount: row.decision_annual_amount,
        monthlyAmount: row.decision_monthly_amount,
        gradePct: row.decision_grade_pct,
        pensionId,
        deceasedPersonId: row.deceased_person_id,
        correction: round > 1,
        calculation: calc ? { version: calc.version, request: calc.request, result } : null,
        approvedAt: now.toISOString(),
      },
    });
    await trx
      .updateTable('pension_case')
      .set({
        status: 'decided',
        approved_by: principal.userId,
        approved_at: now,
        decision_round: round,
        decided_pension_id: pensionId,
        first_decided_at: row.first_decided_at ?? now,
        first_closed_at: row.first_closed_at ?? now,
        closed_at: now,
      })
      .where('id', '=', id)
      .execute();
    await closeReopening(trx, id, now);
    if (row.first_decided_at === null) await countFirstDecision(trx, row, now);
    else await countDay(trx, row, now, { closed: 1 });
    await recordStep(trx, principal, row, {
      at: now,
      action: 'approve',
      to: 'decided',
      comment: input.comment,
      details: { outcome: row.decision_outcome, pensionId, letterOrder: letterId, round },
    });
  });
}

/** Writes the decision into the register; returns the pension it recorded or changed. */
async function takeEffect(trx: CasesDb, principal: Principal, row: CaseRow): Promise<number | null> {
  const reg = asRegister(trx);
  const from = row.decision_from as IsoDate;
  const reason = `case ${row.id}: ${row.decision_reason ?? ''}`;
  try {
    if (row.type === 'stop') {
      if (row.decision_outcome !== 'granted' || row.pension_id === null) return null;
      await endPensionIn(reg, principal, row.pension_id, { endDate: addDays(from, -1), reason });
      return row.pension_id;
    }
    if (row.decision_outcome === 'refused') {
      // A refusal after an earlier grant of this case (reopened) ends what that grant recorded.
      if (row.decided_pension_id !== null)
        await endPensionIn(reg, principal, row.decided_pension_id, { endDate: addDays(from, -1), reason });
      return row.decided_pension_id;
    }
    const annualAmount = row.decision_annual_amount as Ore;
    if (row.decided_pension_id !== null) {
      await correctPensionIn(reg, principal, row.decided_pension_id, {
        startDate: from,
        annualAmount,
        gradePct: row.decision_grade_pct,
        reason,
      });
      return row.decided_pension_id;
    }
    const facts = await caseFacts(trx, row);
    if (!facts.benefit) throw conflict(`a ${row.type} case has no benefit to record`);
    if (row.type === 'change') {
      const running = facts.running;
      if (!running) throw conflict('the running pension is gone');
      if (from <= running.startDate)
        throw conflict(
          `a change takes effect after the running pension's start (${running.startDate})`,
          'from',
        );
      await endPensionIn(reg, principal, running.id, { endDate: addDays(from, -1), reason });
      return insertPension(reg, principal, running.membershipId, {
        benefit: running.benefit,
        startDate: from,
        gradePct: row.decision_grade_pct ?? running.gradePct,
        annualAmount,
        deceasedPersonId: running.deceasedPersonId,
      });
    }
    return await insertPension(reg, principal, row.membership_id, {
      benefit: facts.benefit.register,
      startDate: from,
      gradePct: row.decision_grade_pct,
      annualAmount,
      deceasedPersonId: row.deceased_person_id,
    });
  } catch (e) {
    // The register's "bad input" is, here, a decision that cannot take effect as it stands.
    if (e instanceof AppError && e.code === 'invalid_input')
      throw new AppError(
        'conflict',
        e.errors.map((x) => ({
          path: 'register',
          message: `the register refused the pension: ${x.path} ${x.message}`,
        })),
      );
    throw e;
  }
}
