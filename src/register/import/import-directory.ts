/**
 * The migration import (shared/contracts/migration-import.md): reads a folder of legacy CSV
 * files, validates every row, and writes all of it in one transaction or nothing at all.
 *
 * Reading and validating stream row by row; clean rows are COPYed into temporary staging tables
 * as they come, so the database works while the parser reads. Checks that need every file (person
 * references into the register, overlapping periods) run at the end. With any error, or in a dry
 * run, the transaction rolls back and the register never saw a thing.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { IsoDate } from '../../domain/dates';
import { writeAudit } from '../../platform/audit';
import type { Principal } from '../../platform/auth/roles';
import type { KassaEnv } from '../../platform/config';
import type { Database } from '../../platform/db';
import type { PlatformTables } from '../../platform/tables';
import { todayInOslo } from '../today';
import type { BulkOptions } from './bulk';
import { CsvSyntaxError, readCsv } from './csv';
import {
  EARLY_TABLES,
  type MergeCounts,
  mergeStaged,
  personsInRegister,
  registerKeys,
  registerPensions,
  registerPeriods,
} from './load';
import { sessionKysely } from './session-kysely';
import { IMPORT_FILE_ORDER, type ImportCounts, type ImportError, type ImportFile } from './spec';
import { Stager } from './stage';
import { ImportValidator, stageOf } from './validate';

export interface ImportProgress {
  phase: 'reading' | 'validating' | 'loading';
  done: number;
  total: number;
  /** The file being read or the table being loaded. */
  detail: string;
}

export interface ImportOptions {
  dir: string;
  /** Validate and report only; write nothing. */
  dryRun?: boolean;
  /** 'training' accepts synthetic test numbers. */
  env: KassaEnv;
  /** The day of checking identity numbers (default today in Oslo), as when a person is created. */
  today?: IsoDate;
  actor: Principal | string;
  onProgress?: (progress: ImportProgress) => void;
  /** When a table is loaded in bulk mode (see bulk.ts); the default suits production. */
  bulk?: BulkOptions;
}

export type ImportResult =
  | { ok: true; dryRun: boolean; counts: ImportCounts }
  | { ok: false; errors: ImportError[]; counts: ImportCounts };

/** Files read after the early tables' sources (employers, schemes, persons). */
const LATE_FILES: ReadonlySet<ImportFile> = new Set(['employments.csv', 'pensions.csv', 'finance.csv']);

/** Carries a result out of the batch while rolling the transaction back. */
class RollBack extends Error {
  constructor(readonly result: ImportResult) {
    super('roll back');
  }
}

export function presentImportFiles(dir: string): ImportFile[] {
  return IMPORT_FILE_ORDER.filter((f) => fs.existsSync(path.join(dir, f)));
}

