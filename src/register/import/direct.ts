/**
 * The initial load: when the register holds no persons, memberships, employments or pensions yet
 * (the first migration of a fund), clean rows go straight into those tables instead of through
 * staging and a merge. Each table gets one binary COPY with ids given by the import; its keys,
 * indexes and foreign keys are dropped first and built again once its rows are in, so all or
 * nothing still holds. Employers, schemes and finance figures take the usual staged merge (they
 * are few, and may already be there).
 *
 * Binary COPY spares the database from parsing dates and numbers, and building an index once over
 * all rows is far cheaper than keeping it up row by row. On PostgreSQL each of the four tables is
 * filled and indexed on a connection of its own, in a copy the import's transaction swaps in
 * (shadow.ts), so the database works on all cores while the parser reads; on PGlite everything
 * runs on the one connection. Memberships are written after employments.csv (employers are merged
 * first, so their ids are known), and each foreign key comes back once both its tables are complete.
 */
import type { CopyWriter, Database, SqlSession } from '../../platform/db';
import type { MembershipKind } from '../tables';
import {
  attachConstraints,
  restoreForeignKey,
  restoreTable,
  type SuspendedAll,
  splitIndexBuilds,
  suspendAll,
} from './bulk';
import { BinaryTuples, CHUNK_BYTES, maxBytes } from './copy-binary';
import type { RowSink } from './rows';
import { ShadowTables } from './shadow';
import type { ImportFile } from './spec';
import { TaskChain } from './task-chain';

const TABLES = ['person', 'membership', 'employment', 'pension'] as const;
type DirectTable = (typeof TABLES)[number];

const COLUMNS: Record<DirectTable, readonly string[]> = {
  person: [
    'id',
    'national_id',
    'birth_date',
    'name',
    'death_date',
    'account_number',
    'address',
    'recorded_by',
  ],
  membership: ['id', 'person_id', 'employer_id', 'scheme_code', 'kind', 'recorded_by'],
  employment: [
    'id',
    'membership_id',
    'start_date',
    'end_date',
    'position_pct',
    'annual_salary',
    'recorded_by',
  ],
  pension: [
    'id',
    'membership_id',
    'benefit',
    'start_date',
    'end_date',
    'grade_pct',
    'annual_amount',
    'recorded_by',
  ],
};

const FED_BY: Partial<Record<ImportFile, Exclude<DirectTable, 'membership'>>> = {
  'persons.csv': 'person',
  'employments.csv': 'employment',
  'pensions.csv': 'pension',
};

/** More than this waiting for the connection makes the parser wait. */
const MAX_QUEUED_BYTES = 512 * 1024 * 1024;

/**
 * A connection and its queue of work: the import's own, or (on PostgreSQL) the one filling a
 * table's shadow copy (shadow.ts).
 */
interface Lane {
  s: SqlSession;
  tasks: TaskChain;
  /** The copy this lane fills, swapped in by the main lane; absent on the main lane. */
  shadows?: ShadowTables;
}

/** One table's COPY, fed in chunks through its lane's task chain. */
class TableCopy {
  readonly tuples = new BinaryTuples();
  private writer: CopyWriter | undefined;
  private readonly s: SqlSession;
  private readonly tasks: TaskChain;
  /** A shadow copy, emptied in its lane's transaction (shadow.ts), takes COPY FREEZE. */
  private readonly freeze: boolean;
  rows = 0;
  /** A chunk went to the connection: the COPY must be ended, even when nothing will be kept. */
  started = false;
  ended = false;

  constructor(
    lane: Lane,
    readonly table: DirectTable,
    /** Rows wait for the end: the lane's connection carries another COPY meanwhile. */
    readonly hold = false,
  ) {
    this.s = lane.s;
    this.tasks = lane.tasks;
    this.freeze = lane.shadows !== undefined;
  }

  /** Inside a task on the chain: writes a chunk to the COPY now. */
  async write(chunk: Buffer) {
    this.started = true;
    this.writer ??= this.s.copyBinary(this.table, COLUMNS[this.table], { freeze: this.freeze });
    const waiting = this.writer.write(chunk);
    if (waiting) await waiting;
  }

  /** Inside a task on the chain: ends the COPY with what is left. */
  async end() {
    this.ended = true;
    this.tuples.trailer();
    await this.write(this.tuples.take());
    await this.writer?.end();
  }

  /** Hands the written tuples to the connection when a chunk is full (or at the end). */
  send(final = false): Promise<void> | undefined {
    if (!final && this.tuples.size < CHUNK_BYTES) return undefined;
    if (this.ended) return undefined;
    this.started = true;
    if (final) {
      this.ended = true;
      this.tuples.trailer();
    }
    const chunk = this.tuples.take();
    this.tasks.queued += chunk.length;
    this.tasks.enqueue(async () => {
      await this.write(chunk);
      this.tasks.queued -= chunk.length;
      if (final) await this.writer?.end();
    });
    return this.tasks.queued > MAX_QUEUED_BYTES ? this.tasks.drain() : undefined;
  }
}

