/**
 * The database: embedded PGlite in the data folder by default, PostgreSQL when DATABASE_URL is set.
 * Same SQL on both. Code uses Kysely for queries and `batch` for bulk work that needs COPY.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { Kysely, PostgresDialect } from 'kysely';
import { KyselyPGlite } from 'kysely-pglite';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { PlatformTables } from './tables';

/** One connection inside one transaction, for batches: plain SQL and COPY. */
export interface SqlSession {
  query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<R[]>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  /** COPY rows (CSV text, one line each, no header) into a table. */
  copyIn(table: string, columns: readonly string[], lines: Iterable<string>): Promise<void>;
}

export interface Database {
  kind: 'pglite' | 'postgres';
  kysely: Kysely<PlatformTables>;
  /** Runs `fn` in one transaction on one connection; rolls back if it throws. */
  batch<T>(fn: (s: SqlSession) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** A PostgreSQL URL; when absent, PGlite in `dataDir` (or in memory when `dataDir` is 'memory://'). */
  databaseUrl?: string | undefined;
  dataDir?: string;
}

function int8ToNumber(v: string): number {
  const n = Number(v);
  if (!Number.isSafeInteger(n)) throw new RangeError(`int8 value ${v} is beyond safe integers`);
  return n;
}

const identity = (v: string) => v;

// Dates stay calendar strings; bigint øre become numbers (guarded); numeric percentages become numbers.
const PARSERS: Record<number, (v: string) => unknown> = {
  20: int8ToNumber,
  1700: Number,
  1082: identity,
};

const COPY_CHUNK = 50_000;

export async function openDatabase(options: OpenOptions): Promise<Database> {
  return options.databaseUrl ? openPostgres(options.databaseUrl) : openPGlite(options.dataDir ?? 'memory://');
}

async function openPGlite(dataDir: string): Promise<Database> {
  let target = dataDir;
  if (!dataDir.startsWith('memory://')) {
    fs.mkdirSync(dataDir, { recursive: true });
    target = path.join(dataDir, 'pgdata');
  }
  const client = await PGlite.create(target, { parsers: PARSERS, extensions: { pg_trgm } });
  const kysely = new Kysely<PlatformTables>({ dialect: new KyselyPGlite(client).dialect });
  return {
    kind: 'pglite',
    kysely,
    batch: (fn) =>
      client.transaction((tx) =>
        fn({
          query: async <R>(sql: string, params?: unknown[]) => (await tx.query<R>(sql, params)).rows,
          exec: async (sql) => void (await tx.exec(sql)),
          async copyIn(table, columns, lines) {
            for (const chunk of chunks(lines, COPY_CHUNK)) {
              await tx.query(`COPY ${table} (${columns.join(',')}) FROM '/dev/blob' WITH (FORMAT csv)`, [], {
                blob: new Blob([chunk]),
              });
            }
          },
        }),
      ),
    async close() {
      await kysely.destroy();
      if (!client.closed) await client.close();
    },
  };
}

async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    types: {
      getTypeParser: ((oid: number, format?: string) =>
        PARSERS[oid] ?? pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
    },
  });
  const kysely = new Kysely<PlatformTables>({ dialect: new PostgresDialect({ pool }) });
  return {
    kind: 'postgres',
    kysely,
    async batch(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn({
          query: async <R>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as R[],
          exec: async (sql) => void (await client.query(sql)),
          async copyIn(table, columns, lines) {
            const stream = client.query(
              copyFrom(`COPY ${table} (${columns.join(',')}) FROM STDIN WITH (FORMAT csv)`),
            );
            await new Promise<void>((resolve, reject) => {
              stream.on('finish', resolve);
              stream.on('error', reject);
              for (const chunk of chunks(lines, COPY_CHUNK)) stream.write(chunk);
              stream.end();
            });
          },
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async close() {
      await kysely.destroy();
      // Kysely ends the pool only if it used it; a database used only through `batch` must end it too.
      if (!pool.ended) await pool.end();
    },
  };
}

function* chunks(lines: Iterable<string>, size: number): Generator<string> {
  let buffer: string[] = [];
  for (const line of lines) {
    buffer.push(line);
    if (buffer.length >= size) {
      yield `${buffer.join('\n')}\n`;
      buffer = [];
    }
  }
  if (buffer.length > 0) yield `${buffer.join('\n')}\n`;
}

export { csvField } from './csv';
