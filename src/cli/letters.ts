/**
 * `kassa letters …` (shared/contracts/letters.md): send the annual statement, run a delivery
 * round, volumes, savings and forecast. Files are read and checked before anything is written:
 * a bad file exits 1 with the reason on stderr and nothing on stdout.
 */
import fs from 'node:fs';
import { type Command, Option } from 'commander';
import { parse } from 'csv-parse/sync';
import type { z } from 'zod';
import type { IsoDate } from '../domain/dates';
import { systemPrincipal } from '../platform/auth/roles';
import { loadConfig } from '../platform/config';
import { openContext } from '../platform/runtime';
import { RejectedError, UsageError } from './exit';

const year = (s: string) => {
  if (!/^\d{4}$/.test(s) || Number(s) < 1000) throw new UsageError(`--year: must be a year YYYY, not ${s}`);
  return Number(s);
};

function reject(message: string): never {
  process.stderr.write(`${message}\n`);
  throw new RejectedError(message);
}

function readJson<T>(file: string, schema: z.ZodType<T>, what: string): T {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    reject(`${what} ${file}: ${(error as Error).message}`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success)
    reject(
      `${what} ${file}:\n${parsed.error.issues.map((i) => `  ${i.path.join('.') || '(file)'}: ${i.message}`).join('\n')}`,
    );
  return parsed.data;
}

function today(): IsoDate {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(new Date()) as IsoDate;
}

async function withContext<T>(fn: (ctx: Awaited<ReturnType<typeof openContext>>) => Promise<T>): Promise<T> {
  const ctx = await openContext(loadConfig({ KASSA_LOG_LEVEL: 'silent', ...process.env }));
  try {
    return await fn(ctx);
  } finally {
    await ctx.db.close();
  }
}

