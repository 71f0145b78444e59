/**
 * Receiving a case (mottak): an application registered by a customer handler, a retirement notice
 * from the employer, the member's own application, or a case the system opens itself (a death
 * event opens a survivor's case and a stop). One open case per person and type: the single-case
 * principle. The case is routed to its type's queue (org unit) with its due date.
 */

import type { IsoDate } from '../domain/dates';
import { writeAudit } from '../platform/audit';
import { fieldRulesFor } from '../platform/auth/field-rules';
import { type Principal, systemPrincipal } from '../platform/auth/roles';
import { invalidInput } from '../platform/errors';
import { requirePersonInScope } from '../register/scope';
import { todayInOslo } from '../register/today';
import { loadMemberships, loadPersonView, type MembershipView } from '../register/views';
import { countDay } from './daily';
import { caseTypeSetting, dueDate } from './settings';
import { caseScope, conflict } from './steps';
import { asRegister, type CaseSource, type CasesDb, type CaseType, OPEN_STATUSES } from './tables';

export interface NewCase {
  type: CaseType;
  personId: number;
  claimedFrom: IsoDate;
  source: CaseSource;
  note?: string | null | undefined;
  /** The membership the benefit is paid from; by default the member's own with the latest service. */
  membershipId?: number | undefined;
  /** change, stop: the running pension the case concerns. */
  pensionId?: number | undefined;
  /** spouse, child: the member who died. */
  deceasedPersonId?: number | undefined;
  /** disability: the grade applied for; change: the new grade. */
  gradePct?: number | undefined;
}

const SURVIVOR: readonly CaseType[] = ['spouse', 'child'];

