/**
 * `kassa generate`: writes a synthetic population in the migration-import format
 * (contracts/migration-import.md), deterministic by seed and reference date.
 */
import type { Command } from 'commander';
import { z } from 'zod';
import { type IsoDate, parseIsoDate } from '../domain/dates';

const whole = (min: number, max: number) =>
  z.coerce
    .number({ error: 'must be a whole number' })
    .int({ error: 'must be a whole number' })
    .min(min, { error: `must be at least ${min}` })
    .max(max, { error: `must be at most ${max}` });

const Options = z.object({
  members: whole(1, 5_000_000),
  seed: whole(0, 0xffffffff),
  out: z.string().min(1),
  employers: whole(1, 100_000).optional(),
  realIds: z.boolean().default(false),
  // Individual numbers encode birth years up to 2039, so the reference date must lie before 2040.
  asOf: z
    .string()
    .refine((s) => parseIsoDate(s) !== undefined, 'must be a real date YYYY-MM-DD')
    .refine((s) => s >= '1990-01-01' && s <= '2039-12-31', 'must lie between 1990-01-01 and 2039-12-31'),
});

export function generateCommand(program: Command) {
  program
    .command('generate')
    .description('Write a synthetic population (import-format CSV files) into a folder')
    .requiredOption('--members <n>', 'persons with at least one own membership (survivors come on top)')
    .requiredOption('--out <dir>', 'folder to write employers.csv, schemes.csv, persons.csv, … into')
    .option('--seed <s>', 'seed: the same seed gives byte-identical files', '1')
    .option('--employers <n>', 'number of employers (default: scaled to the population)')
    .option('--as-of <date>', 'reference date the population is "today" on', '2026-12-31')
    .option('--real-ids', 'plain fødselsnumre instead of synthetic Tenor test numbers (month + 80)')
    .action(async (raw: Record<string, unknown>, command: Command) => {
      const parsed = Options.safeParse(raw);
      if (!parsed.success) {
        // A bad option value is wrong usage (exit 2), like a missing one.
        const problems = parsed.error.issues.map((i) => `--${kebab(String(i.path[0] ?? ''))}: ${i.message}`);
        command.error(`error: ${problems.join('\n')}`, { exitCode: 2, code: 'kassa.invalidOption' });
      }
      const o = parsed.data;
      // Loaded lazily so other commands do not pay for the generator.
      const { generateToDirectory, summaryLine } = await import('../register/generate');
      const started = performance.now();
      const summary = generateToDirectory(
        {
          members: o.members,
          seed: o.seed,
          employers: o.employers,
          realIds: o.realIds,
          asOf: o.asOf as IsoDate,
        },
        o.out,
      );
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      process.stderr.write(`${summaryLine(summary)} in ${seconds} s → ${o.out}\n`);
    });
}

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}
