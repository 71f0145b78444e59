/**
 * Settling (vedtak): the handler drafts the decision — granted or refused, from which date, why —
 * and sends it to a second person for approval. A grant takes the latest calculation's amounts and
 * must start on the date that calculation was made for. A stop ends the running pension and needs
 * no calculation.
 */
import type { IsoDate } from '../domain/dates';
import { fromKroner } from '../domain/money';
import type { Principal } from '../platform/auth/roles';
import type { CalcResponse } from '../rules';
import { latestCalculation } from './calculate-case';
import { conflict, findCase, recordStep, requireStatus, requireWorker } from './steps';
import type { CasesDb, Outcome } from './tables';

export interface DecisionDraft {
  outcome: Outcome;
  from: IsoDate;
  reason: string;
}

export async function draftDecision(
  db: CasesDb,
  principal: Principal,
  id: number,
  input: DecisionDraft,
  now = new Date(),
) {
  await db.transaction().execute(async (trx) => {
    const row = await findCase(trx, principal, id, 'case:handle', true);
    requireStatus(row, ['calculating'], 'decide');
    const set = requireWorker(row, principal);
    const calc = await latestCalculation(trx, id);
    if (!calc && row.type !== 'stop')
      throw conflict('there is no calculation to decide on: calculate first', 'calculations');
    const result = calc?.result as CalcResponse | undefined;
    const request = calc?.request as { date?: string; disabilityGrade?: number } | undefined;
    let annual = null;
    let monthly = null;
    if (input.outcome === 'granted' && result) {
      if (!result.eligible)
        throw conflict(
          `calculation ${calc?.version} finds the member not eligible: grant refused`,
          'outcome',
        );
      if (request?.date !== input.from)
        throw conflict(
          `calculation ${calc?.version} is for ${request?.date}: recalculate for ${input.from} first`,
          'from',
        );
      annual = fromKroner(result.annualAmount);
      monthly = fromKroner(result.monthlyAmount);
    }
    await trx
      .updateTable('pension_case')
      .set({
        ...set,
        status: 'awaiting_approval',
        decision_outcome: input.outcome,
        decision_from: input.from,
        decision_reason: input.reason,
        decision_annual_amount: annual,
        decision_monthly_amount: monthly,
        decision_grade_pct: input.outcome === 'granted' ? (request?.disabilityGrade ?? null) : null,
        decision_calculation: calc?.version ?? null,
        proposed_by: principal.userId,
        proposed_at: now,
        approved_by: null,
        approved_at: null,
      })
      .where('id', '=', id)
      .execute();
    await recordStep(trx, principal, row, {
      at: now,
      action: 'decision',
      to: 'awaiting_approval',
      comment: input.reason,
      details: {
        outcome: input.outcome,
        from: input.from,
        calculation: calc?.version ?? null,
        annualAmount: annual,
      },
    });
  });
}
