/**
 * A case as the case page shows it: its status, the stage data (service history, conditions,
 * calculations with what changed between versions), the decision and its approval, time and
 * errors, and the history of every step. An employer's user gets the status fields only.
 * Reading it is a read of the member's data: one access-log row.
 */
import { sql } from 'kysely';
import { formatKroner, type Ore } from '../domain/money';
import { logAccess } from '../platform/audit';
import type { Principal } from '../platform/auth/roles';
import { notFound } from '../platform/errors';
import { todayInOslo } from '../register/today';
import { type CalculationRow, type CalculationView, calculationViews } from './calculate-case';
import { isoInstant } from './json-rows';
import { type ConditionRow, type ConditionView, conditionView } from './record-conditions';
import { type ServicePeriodRow, type ServicePeriodView, servicePeriodView } from './service-history';
import { daysBetween } from './settings';
import { type CaseRow, caseReach, reaches, seesWholeCase } from './steps';
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
  const receivedOn = todayInOslo(row.received_at);
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
    ageDays: Math.max(0, daysBetween(receivedOn, today as CaseRow['due_date'])),
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

/**
 * The case with every part of its page, in one statement (one round trip, one snapshot): the parts
 * come as JSON arrays. Outside the caller's reach the answer is 404, as for a case that does not exist.
 */
async function loadCasePage(db: CasesDb, principal: Principal, id: number) {
  const found = await sql<
    CaseRow & {
      names: { id: number; name: string }[];
      events: CaseEventJson[];
      periods: ServicePeriodRow[];
      conditions: ConditionRow[];
      calculations: CalculationRow[];
      times: { stage: string; minutes: number; registered_at: string; username: string }[];
      errors: { category: string; reason: string; at: string; recorded_by: string }[];
    }
  >`
    select c.*,
      (select coalesce(json_agg(json_build_object('id', u.id, 'name', u.display_name)), '[]')
         from app_user u where u.id in (c.assignee_id, c.proposed_by, c.approved_by)) as names,
      (select coalesce(json_agg(e order by e.id), '[]') from (
         select id, at, actor, action, from_status, to_status, comment from case_event where case_id = c.id) e) as events,
      (select coalesce(json_agg(p order by p.kind, p.from_date, p.id), '[]') from (
         select * from case_service_period where case_id = c.id and superseded_at is null) p) as periods,
      (select coalesce(json_agg(k order by k.id), '[]') from (
         select * from case_condition where case_id = c.id and superseded_at is null) k) as conditions,
      (select coalesce(json_agg(v order by v.version), '[]') from (
         select * from case_calculation where case_id = c.id) v) as calculations,
      (select coalesce(json_agg(t order by t.id), '[]') from (
         select t.id, t.stage, t.minutes, t.registered_at, u.username
         from case_time t join app_user u on u.id = t.user_id where t.case_id = c.id) t) as times,
      (select coalesce(json_agg(r order by r.id), '[]') from (
         select id, category, reason, at, recorded_by from case_error where case_id = c.id) r) as errors
    from pension_case c where c.id = ${id}`.execute(db);
  const row = found.rows[0];
  if (!row || !reaches(caseReach(principal, 'case:read'), row)) throw notFound('case');
  // Aggregated as JSON, the case's own timestamps stay Date (a column of the row) and numerics numbers.
  return row;
}

interface CaseEventJson {
  at: string;
  actor: string;
  action: string;
  from_status: string | null;
  to_status: string | null;
  comment: string | null;
}

export async function getCase(db: CasesDb, principal: Principal, id: number, now = new Date()) {
  const page = await loadCasePage(db, principal, id);
  const { names: nameRows, events, periods, conditions, calculations, times, errors, ...rest } = page;
  const row = rest as CaseRow;
  const today = todayInOslo(now);
  const whole = seesWholeCase(principal);
  const names = new Map(nameRows.map((n) => [n.id, n.name]));
  const history: CaseHistoryEntry[] = events.map((e) => ({
    at: isoInstant(e.at),
    by: whole ? e.actor : '',
    action: e.action,
    from: e.from_status,
    to: e.to_status,
    comment: whole ? e.comment : null,
  }));
  const summary = caseSummary(row, names, today, whole);
  // Reading a case is a read of the member's data.
  await logAccess(db, principal, { personIds: [row.person_id], purpose: 'case', what: `case ${id}` });
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
    servicePeriods: periods.map(servicePeriodView),
    conditions: conditions.map(conditionView),
    calculations: calculationViews(calculations),
    time: {
      totalMinutes: times.reduce((s, t) => s + t.minutes, 0),
      entries: times.map((t) => ({
        stage: t.stage,
        minutes: t.minutes,
        at: isoInstant(t.registered_at),
        by: t.username,
      })),
    },
    errors: errors.map((e) => ({
      category: e.category,
      reason: e.reason,
      at: isoInstant(e.at),
      by: e.recorded_by,
    })),
    history,
  };
}
