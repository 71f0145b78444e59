/** Row types of the payments capability's tables (migrations/0022_payments.sql). Money in øre. */
import type { IsoDate } from '../domain/dates';

export interface PaymentRunRow {
  id: number;
  month: IsoDate;
  pay_date: IsoDate;
  msg_id: string;
  created_at: Date;
  created_by: string;
  payments: number;
  gross: number;
  withholding: number;
  deductions: number;
  reissued: number;
  net: number;
  back_pay: number;
  missing_account: number;
  held_gross: number;
  default_tax: number;
  transactions: number;
  file_path: string | null;
}

export interface PaymentRow {
  person_id: number;
  month: IsoDate;
  run_id: number;
  account_number: string;
  gross: number;
  withholding: number;
  deduction: number;
  reissued: number;
  net: number;
  tax_basis: 'percentage' | 'table' | 'default';
  end_to_end_id: string;
}

export interface PaymentLineRow {
  person_id: number;
  month: IsoDate;
  pension_id: number;
  for_month: IsoDate;
  gross: number;
}

export interface TaxCardRow {
  person_id: number;
  year: number;
  kind: 'percentage' | 'table';
  percentage: number;
  table_number: string | null;
}

export interface RegulationRow {
  id: number;
  from_date: IsoDate;
  g: number;
  g_before: number;
  pension_factor: number;
  pensions: number;
  before_total: number;
  after_total: number;
  created_at: Date;
  created_by: string;
}

export type ClaimStatus = 'open' | 'instalments' | 'write_off_proposed' | 'written_off';

export interface RecoveryClaimRow {
  id: number;
  person_id: number;
  debtor_person_id: number;
  first_month: IsoDate;
  last_month: IsoDate;
  /** What the estate received: gross − withholding of the payments after the death. */
  amount: number;
  /** The payments' gross and the tax withheld from them, to be corrected (null before migration 0029). */
  gross: number | null;
  withholding: number | null;
  instalment: number | null;
  status: ClaimStatus;
  write_off_reason: string | null;
  write_off_by: string | null;
  write_off_approved_by: string | null;
  created_run_id: number;
  created_at: Date;
}
