/** The service target and routing of each case type (case_type_setting): due date and queue. */
import type { IsoDate } from '../domain/dates';
import { dayNumberOfIso, isoOfDayNumber } from '../domain/day-numbers';
import type { CasesDb, CaseType } from './tables';

export interface CaseTypeSetting {
  type: CaseType;
  dueBasis: 'received' | 'claimed_from';
  dueDays: number;
  orgUnit: string;
}

export async function caseTypeSetting(db: CasesDb, type: CaseType): Promise<CaseTypeSetting> {
  const r = await db
    .selectFrom('case_type_setting')
    .selectAll()
    .where('type', '=', type)
    .executeTakeFirstOrThrow();
  return { type: r.type, dueBasis: r.due_basis, dueDays: r.due_days, orgUnit: r.org_unit };
}

export async function listCaseTypeSettings(db: CasesDb): Promise<CaseTypeSetting[]> {
  const rows = await db.selectFrom('case_type_setting').selectAll().orderBy('type').execute();
  return rows.map((r) => ({ type: r.type, dueBasis: r.due_basis, dueDays: r.due_days, orgUnit: r.org_unit }));
}

/** The date a case is due: the received date or the claimed start, plus the target's days. */
export function dueDate(setting: CaseTypeSetting, receivedOn: IsoDate, claimedFrom: IsoDate): IsoDate {
  const basis = setting.dueBasis === 'received' ? receivedOn : claimedFrom;
  return isoOfDayNumber(dayNumberOfIso(basis) + setting.dueDays);
}

export const addDays = (date: IsoDate, days: number): IsoDate => isoOfDayNumber(dayNumberOfIso(date) + days);
export const daysBetween = (from: IsoDate, to: IsoDate): number => dayNumberOfIso(to) - dayNumberOfIso(from);