export class DirectLoad implements RowSink {
  private readonly copies: Record<DirectTable, TableCopy>;
  /** Person ids by the validator's person index: memberships refer to persons by id. */
  private readonly personIds: number[] = [];
  /** Memberships met so far (the next one's mkey - 1). */
  private memberships = 0;
  /** The membership table's keys are queued (after its first COPY). */
  private membershipKeys = false;
  private employerIds: ReadonlyMap<string, number> | undefined;
  /** Set once the import has a problem: nothing will be written, so rows are no longer sent. */
  private stopped = false;
  /** A flush to await before reading on. */
  private pending: Promise<void> | undefined;
  /** Tables whose rows are in and whose keys and indexes are built: foreign keys between them can come back. */
  private readonly ready = new Set<string>();
  private readonly foreignKeysBack = new Set<string>();
  /** Tables complete (no more rows, keys and indexes queued): no second `complete`. */
  private readonly completed = new Set<DirectTable>();
  /** Shadow copies whose indexes were built on two connections: constraints attached at the swap. */
  private readonly split = new Set<DirectTable>();
  private readonly main: Lane;
  /** Each table's lane: the main one, or on PostgreSQL a connection of its own (shadow.ts). */
  private readonly lanes: Record<DirectTable, Lane>;

  private constructor(
    private readonly s: SqlSession,
    private readonly tasks: TaskChain,
    private readonly actor: string,
    private readonly suspended: SuspendedAll,
    private readonly firstIds: Record<DirectTable, number>,
    /** Employer and scheme rows, and finance figures: the staged merge. */
    private readonly others: RowSink,
    private readonly shadows: ShadowTables | undefined,
  ) {
    this.main = { s, tasks };
    const lane = (table: DirectTable): Lane =>
      shadows ? { s: shadows.session(table), tasks: new TaskChain(), shadows } : this.main;
    this.lanes = {
      person: lane('person'),
      membership: lane('membership'),
      employment: lane('employment'),
      pension: lane('pension'),
    };
    this.copies = {
      person: new TableCopy(this.lanes.person, 'person'),
      membership: new TableCopy(
        this.lanes.membership,
        'membership',
        this.lanes.membership === this.lanes.employment,
      ),
      employment: new TableCopy(this.lanes.employment, 'employment'),
      pension: new TableCopy(this.lanes.pension, 'pension'),
    };
  }

  /**
   * Starts an initial load if the register's person, membership, employment and pension tables are
   * empty: locks them, drops their keys and indexes, and takes a block of ids. Else undefined.
   */
  static async begin(
    db: Database,
    s: SqlSession,
    tasks: TaskChain,
    actor: string,
    others: RowSink,
  ): Promise<DirectLoad | undefined> {
    const empty = async () => {
      const [row] = await s.query<{ empty: boolean }>(
        `select ${TABLES.map((t) => `not exists (select 1 from ${t})`).join(' and ')} as empty`,
      );
      return row?.empty === true;
    };
    // The shadow tables must be made before the lock (they read the real tables' definitions);
    // a look without the lock spares making them for an import into a filled register.
    const shadows = (await empty()) ? await ShadowTables.prepare(db, s, TABLES) : undefined;
    try {
      await s.exec(`lock table ${TABLES.join(', ')} in access exclusive mode`);
      if (!(await empty())) {
        await shadows?.discard(false);
        return undefined;
      }
    } catch (error) {
      await shadows?.discard(false);
      throw error;
    }
    const suspended = await suspendAll(s, TABLES);
    const firstIds = {} as Record<DirectTable, number>;
    for (const t of TABLES) {
      const [seq] = await s.query<{ id: number | string }>(
        `select nextval(pg_get_serial_sequence('${t}', 'id')) as id`,
      );
      firstIds[t] = Number(seq?.id);
    }
    return new DirectLoad(s, tasks, actor, suspended, firstIds, others, shadows);
  }

  /**
   * Reads the ids of the employers merged so far (memberships refer to employers by id); called
   * once employers.csv is merged, before persons.csv is read. Only the import's own connection
   * sees them before it commits.
   */
  async learnEmployers() {
    await this.tasks.drain();
    this.employerIds = await employerIds(this.s);
  }

  /**
   * After the import's transaction ended (committed or not): ends the COPYs and the shadow tables'
   * connections, and drops the copies unless they are now the register's tables.
   */
  async close(committed: boolean) {
    this.stop();
    for (const lane of Object.values(this.lanes))
      if (lane !== this.main) await lane.tasks.drain().catch(() => undefined);
    await this.shadows?.discard(committed);
  }

