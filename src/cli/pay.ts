/**
 * `kassa pay --month YYYY-MM [--out FILE] [--pay-date YYYY-MM-DD]` pays a month and writes the bank
 * file; `kassa pay --receipt FILE` reads the bank's pain.002 status report (payments.md).
 * One JSON object on standard output. Exit 0 done (also when the month was already paid),
 * 1 rejected (a month out of order, a report for no Kassa file), 2 wrong usage.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import type { IsoDate } from '../domain/dates';
import { isDate, type Month, parseMonth } from '../payments/months';
import { payerFromEnv } from '../payments/payer';
import { readReceipt } from '../payments/read-receipt';
import { runPayments } from '../payments/run-payments';
import { openTaxCardService } from '../payments/tax-cards/open-service';
import { loadConfig } from '../platform/config';
import { AppError } from '../platform/errors';
import { openContext } from '../platform/runtime';
import { UsageError } from './exit';

const Options = z
  .object({
    month: z
      .string()
      .refine((s) => parseMonth(s) !== undefined, 'must be a month as YYYY-MM')
      .optional(),
    out: z.string().min(1).optional(),
    payDate: z.string().refine(isDate, 'must be a real date as YYYY-MM-DD').optional(),
    receipt: z.string().min(1).optional(),
  })
  .refine((o) => (o.month === undefined) !== (o.receipt === undefined), {
    message: 'give either --month or --receipt',
    path: ['month'],
  });

const flag = (p: string) => `--${p.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

export function payCommand(program: Command) {
  program
    .command('pay')
    .description('Pay a month (writes the pain.001 bank file), or read the bank’s pain.002 receipt')
    .option('--month <YYYY-MM>', 'the month to pay')
    .option('--out <file>', 'the bank file (default KASSA_DATA_DIR/payments/YYYY-MM.xml)')
    .option('--pay-date <YYYY-MM-DD>', 'requested execution date (default the 20th, a weekday)')
    .option('--receipt <file>', 'a pain.002 status report for a bank file Kassa wrote')
    .action(async (raw: Record<string, unknown>) => {
      const parsed = Options.safeParse(raw);
      if (!parsed.success)
        throw new UsageError(
          parsed.error.issues.map((i) => `${flag(String(i.path[0]))}: ${i.message}`).join('\n'),
        );
      const o = parsed.data;
      if (o.receipt && !fs.existsSync(o.receipt))
        throw new UsageError(`--receipt: ${o.receipt} does not exist`);
      const config = loadConfig({ KASSA_LOG_LEVEL: 'silent', ...process.env });
      const ctx = await openContext(config);
      try {
        if (o.receipt) {
          const result = await readReceipt(ctx.db.kysely, fs.readFileSync(o.receipt, 'utf8'), 'kassa-cli');
          process.stdout.write(`${JSON.stringify(result)}\n`);
          return;
        }
        const month = o.month as Month;
        const taxCards = await openTaxCardService(config);
        try {
          const summary = await runPayments(ctx.db, month, {
            by: 'kassa-cli',
            payer: payerFromEnv(),
            file: path.resolve(o.out ?? path.join(config.dataDir, 'payments', `${month}.xml`)),
            payDate: o.payDate as IsoDate | undefined,
            taxCards: taxCards?.service,
          });
          process.stdout.write(`${JSON.stringify(summary)}\n`);
        } finally {
          await taxCards?.close();
        }
      } catch (error) {
        if (error instanceof AppError && (error.code === 'conflict' || error.code === 'not_found'))
          throw new AppError('invalid_input', error.errors);
        throw error;
      } finally {
        await ctx.db.close();
      }
    });
}
