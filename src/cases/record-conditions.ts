/**
 * Assessing conditions (vilkårsprøving): the rules engine's eligibility for the case's benefit on
 * its date (age limits, service time, the 85-year rule, grade, survivor conditions), plus what a
 * handler records by hand (a transfer-agreement period confirmed, a document seen). Recording
 * again replaces the earlier set, which stays in the table as superseded.
 */
import type { Principal } from '../platform/auth/roles';
import { invalidInput } from '../platform/errors';
import { calculateChecked, parseCalcRequest } from '../rules';
import { caseFacts } from './facts';
import { type Instant, isoInstant } from './json-rows';
import { findCase, recordStep, requireStatus, requireWorker } from './steps';
import type { CasesDb } from './tables';

export interface ConditionInput {
  name: string;
  met: boolean;
  note?: string | null | undefined;
}

export interface ConditionView {
  name: string;
  met: boolean;
  note: string | null;
  source: 'rules' | 'manual';
  recordedBy: string;
  recordedAt: string;
}

export async function recordConditions(
  db: CasesDb,
  principal: Principal,
  id: number,
  input: { conditions?: readonly ConditionInput[] | undefined },
  now = new Date(),
): Promise<ConditionView[]> {
  await db.transaction().execute(async (trx) => {
    const row = await findCase(trx, principal, id, 'case:handle', true);
    requireStatus(row, ['assessing'], 'record conditions of');
    const set = requireWorker(row, principal);
    const rows: { name: string; met: boolean; note: string | null; source: 'rules' | 'manual' }[] = [];
    const facts = await caseFacts(trx, row);
    if (facts.request) {
      const parsed = parseCalcRequest({ ...facts.request, trace: false });
      if (!parsed.ok) throw invalidInput(parsed.errors.map((e) => ({ ...e, path: `register.${e.path}` })));
      const answer = calculateChecked(parsed.request);
      if ('errors' in answer) throw invalidInput(answer.errors);
      rows.push({
        name: `eligibility:${answer.benefit}`,
        met: answer.eligible,
        note: answer.reasons.join('\n'),
        source: 'rules',
      });
    } else if (facts.running) {
      rows.push({
        name: 'running_pension',
        met: facts.running.endDate === null || facts.running.endDate >= row.claimed_from,
        note: `pension ${facts.running.id} (${facts.running.benefit}) from ${facts.running.startDate}`,
        source: 'rules',
      });
    }
    for (const c of input.conditions ?? [])
      rows.push({ name: c.name, met: c.met, note: c.note ?? null, source: 'manual' });
    await trx
      .updateTable('case_condition')
      .set({ superseded_at: now })
      .where('case_id', '=', id)
      .where('superseded_at', 'is', null)
      .execute();
    await trx
      .insertInto('case_condition')
      .values(rows.map((r) => ({ ...r, case_id: id, recorded_by: principal.username, superseded_at: null })))
      .execute();
    await trx.updateTable('pension_case').set(set).where('id', '=', id).execute();
    await recordStep(trx, principal, row, {
      at: now,
      action: 'conditions',
      details: rows.map((r) => ({ name: r.name, met: r.met, source: r.source })),
    });
  });
  return conditionsOf(db, id);
}

export interface ConditionRow {
  name: string;
  met: boolean;
  note: string | null;
  source: 'rules' | 'manual';
  recorded_by: string;
  recorded_at: Instant;
}

export const conditionView = (r: ConditionRow): ConditionView => ({
  name: r.name,
  met: r.met,
  note: r.note,
  source: r.source,
  recordedBy: r.recorded_by,
  recordedAt: isoInstant(r.recorded_at),
});

export async function conditionsOf(db: CasesDb, caseId: number): Promise<ConditionView[]> {
  const rows = await db
    .selectFrom('case_condition')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('superseded_at', 'is', null)
    .orderBy('id')
    .execute();
  return rows.map(conditionView);
}
