/**
 * The initial load: when the register holds no persons, memberships, employments or pensions yet
 * (the first migration of a fund), clean rows go straight into those tables instead of through
 * staging and a merge. Each table gets one binary COPY with ids given by the import; its keys,
 * indexes and foreign keys are dropped first and built again once its rows are in, in the same
 * transaction, so all or nothing still holds. Employers, schemes and finance figures take the
 * usual staged merge (they are few, and may already be there).
 *
 * Binary COPY spares the database from parsing dates and numbers, and building an index once over
 * all rows is far cheaper than keeping it up row by row. Person indexes are built while the parser
 * reads employments.csv; memberships are written after each file (employers are merged first, so
 * their ids are known), and each foreign key comes back once both its tables are complete.
 */
import type { CopyWriter, SqlSession } from '../../platform/db';
import type { MembershipKind } from '../tables';
import { restoreForeignKey, restoreTable, type SuspendedAll, suspendAll } from './bulk';
import { BinaryTuples, CHUNK_BYTES, maxBytes } from './copy-binary';
import type { RowSink } from './rows';
import type { ImportFile } from './spec';
import type { TaskChain } from './task-chain';

const TABLES = ['person', 'membership', 'employment', 'pension'] as const;
type DirectTable = (typeof TABLES)[number];

