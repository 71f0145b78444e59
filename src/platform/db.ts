/**
 * The database: embedded PGlite in the data folder by default, PostgreSQL when DATABASE_URL is set.
 * Same SQL on both. Code uses Kysely for queries and `batch` for bulk work that needs COPY.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { type DatabaseConnection, type Dialect, Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { attachAccessLogBatcher } from './access-log-batch';
import { assertDataDirFree } from './backup/data-lock';
import { PREPARED_MARK } from './prepared';
import type { PlatformTables } from './tables';

/** One connection inside one transaction, for batches: plain SQL and COPY. */
export interface SqlSession {
  query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<R[]>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  /** COPY rows (CSV text, one line each, no header) into a table. */
  copyIn(table: string, columns: readonly string[], lines: Iterable<string>): Promise<void>;
  /**
   * Opens a COPY … FROM STDIN in PostgreSQL's binary format (the caller writes the header, tuples
   * and trailer). Nothing else may use the session until `end` has resolved. `freeze` writes the
   * rows frozen and all-visible (COPY FREEZE: the table must be new or truncated in this transaction).
   */
  copyBinary(table: string, columns: readonly string[], options?: { freeze?: boolean }): CopyWriter;
  /**
   * Runs `COPY (query) TO STDOUT WITH (options)` and hands its bytes to `write` (awaited: backpressure),
   * without turning rows into values. PostgreSQL streams them; PGlite hands them over at the end.
   */
  copyOut(query: string, options: string, write: (chunk: Buffer) => Promise<void> | undefined): Promise<void>;
}

/** A COPY in progress: `write` returns a promise only when the caller should wait (backpressure). */
export interface CopyWriter {
  write(chunk: Buffer): Promise<void> | undefined;
  end(): Promise<void>;
}

export interface Database {
  kind: 'pglite' | 'postgres';
  kysely: Kysely<PlatformTables>;
  /** Runs `fn` in one transaction on one connection; rolls back if it throws. */
  batch<T>(fn: (s: SqlSession) => Promise<T>): Promise<T>;
  /**
   * One statement with parameters, or a script of several without (for libraries that bring their
   * own SQL, such as the job queue on PGlite). Outside any transaction of the caller.
   */
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
  /** PGlite only: its data folder as a gzipped tar (for `kassa backup`). */
  dumpDataDir?(): Promise<Blob>;
  /** Connections of the pool (PGlite: one). */
  poolStats(): { total: number; idle: number; waiting: number };
  /**
   * Calls `onMessage` with the payload of every NOTIFY on `channel` (from any process on PostgreSQL)
   * until the returned function is called. `onLost` is called if the subscription broke (a lost
   * connection): messages may have been missed, and the caller should subscribe again.
   */
  listen(
    channel: string,
    onMessage: (payload: string) => void,
    onLost: () => void,
  ): Promise<() => Promise<void>>;
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
    // One process per data folder: another one's open PGlite would be corrupted.
    assertDataDirFree(dataDir);
    fs.mkdirSync(dataDir, { recursive: true });
    target = path.join(dataDir, 'pgdata');
  }
  // Loaded only for the embedded database: a server on PostgreSQL should not pay for it at start-up.
  const [{ PGlite }, { pg_trgm }, { pgliteDialect }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('@electric-sql/pglite/contrib/pg_trgm'),
    import('./pglite-dialect'),
  ]);
  const client = await PGlite.create(target, { parsers: PARSERS, extensions: { pg_trgm } });
  const kysely = new Kysely<PlatformTables>({ dialect: oneAtATime(pgliteDialect(client)) });
  const accessLog = attachAccessLogBatcher(kysely);
  return {
    kind: 'pglite',
    kysely,
    // LISTEN holds the session, so it never lands inside another caller's open transaction.
    listen: (channel, onMessage) =>
      kysely.connection().execute(async () => {
        const stop = await client.listen(channel, onMessage);
        return () => kysely.connection().execute(() => stop());
      }),
    async executeSql(text, values) {
      if (values && values.length > 0) return { rows: (await client.query(text, values)).rows };
      return { rows: (await client.exec(text)).at(-1)?.rows ?? [] };
    },
    poolStats: () => ({ total: 1, idle: 1, waiting: 0 }),
    dumpDataDir: () => client.dumpDataDir('gzip'),
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
          // PGlite reads a COPY from one blob: the chunks are kept until the end.
          copyBinary(table, columns, options) {
            const parts: Buffer[] = [];
            return {
              write: (chunk) => void parts.push(chunk),
              end: async () => {
                await tx.query(
                  `COPY ${table} (${columns.join(',')}) FROM '/dev/blob' WITH (${copyOptions(options)})`,
                  [],
                  {
                    blob: new Blob(parts.map((b) => new Uint8Array(b))),
                  },
                );
              },
            };
          },
          async copyOut(query, options, write) {
            const r = await tx.query(`COPY (${query}) TO '/dev/blob' WITH (${options})`);
            if (r.blob) await write(Buffer.from(await r.blob.arrayBuffer()));
          },
        }),
      ),
    async close() {
      await accessLog.flushed();
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
  pool.on('connect', prepareMarkedStatements);
  const kysely = new Kysely<PlatformTables>({ dialect: new PostgresDialect({ pool }) });
  const accessLog = attachAccessLogBatcher(kysely);
  const listeners = new Set<() => Promise<void>>();
  return {
    kind: 'postgres',
    kysely,
    // A connection of its own, outside the pool: it stays in LISTEN for the life of the subscription.
    async listen(channel, onMessage, onLost) {
      const client = new pg.Client({ connectionString: url });
      let stopped = false;
      const stop = async () => {
        stopped = true;
        listeners.delete(stop);
        await client.end().catch(() => undefined);
      };
      const lost = () => {
        if (stopped) return;
        void stop();
        onLost();
      };
      client.on('error', lost);
      client.on('end', lost);
      client.on('notification', (n) => {
        if (n.channel === channel) onMessage(n.payload ?? '');
      });
      try {
        await client.connect();
        await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      } catch (error) {
        await stop();
        throw error;
      }
      listeners.add(stop);
      return stop;
    },
    async executeSql(text, values) {
      const result = await pool.query(text, values);
      // A script answers with one result per statement: the last one's rows.
      return { rows: Array.isArray(result) ? (result.at(-1)?.rows ?? []) : result.rows };
    },
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
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
          copyBinary(table, columns, options) {
            const stream = client.query(
              copyFrom(`COPY ${table} (${columns.join(',')}) FROM STDIN WITH (${copyOptions(options)})`),
            );
            let failure: unknown;
            stream.on('error', (e) => {
              failure ??= e;
            });
            const settled = new Promise<void>((resolve, reject) => {
              stream.on('finish', resolve);
              stream.on('error', reject);
            });
            settled.catch(() => undefined); // surfaced by `end`
            return {
              write(chunk) {
                if (failure !== undefined) throw failure;
                if (stream.write(chunk)) return undefined;
                return new Promise<void>((resolve) => {
                  const done = () => {
                    stream.off('drain', done);
                    stream.off('error', done);
                    resolve();
                  };
                  stream.on('drain', done);
                  stream.on('error', done);
                });
              },
              async end() {
                stream.end();
                await settled;
              },
            };
          },
          async copyOut(query, options, write) {
            const stream = client.query(copyTo(`COPY (${query}) TO STDOUT WITH (${options})`));
            for await (const chunk of stream as AsyncIterable<Buffer>) await write(chunk);
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
      await accessLog.flushed();
      for (const stop of [...listeners]) await stop();
      await kysely.destroy();
      // Kysely ends the pool only if it used it; a database used only through `batch` must end it too.
      if (!pool.ended) await pool.end();
    },
  };
}

