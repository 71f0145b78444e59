/**
 * Group commit for the access log (issue #22, throughput). A read outside a transaction hands its
 * rows to the batcher of its database and waits; the batcher writes every row waiting at that
 * moment with one INSERT (one statement, so one commit) and only then resolves each waiting read.
 * If the INSERT fails, every read in it fails: a read is never answered without its row.
 *
 * No timer: while one INSERT is in flight the next rows gather, so a lone read is written at once
 * and a burst shares commits. On PGlite (one session) the INSERT waits for the session like any query.
 */
import { type Kysely, sql } from 'kysely';
import { PREPARED } from './prepared';

export interface AccessRow {
  actor: string;
  person_id: number;
  purpose: string;
  what: string;
}

interface Waiting {
  rows: AccessRow[];
  resolve: () => void;
  reject: (error: unknown) => void;
}

/** Rows per INSERT at most; a bigger backlog goes in the next one. */
export const MAX_BATCH_ROWS = 5000;

export class AccessLogBatcher {
  private queue: Waiting[] = [];
  private inFlight: Promise<void> | undefined;

  constructor(private readonly write: (rows: AccessRow[]) => Promise<void>) {}

  /** Resolves once these rows are committed; rejects if their INSERT failed. */
  add(rows: AccessRow[]): Promise<void> {
    if (rows.length === 0) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ rows, resolve, reject });
      if (!this.inFlight) this.inFlight = this.drain();
    });
  }

  /** Resolves when nothing is queued or being written (for shutdown). */
  async flushed(): Promise<void> {
    while (this.inFlight) await this.inFlight;
  }

  private async drain(): Promise<void> {
    // Let the reads that finish in this same tick join the first INSERT.
    await new Promise<void>((r) => setImmediate(r));
    while (this.queue.length > 0) {
      const batch: Waiting[] = [];
      let n = 0;
      while (
        this.queue.length > 0 &&
        (batch.length === 0 || n + (this.queue[0]?.rows.length ?? 0) <= MAX_BATCH_ROWS)
      ) {
        const w = this.queue.shift() as Waiting;
        n += w.rows.length;
        batch.push(w);
      }
      try {
        await this.write(batch.flatMap((w) => w.rows));
        for (const w of batch) w.resolve();
      } catch (error) {
        for (const w of batch) w.reject(error);
      }
    }
    this.inFlight = undefined;
  }
}

/** One INSERT of many rows: four array parameters, whatever the number of rows. */
export function insertAccessRows<T>(kysely: Kysely<T>) {
  return async (rows: AccessRow[]): Promise<void> => {
    await sql`${PREPARED} insert into access_log (actor, person_id, purpose, what)
      select * from unnest(${rows.map((r) => r.actor)}::text[], ${rows.map((r) => r.person_id)}::integer[],
                           ${rows.map((r) => r.purpose)}::text[], ${rows.map((r) => r.what)}::text[])`.execute(
      kysely,
    );
  };
}

// The batcher of each database, found from any Kysely that shares the database's query executor
// (`withTables` views do; a transaction or a pinned connection has its own and writes directly).
const batchers = new WeakMap<object, AccessLogBatcher>();

export function attachAccessLogBatcher<T>(kysely: Kysely<T>): AccessLogBatcher {
  const batcher = new AccessLogBatcher(insertAccessRows(kysely));
  batchers.set(kysely.getExecutor(), batcher);
  return batcher;
}

export function accessLogBatcherOf<T>(kysely: Kysely<T>): AccessLogBatcher | undefined {
  return batchers.get(kysely.getExecutor());
}
