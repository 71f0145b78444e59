/**
 * Backup and restore of the embedded database (PGlite). A backup is PGlite's own dump of its data
 * folder (a gzipped tar), taken after a CHECKPOINT on the one connection, so it is consistent: no
 * other statement runs meanwhile. A restore loads the dump into a new folder, refuses a backup whose
 * schema is newer than this Kassa (migrations it does not know), and swaps the folders, keeping the
 * old one beside it. On PostgreSQL use pg_dump / pg_restore (README).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import type { Database } from '../db';
import { listMigrations } from '../migrate';
import { assertDataDirFree } from './data-lock';

export class BackupRejectedError extends Error {}

export async function dumpDatabase(db: Database): Promise<Buffer> {
  if (!db.dumpDataDir)
    throw new BackupRejectedError('kassa backup is for the embedded database; on PostgreSQL use pg_dump');
  await db.executeSql('checkpoint');
  return Buffer.from(await (await db.dumpDataDir()).arrayBuffer());
}

/** Writes `data` to `file` whole or not at all. */
export function writeFileAtomically(file: string, data: Buffer): void {
  const tmp = `${file}.partial-${process.pid}`;
  fs.writeFileSync(tmp, data);
  fs.renameSync(tmp, file);
}

export interface RestoreResult {
  /** Migrations in the backup. */
  migrations: number;
  /** Migrations this Kassa will apply at its next start (the backup is older). */
  pending: string[];
  /** Where the replaced database was kept. */
  previous: string | undefined;
}

export async function restoreDatabase(
  dataDir: string,
  file: string,
  now = new Date(),
): Promise<RestoreResult> {
  assertDataDirFree(dataDir);
  const dump = fs.readFileSync(file);
  const target = path.join(dataDir, 'pgdata');
  fs.mkdirSync(dataDir, { recursive: true });
  const staging = fs.mkdtempSync(path.join(dataDir, 'restore-'));
  let applied: string[];
  try {
    const [{ PGlite: PGliteClass }, { pg_trgm }] = await Promise.all([
      import('@electric-sql/pglite'),
      import('@electric-sql/pglite/contrib/pg_trgm'),
    ]);
    let pg: PGlite;
    try {
      pg = await PGliteClass.create(path.join(staging, 'pgdata'), {
        loadDataDir: new Blob([new Uint8Array(dump)]),
        extensions: { pg_trgm },
      });
    } catch (error) {
      throw new BackupRejectedError(
        `${file} is not a Kassa backup of the embedded database (${error instanceof Error ? error.message : error})`,
      );
    }
    try {
      applied = (
        await pg.query<{ name: string }>('select name from schema_migration order by name')
      ).rows.map((r) => r.name);
    } catch {
      throw new BackupRejectedError(`${file} holds no Kassa database (no schema_migration table)`);
    } finally {
      await pg.close();
    }
    const known = new Set(listMigrations().map((m) => m.name));
    const unknown = applied.filter((n) => !known.has(n));
    if (unknown.length > 0) {
      throw new BackupRejectedError(
        `${file} was made by a newer Kassa: its schema has migration(s) ${unknown.join(', ')} that this version does not know. ` +
          'Install the Kassa version that made it (or a newer one) and restore with that; nothing was changed.',
      );
    }
    let previous: string | undefined;
    if (fs.existsSync(target)) {
      previous = path.join(dataDir, `pgdata.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`);
      fs.renameSync(target, previous);
    }
    fs.renameSync(path.join(staging, 'pgdata'), target);
    const appliedSet = new Set(applied);
    return {
      migrations: applied.length,
      pending: [...known].filter((n) => !appliedSet.has(n)).sort(),
      previous,
    };
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}