const COLUMNS: Record<DirectTable, readonly string[]> = {
  person: ['id', 'national_id', 'birth_date', 'name', 'death_date', 'recorded_by'],
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

/** One table's COPY, fed in chunks through the connection's task chain. */
class TableCopy {
  readonly tuples = new BinaryTuples();
  private writer: CopyWriter | undefined;
  rows = 0;
  /** A chunk went to the connection: the COPY must be ended, even when nothing will be kept. */
  started = false;
  ended = false;

  constructor(
    private readonly s: SqlSession,
    private readonly tasks: TaskChain,
    readonly table: DirectTable,
  ) {}

  /** Inside a task on the chain: writes a chunk to the COPY now. */
  async write(chunk: Buffer) {
    this.started = true;
    this.writer ??= this.s.copyBinary(this.table, COLUMNS[this.table]);
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
  private readonly copies: Record<Exclude<DirectTable, 'membership'>, TableCopy>;
  /** Person ids by the validator's person index: memberships refer to persons by id. */
  private readonly personIds: number[] = [];
  // Memberships wait until a file is done: their employers' ids come from the merge of
  // employers.csv, and one connection carries one COPY at a time.
  private readonly membershipPerson: number[] = [];
  private readonly membershipOrgnr: string[] = [];
  private readonly membershipScheme: string[] = [];
  private readonly membershipKind: MembershipKind[] = [];
  /** Memberships written so far (the next one's index). */
  private membershipsSent = 0;
  /** The membership table's keys and indexes are queued to be built (after its first COPY). */
  private membershipsBuilt = false;
  private employerIds: ReadonlyMap<string, number> | undefined;
  /** Set once the import has a problem: nothing will be written, so rows are no longer sent. */
  private stopped = false;
  /** A flush to await before reading on. */
  private pending: Promise<void> | undefined;
  /** Tables whose rows are in and whose keys and indexes are built: foreign keys between them can come back. */
  private readonly ready = new Set<string>();
  private readonly foreignKeysBack = new Set<string>();

  private constructor(
    private readonly s: SqlSession,
    private readonly tasks: TaskChain,
    private readonly actor: string,
    private readonly suspended: SuspendedAll,
    private readonly firstIds: Record<DirectTable, number>,
    /** Employer and scheme rows, and finance figures: the staged merge. */
    private readonly others: RowSink,
  ) {
    this.copies = {
      person: new TableCopy(s, this.tasks, 'person'),
      employment: new TableCopy(s, this.tasks, 'employment'),
      pension: new TableCopy(s, this.tasks, 'pension'),
    };
  }

  /**
   * Starts an initial load if the register's person, membership, employment and pension tables are
   * empty: locks them, drops their keys and indexes, and takes a block of ids. Else undefined.
   */
  static async begin(
    s: SqlSession,
    tasks: TaskChain,
    actor: string,
    others: RowSink,
  ): Promise<DirectLoad | undefined> {
    await s.exec(`lock table ${TABLES.join(', ')} in access exclusive mode`);
    const [row] = await s.query<{ empty: boolean }>(
      `select ${TABLES.map((t) => `not exists (select 1 from ${t})`).join(' and ')} as empty`,
    );
    if (!row?.empty) return undefined;
    const suspended = await suspendAll(s, TABLES);
    const firstIds = {} as Record<DirectTable, number>;
    for (const t of TABLES) {
      const [seq] = await s.query<{ id: number | string }>(
        `select nextval(pg_get_serial_sequence('${t}', 'id')) as id`,
      );
      firstIds[t] = Number(seq?.id);
    }
    return new DirectLoad(s, tasks, actor, suspended, firstIds, others);
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
    if (file === 'pensions.csv') this.tasks.enqueue(() => this.ready_('membership'));
  }

  /** Ends the table's COPY, writes the memberships met meanwhile, then builds the table's indexes. */
  private finishTable(table: Exclude<DirectTable, 'membership'>) {
    const c = this.copies[table];
    if (c.ended) return;
    this.due(c.send(true));
    // Its rows refer to these memberships: they must be in before its foreign keys come back.
    if (table !== 'person') this.sendMemberships();
    this.built(table);
  }

  /** Queues building `table`'s keys and indexes, then the foreign keys that became possible. */
  private built(table: DirectTable) {
    this.tasks.enqueue(async () => {
      await restoreTable(this.s, this.suspended, table);
      // Memberships still come with pensions.csv: their foreign keys wait for the last of them
      // (one join then is cheaper than a check per row).
      if (table !== 'membership') await this.ready_(table);
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
   * Writes the memberships met since the last time, in one COPY. The first time, the membership
   * table's keys and indexes are built after it; later rows (survivors' memberships from
   * pensions.csv) keep them up row by row, and the foreign keys already back check them.
   */
  private sendMemberships() {
    const from = this.membershipsSent;
    const to = this.membershipPerson.length;
    if (to === from && this.membershipsBuilt) return;
    this.membershipsSent = to;
    const first = !this.membershipsBuilt;
    this.membershipsBuilt = true;
    const copy = new TableCopy(this.s, this.tasks, 'membership');
    this.tasks.enqueue(async () => {
      this.employerIds ??= await employerIds(this.s);
      const ids = this.employerIds;
      for (let i = from; i < to; i++) {
        const t = copy.tuples;
        const scheme = this.membershipScheme[i] ?? '';
        t.room(2 + 8 + 8 + 8 + maxBytes(scheme) + maxBytes('survivor') + maxBytes(this.actor));
        t.tuple(6);
        t.int4(this.firstIds.membership + i);
        t.int4(this.membershipPerson[i] ?? 0);
        t.int4(ids.get(this.membershipOrgnr[i] ?? '') ?? 0);
        t.text(scheme);
        t.text(this.membershipKind[i] ?? 'own');
        t.text(this.actor);
        copy.rows++;
        // Within a task: write straight through (the chain already waits for this COPY).
        if (t.size >= CHUNK_BYTES) await copy.write(t.take());
      }
      await copy.end();
    });
    if (first) this.built('membership');
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

  person(person: number, nid: string, birth: number, name: string, death: number | null) {
    if (this.stopped) return;
    const c = this.copies.person;
    const id = this.firstIds.person + c.rows++;
    this.personIds[person] = id;
    const t = c.tuples;
    t.room(2 + 8 + maxBytes(nid) + 8 + maxBytes(name) + 8 + maxBytes(this.actor));
    t.tuple(6);
    t.int4(id);
    t.text(nid);
    t.date(birth);
    t.text(name);
    t.date(death);
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
    // mkey counts from 1 in the order memberships are met: the arrays' index is mkey - 1.
    if (mkey !== this.membershipPerson.length + 1) throw new Error(`membership ${mkey} out of order`);
    this.membershipPerson.push(this.personIds[person] ?? 0);
    this.membershipOrgnr.push(orgnr);
    this.membershipScheme.push(scheme);
    this.membershipKind.push(kind);
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
    this.sendMemberships();
    if (!this.ready.has('membership')) this.tasks.enqueue(() => this.ready_('membership'));
    await this.tasks.drain();
    for (const fk of this.suspended.foreignKeys)
      if (!this.foreignKeysBack.has(fk.name)) await restoreForeignKey(this.s, fk);
    const inserted: Record<string, number> = {
      person: this.copies.person.rows,
      membership: this.membershipPerson.length,
      employment: this.copies.employment.rows,
      pension: this.copies.pension.rows,
    };
    for (const t of TABLES) {
      const rows = inserted[t] ?? 0;
      if (rows > 0)
        await this.s.query(`select setval(pg_get_serial_sequence('${t}', 'id'), $1)`, [
          this.firstIds[t] + rows - 1,
        ]);
    }
    return inserted;
  }
}

const isDirect = (table: string) => (TABLES as readonly string[]).includes(table);

async function employerIds(s: SqlSession): Promise<Map<string, number>> {
  const rows = await s.query<{ orgnr: string; id: number }>('select orgnr, id from employer');
  return new Map(rows.map((r) => [r.orgnr, r.id]));
}