export async function createCase(
  db: CasesDb,
  principal: Principal,
  input: NewCase,
  now = new Date(),
): Promise<number> {
  const scope = caseScope(principal, 'case:create');
  if (scope !== 'all' && input.source !== 'employer') {
    throw invalidInput([
      {
        path: 'source',
        message: "an employer's user registers retirement notices: source must be 'employer'",
      },
    ]);
  }
  if (input.source === 'system' && principal.userId !== 0) {
    throw invalidInput([{ path: 'source', message: "'system' is for cases the system opens itself" }]);
  }
  return db.transaction().execute(async (trx) => {
    const reg = asRegister(trx);
    await requirePersonInScope(reg, input.personId, scope);
    const today = todayInOslo(now);
    const person = await loadPersonView(reg, input.personId, scope, today, fieldRulesFor(principal));
    const membership = await chooseMembership(trx, input, person.memberships, today);
    const open = await trx
      .selectFrom('pension_case')
      .select('id')
      .where('person_id', '=', input.personId)
      .where('type', '=', input.type)
      .where('status', 'in', OPEN_STATUSES)
      .executeTakeFirst();
    if (open) {
      throw conflict(
        `the person already has an open ${input.type} case (${open.id}): one case per application`,
        'type',
      );
    }
    const setting = await caseTypeSetting(trx, input.type);
    const { id } = await trx
      .insertInto('pension_case')
      .values({
        type: input.type,
        person_id: input.personId,
        membership_id: membership.id,
        orgnr: membership.employer.orgnr,
        org_unit: setting.orgUnit,
        pension_id: input.pensionId ?? null,
        deceased_person_id: input.deceasedPersonId ?? null,
        grade_pct: input.gradePct ?? null,
        status: 'received',
        held_from_status: null,
        hold_reason: null,
        hold_until: null,
        assignee_id: null,
        claimed_from: input.claimedFrom,
        received_at: now,
        due_date: dueDate(setting, today, input.claimedFrom),
        source: input.source,
        note: input.note ?? null,
        decision_outcome: null,
        decision_from: null,
        decision_reason: null,
        decision_annual_amount: null,
        decision_monthly_amount: null,
        decision_grade_pct: null,
        decision_calculation: null,
        proposed_by: null,
        proposed_at: null,
        approved_by: null,
        approved_at: null,
        decided_pension_id: null,
        first_decided_at: null,
        closed_at: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await countDay(trx, { type: input.type, org_unit: setting.orgUnit }, now, { received: 1 });
    await trx
      .insertInto('case_event')
      .values({
        case_id: id,
        actor: principal.username,
        action: 'create',
        from_status: null,
        to_status: 'received',
        comment: input.note ?? null,
        details: JSON.stringify({ type: input.type, source: input.source, claimedFrom: input.claimedFrom }),
      })
      .execute();
    await writeAudit(trx, principal, { action: 'case.create', entity: 'case', entityId: id, details: input });
    return id;
  });
}

/** The membership a case concerns, checked against its type. */
async function chooseMembership(
  db: CasesDb,
  input: NewCase,
  memberships: MembershipView[],
  today: IsoDate,
): Promise<MembershipView> {
  const bad = (path: string, message: string) => invalidInput([{ path, message }]);
  if (input.type === 'change' || input.type === 'stop') {
    if (input.pensionId === undefined)
      throw bad('pensionId', `a ${input.type} case names the running pension`);
    const m = memberships.find((x) => x.pensions.some((p) => p.id === input.pensionId));
    if (!m) throw bad('pensionId', 'is not a pension of this person');
    const p = m.pensions.find((x) => x.id === input.pensionId);
    if (p?.endDate && p.endDate < input.claimedFrom)
      throw bad('pensionId', `the pension ended on ${p.endDate}`);
    if (input.type === 'change' && p?.benefit === 'disability' && input.gradePct === undefined)
      throw bad('gradePct', 'a change of a disability pension names the new grade');
    return m;
  }
  if (input.type === 'disability' && input.gradePct === undefined)
    throw bad('gradePct', 'a disability case needs the grade applied for');
  if (SURVIVOR.includes(input.type)) {
    if (input.deceasedPersonId === undefined)
      throw bad('deceasedPersonId', `a ${input.type} case names the member who died`);
    if (input.deceasedPersonId === input.personId)
      throw bad('deceasedPersonId', 'must be another person than the survivor');
    // Only to match employer and scheme; nothing of the deceased is returned to the caller.
    const own = (
      await loadMemberships(asRegister(db), { personId: input.deceasedPersonId }, 'all', null, today)
    ).filter((m) => m.kind === 'own');
    if (own.length === 0) throw bad('deceasedPersonId', 'has no membership of their own in the fund');
    const survivor = memberships.find(
      (m) =>
        m.kind === 'survivor' &&
        own.some((o) => o.employer.id === m.employer.id && o.scheme.code === m.scheme.code),
    );
    if (!survivor)
      throw bad(
        'personId',
        "the survivor needs a survivor's membership (kind 'survivor') in the deceased member's scheme at the same employer",
      );
    return survivor;
  }
  const own = memberships.filter((m) => m.kind === 'own');
  if (input.membershipId !== undefined) {
    const m = own.find((x) => x.id === input.membershipId);
    if (!m) throw bad('membershipId', "is not this person's own membership");
    return m;
  }
  if (own.length === 0) throw bad('personId', 'the person has no membership of their own in the fund');
  // The membership with the latest service: where the pension is paid from (the last scheme pays).
  const latest = (m: MembershipView) =>
    m.employments.reduce((max, e) => (e.startDate > max ? e.startDate : max), '');
  return own.reduce((best, m) => (latest(m) > latest(best) ? m : best));
}

/**
 * A case the system opens itself (a death event from the population register opens a survivor's
 * case and a stop of the pensions in payment): no user, source 'system', routed like any other.
 */
export async function createCaseFromSystem(
  db: CasesDb,
  system: string,
  input: Omit<NewCase, 'source'>,
  now = new Date(),
): Promise<number> {
  return createCase(db, systemPrincipal(`system:${system}`), { ...input, source: 'system' }, now);
}
