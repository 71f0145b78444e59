/**
 * `kassa backup FILE` and `kassa restore FILE`: the embedded database (PGlite). While `kassa serve`
 * holds the data folder, backup asks it for a consistent copy over its local API (authorised by the
 * secret in the folder's lock file); otherwise it opens the folder itself. Restore needs the folder
 * free (stop the server). On PostgreSQL: pg_dump / pg_restore (README).
 */
import type { Command } from 'commander';
import { loadConfig } from '../platform/config';
import { RejectedError, UsageError } from './exit';

function embeddedOnly(databaseUrl: string | undefined, what: string) {
  if (databaseUrl) {
    throw new UsageError(
      `kassa ${what} is for the embedded database; with DATABASE_URL use pg_dump / pg_restore (README, "Backups")`,
    );
  }
}

async function backup(file: string) {
  const config = loadConfig(process.env);
  embeddedOnly(config.databaseUrl, 'backup');
  const [{ readDataLock }, b] = await Promise.all([
    import('../platform/backup/data-lock'),
    import('../platform/backup/backup'),
  ]);
  const lock = readDataLock(config.dataDir);
  let dump: Buffer;
  let via: string;
  if (lock?.url) {
    const res = await fetch(`${lock.url}/api/ops/backup`, {
      method: 'POST',
      headers: { 'x-kassa-local-secret': lock.secret },
    });
    if (!res.ok) throw new Error(`the running server refused the backup: ${res.status} ${await res.text()}`);
    dump = Buffer.from(await res.arrayBuffer());
    via = `from the running server (pid ${lock.pid})`;
  } else if (lock) {
    throw new UsageError(
      `a kassa worker (pid ${lock.pid}) holds the embedded database; stop it, or back up through kassa serve`,
    );
  } else {
    const { openDatabase } = await import('../platform/db');
    const db = await openDatabase({ dataDir: config.dataDir });
    try {
      dump = await b.dumpDatabase(db);
    } finally {
      await db.close();
    }
    via = 'directly (no server was running)';
  }
  b.writeFileAtomically(file, dump);
  process.stdout.write(`backed up ${config.dataDir} to ${file} (${dump.length} bytes), ${via}\n`);
}

async function restore(file: string) {
  const config = loadConfig(process.env);
  embeddedOnly(config.databaseUrl, 'restore');
  const [{ restoreDatabase, BackupRejectedError }, { DataDirInUseError }] = await Promise.all([
    import('../platform/backup/backup'),
    import('../platform/backup/data-lock'),
  ]);
  try {
    const r = await restoreDatabase(config.dataDir, file);
    process.stdout.write(
      `restored ${file} into ${config.dataDir} (${r.migrations} migrations` +
        `${r.pending.length ? `; ${r.pending.length} newer ones run at the next start` : ''})` +
        `${r.previous ? `; the replaced database is kept in ${r.previous}` : ''}\n`,
    );
  } catch (error) {
    if (error instanceof BackupRejectedError || error instanceof DataDirInUseError) {
      process.stderr.write(`kassa restore: ${error.message}\n`);
      throw new RejectedError(error.message);
    }
    throw error;
  }
}

export function backupCommand(program: Command) {
  program
    .command('backup')
    .description('Copy the embedded database to FILE (consistent, also while kassa serve runs)')
    .argument('<file>', 'the backup file to write (.tar.gz)')
    .action((file: string) => backup(file));
}

export function restoreCommand(program: Command) {
  program
    .command('restore')
    .description('Replace the embedded database with a backup (kassa serve must be stopped)')
    .argument('<file>', 'a file written by kassa backup')
    .action((file: string) => restore(file));
}
