/** Kysely row types of the register's tables (see migrations/0002_register.sql). */
import type { ColumnType, Generated, Kysely } from 'kysely';
import type { IsoDate } from '../domain/dates';
import type { Ore } from '../domain/money';
import type { Database } from '../platform/db';
import type { PlatformTables } from '../platform/tables';

type Recorded = { recorded_at: ColumnType<Date, never, never>; recorded_by: string };
type History = { superseded_at: Date };

/** Pension types in payment (contracts/migration-import.md), in the report's order. One list for the register. */
export const BENEFITS = [
  'rule_85',
  'afp_62_65',
  'afp_65_67',
  'old_age',
  'spouse',
  'child',
  'disability',
] as const;
export type Benefit = (typeof BENEFITS)[number];

/** Benefits paid to a survivor (etterlatte), recorded on the survivor's membership of kind 'survivor'. */
export const SURVIVOR_BENEFITS: ReadonlySet<Benefit> = new Set<Benefit>(['spouse', 'child']);
/** A membership is the person's own (through work) or a survivor's (through a survivor's pension). */
export type MembershipKind = 'own' | 'survivor';
export const membershipKindOf = (benefit: Benefit): MembershipKind =>
  SURVIVOR_BENEFITS.has(benefit) ? 'survivor' : 'own';

export interface ProviderRow extends Recorded {
  code: string;
  name: string;
}
export interface SchemeRow extends Recorded {
  code: string;
  provider_code: string;
  name: string;
}
export interface EmployerRow extends Recorded {
  id: Generated<number>;
  orgnr: string;
  name: string;
}
export interface PersonRow extends Recorded {
  id: Generated<number>;
  national_id: string;
  birth_date: IsoDate;
  name: string;
  death_date: IsoDate | null;
  address: string | null;
  account_number: string | null;
  valid_from: ColumnType<IsoDate, IsoDate | undefined, IsoDate>;
}
export interface MembershipRow extends Recorded {
  id: Generated<number>;
  person_id: number;
  employer_id: number;
  scheme_code: string;
  kind: ColumnType<MembershipKind, MembershipKind | undefined, MembershipKind>;
}
export interface EmploymentRow extends Recorded {
  id: Generated<number>;
  membership_id: number;
  start_date: IsoDate;
  end_date: IsoDate | null;
  position_pct: number;
  annual_salary: Ore | null;
  age_limit: ColumnType<number, number | undefined, number>;
}
export interface PensionRow extends Recorded {
  id: Generated<number>;
  membership_id: number;
  benefit: Benefit;
  start_date: IsoDate;
  end_date: IsoDate | null;
  grade_pct: number | null;
  annual_amount: Ore | null;
  deceased_person_id: number | null;
}
export interface FinanceFigureRow extends Recorded {
  employer_id: number;
  scheme_code: string;
  year: number;
  premium: Ore;
  premium_reserve: Ore;
  pension_cost: Ore;
}

type Hist<T> = { [K in keyof T]: T[K] extends Generated<infer U> ? U : T[K] } & History;

export type RegisterTables = {
  provider: ProviderRow;
  scheme: SchemeRow;
  employer: EmployerRow;
  person: PersonRow;
  membership: MembershipRow;
  employment: EmploymentRow;
  pension: PensionRow;
  finance_figure: FinanceFigureRow;
  person_history: Hist<PersonRow>;
  employment_history: Hist<EmploymentRow>;
  pension_history: Hist<PensionRow>;
  membership_history: Hist<MembershipRow>;
  employer_history: Hist<EmployerRow>;
};

export type RegisterDb = Kysely<PlatformTables & RegisterTables>;

/** The register's typed view of the database (with the platform's audit and access logs). */
export function registerDb(db: Database): RegisterDb {
  return db.kysely.withTables<RegisterTables>();
}
