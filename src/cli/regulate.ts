/**
 * `kassa regulate --from YYYY-MM-DD --g NEW_G --pension-factor F [--dry-run]` (payments.md): records
 * the new G and regulates every pension running on that date. Prints one JSON object; with
 * --dry-run the totals and the largest changes per benefit, and nothing is written.
 */
import type { Command } from 'commander';
import { z } from 'zod';
import type { IsoDate } from '../domain/dates';
import { isDate } from '../payments/months';
import { regulatePensions } from '../payments/regulate-pensions';
import { loadConfig } from '../platform/config';
import { AppError } from '../platform/errors';
import { openContext } from '../platform/runtime';
import { UsageError } from './exit';

const Options = z.object({
  from: z.string().refine(isDate, 'must be a real date as YYYY-MM-DD'),
  g: z.string().regex(/^\d{5,7}$/, 'must be whole kroner, e.g. 130160'),
  pensionFactor: z.string().regex(/^\d(\.\d{1,6})?$/, 'must be a factor such as 1.0443'),
  dryRun: z.boolean().optional(),
});

export function regulateCommand(program: Command) {
  program
    .command('regulate')
    .description('Record a new G from a date and regulate every pension running on it')
    .requiredOption('--from <YYYY-MM-DD>', 'the regulation date (usually 1 May)')
    .requiredOption('--g <kroner>', 'the new G in whole kroner')
    .requiredOption('--pension-factor <F>', 'the published factor for pensions in payment, e.g. 1.0443')
    .option('--dry-run', 'show the totals and the largest changes per benefit; write nothing')
    .action(async (raw: Record<string, unknown>) => {
      const parsed = Options.safeParse(raw);
      if (!parsed.success)
        throw new UsageError(
          parsed.error.issues
            .map(
              (i) => `--${String(i.path[0]).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ${i.message}`,
            )
            .join('\n'),
        );
      const o = parsed.data;
      const ctx = await openContext(loadConfig({ KASSA_LOG_LEVEL: 'silent', ...process.env }));
      try {
        const s = await regulatePensions(ctx.db.kysely, {
          from: o.from as IsoDate,
          g: Number(o.g),
          pensionFactor: o.pensionFactor,
          dryRun: o.dryRun,
          by: 'kassa-cli',
        });
        process.stdout.write(`${JSON.stringify(s)}\n`);
      } catch (error) {
        if (error instanceof AppError && error.code === 'conflict')
          throw new AppError('invalid_input', error.errors);
        throw error;
      } finally {
        await ctx.db.close();
      }
    });
}
