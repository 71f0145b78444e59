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
create temp table stage_employment (national_id char(11), orgnr char(9), scheme text, start_date date,
  end_date date, position_pct numeric(5, 2), annual_salary bigint) on commit drop;
create temp table stage_pension (national_id char(11), orgnr char(9), scheme text, benefit text,
  start_date date, end_date date, grade_pct numeric(5, 2), annual_amount bigint) on commit drop;
create temp table stage_finance (orgnr char(9), scheme text, year smallint, premium bigint,
  premium_reserve bigint, pension_cost bigint) on commit drop;
`;

const FLUSH_AT = 20_000;

/** Buffers staging lines and COPYs them in chunks, one chunk in flight while the next is parsed. */
export class Stager {
  private readonly buffers = new Map<StageTable, string[]>();
  private inflight: Promise<void> = Promise.resolve();
  private failure: unknown;
  /** Once the import has errors nothing will be written, so staging stops except for employments. */
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

  private async flush(table: StageTable) {
    const lines = this.buffers.get(table);
    if (!lines || lines.length === 0) return;
    this.buffers.set(table, []);
    await this.inflight;
    if (this.failure !== undefined) throw this.failure;
    // Not awaited here on purpose: parsing continues while the database copies. The failure is
    // kept and rethrown at the next flush or at `finish`, so it is never lost.
    this.inflight = this.s.copyIn(`stage_${table}`, STAGE_COLUMNS[table], lines).catch((error: unknown) => {
      this.failure = error;
    });
  }

  /** Flushes every buffer, waits for the last COPY and analyses the staging tables for the planner. */
  async finish(): Promise<void> {
    for (const table of [...this.buffers.keys()]) await this.flush(table);
    await this.inflight;
    if (this.failure !== undefined) throw this.failure;
    await this.s.exec(
      'analyze stage_employer, stage_scheme, stage_person, stage_employment, stage_pension, stage_finance',
    );
  }
}
