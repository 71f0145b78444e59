/**
 * A fresh, migrated database for one test file: in-memory PGlite, or a new database on the
 * PostgreSQL server when KASSA_TEST_DB=postgres (dropped again afterwards).
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type Database, openDatabase } from '../../src/platform/db';
import { migrate } from '../../src/platform/migrate';

export const TEST_PG_URL = process.env.KASSA_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export function testDbKind(): 'pglite' | 'postgres' {
  return process.env.KASSA_TEST_DB === 'postgres' ? 'postgres' : 'pglite';
}

export interface TestDatabase {
  db: Database;
  /** The URL of the fresh PostgreSQL database, when on PostgreSQL. */
  url: string | undefined;
  dispose(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  if (testDbKind() === 'pglite') {
    const db = await openDatabase({ dataDir: 'memory://' });
    await migrate(db);
    return { db, url: undefined, dispose: () => db.close() };
  }
  const name = `kassa_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client(TEST_PG_URL);
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = TEST_PG_URL.replace(/\/[^/]*$/, `/${name}`);
  const db = await openDatabase({ databaseUrl: url });
  await migrate(db);
  return {
    db,
    url,
    async dispose() {
      await db.close();
      const c = new pg.Client(TEST_PG_URL);
      await c.connect();
      // pg's pool.end() resolves before its sockets close; wait so the forced drop kills nothing mid-close.
      for (let i = 0; i < 100; i++) {
        const { rows } = await c.query<{ n: number }>(
          'select count(*)::int as n from pg_stat_activity where datname = $1',
          [name],
        );
        if (rows[0]?.n === 0) break;
        await new Promise((r) => setTimeout(r, 20));
      }
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}
