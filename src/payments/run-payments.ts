/**
 * `runPayments(db, month, …)`: pays a month exactly once (payments.md). Plain, idempotent and
 * resumable, so a job runner can wrap it:
 *   1. tax cards for the year, fetched once (their own transaction; fetching again is harmless);
 *   2. the run: one transaction (compute-run.ts) — killed, it leaves nothing, and runs again;
 *   3. the bank file, written from the committed run (same bytes every time), then its path recorded.
 * A month already paid changes nothing: the same totals, `alreadyPaid`, the same file.
 */
import fs from 'node:fs';
import { sql } from 'kysely';
import type { IsoDate } from '../domain/dates';
import { type Ore, toWholeKroner } from '../domain/money';
import type { Database } from '../platform/db';
import { writeBankFile } from './bank-file';
import { computeRun } from './compute-run';
import { defaultPayDate, type Month } from './months';
import type { Payer } from './payer';
import type { PaymentRunRow } from './tables';
import { ensureTaxCards, type TaxCardService } from './tax-cards/fetch-tax-cards';

export interface RunOptions {
  by: string;
  payer: Payer;
  /** Where the bank file goes. */
  file: string;
  payDate?: IsoDate;
  /** The tax authority; without it, cards already stored are used (and no card means 50 %). */
  taxCards?: TaxCardService;
}

/** The summary of the contract (kroner), with a few more fields. */
export interface RunSummary {
  month: string;
  payments: number;
  gross: number;
  withholding: number;
  net: number;
  missingAccount: number;
  backPay: number;
  file: string;
  alreadyPaid: boolean;
  deductions: number;
  reissued: number;
  transactions: number;
  /** Persons withheld at the statutory 50 % because no tax card is known. */
  defaultTax: number;
  payDate: string;
  runId: number;
}

const kr = (o: number) => toWholeKroner(o as Ore);

export function summaryOf(run: PaymentRunRow, file: string, alreadyPaid: boolean): RunSummary {
  return {
    month: run.month.slice(0, 7),
    payments: run.payments,
    gross: kr(run.gross),
    withholding: kr(run.withholding),
    net: kr(run.net),
    missingAccount: run.missing_account,
    backPay: kr(run.back_pay),
    file,
    alreadyPaid,
    deductions: kr(run.deductions),
    reissued: kr(run.reissued),
    transactions: run.transactions,
    defaultTax: run.default_tax,
    payDate: run.pay_date,
    runId: run.id,
  };
}

export async function runPayments(db: Database, month: Month, o: RunOptions): Promise<RunSummary> {
  if (o.taxCards) await ensureTaxCards(db, Number(month.slice(0, 4)), o.taxCards, o.payer.orgnr, o.by);
  const { run, existed } = await db.kysely
    .transaction()
    .execute((trx) => computeRun(trx, { month, payDate: o.payDate ?? defaultPayDate(month), by: o.by }));
  const file = o.file;
  const complete = existed && run.file_path !== null;
  if (!complete || !fs.existsSync(file)) {
    const t0 = performance.now();
    await writeBankFile(db, run, o.payer, file);
    if (process.env.KASSA_PAY_TRACE === '1')
      process.stderr.write(`  pay step bank file: ${Math.round(performance.now() - t0)} ms\n`);
    await sql`update payment_run set file_path = ${file} where id = ${run.id} and file_path is distinct from ${file}`.execute(
      db.kysely,
    );
  }
  return summaryOf(run, file, complete);
}
