/**
 * Temporary staging tables the validated rows are COPYed into while the files are still being
 * read, so the database ingests on one core while the parser runs on the other. They vanish at
 * the end of the transaction; the register itself is only touched by `mergeStaged`.
 */
import type { SqlSession } from '../../platform/db';
import { STAGE_COLUMNS, type StageTable } from './validate';

// Key columns carry the register's types (char(11), char(9)) so joins use the register's indexes.
const STAGE_DDL = `
create temp table stage_employer (orgnr char(9), name text) on commit drop;
create temp table stage_scheme (code text, provider text, name text) on commit drop;
create temp table stage_person (national_id char(11), birth_date date, name text, death_date date) on commit drop;
create temp table stage_membership (mkey integer, national_id char(11), orgnr char(9), scheme text, kind text) on commit drop;
create temp table stage_employment (mkey integer, national_id char(11), orgnr char(9), scheme text, start_date date,
  end_date date, position_pct numeric(5, 2), annual_salary bigint) on commit drop;
create temp table stage_pension (mkey integer, national_id char(11), orgnr char(9), scheme text, benefit text,
  start_date date, end_date date, grade_pct numeric(5, 2), annual_amount bigint) on commit drop;
create temp table stage_finance (orgnr char(9), scheme text, year smallint, premium bigint,
  premium_reserve bigint, pension_cost bigint) on commit drop;
`;

const FLUSH_AT = 20_000;
/**
 * How much staged text may wait for the connection before the reader pauses. The connection is
 * busy for a while when the first tables are merged during the reading (see `afterStaged`); meanwhile
 * the parser keeps going on the other core and its chunks queue up here.
 */
const MAX_QUEUED_CHARS = 256 * 1024 * 1024;

/**
 * Buffers staging lines and COPYs them in chunks. Chunks and tasks run one after another on the
 * one connection, in the order given, while the parser goes on with the next rows.
 */
export class Stager {
  private readonly buffers = new Map<StageTable, string[]>();
  private chain: Promise<void> = Promise.resolve();
  private queuedChars = 0;
  private failure: unknown;
  /** Once the import has errors nothing will be written, so staging stops except for employments and pensions. */
  private stopped = new Set<StageTable>();

  private constructor(private readonly s: SqlSession) {}

  static async open(s: SqlSession): Promise<Stager> {
    await s.exec(STAGE_DDL);
    return new Stager(s);
  }

  /** Stops staging a table (its rows are no longer needed). */
  stop(table: StageTable) {
    this.stopped.add(table);
    this.buffers.delete(table);
  }

  /** Buffers a line; returns a promise (to await) only when a chunk is due, so rows cost no microtask. */
  add(table: StageTable, line: string): Promise<void> | undefined {
    if (this.stopped.has(table)) return undefined;
    let buffer = this.buffers.get(table);
    if (!buffer) {
      buffer = [];
      this.buffers.set(table, buffer);
    }
    buffer.push(line);
    return buffer.length >= FLUSH_AT ? this.flush(table) : undefined;
  }

  /** Queues a task on the connection after everything staged so far (buffers are flushed first). */
  async afterStaged(task: () => Promise<void>): Promise<void> {
    for (const table of [...this.buffers.keys()]) await this.flush(table);
    this.enqueue(task);
  }

  private async flush(table: StageTable) {
    const lines = this.buffers.get(table);
    if (!lines || lines.length === 0) return;
    this.buffers.set(table, []);
    if (this.failure !== undefined) throw this.failure;
    let chars = 0;
    for (const line of lines) chars += line.length;
    this.queuedChars += chars;
    this.enqueue(async () => {
      await this.s.copyIn(`stage_${table}`, STAGE_COLUMNS[table], lines);
      this.queuedChars -= chars;
    });
    // Backpressure: wait for the connection only when a lot is queued.
    if (this.queuedChars > MAX_QUEUED_CHARS) await this.drain();
  }

  // Not awaited here on purpose: parsing continues while the database works. The first failure is
  // kept (later steps are skipped) and rethrown at the next flush or at `finish`, so it is never lost.
  private enqueue(step: () => Promise<void>) {
    this.chain = this.chain.then(async () => {
      if (this.failure !== undefined) return;
      try {
        await step();
      } catch (error) {
        this.failure = error;
      }
    });
  }

  private async drain() {
    await this.chain;
    if (this.failure !== undefined) throw this.failure;
  }

  /** Flushes every buffer, waits for everything queued and analyses the staging tables for the planner. */
  async finish(): Promise<void> {
    for (const table of [...this.buffers.keys()]) await this.flush(table);
    await this.drain();
    await this.s.exec(
      'analyze stage_employer, stage_scheme, stage_person, stage_membership, stage_employment, stage_pension, stage_finance',
    );
  }
}