export async function importDirectory(db: Database, options: ImportOptions): Promise<ImportResult> {
  const files = presentImportFiles(options.dir);
  const sizes = files.map((f) => fs.statSync(path.join(options.dir, f)).size);
  const totalBytes = sizes.reduce((a, b) => a + b, 0);
  const progress = options.onProgress ?? (() => undefined);
  const actor = typeof options.actor === 'string' ? options.actor : options.actor.username;
  const counts: ImportCounts = { files: {}, inserted: {}, updated: {} };

  try {
    return await db.batch(async (s) => {
      // Memory for the merge's hash joins and sorts, and for rebuilding indexes in bulk mode.
      await s.exec("set local work_mem = '256MB'; set local maintenance_work_mem = '512MB'");
      const known = await registerKeys(s);
      const v = new ImportValidator({
        allowSynthetic: options.env === 'training',
        today: options.today ?? todayInOslo(),
        registerEmployers: known.employers,
        registerSchemes: known.schemes,
      });
      const stager = await Stager.open(s);

      // The tables the first files feed are merged while the later files are read (the database
      // works on one core, the parser on the other), unless this is a dry run or has errors.
      let early: MergeCounts | undefined;
      let earlyQueued = false;

      let bytesBefore = 0;
      for (const [i, file] of files.entries()) {
        if (!earlyQueued && LATE_FILES.has(file) && v.ok && !options.dryRun) {
          earlyQueued = true;
          // A failure is kept by the stager and thrown by `finish` below.
          await stager.afterStaged(async () => {
            await s.exec('analyze stage_employer, stage_scheme, stage_person');
            early = await mergeStaged(s, actor, { only: (t) => EARLY_TABLES.has(t), bulk: options.bulk });
          });
        }
        progress({ phase: 'reading', done: bytesBefore, total: totalBytes, detail: file });
        const stage = stageOf(file);
        let header = true;
        let complete = false;
        let rows = 0;
        let hadErrors = v.errors.length > 0;
        try {
          const onBytes = (b: number) =>
            progress({ phase: 'reading', done: bytesBefore + b, total: totalBytes, detail: file });
          read: for await (const batch of readCsv(path.join(options.dir, file), onBytes)) {
            for (const record of batch) {
              if (header) {
                header = false;
                complete = v.header(file, record.fields, record.line);
                continue;
              }
              if (!complete) break read;
              rows++;
              const line = v.row(file, record.line, record.fields);
              if (line !== undefined) {
                if (v.newMembership !== undefined) {
                  const flushing = stager.add('membership', v.newMembership);
                  if (flushing) await flushing;
                }
                const flushing = stager.add(stage, line);
                if (flushing) await flushing;
              }
            }
            if (!hadErrors && v.errors.length > 0) {
              hadErrors = true;
              // Nothing will be written now; only employments and pensions stay staged, for the
              // overlap checks against the register.
              for (const t of ['employer', 'scheme', 'person', 'membership', 'finance'] as const)
                stager.stop(t);
            }
          }
        } catch (error) {
          if (!(error instanceof CsvSyntaxError)) throw error;
          v.fail(file, error.line, 'row', `cannot be read as CSV: ${error.message}`);
        }
        counts.files[file] = rows;
        bytesBefore += sizes[i] ?? 0;
      }
      progress({ phase: 'reading', done: totalBytes, total: totalBytes, detail: '' });
      await stager.finish();

      progress({ phase: 'validating', done: 0, total: 2, detail: 'persons in the register' });
      v.resolvePersons(await personsInRegister(s, v.pendingPersonIds()));
      progress({ phase: 'validating', done: 1, total: 2, detail: 'overlapping periods' });
      v.addRegisterPeriods(await registerPeriods(s));
      v.addRegisterPensions(await registerPensions(s));
      v.checkOverlaps();
      progress({ phase: 'validating', done: 2, total: 2, detail: '' });

      if (!v.ok) throw new RollBack({ ok: false, errors: v.sortedErrors(), counts });
      if (options.dryRun) throw new RollBack({ ok: true, dryRun: true, counts });

      const done = early;
      const late = await mergeStaged(s, actor, {
        only: (t) => done === undefined || !EARLY_TABLES.has(t),
        onTable: (table, i, total) => progress({ phase: 'loading', done: i, total, detail: table }),
        bulk: options.bulk,
      });
      const merged = {
        inserted: { ...done?.inserted, ...late.inserted },
        updated: { ...done?.updated, ...late.updated },
        bulk: [...(done?.bulk ?? []), ...late.bulk],
      };
      counts.inserted = merged.inserted;
      counts.updated = merged.updated;
      if (merged.bulk.length > 0) counts.bulk = merged.bulk;
      const changed =
        Object.values(merged.inserted).some((n) => n > 0) || Object.values(merged.updated).some((n) => n > 0);
      // A re-import that changes nothing writes nothing, not even an audit row: it is idempotent.
      if (changed)
        await writeAudit(sessionKysely<PlatformTables>(s), options.actor, {
          action: 'import',
          entity: 'register',
          reason: 'migration import',
          details: { dir: path.basename(path.resolve(options.dir)), ...counts },
        });
      return { ok: true, dryRun: false, counts };
    });
  } catch (error) {
    if (error instanceof RollBack) return error.result;
    throw error;
  }
}
