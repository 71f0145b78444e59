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
import { type CsvEncoding, type CsvRecord, CsvSyntaxError, scanCsv } from './csv';
import { DirectLoad } from './direct';
import {
  EARLY_TABLES,
  type MergeCounts,
  mergeStaged,
  personsInRegister,
  registerKeys,
  registerPensions,
  registerPeriods,
} from './load';
import type { RowSink } from './rows';
import { sessionKysely } from './session-kysely';
import { IMPORT_FILE_ORDER, type ImportCounts, type ImportError, type ImportFile } from './spec';
import { Stager, StagingSink } from './stage';
import { TaskChain } from './task-chain';
import { ImportValidator } from './validate';

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
  /**
   * Load an empty register straight into its tables (direct.ts); default true. False takes the
   * staged merge, as for a register that holds persons already (tests compare the two).
   */
  initialLoad?: boolean;
  /** The files' character set (default UTF-8); legacy exports are often Latin-1 or Windows-1252. */
  encoding?: CsvEncoding;
}

export type ImportResult =
  | { ok: true; dryRun: boolean; counts: ImportCounts }
  | { ok: false; errors: ImportError[]; counts: ImportCounts };

/** Files read after the early tables' sources (employers, schemes, persons). */
const LATE_FILES: ReadonlySet<ImportFile> = new Set(['employments.csv', 'pensions.csv', 'finance.csv']);
/** In an initial load, the tables written straight (direct.ts), not merged. */
const DIRECT_TABLES: ReadonlySet<string> = new Set(['person', 'membership', 'employment', 'pension']);
/** In an initial load, what is merged before persons.csv is read: memberships need the employers' ids. */
const DIRECT_FIRST: ReadonlySet<string> = new Set(['provider', 'scheme', 'employer']);
const DIRECT_FIRST_BEFORE: ReadonlySet<ImportFile> = new Set(['persons.csv', ...LATE_FILES]);

/** Carries a result out of the batch while rolling the transaction back. */
class RollBack extends Error {
  constructor(readonly result: ImportResult) {
    super('roll back');
  }
}

export function presentImportFiles(dir: string): ImportFile[] {
  return IMPORT_FILE_ORDER.filter((f) => fs.existsSync(path.join(dir, f)));
}

/** A file of the import that is not a regular file (a folder, say): one error line each. */
function notFiles(dir: string, files: readonly ImportFile[]): ImportError[] {
  return files
    .filter((f) => !fs.statSync(path.join(dir, f)).isFile())
    .map((f) => ({ file: f, line: 0, column: 'file', message: 'is not a file (a folder?)' }));
}

/**
 * The import, and when the database refuses a write (a unique key, an index row, …) the reason is
 * in the data: the same files are then checked again without writing, which reports each problem
 * as `file:line: column: reason` (issue #22 item 4). A refusal the check cannot explain is thrown.
 */
export async function importDirectory(db: Database, options: ImportOptions): Promise<ImportResult> {
  const files = presentImportFiles(options.dir);
  const counts: ImportCounts = { files: {}, inserted: {}, updated: {} };
  const wrong = notFiles(options.dir, files);
  if (wrong.length > 0) return { ok: false, errors: wrong, counts };
  try {
    return await importOnce(db, options);
  } catch (error) {
    if (options.dryRun || !isDatabaseRefusal(error)) throw error;
    const checked = await importOnce(db, { ...options, dryRun: true });
    if (!checked.ok) return checked;
    throw error;
  }
}

/** An error from the database server about the data (SQLSTATE class 22 data, 23 integrity, 54 limits). */
function isDatabaseRefusal(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^(22|23|54)/.test(code);
}

