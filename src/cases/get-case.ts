/**
 * A case as the case page shows it: its status, the stage data (service history, conditions,
 * calculations with what changed between versions), the decision and its approval, time and
 * errors, and the history of every step. An employer's user gets the status fields only.
 * Reading it is a read of the member's data: one access-log row.
 */
import { formatKroner, type Ore } from '../domain/money';
import { logAccess } from '../platform/audit';
import type { Principal } from '../platform/auth/roles';
import { todayInOslo } from '../register/today';
import { type CalculationView, calculationsOf } from './calculate-case';
import { type ConditionView, conditionsOf } from './record-conditions';
import { type ServicePeriodView, servicePeriods } from './service-history';
import { daysBetween } from './settings';
import { type CaseRow, findCase, seesWholeCase } from './steps';
import type { CasesDb } from './tables';

const kroner = (o: Ore | null) => (o === null ? null : Number(formatKroner(o)));

export interface CaseHistoryEntry {
  at: string;
  by: string;
  action: string;
  from: string | null;
  to: string | null;
  comment: string | null;
}

/** The fields every reader of a case may see, also in queue listings. */
export function caseSummary(row: CaseRow, names: Map<number, string>, today: string, whole = true) {
  const receivedOn = row.received_at.toLocaleDateString('sv-SE', { timeZone: 'Europe/Oslo' });
  const open = row.closed_at === null;
  return {
    id: row.id,
    type: row.type,
    personId: row.person_id,
    status: row.status,
    // An employer's user sees the status, not who at the fund works on it or why it waits.
    assignee: whole ? row.assignee_id : null,
    assigneeName: whole && row.assignee_id !== null ? (names.get(row.assignee_id) ?? null) : null,
    claimedFrom: row.claimed_from,
    receivedAt: row.received_at.toISOString(),
    dueDate: row.due_date,
    overdue: open && row.due_date < today,
    ageDays: Math.max(0, daysBetween(receivedOn as CaseRow['due_date'], today as CaseRow['due_date'])),
    orgUnit: row.org_unit,
    orgnr: row.orgnr,
    source: row.source,
    hold:
      row.status === 'on_hold'
        ? {
            reason: whole ? row.hold_reason : null,
            until: row.hold_until,
            from: row.held_from_status,
            due: (row.hold_until ?? '') <= today,
          }
        : null,
  };
}

export async function userNames(db: CasesDb, ids: (number | null)[]): Promise<Map<number, string>> {
  const wanted = [...new Set(ids.filter((x): x is number => x !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .selectFrom('app_user')
    .select(['id', 'display_name'])
    .where('id', 'in', wanted)
    .execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}

export async function getCase(db: CasesDb, principal: Principal, id: number, now = new Date()) {
  return db.transaction().execute(async (trx) => {
    const row = await findCase(trx, principal, id, 'case:read');
    const today = todayInOslo(now);
    const whole = seesWholeCase(principal);
    const [names, events] = await Promise.all([
      userNames(trx, [row.assignee_id, row.proposed_by, row.approved_by]),
      trx.selectFrom('case_event').selectAll().where('case_id', '=', id).orderBy('id').execute(),
    ]);
    const history: CaseHistoryEntry[] = events.map((e) => ({
      at: e.at.toISOString(),
      by: whole ? e.actor : '',
      action: e.action,
      from: e.from_status,
      to: e.to_status,
      comment: whole ? e.comment : null,
    }));
    const summary = caseSummary(row, names, today, whole);
    await logAccess(trx, principal, { personIds: [row.person_id], purpose: 'case', what: `case ${id}` });
    if (!whole) {
      return {
        ...summary,
        note: null,
        decision:
          row.decision_outcome && row.status === 'decided'
            ? { outcome: row.decision_outcome, from: row.decision_from }
            : null,
        servicePeriods: [] as ServicePeriodView[],
        conditions: [] as ConditionView[],
        calculations: [] as CalculationView[],
        time: null,
        errors: [],
        history,
      };
    }
    const [periods, conditions, calculations, time, errors] = await Promise.all([
      servicePeriods(trx, id),
      conditionsOf(trx, id),
      calculationsOf(trx, id),
      trx
        .selectFrom('case_time as t')
        .innerJoin('app_user as u', 'u.id', 't.user_id')
        .select(['t.stage', 't.minutes', 't.registered_at', 'u.username'])
        .where('t.case_id', '=', id)
        .orderBy('t.id')
        .execute(),
      trx.selectFrom('case_error').selectAll().where('case_id', '=', id).orderBy('id').execute(),
    ]);
    return {
      ...summary,
      note: row.note,
      pensionId: row.pension_id,
      deceasedPersonId: row.deceased_person_id,
      gradePct: row.grade_pct,
      decision:
        row.decision_outcome === null
          ? null
          : {
              outcome: row.decision_outcome,
              from: row.decision_from,
              reason: row.decision_reason,
              annualAmount: kroner(row.decision_annual_amount),
              monthlyAmount: kroner(row.decision_monthly_amount),
              gradePct: row.decision_grade_pct,
              calculationVersion: row.decision_calculation,
              proposedBy: row.proposed_by === null ? null : (names.get(row.proposed_by) ?? null),
              proposedById: row.proposed_by,
              proposedAt: row.proposed_at?.toISOString() ?? null,
              approvedBy: row.approved_by === null ? null : (names.get(row.approved_by) ?? null),
              approvedAt: row.approved_at?.toISOString() ?? null,
              pensionId: row.decided_pension_id,
            },
      servicePeriods: periods,
      conditions,
      calculations,
      time: {
        totalMinutes: time.reduce((s, t) => s + t.minutes, 0),
        entries: time.map((t) => ({
          stage: t.stage,
          minutes: t.minutes,
          at: t.registered_at.toISOString(),
          by: t.username,
        })),
      },
      errors: errors.map((e) => ({
        category: e.category,
        reason: e.reason,
        at: e.at.toISOString(),
        by: e.recorded_by,
      })),
      history,
    };
  });
}
