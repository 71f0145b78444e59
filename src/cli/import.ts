/**
 * `kassa import DIR [--dry-run] [--report FILE]`: the migration import from a legacy system
 * (shared/contracts/migration-import.md). Exit 0 done, 1 rejected (report on stderr), 2 usage.
 */
import fs from 'node:fs';
import os from 'node:os';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { loadConfig } from '../platform/config';
import type { ImportProgress, ImportResult } from '../register/import';
import { CSV_ENCODINGS } from '../register/import/csv';
import { RejectedError } from './main';

interface ImportCliOptions {
  dryRun?: boolean;
  report?: string;
  encoding?: string;
}

/** A progress bar on stderr, only when a person is watching (stderr is a terminal). */
function progressBar(): { update: (p: ImportProgress) => void; stop: () => void } {
  if (!process.stderr.isTTY) return { update: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: '{phase} [{bar}] {percentage}% {detail}',
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let phase = '';
  return {
    update(p) {
      const total = Math.max(p.total, 1);
      if (p.phase !== phase) {
        if (phase) bar.stop();
        phase = p.phase;
        bar.start(total, p.done, { phase: p.phase.padEnd(10), detail: p.detail });
      } else {
        bar.setTotal(total);
        bar.update(p.done, { detail: p.detail });
      }
    },
    stop: () => bar.stop(),
  };
}

function summary(result: Extract<ImportResult, { ok: true }>): string {
  const lines = Object.entries(result.counts.files).map(([file, n]) => `  ${file}: ${n} rows`);
  if (lines.length === 0) lines.push('  (no import files found)');
  if (result.dryRun) return `dry run: no errors, nothing written\n${lines.join('\n')}\n`;
  const tables = Object.keys(result.counts.inserted).map(
    (t) => `  ${t}: ${result.counts.inserted[t] ?? 0} inserted, ${result.counts.updated[t] ?? 0} updated`,
  );
  // Bulk mode rebuilt these tables' indexes after the merge (a large import; see docs/import.md).
  if (result.counts.bulk) tables.push(`  loaded in bulk: ${result.counts.bulk.join(', ')}`);
  return `imported\n${lines.join('\n')}\n${tables.join('\n')}\n`;
}

export function importCommand(program: Command) {
  const command = program
    .command('import')
    .description(
      'Import a legacy export (employers, schemes, persons, employments, pensions, finance .csv): all or nothing',
    )
    .argument('<dir>', 'folder with the CSV files')
    .option('--dry-run', 'validate and report, write nothing')
    .option('--report <file>', 'also write the error report to this file')
    .option('--encoding <charset>', `the files' character set: ${CSV_ENCODINGS.join(', ')}`, 'utf8')
    .action(async (dir: string, options: ImportCliOptions) => {
      // The database and the importer load here, not at the top: `kassa --help` stays quick.
      const [{ openDatabase }, { migrate }, { formatImportError, importDirectory }, { presentImportFiles }] =
        await Promise.all([
          import('../platform/db'),
          import('../platform/migrate'),
          import('../register/import'),
          import('../register/import/import-directory'),
        ]);
      if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
        command.error(`kassa import: ${dir} is not a folder`, { exitCode: 2, code: 'kassa.import.dir' });
      }
      const encoding = CSV_ENCODINGS.find((e) => e === options.encoding?.toLowerCase());
      if (!encoding) {
        command.error(`kassa import: --encoding must be one of ${CSV_ENCODINGS.join(', ')}`, {
          exitCode: 2,
          code: 'kassa.import.encoding',
        });
      }
      if (presentImportFiles(dir).length === 0) {
        process.stderr.write(`kassa import: no import files in ${dir} (nothing to do)\n`);
      }
      const config = loadConfig();
      const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
      const bar = progressBar();
      try {
        await migrate(db);
        const result = await importDirectory(db, {
          dir,
          dryRun: options.dryRun === true,
          env: config.env,
          actor: `cli:${os.userInfo().username}`,
          onProgress: bar.update,
          encoding,
        });
        bar.stop();
        if (result.ok) {
          process.stdout.write(summary(result));
          if (options.report) fs.writeFileSync(options.report, '');
          return;
        }
        const report = `${result.errors.map(formatImportError).join('\n')}\n`;
        process.stderr.write(report);
        process.stderr.write(`kassa import: ${result.errors.length} problem(s) found; nothing was written\n`);
        if (options.report) fs.writeFileSync(options.report, report);
        throw new RejectedError('import rejected');
      } finally {
        bar.stop();
        await db.close();
      }
    });
}
