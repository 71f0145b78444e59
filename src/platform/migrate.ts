/**
 * Runs the ordered SQL migrations of every capability (`src/<capability>/migrations/NNNN_name.sql`)
 * in one transaction. File names are numbered across the whole project; an applied migration that
 * was edited afterwards stops start-up, because the database no longer matches the code.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError } from './config-error';
import type { Database } from './db';
import { SRC_DIR } from './paths';

const SRC = SRC_DIR;

export interface Migration {
  name: string;
  file: string;
  sql: string;
  checksum: string;
}

export function listMigrations(srcDir = SRC): Migration[] {
  const found: Migration[] = [];
  for (const capability of fs.readdirSync(srcDir)) {
    const dir = path.join(srcDir, capability, 'migrations');
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir).filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))) {
      const file = path.join(dir, name);
      const sql = fs.readFileSync(file, 'utf8');
      found.push({ name, file, sql, checksum: createHash('sha256').update(sql).digest('hex').slice(0, 16) });
    }
  }
  return found.sort((a, b) => a.name.localeCompare(b.name));
}

/** The database does not match this Kassa's migrations (exit 2 with the message). */
export class MigrationError extends ConfigError {}

/** Applies pending migrations; returns the names applied. Safe to call at every start. */
export async function migrate(db: Database): Promise<string[]> {
  const migrations = listMigrations();
  return db.batch(async (s) => {
    // One runner at a time, also when several processes start against one PostgreSQL.
    await s.query('select pg_advisory_xact_lock(58213)');
    await s.query(`create table if not exists schema_migration (
      name text primary key, checksum text not null, applied_at timestamptz not null default now())`);
    const applied = new Map(
      (await s.query<{ name: string; checksum: string }>('select name, checksum from schema_migration')).map(
        (r) => [r.name, r.checksum],
      ),
    );
    // A database migrated by a newer Kassa (say, restored from its backup) is not opened by an older one.
    const known = new Set(migrations.map((m) => m.name));
    const unknown = [...applied.keys()].filter((n) => !known.has(n)).sort();
    if (unknown.length > 0) {
      throw new MigrationError(
        `the database was migrated by a newer Kassa (migration(s) ${unknown.join(', ')} are unknown to this version); run that version or a newer one`,
      );
    }
    const done: string[] = [];
    for (const m of migrations) {
      const checksum = applied.get(m.name);
      if (checksum !== undefined) {
        if (checksum !== m.checksum) {
          throw new MigrationError(
            `migration ${m.name} was changed after it was applied; add a new migration instead`,
          );
        }
        continue;
      }
      await s.exec(m.sql);
      await s.query('insert into schema_migration (name, checksum) values ($1, $2)', [m.name, m.checksum]);
      done.push(m.name);
    }
    return done;
  });
}