  /**
   * Nothing more is sent (the import has a problem and will roll back). A COPY under way is ended,
   * so the connection is free for the checks that follow.
   */
  stop() {
    if (this.stopped) return;
    this.stopped = true;
    for (const c of Object.values(this.copies)) if (c.started) this.due(c.send(true));
  }

  /** The flush to await before reading on, if one is due. */
  take(): Promise<void> | undefined {
    const p = this.pending;
    this.pending = undefined;
    return p;
  }

  private due(p: Promise<void> | undefined) {
    if (p) this.pending = this.pending ? this.pending.then(() => p) : p;
  }

  /**
   * After each file: ends the COPY it fed, writes the memberships it introduced, builds those
   * tables' keys and indexes and adds back the foreign keys whose both ends are ready — all queued
   * on the connection while the parser reads the next file.
   */
  finishFile(file: ImportFile) {
    const table = FED_BY[file];
    if (!table || this.stopped) return;
    this.finishTable(table);
  }

  /** Ends the table's COPY, writes the memberships met meanwhile, then builds the table's indexes. */
  private finishTable(table: Exclude<DirectTable, 'membership'>) {
    const c = this.copies[table];
    if (c.ended) return;
    this.due(c.send(true));
    // Its rows refer to these memberships: they must be in before its foreign keys come back.
    if (table !== 'person') this.endMemberships(table === 'pension');
    this.built(table);
    this.complete(table);
  }

  /**
   * Queues building `table`'s keys and indexes on its lane. A shadow copy with a GIN index (persons'
   * trigram index, seconds at a million rows) commits its rows first and has its indexes built on
   * two more connections side by side.
   */
  private built(table: DirectTable) {
    const lane = this.lanes[table];
    const shadows = lane.shadows;
    const builds = shadows ? splitIndexBuilds(this.suspended, table) : [];
    if (builds.length > 0) this.split.add(table);
    lane.tasks.enqueue(async () => {
      if (lane !== this.main && this.stopped) return;
      if (shadows && builds.length > 0) {
        await shadows.commit(table);
        await Promise.all(builds.map((statements) => shadows.build(statements)));
        await shadows.build([`analyze ${table}`]);
        return;
      }
      await restoreTable(lane.s, this.suspended, table);
      // Statistics at once: the server may not run autovacuum (this one does not), and without
      // them the next import's checks against the register are planned blind (minutes, not seconds).
      await lane.s.exec(`analyze ${table}`);
    });
  }

  /**
   * No more rows come for `table`, and its keys and indexes are queued: a shadow copy is committed
   * and swapped in by the main lane; then the foreign keys whose both ends are complete come back.
   * Memberships come with pensions.csv too: they are complete after it (their foreign keys are
   * then checked by one join each instead of a lookup per row).
   */
  private complete(table: DirectTable) {
    if (this.completed.has(table) || this.stopped) return;
    this.completed.add(table);
    const lane = this.lanes[table];
    const shadows = lane.shadows;
    // A problem found meanwhile (stop) means nothing will be kept: the rest is skipped.
    if (shadows) lane.tasks.enqueue(async () => void (this.stopped || (await shadows.commit(table))));
    this.tasks.enqueue(async () => {
      if (shadows) await lane.tasks.drain();
      if (this.stopped) return;
      if (shadows) await shadows.swapIn(this.s, table);
      if (this.split.has(table)) await attachConstraints(this.s, this.suspended, table);
      await this.ready_(table);
    });
  }

  /** Marks a table complete and adds back every foreign key whose both ends now are. */
  private async ready_(table: DirectTable) {
    this.ready.add(table);
    for (const fk of this.suspended.foreignKeys) {
      const ends = [fk.table, fk.references];
      if (this.foreignKeysBack.has(fk.name) || !ends.every((t) => this.ready.has(t) || !isDirect(t)))
        continue;
      this.foreignKeysBack.add(fk.name);
      await restoreForeignKey(this.s, fk);
    }
  }

  /**
   * Ends the COPY of the memberships met so far. The first time (after employments.csv, which
   * brings nearly all of them) the table's keys are built; the few met later (survivors', in
   * pensions.csv) keep them up row by row. After the `last` file the table is complete.
   */
  private endMemberships(last: boolean) {
    this.due(this.copies.membership.send(true));
    if (!this.membershipKeys) {
      this.membershipKeys = true;
      this.built('membership');
    }
    if (last) this.complete('membership');
    if (this.completed.has('membership')) return;
    // With one lane for all, the connection carries the pension COPY meanwhile.
    const lane = this.lanes.membership;
    this.copies.membership = new TableCopy(lane, 'membership', lane === this.lanes.pension);
  }

