/**
 * Temporary staging tables the validated rows are COPYed into while the files are still being
 * read, so the database ingests on one core while the parser runs on the other. They vanish at
 * the end of the transaction; the register itself is only touched by `mergeStaged`.
 */
import { isoOfDayNumber } from '../../domain/day-numbers';
import { csvField } from '../../platform/csv';
import type { SqlSession } from '../../platform/db';
import type { MembershipKind } from '../tables';
import type { RowSink } from './rows';
import type { TaskChain } from './task-chain';

export type StageTable =
  | 'employer'
  | 'scheme'
  | 'person'
  | 'membership'
  | 'employment'
  | 'pension'
  | 'finance';

const STAGE_COLUMNS: Record<StageTable, readonly string[]> = {
  employer: ['orgnr', 'name'],
  scheme: ['code', 'provider', 'name'],
  person: ['national_id', 'birth_date', 'name', 'death_date', 'account_number', 'address'],
  // mkey numbers each membership of the import, so employments and pensions join their membership
  // on one integer instead of four keys.
  membership: ['mkey', 'national_id', 'orgnr', 'scheme', 'kind'],
  employment: ['mkey', 'start_date', 'end_date', 'position_pct', 'annual_salary'],
  pension: ['mkey', 'benefit', 'start_date', 'end_date', 'grade_pct', 'annual_amount'],
  finance: ['orgnr', 'scheme', 'year', 'premium', 'premium_reserve', 'pension_cost'],
};

// Key columns carry the register's types and collations (char(11) "C", char(9)) so joins use its indexes.
const STAGE_DDL = `
create temp table stage_employer (orgnr char(9), name text) on commit drop;
create temp table stage_scheme (code text, provider text, name text) on commit drop;
create temp table stage_person (national_id char(11) collate "C", birth_date date, name text, death_date date,
  account_number text, address text) on commit drop;
create temp table stage_membership (mkey integer, national_id char(11) collate "C", orgnr char(9), scheme text, kind text) on commit drop;
create temp table stage_employment (mkey integer, start_date date, end_date date, position_pct numeric(5, 2),
  annual_salary bigint) on commit drop;
create temp table stage_pension (mkey integer, benefit text, start_date date, end_date date, grade_pct numeric(5, 2),
  annual_amount bigint) on commit drop;
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
  /** Once the import has errors nothing will be written, so staging stops except for what the checks need. */
  private stopped = new Set<StageTable>();

  private constructor(
    private readonly s: SqlSession,
    private readonly tasks: TaskChain,
  ) {}

  /** Creates the staging tables; `tasks` runs the COPYs, shared with whatever else uses the connection. */
  static async open(s: SqlSession, tasks: TaskChain): Promise<Stager> {
    await s.exec(STAGE_DDL);
    return new Stager(s, tasks);
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
    this.tasks.enqueue(task);
  }

  private async flush(table: StageTable) {
    const lines = this.buffers.get(table);
    if (!lines || lines.length === 0) return;
    this.buffers.set(table, []);
    this.tasks.check();
    let chars = 0;
    for (const line of lines) chars += line.length;
    this.tasks.queued += chars;
    this.tasks.enqueue(async () => {
      await this.s.copyIn(`stage_${table}`, STAGE_COLUMNS[table], lines);
      this.tasks.queued -= chars;
    });
    // Backpressure: wait for the connection only when a lot is queued.
    if (this.tasks.queued > MAX_QUEUED_CHARS) await this.tasks.drain();
  }

  /**
   * Flushes every buffer, waits for everything queued, indexes the staged periods by their keys and
   * analyses the staging tables for the planner. The checks against the register ask, per register
   * period, whether the import replaces it (not exists … in staging): the planner underestimates the
   * memberships they touch (person, scheme and kind are correlated), and without an index it would
   * scan all staged periods for each — hours at a million members instead of seconds.
   */
  async finish(): Promise<void> {
    for (const table of [...this.buffers.keys()]) await this.flush(table);
    await this.tasks.drain();
    await this.s.exec(
      `create index on stage_employment (mkey, start_date);
       create index on stage_pension (mkey, benefit, start_date);
       analyze stage_employer, stage_scheme, stage_person, stage_membership, stage_employment, stage_pension, stage_finance`,
    );
  }
}

const orEmpty = (v: string | number | null) => (v === null ? '' : v);
const dateText = (days: number | null) => (days === null ? '' : isoOfDayNumber(days));
/** Hundredths as a decimal ("33.33", "100.00") for a numeric(5, 2) column. */
const percentText = (hundredths: number | null) =>
  hundredths === null ? '' : `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}`;

/** Sends clean rows to the staging tables as CSV lines; `pending` is the flush to await, if one is due. */
export class StagingSink implements RowSink {
  pending: Promise<void> | undefined;

  constructor(private readonly stager: Stager) {}

  private add(table: StageTable, line: string) {
    const flushing = this.stager.add(table, line);
    if (flushing) this.pending = this.pending ? this.pending.then(() => flushing) : flushing;
  }

  /** The flush to await before reading on (and forgets it). */
  take(): Promise<void> | undefined {
    const p = this.pending;
    this.pending = undefined;
    return p;
  }

  employer(orgnr: string, name: string) {
    this.add('employer', `${orgnr},${csvField(name)}`);
  }
  scheme(code: string, provider: string, name: string) {
    this.add('scheme', `${csvField(code)},${csvField(provider)},${csvField(name)}`);
  }
  person(
    _person: number,
    nid: string,
    birth: number,
    name: string,
    death: number | null,
    account: string | null,
    address: string | null,
  ) {
    this.add(
      'person',
      `${nid},${dateText(birth)},${csvField(name)},${dateText(death)},${account ?? ''},${address === null ? '' : csvField(address)}`,
    );
  }
  membership(
    mkey: number,
    _person: number,
    nid: number,
    orgnr: string,
    scheme: string,
    kind: MembershipKind,
  ) {
    const nidText = String(nid).padStart(11, '0');
    this.add('membership', `${mkey},${nidText},${orgnr},${csvField(scheme)},${kind}`);
  }
  employment(mkey: number, start: number, end: number | null, pct: number, salary: number | null) {
    this.add(
      'employment',
      `${mkey},${dateText(start)},${dateText(end)},${percentText(pct)},${orEmpty(salary)}`,
    );
  }
  pension(
    mkey: number,
    benefit: string,
    start: number,
    end: number | null,
    grade: number | null,
    amount: number | null,
  ) {
    this.add(
      'pension',
      `${mkey},${benefit},${dateText(start)},${dateText(end)},${percentText(grade)},${orEmpty(amount)}`,
    );
  }
  finance(orgnr: string, scheme: string, year: number, premium: number, reserve: number, cost: number) {
    this.add('finance', `${orgnr},${csvField(scheme)},${year},${premium},${reserve},${cost}`);
  }
}