function print(value: unknown) {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export function lettersCommand(program: Command) {
  const letters = program
    .command('letters')
    .description('Letters: send, deliver, volumes, savings, forecast');

  letters
    .command('send')
    .description(
      'Write and send letters of a type to everyone concerned (annual_statement: everyone paid in the year)',
    )
    .addOption(new Option('--type <type>', 'letter type').choices(['annual_statement']).makeOptionMandatory())
    .requiredOption('--year <YYYY>', 'the year of the statement', year)
    .option(
      '--totals <file.csv>',
      "the year's paid amounts (person_id,gross_ore,tax_ore) instead of the payments capability",
    )
    .action(async (o: { type: 'annual_statement'; year: number; totals?: string }) => {
      const { givenTotals, parseTotalsCsv, paymentsSource } = await import('../documents/annual-statement');
      let source = paymentsSource;
      if (o.totals) {
        try {
          source = givenTotals(parseTotalsCsv(fs.readFileSync(o.totals, 'utf8')));
        } catch (error) {
          reject(`--totals ${o.totals}: ${(error as Error).message}`);
        }
      }
      const [{ openLetterServices }, { sendAnnualStatements }, { documentDb }] = await Promise.all([
        import('../documents/services'),
        import('../documents/send-letters'),
        import('../documents/tables'),
      ]);
      const config = loadConfig({ KASSA_LOG_LEVEL: 'silent', ...process.env });
      const services = await openLetterServices(process.env, config.env);
      try {
        await withContext(async (ctx) => {
          const summary = await sendAnnualStatements(documentDb(ctx.db), services, {
            year: o.year,
            source,
            today: today(),
            by: systemPrincipal('letters-send'),
          });
          print(summary);
        });
      } finally {
        await services.close();
      }
    });

  letters
    .command('deliver')
    .description(
      "One delivery round: render queued letters, choose channels, send, read receipts, build the day's print batch",
    )
    .action(async () => {
      const [{ openLetterServices }, { deliveryRound }, { documentDb }] = await Promise.all([
        import('../documents/services'),
        import('../documents/send-letters'),
        import('../documents/tables'),
      ]);
      const config = loadConfig({ KASSA_LOG_LEVEL: 'silent', ...process.env });
      const services = await openLetterServices(process.env, config.env);
      try {
        await withContext(async (ctx) =>
          print(
            await deliveryRound(documentDb(ctx.db), services, {
              today: today(),
              by: systemPrincipal('letters-deliver'),
            }),
          ),
        );
      } finally {
        await services.close();
      }
    });

  letters
    .command('volumes')
    .description('Letters of a year by type and channel')
    .requiredOption('--year <YYYY>', 'the year', year)
    .addOption(new Option('--format <format>', 'output format').choices(['json']).default('json'))
    .action(async (o: { year: number }) => {
      const [{ letterVolumes }, { documentDb }] = await Promise.all([
        import('../documents/volumes'),
        import('../documents/tables'),
      ]);
      await withContext(async (ctx) => print(await letterVolumes(documentDb(ctx.db), o.year)));
    });

  letters
    .command('savings')
    .description("Yearly savings of digital delivery with the fund's own unit costs")
    .requiredOption('--costs <file.json>', 'unit costs (postage, minuteCost, runningCost, types)')
    .option('--year <YYYY>', "from Kassa's own digital letters of that year", year)
    .option('--volumes <file.csv>', 'from planned volumes (type,letters)')
    .addOption(
      new Option('--format <format>', 'output format').choices(['json', 'csv', 'pdf']).default('json'),
    )
    .option('--out <file>', 'write to this file instead of standard output')
    .action(
      async (o: {
        costs: string;
        year?: number;
        volumes?: string;
        format: 'json' | 'csv' | 'pdf';
        out?: string;
      }) => {
        if ((o.year === undefined) === (o.volumes === undefined))
          throw new UsageError('give either --year or --volumes');
        const { Costs, computeSavings, savingsCsv, VolumesCsvRow } = await import('../documents/savings');
        const costs = readJson(o.costs, Costs, 'costs');
        let volumes: Record<string, number> = {};
        if (o.volumes) {
          let rows: Record<string, string>[] = [];
          try {
            rows = parse(fs.readFileSync(o.volumes, 'utf8'), {
              columns: true,
              skip_empty_lines: true,
              trim: true,
            });
          } catch (error) {
            reject(`volumes ${o.volumes}: ${(error as Error).message}`);
          }
          for (const [i, r] of rows.entries()) {
            const p = VolumesCsvRow.strict().safeParse(r);
            if (!p.success)
              reject(
                `volumes ${o.volumes} line ${i + 2}: ${p.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`,
              );
            volumes[p.data.type] = (volumes[p.data.type] ?? 0) + p.data.letters;
          }
        } else {
          const [{ letterVolumes }, { documentDb }] = await Promise.all([
            import('../documents/volumes'),
            import('../documents/tables'),
          ]);
          const v = await withContext((ctx) => letterVolumes(documentDb(ctx.db), o.year as number));
          volumes = Object.fromEntries(Object.entries(v.byType).map(([t, c]) => [t, c.digital]));
        }
        const savings = computeSavings(costs, volumes);
        let body: Buffer;
        if (o.format === 'json') body = Buffer.from(`${JSON.stringify(savings, null, 2)}\n`);
        else if (o.format === 'csv') body = Buffer.from(savingsCsv(savings));
        else {
          if (!o.out && process.stdout.isTTY)
            throw new UsageError('--out: a pdf needs --out FILE (or a pipe)');
          const { savingsPdf } = await import('../documents/savings-pdf');
          body = await savingsPdf(savings, o.year ?? null);
        }
        if (o.out) fs.writeFileSync(o.out, body);
        else process.stdout.write(body);
      },
    );

  letters
    .command('forecast')
    .description('Forecast of digital volumes from the growth in mailbox users')
    .requiredOption(
      '--plan <file.json>',
      '{"lettersPerRecipient", "years": [{"year", "recipients", "digitalShare"}]}',
    )
    .addOption(new Option('--format <format>', 'output format').choices(['json']).default('json'))
    .action(async (o: { plan: string }) => {
      const { Plan, forecast } = await import('../documents/savings');
      print(forecast(readJson(o.plan, Plan, 'plan')));
    });
}