  employer(orgnr: string, name: string) {
    this.others.employer(orgnr, name);
  }
  scheme(code: string, provider: string, name: string) {
    this.others.scheme(code, provider, name);
  }
  finance(orgnr: string, scheme: string, year: number, premium: number, reserve: number, cost: number) {
    this.others.finance(orgnr, scheme, year, premium, reserve, cost);
  }

  person(
    person: number,
    nid: string,
    birth: number,
    name: string,
    death: number | null,
    account: string | null,
    address: string | null,
  ) {
    if (this.stopped) return;
    const c = this.copies.person;
    const id = this.firstIds.person + c.rows++;
    this.personIds[person] = id;
    const t = c.tuples;
    t.room(
      2 +
        8 +
        maxBytes(nid) +
        8 +
        maxBytes(name) +
        8 +
        4 +
        11 +
        4 +
        maxBytes(address ?? '') +
        4 +
        maxBytes(this.actor),
    );
    t.tuple(8);
    t.int4(id);
    t.text(nid);
    t.date(birth);
    t.text(name);
    t.date(death);
    t.textOrNull(account);
    t.textOrNull(address);
    t.text(this.actor);
    this.due(c.send());
  }

  membership(
    mkey: number,
    person: number,
    _nid: number,
    orgnr: string,
    scheme: string,
    kind: MembershipKind,
  ) {
    if (this.stopped) return;
    // mkey counts from 1 in the order memberships are met: its id is the first id + mkey - 1.
    if (mkey !== ++this.memberships) throw new Error(`membership ${mkey} out of order`);
    const c = this.copies.membership;
    const t = c.tuples;
    t.room(2 + 8 + 8 + 8 + maxBytes(scheme) + maxBytes(kind) + maxBytes(this.actor));
    t.tuple(6);
    t.int4(this.membershipId(mkey));
    t.int4(this.personIds[person] ?? 0);
    // An unknown employer is a problem the validator reports: then nothing is written at all.
    t.int4(this.employerIds?.get(orgnr) ?? 0);
    t.text(scheme);
    t.text(kind);
    t.text(this.actor);
    c.rows++;
    if (!c.hold) this.due(c.send());
  }

  private membershipId(mkey: number) {
    return this.firstIds.membership + mkey - 1;
  }

  employment(mkey: number, start: number, end: number | null, pct: number, salary: number | null) {
    if (this.stopped) return;
    const c = this.copies.employment;
    const t = c.tuples;
    t.room(2 + 8 + 8 + 8 + 8 + 24 + 12 + maxBytes(this.actor));
    t.tuple(7);
    t.int4(this.firstIds.employment + c.rows++);
    t.int4(this.membershipId(mkey));
    t.date(start);
    t.date(end);
    t.percent(pct);
    t.int8(salary);
    t.text(this.actor);
    this.due(c.send());
  }

  pension(
    mkey: number,
    benefit: string,
    start: number,
    end: number | null,
    grade: number | null,
    amount: number | null,
  ) {
    if (this.stopped) return;
    const c = this.copies.pension;
    const t = c.tuples;
    t.room(2 + 8 + 8 + maxBytes(benefit) + 8 + 8 + 24 + 12 + maxBytes(this.actor));
    t.tuple(8);
    t.int4(this.firstIds.pension + c.rows++);
    t.int4(this.membershipId(mkey));
    t.text(benefit);
    t.date(start);
    t.date(end);
    t.percent(grade);
    t.int8(amount);
    t.text(this.actor);
    this.due(c.send());
  }

  /**
   * Completes the load (tables no file fed, foreign keys not yet back), waits for all of it and
   * moves the id sequences past the ids used. Returns the rows inserted per table.
   */
  async finish(): Promise<Record<string, number>> {
    for (const table of ['person', 'employment', 'pension'] as const) this.finishTable(table);
    this.endMemberships(true);
    await this.tasks.drain();
    for (const fk of this.suspended.foreignKeys)
      if (!this.foreignKeysBack.has(fk.name)) await restoreForeignKey(this.s, fk);
    const inserted: Record<string, number> = {
      person: this.copies.person.rows,
      membership: this.memberships,
      employment: this.copies.employment.rows,
      pension: this.copies.pension.rows,
    };
    // Next ids follow the ones given (a shadow table brought a sequence of its own: set it too).
    for (const t of TABLES)
      await this.s.query(`select setval(pg_get_serial_sequence('${t}', 'id'), $1, false)`, [
        this.firstIds[t] + (inserted[t] ?? 0),
      ]);
    return inserted;
  }
}

const isDirect = (table: string) => (TABLES as readonly string[]).includes(table);

async function employerIds(s: SqlSession): Promise<Map<string, number>> {
  const rows = await s.query<{ orgnr: string; id: number }>('select orgnr, id from employer');
  return new Map(rows.map((r) => [r.orgnr, r.id]));
}