async function importOnce(db: Database, options: ImportOptions): Promise<ImportResult> {
  const files = presentImportFiles(options.dir);
  const sizes = files.map((f) => fs.statSync(path.join(options.dir, f)).size);
  const totalBytes = sizes.reduce((a, b) => a + b, 0);
  const progress = options.onProgress ?? (() => undefined);
  const actor = typeof options.actor === 'string' ? options.actor : options.actor.username;
  const counts: ImportCounts = { files: {}, inserted: {}, updated: {} };

  // Set inside the transaction; closed after it (with the connections of its shadow copies, if any).
  let direct: DirectLoad | undefined;
  let committed = false;
  try {
    const result = await db.batch(async (s) => {
      // Memory for the merge's hash joins and sorts, and for building indexes in bulk.
      await s.exec("set local work_mem = '256MB'; set local maintenance_work_mem = '1GB'");
      // While the parser reads, index builds keep to one core and leave the other to the parser;
      // once it is done they may take both (see below).
      const parallel = await s.query<{ n: string }>(
        "select current_setting('max_parallel_maintenance_workers') as n",
      );
      await s.exec('set local max_parallel_maintenance_workers = 0');
      const known = await registerKeys(s);
      const tasks = new TaskChain();
      const stager = await Stager.open(s, tasks);
      const staging = new StagingSink(stager);
      // An empty register (the first migration) is loaded straight into its tables.
      direct =
        options.dryRun || options.initialLoad === false
          ? undefined
          : await DirectLoad.begin(db, s, tasks, actor, staging);
      const sink: RowSink = direct ?? staging;
      const v = new ImportValidator(
        {
          allowSynthetic: options.env === 'training',
          today: options.today ?? todayInOslo(),
          registerEmployers: known.employers,
          registerSchemes: known.schemes,
        },
        sink,
      );

      // Tables fed by the first files are merged while the later files are read (the database
      // works on one core, the parser on the other), unless this is a dry run or has errors.
      // Direct: providers, schemes and employers before persons.csv (memberships need their ids).
      const mergeFirst = direct ? DIRECT_FIRST : EARLY_TABLES;
      const mergeFirstBefore = direct ? DIRECT_FIRST_BEFORE : LATE_FILES;
      let early: MergeCounts | undefined;
      let earlyQueued = false;
      let stopped = false;
      const stopWriting = () => {
        stopped = true;
        direct?.stop();
        // Nothing will be written now; only memberships, employments and pensions stay staged, for
        // the overlap checks against the register.
        for (const t of ['employer', 'scheme', 'person', 'finance'] as const) stager.stop(t);
      };

      // Chunks due to the connection: the reader waits for them before reading on.
      const flushes = (): Promise<void> | undefined => {
        const a = direct?.take();
        const b = staging.take();
        return a && b ? Promise.all([a, b]).then(() => undefined) : (a ?? b);
      };

      let bytesBefore = 0;
      for (const [i, file] of files.entries()) {
        if (!earlyQueued && mergeFirstBefore.has(file) && v.ok && !options.dryRun) {
          earlyQueued = true;
          // A failure is kept by the task chain and thrown at the next check below.
          await stager.afterStaged(async () => {
            await s.exec('analyze stage_employer, stage_scheme, stage_person');
            early = await mergeStaged(s, actor, { only: (t) => mergeFirst.has(t), bulk: options.bulk });
          });
          // Memberships refer to employers by id: known once they are merged (a few milliseconds).
          await direct?.learnEmployers();
        }
        progress({ phase: 'reading', done: bytesBefore, total: totalBytes, detail: file });
        let header = true;
        let complete = true;
        let rows = 0;
        let columns: string[] = [];
        const onRecord = (line: number, record: CsvRecord) => {
          if (header) {
            header = false;
            columns = record.texts().map((c) => c.trim());
            complete = v.header(file, record, line);
            return;
          }
          if (!complete) return;
          rows++;
          if (record.badField >= 0) {
            // Text PostgreSQL cannot store: the row is refused, naming the column (never the value).
            v.fail(
              file,
              line,
              columns[record.badField] ?? `column ${record.badField + 1}`,
              record.badReason === 'nul'
                ? 'contains a NUL byte'
                : 'is not valid UTF-8 (a Latin-1 or Windows-1252 export? see --encoding)',
            );
            return;
          }
          v.row(line, record);
        };
        const onChunk = (b: number) => {
          progress({ phase: 'reading', done: bytesBefore + b, total: totalBytes, detail: file });
          if (!stopped && !v.ok) stopWriting();
          tasks.check();
          return flushes();
        };
        try {
          await scanCsv(path.join(options.dir, file), onRecord, {
            onChunk,
            ...(options.encoding ? { encoding: options.encoding } : {}),
          });
        } catch (error) {
          if (!(error instanceof CsvSyntaxError)) throw error;
          v.fail(file, error.line, 'row', `cannot be read as CSV: ${error.message}`);
        }
        if (!stopped && !v.ok) stopWriting();
        counts.files[file] = rows;
        bytesBefore += sizes[i] ?? 0;
        // A COPY holds the connection until it ends: end the file's before anything else is queued.
        direct?.finishFile(file);
        await flushes();
      }
      progress({ phase: 'reading', done: totalBytes, total: totalBytes, detail: '' });
      const workers = Number(parallel[0]?.n ?? 0);
      tasks.enqueue(() => s.exec(`set local max_parallel_maintenance_workers = ${workers}`));
      await stager.finish();

      progress({ phase: 'validating', done: 0, total: 2, detail: 'persons in the register' });
      v.resolvePersons(await personsInRegister(s, v.pendingPersonIds()));
      progress({ phase: 'validating', done: 1, total: 2, detail: 'overlapping periods' });
      if (!direct) {
        v.addRegisterPeriods(await registerPeriods(s));
        v.addRegisterPensions(await registerPensions(s));
      }
      v.checkOverlaps();
      progress({ phase: 'validating', done: 2, total: 2, detail: '' });

      if (!v.ok) throw new RollBack({ ok: false, errors: v.sortedErrors(), counts });
      if (options.dryRun) throw new RollBack({ ok: true, dryRun: true, counts });

      const done = early;
      const late = await mergeStaged(s, actor, {
        only: (t) => (done === undefined || !mergeFirst.has(t)) && !(direct && DIRECT_TABLES.has(t)),
        onTable: (table, i, total) => progress({ phase: 'loading', done: i, total, detail: table }),
        bulk: options.bulk,
      });
      let directInserted: Record<string, number> = {};
      if (direct) {
        progress({ phase: 'loading', done: 0, total: 1, detail: 'memberships, keys and indexes' });
        directInserted = await direct.finish();
      }
      const merged = {
        inserted: { ...done?.inserted, ...late.inserted, ...directInserted },
        updated: { ...done?.updated, ...late.updated },
        bulk: [...(done?.bulk ?? []), ...late.bulk, ...Object.keys(directInserted)],
      };
      for (const t of Object.keys(directInserted)) merged.updated[t] = 0;
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
      return { ok: true, dryRun: false, counts } as const;
    });
    committed = true;
    return result;
  } catch (error) {
    if (error instanceof RollBack) return error.result;
    throw error;
  } finally {
    await direct?.close(committed);
  }
}
