/** Kysely row types of the cases capability's tables (migrations/0020_cases.sql) and its vocabulary. */
import type { ColumnType, Generated, Kysely } from 'kysely';
import type { IsoDate } from '../domain/dates';
import type { Ore } from '../domain/money';
import type { Database } from '../platform/db';
import type { PlatformTables } from '../platform/tables';
import type { RegisterDb, RegisterTables } from '../register/tables';

/** Case types: a benefit applied for, a change to a running pension, or a stop (at death). */
export const CASE_TYPES = [
  'old_age',
  'rule_85',
  'afp_62_65',
  'afp_65_67',
  'deferred',
  'disability',
  'spouse',
  'child',
  'change',
  'stop',
] as const;
export type CaseType = (typeof CASE_TYPES)[number];

/** The statuses of contracts/cases.md. */
export const CASE_STATUSES = [
  'received',
  'preparing',
  'assessing',
  'calculating',
  'awaiting_approval',
  'decided',
  'on_hold',
  'withdrawn',
  'reopened',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** The working stages in order; `advance` moves one step along this line and no further. */
export const NEXT_STATUS: Partial<Record<CaseStatus, CaseStatus>> = {
  received: 'preparing',
  preparing: 'assessing',
  assessing: 'calculating',
  calculating: 'awaiting_approval',
  // A reopened case continues at assessing (contracts/cases.md).
  reopened: 'assessing',
};

/** Statuses in which the case is still open work (on hold counts: it comes back). */
export const OPEN_STATUSES: readonly CaseStatus[] = [
  'received',
  'preparing',
  'assessing',
  'calculating',
  'awaiting_approval',
  'on_hold',
  'reopened',
];

/** Stages time can be registered on. */
export const WORK_STAGES = [
  'received',
  'preparing',
  'assessing',
  'calculating',
  'awaiting_approval',
  'reopened',
] as const;
export type WorkStage = (typeof WORK_STAGES)[number];

export const CASE_SOURCES = ['member', 'employer', 'staff', 'system'] as const;
export type CaseSource = (typeof CASE_SOURCES)[number];

/** Why a decision was wrong (feilkategori), for quality figures. */
export const ERROR_CATEGORIES = [
  'calculation',
  'missing_information',
  'wrong_rule',
  'registration',
  'other',
] as const;
export type ErrorCategory = (typeof ERROR_CATEGORIES)[number];

export type Outcome = 'granted' | 'refused';

export interface PensionCaseRow {
  id: Generated<number>;
  type: CaseType;
  person_id: number;
  membership_id: number;
  orgnr: string;
  org_unit: string;
  pension_id: number | null;
  deceased_person_id: number | null;
  grade_pct: number | null;
  status: CaseStatus;
  held_from_status: CaseStatus | null;
  hold_reason: string | null;
  hold_until: IsoDate | null;
  assignee_id: number | null;
  claimed_from: IsoDate;
  received_at: ColumnType<Date, Date | undefined, Date>;
  due_date: IsoDate;
  source: CaseSource;
  note: string | null;
  decision_outcome: Outcome | null;
  decision_from: IsoDate | null;
  decision_reason: string | null;
  decision_annual_amount: Ore | null;
  decision_monthly_amount: Ore | null;
  decision_grade_pct: number | null;
  decision_calculation: number | null;
  proposed_by: number | null;
  proposed_at: Date | null;
  approved_by: number | null;
  approved_at: Date | null;
  decision_round: ColumnType<number, number | undefined, number>;
  decided_pension_id: number | null;
  first_decided_at: Date | null;
  /** First approved or withdrawn (statistics: open cases); kept with closed_at. */
  first_closed_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  closed_at: Date | null;
  minutes_total: ColumnType<number, number | undefined, number>;
}

export interface CaseEventRow {
  id: Generated<number>;
  case_id: number;
  at: ColumnType<Date, Date | undefined, never>;
  actor: string;
  action: string;
  from_status: CaseStatus | null;
  to_status: CaseStatus | null;
  comment: string | null;
  details: unknown;
}

export interface CaseServicePeriodRow {
  id: Generated<number>;
  case_id: number;
  kind: 'employment' | 'transfer';
  source: string;
  employment_id: number | null;
  from_date: IsoDate;
  to_date: IsoDate | null;
  position_pct: number | null;
  annual_salary: Ore | null;
  service_years: number | null;
  note: string | null;
  recorded_by_source: string | null;
  added_by: string;
  added_at: ColumnType<Date, Date | undefined, never>;
  superseded_at: Date | null;
}

export interface CaseConditionRow {
  id: Generated<number>;
  case_id: number;
  name: string;
  met: boolean;
  note: string | null;
  source: 'rules' | 'manual';
  recorded_by: string;
  recorded_at: ColumnType<Date, Date | undefined, never>;
  superseded_at: Date | null;
}

export interface CaseCalculationRow {
  case_id: number;
  version: number;
  request: unknown;
  result: unknown;
  calculated_by: string;
  calculated_at: ColumnType<Date, Date | undefined, never>;
}

export interface CaseTimeRow {
  id: Generated<number>;
  case_id: number;
  user_id: number;
  stage: string;
  minutes: number;
  registered_at: ColumnType<Date, Date | undefined, never>;
}

export interface CaseErrorRow {
  id: Generated<number>;
  case_id: number;
  category: ErrorCategory;
  reason: string;
  at: ColumnType<Date, Date | undefined, never>;
  recorded_by: string;
  /** When the reopened case was closed again (approved or withdrawn); null while it is open. */
  closed_again_at: ColumnType<Date | null, never, Date>;
}

export interface CaseTypeSettingRow {
  type: CaseType;
  due_basis: 'received' | 'claimed_from';
  due_days: number;
  org_unit: string;
  recorded_at: ColumnType<Date, never, never>;
  recorded_by: string;
}

export type CaseTables = {
  pension_case: PensionCaseRow;
  case_event: CaseEventRow;
  case_service_period: CaseServicePeriodRow;
  case_condition: CaseConditionRow;
  case_calculation: CaseCalculationRow;
  case_time: CaseTimeRow;
  case_error: CaseErrorRow;
  case_type_setting: CaseTypeSettingRow;
};

/** The cases capability's view: its own tables, the platform's logs and (read-only) the register's. */
export type CasesDb = Kysely<PlatformTables & RegisterTables & CaseTables>;

export function casesDb(db: Database): CasesDb {
  return db.kysely.withTables<RegisterTables & CaseTables>();
}

/** The same connection as the register sees it, to call the register's exported functions. */
export const asRegister = (db: CasesDb): RegisterDb => db as unknown as RegisterDb;