const statementNames = new Map<string, string>();
const nameOf = (text: string) => {
  let name = statementNames.get(text);
  if (!name) {
    name = `kassa_${createHash('sha1').update(text).digest('hex').slice(0, 16)}`;
    if (statementNames.size < 1000) statementNames.set(text, name);
  }
  return name;
};

/**
 * Statements marked PREPARED (platform/prepared.ts) run as named prepared statements on this
 * connection: parsed and planned once, then only bound and executed. If a schema change makes a
 * prepared statement's result differ (PostgreSQL's 0A000), it is prepared again under a new name.
 */
function prepareMarkedStatements(client: pg.PoolClient) {
  const query = client.query.bind(client) as (
    config: pg.QueryConfig | string,
    values?: unknown[],
  ) => Promise<pg.QueryResult>;
  let generation = 0;
  const run = async (text: string, values: unknown[]): Promise<pg.QueryResult> => {
    try {
      return await query({ name: `${nameOf(text)}_${generation}`, text, values });
    } catch (error) {
      if ((error as { code?: string }).code !== '0A000') throw error;
      generation++;
      return query(text, values);
    }
  };
  client.query = ((text: unknown, values: unknown, ...rest: unknown[]) =>
    typeof text === 'string' && Array.isArray(values) && rest.length === 0 && text.includes(PREPARED_MARK)
      ? run(text, values)
      : (query as (...args: unknown[]) => unknown)(text, values, ...rest)) as typeof client.query;
}

/**
 * PGlite is one session. The plain dialect hands every caller that same session as its "connection",
 * so two concurrent Kysely transactions interleaved their BEGIN, statements and COMMIT in one
 * session: each read the other's uncommitted rows, a rollback undid the other's work, and the
 * audit log of 50 parallel changes of one person said every change started from the first name
 * (issue #22 item 6). This driver lends the session to one holder at a time, as a pool of one.
 */
function oneAtATime(dialect: Dialect): Dialect {
  return {
    createAdapter: () => dialect.createAdapter(),
    createIntrospector: (db) => dialect.createIntrospector(db),
    createQueryCompiler: () => dialect.createQueryCompiler(),
    createDriver: () => {
      const inner = dialect.createDriver();
      let tail: Promise<void> = Promise.resolve();
      const releases = new Map<DatabaseConnection, () => void>();
      return {
        init: () => inner.init(),
        async acquireConnection() {
          let release = () => {};
          const held = new Promise<void>((resolve) => {
            release = resolve;
          });
          const before = tail;
          tail = before.then(() => held);
          await before;
          const connection = await inner.acquireConnection();
          releases.set(connection, release);
          return connection;
        },
        async releaseConnection(connection) {
          await inner.releaseConnection(connection);
          releases.get(connection)?.();
          releases.delete(connection);
        },
        beginTransaction: (c, settings) => inner.beginTransaction(c, settings),
        commitTransaction: (c) => inner.commitTransaction(c),
        rollbackTransaction: (c) => inner.rollbackTransaction(c),
        destroy: () => inner.destroy(),
      };
    },
  };
}

const copyOptions = (options?: { freeze?: boolean }) =>
  options?.freeze ? 'FORMAT binary, FREEZE' : 'FORMAT binary';

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
