/** The rows of the migration-import format (contracts/migration-import.md) and how they are written. */
import type { IsoDate } from '../../domain/dates';
import { formatKroner, type Ore } from '../../domain/money';

export { BENEFITS, type Benefit } from '../tables';

import type { Benefit } from '../tables';

export interface EmployerRow {
  orgnr: string;
  name: string;
}
export interface SchemeRow {
  scheme: string;
  provider: string;
  name: string;
}
export interface PersonRow {
  personId: string;
  birthDate: IsoDate;
  name: string;
  deathDate: IsoDate | null;
  /** The account pensions are paid to (kontonummer), null when the person has none registered. */
  accountNumber: string | null;
}
export interface EmploymentRow {
  personId: string;
  orgnr: string;
  scheme: string;
  startDate: IsoDate;
  endDate: IsoDate | null;
  /** Position percentage in hundredths of a percent (3333 = 33.33 %), so no float ever rounds it. */
  positionHundredths: number;
  annualSalary: Ore;
}
export interface PensionRow {
  personId: string;
  orgnr: string;
  scheme: string;
  benefit: Benefit;
  startDate: IsoDate;
  endDate: IsoDate | null;
  gradePct: number | null;
  annualAmount: Ore;
}
export interface FinanceRow {
  orgnr: string;
  scheme: string;
  year: number;
  premium: Ore;
  premiumReserve: Ore;
  pensionCost: Ore;
}

/** Where generated rows go: CSV files, or memory in tests. */
export interface PopulationSink {
  employer(row: EmployerRow): void;
  scheme(row: SchemeRow): void;
  person(row: PersonRow): void;
  employment(row: EmploymentRow): void;
  pension(row: PensionRow): void;
  finance(row: FinanceRow): void;
}

export const HEADERS = {
  employers: 'orgnr,name',
  schemes: 'scheme,provider,name',
  persons: 'person_id,birth_date,name,death_date,account_number,address',
  employments: 'person_id,orgnr,scheme,start_date,end_date,position_pct,annual_salary',
  pensions: 'person_id,orgnr,scheme,benefit,start_date,end_date,grade_pct,annual_amount',
  finance: 'orgnr,scheme,year,premium,premium_reserve,pension_cost',
} as const;

export type FileName = keyof typeof HEADERS;

/** Quotes a text field only when CSV needs it. */
export function csvText(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Kroner as written in the files: whole kroner without decimals, else two decimals. */
export function kronerText(amount: Ore): string {
  return amount % 100 === 0 ? String(amount / 100) : formatKroner(amount);
}

export function percentText(hundredths: number): string {
  const whole = Math.floor(hundredths / 100);
  const rest = hundredths % 100;
  return rest === 0 ? String(whole) : `${whole}.${String(rest).padStart(2, '0')}`;
}

export const LINE = {
  employers: (r: EmployerRow) => `${r.orgnr},${csvText(r.name)}\n`,
  schemes: (r: SchemeRow) => `${r.scheme},${r.provider},${csvText(r.name)}\n`,
  persons: (r: PersonRow) =>
    `${r.personId},${r.birthDate},${csvText(r.name)},${r.deathDate ?? ''},${r.accountNumber ?? ''},\n`,
  employments: (r: EmploymentRow) =>
    `${r.personId},${r.orgnr},${r.scheme},${r.startDate},${r.endDate ?? ''},${percentText(r.positionHundredths)},${kronerText(r.annualSalary)}\n`,
  pensions: (r: PensionRow) =>
    `${r.personId},${r.orgnr},${r.scheme},${r.benefit},${r.startDate},${r.endDate ?? ''},${r.gradePct ?? ''},${kronerText(r.annualAmount)}\n`,
  finance: (r: FinanceRow) =>
    `${r.orgnr},${r.scheme},${r.year},${kronerText(r.premium)},${kronerText(r.premiumReserve)},${kronerText(r.pensionCost)}\n`,
};
