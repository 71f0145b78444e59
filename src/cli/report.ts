/**
 * `kassa report key-figures --date D --format json|html|pdf|csv|xlsx [--employer ORGNR] [--out FILE] [--lang nb|en]`:
 * the key-figures report (shared/contracts/key-figures.md). JSON goes to standard output unless
 * --out is given; binary formats need --out or a standard output that is not a terminal.
 */
import fs from 'node:fs';
import { type Command, Option } from 'commander';
import { z } from 'zod';
import { type IsoDate, parseIsoDate } from '../domain/dates';
import { checkOrgnr } from '../domain/identifiers';
import { loadConfig } from '../platform/config';
import { FORMATS } from '../reports/key-figures/formats';
import { REPORT_LANGUAGES } from '../reports/key-figures/messages';
import { UsageError } from './exit';

const Options = z.object({
  date: z.string().refine((s) => parseIsoDate(s) !== undefined, 'must be a real date as YYYY-MM-DD'),
  format: z.enum(FORMATS),
  employer: z
    .string()
    .refine((s) => /^\d{9}$/.test(s), 'must be a nine-digit organisation number')
    .optional(),
  out: z.string().min(1).optional(),
  lang: z.enum(REPORT_LANGUAGES),
});

export function reportCommand(program: Command) {
  const report = program.command('report').description('Reports for employers and the fund');
  report
    .command('key-figures')
    .description('Key figures per provider, employer and in total for a date and one year earlier')
    .requiredOption('--date <YYYY-MM-DD>', 'reporting date (usually 31 December)')
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS).default('json'))
    .option('--employer <orgnr>', 'limit the rows to one employer')
    .option('--out <file>', 'write to this file instead of standard output')
    .addOption(
      new Option('--lang <language>', 'language of the html, pdf, csv and xlsx files')
        .choices(REPORT_LANGUAGES)
        .default('nb'),
    )
    .action(async (raw: Record<string, unknown>) => {
      // A bad option value is wrong usage (exit 2); only a rejected input, such as an employer the
      // register does not know, is exit 1 (configuration contract).
      const parsed = Options.safeParse(raw);
      if (!parsed.success) {
        throw new UsageError(
          parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('\n'),
        );
      }
      const o = parsed.data;
      if (o.employer && !checkOrgnr(o.employer).ok) {
        // A wrong check digit is still looked up: legacy data may carry such numbers.
        process.stderr.write(`note: ${o.employer} has no valid orgnr check digit\n`);
      }
      const binary = o.format === 'pdf' || o.format === 'xlsx';
      if (binary && !o.out && process.stdout.isTTY) {
        throw new UsageError(`--out: a ${o.format} file needs --out FILE (or a pipe)`);
      }
      // The database and the renderers load here, not at the top: `kassa --help` stays quick.
      const [{ openContext }, { computeKeyFigures }, { renderKeyFigures }] = await Promise.all([
        import('../platform/runtime'),
        import('../reports/key-figures/compute'),
        import('../reports/key-figures/render'),
      ]);
      const ctx = await openContext(loadConfig({ KASSA_LOG_LEVEL: 'silent', ...process.env }));
      try {
        const figures = await computeKeyFigures(ctx.db, {
          date: o.date as IsoDate,
          employers: o.employer ? [o.employer] : null,
        });
        const rendered = await renderKeyFigures(figures, o.format, o.lang);
        if (o.out) {
          fs.writeFileSync(o.out, rendered.body);
          process.stderr.write(`wrote ${o.out} (${rendered.body.length} bytes)\n`);
        } else {
          await new Promise<void>((resolve, reject) =>
            process.stdout.write(rendered.body, (err) => (err ? reject(err) : resolve())),
          );
        }
      } finally {
        await ctx.db.close();
      }
    });
}
