/** The register facts a case's calculation rests on, read through the register's own views. */

import type { IsoDate } from '../domain/dates';
import { fieldRulesFor } from '../platform/auth/field-rules';
import { systemPrincipal } from '../platform/auth/roles';
import { invalidInput } from '../platform/errors';
import type { Benefit as RegisterBenefit } from '../register/tables';
import { todayInOslo } from '../register/today';
import { loadPersonView, type MembershipView } from '../register/views';
import type { Benefit as RulesBenefit } from '../rules';
import { buildRequest, type ServicePeriod } from './build-request';
import { periodsFor } from './service-history';
import { type CaseRow, conflict } from './steps';
import { asRegister, type CasesDb } from './tables';

/** The rules engine's benefit for a case, and the register's benefit its pension is recorded as. */
export interface CaseBenefit {
  rules: RulesBenefit;
  register: RegisterBenefit;
}

const BY_TYPE: Partial<Record<CaseRow['type'], CaseBenefit>> = {
  old_age: { rules: 'old_age', register: 'old_age' },
  rule_85: { rules: 'rule_85', register: 'rule_85' },
  afp_62_65: { rules: 'afp_62_65', register: 'afp_62_65' },
  afp_65_67: { rules: 'afp_65_67', register: 'afp_65_67' },
  // A deferred pension (oppsatt pensjon) is paid as an old-age pension.
  deferred: { rules: 'deferred', register: 'old_age' },
  disability: { rules: 'disability', register: 'disability' },
  spouse: { rules: 'spouse', register: 'spouse' },
  child: { rules: 'child', register: 'child' },
};

/** The benefit of the case; a change recalculates the running pension's benefit; a stop has none. */
export function benefitOf(row: CaseRow, running: { benefit: RegisterBenefit } | null): CaseBenefit | null {
  if (row.type === 'stop') return null;
  if (row.type === 'change') {
    if (!running) return null;
    return { rules: running.benefit, register: running.benefit };
  }
  return BY_TYPE[row.type] ?? null;
}

const latestAgeLimit = (m: MembershipView | undefined): number => {
  const last = m?.employments.reduce<MembershipView['employments'][number] | undefined>(
    (best, e) => (!best || e.startDate > best.startDate ? e : best),
    undefined,
  );
  return last?.ageLimit ?? 70;
};

export interface CaseFacts {
  benefit: CaseBenefit | null;
  running: MembershipView['pensions'][number] | null;
  request: ReturnType<typeof buildRequest> | null;
}

// The calculation reads no personal identifiers; the system's own rules, not a caller's, apply.
const SYSTEM_FIELDS = fieldRulesFor(systemPrincipal());

/** Builds the request for the case's benefit on `date` (the claimed start unless given). */
export async function caseFacts(db: CasesDb, row: CaseRow, date?: IsoDate): Promise<CaseFacts> {
  const reg = asRegister(db);
  const today = todayInOslo();
  const person = await loadPersonView(reg, row.person_id, 'all', today, SYSTEM_FIELDS);
  const running =
    row.pension_id === null
      ? null
      : (person.memberships.flatMap((m) => m.pensions).find((p) => p.id === row.pension_id) ?? null);
  const benefit = benefitOf(row, running);
  if (!benefit) return { benefit, running, request: null };
  const membership = person.memberships.find((m) => m.id === row.membership_id);
  const periods = await periodsFor(db, row);
  let deceased = null;
  if (row.deceased_person_id !== null) {
    const d = await loadPersonView(reg, row.deceased_person_id, 'all', today, SYSTEM_FIELDS);
    if (d.deathDate === null)
      throw conflict(`the deceased member ${d.id} has no date of death in the register`);
    const own = d.memberships.find(
      (m) =>
        m.kind === 'own' &&
        m.employer.id === membership?.employer.id &&
        m.scheme.code === membership?.scheme.code,
    );
    const dPeriods: ServicePeriod[] = (own?.employments ?? []).map((e) => ({
      kind: 'employment',
      from: e.startDate,
      to: e.endDate,
      positionPct: e.positionPct,
      annualSalary: e.annualSalary,
      serviceYears: null,
    }));
    deceased = {
      birthDate: d.birthDate,
      deathDate: d.deathDate,
      ageLimit: latestAgeLimit(own),
      periods: dPeriods,
    };
  }
  const own = benefit.register === 'spouse' || benefit.register === 'child' ? [] : periods;
  const grade = row.grade_pct ?? running?.gradePct ?? null;
  if (benefit.rules === 'disability' && grade === null)
    throw invalidInput([{ path: 'gradePct', message: 'the case has no disability grade' }]);
  return {
    benefit,
    running,
    request: buildRequest({
      benefit: benefit.rules,
      date: date ?? row.claimed_from,
      birthDate: person.birthDate,
      ageLimit: latestAgeLimit(membership),
      periods: own,
      gradePct: grade,
      deceased,
    }),
  };
}
