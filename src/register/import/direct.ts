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
 * reads employments.csv; memberships are held until the end, when the employers' ids are known.
 */
import type { IsoDate } from '../../domain/dates';
import { daysFromCivil } from '../../domain/day-numbers';
import type { CopyWriter, SqlSession } from '../../platform/db';
import type { MembershipKind } from '../tables';
import { restoreForeignKeys, restoreTable, type SuspendedAll, suspendAll } from './bulk';
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

const FED_BY: Partial<Record<ImportFile, DirectTable>> = {
  'persons.csv': 'person',
  'employments.csv': 'employment',
  'pensions.csv': 'pension',
};

/** Chunks handed to the connection; more waiting than this makes the parser wait. */
const CHUNK_BYTES = 1 << 20;
const MAX_QUEUED_BYTES = 512 * 1024 * 1024;
const PG_EPOCH = daysFromCivil(2000, 1, 1);

/** Tuples in PostgreSQL's binary COPY format, written into a buffer that is handed over in chunks. */
class BinaryTuples {
  private buf = Buffer.allocUnsafe(CHUNK_BYTES);
  private pos = 0;
  private readonly dates = new Map<string, number>();
  private readonly numerics = new Map<string, Buffer>();

  constructor() {
    // Signature, flags, header extension length.
    this.pos += this.buf.write('PGCOPY\n\xff\r\n\0', 0, 'latin1');
    this.pos = this.buf.writeInt32BE(0, this.pos);
    this.pos = this.buf.writeInt32BE(0, this.pos);
  }

  get size() {
    return this.pos;
  }

  private room(n: number) {
    if (this.pos + n <= this.buf.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.pos + n));
    this.buf.copy(bigger, 0, 0, this.pos);
    this.buf = bigger;
  }

  /** The bytes written so far; the next ones go to a fresh buffer. */
  take(): Buffer {
    const out = this.buf.subarray(0, this.pos);
    this.buf = Buffer.allocUnsafe(CHUNK_BYTES);
    this.pos = 0;
    return out;
  }

  /** Ends the COPY data. */
  trailer() {
    this.room(2);
    this.pos = this.buf.writeInt16BE(-1, this.pos);
  }

  tuple(fields: number) {
    this.room(2);
    this.pos = this.buf.writeInt16BE(fields, this.pos);
  }

  null() {
    this.room(4);
    this.pos = this.buf.writeInt32BE(-1, this.pos);
  }

  int4(v: number) {
    this.room(8);
    this.pos = this.buf.writeInt32BE(4, this.pos);
    this.pos = this.buf.writeInt32BE(v, this.pos);
  }

  /** A bigint; øre amounts are safe integers, split into two 32-bit halves. */
  int8(v: number | null) {
    if (v === null) return this.null();
    this.room(12);
    this.pos = this.buf.writeInt32BE(4 + 4, this.pos);
    this.pos = this.buf.writeInt32BE(Math.floor(v / 4_294_967_296), this.pos);
    this.pos = this.buf.writeUInt32BE(v >>> 0, this.pos);
  }

  text(s: string) {
    const n = Buffer.byteLength(s);
    this.room(4 + n);
    this.pos = this.buf.writeInt32BE(n, this.pos);
    this.pos += this.buf.write(s, this.pos);
  }

  /** A date: days since 2000-01-01. */
  date(d: IsoDate | null) {
    if (d === null) return this.null();
    let days = this.dates.get(d);
    if (days === undefined) {
      days = daysFromCivil(Number(d.slice(0, 4)), Number(d.slice(5, 7)), Number(d.slice(8, 10))) - PG_EPOCH;
      if (this.dates.size < 100_000) this.dates.set(d, days);
    }
    this.int4(days);
  }

  /** A validated percentage (0–100, at most two decimals) as a binary numeric, length included. */
  percent(text: string | null) {
    if (text === null) return this.null();
    let field = this.numerics.get(text);
    if (!field) {
      field = numericField(text);
      if (this.numerics.size < 100_000) this.numerics.set(text, field);
    }
    this.room(field.length);
    this.pos += field.copy(this.buf, this.pos);
  }
}

/** numeric's binary form: base-10000 digits with weight, sign and display scale (here 2). */
function numericField(text: string): Buffer {
  const [whole = '0', frac = ''] = text.split('.');
  const hundredths = Number(whole) * 100 + Number(frac.padEnd(2, '0'));
  const integer = Math.floor(hundredths / 100);
  const fraction = (hundredths % 100) * 100; // one base-10000 digit after the point
  const digits =
    integer > 0 ? (fraction > 0 ? [integer, fraction] : [integer]) : fraction > 0 ? [fraction] : [];
  const weight = integer > 0 ? 0 : -1;
  const out = Buffer.alloc(4 + 8 + 2 * digits.length);
  let p = out.writeInt32BE(8 + 2 * digits.length, 0);
  p = out.writeInt16BE(digits.length, p);
  p = out.writeInt16BE(digits.length === 0 ? 0 : weight, p);
  p = out.writeInt16BE(0, p); // positive
  p = out.writeInt16BE(2, p);
  for (const d of digits) p = out.writeInt16BE(d, p);
  return out;
}

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
      this.writer ??= this.s.copyBinary(this.table, COLUMNS[this.table]);
      const waiting = this.writer.write(chunk);
      if (waiting) await waiting;
      this.tasks.queued -= chunk.length;
      if (final) await this.writer.end();
    });
    return this.tasks.queued > MAX_QUEUED_BYTES ? this.tasks.drain() : undefined;
  }
}

export class DirectLoad implements RowSink {
  private readonly copies: Record<DirectTable, TableCopy>;
  /** Person ids by number: memberships refer to persons by id. */
  private readonly personIds = new Map<string, number>();
  // Memberships wait for the end (the employers' ids come from the merge of employers.csv).
  private readonly membershipPerson: number[] = [];
  private readonly membershipOrgnr: string[] = [];
  private readonly membershipScheme: string[] = [];
  private readonly membershipKind: MembershipKind[] = [];
  /** Set once the import has a problem: nothing will be written, so rows are no longer sent. */
  private stopped = false;
  /** A flush to await before reading on. */
  private pending: Promise<void> | undefined;
  private readonly finished = new Set<DirectTable>();

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
      membership: new TableCopy(s, this.tasks, 'membership'),
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

  /** After each file: ends the COPY it fed (persons, employments, pensions) and builds that table's indexes. */
  finishFile(file: ImportFile) {
    const table = FED_BY[file];
    if (table) this.finishTable(table);
  }

  /** Ends a table's COPY and builds its keys and indexes (queued on the connection). */
  private finishTable(table: DirectTable) {
    if (this.finished.has(table)) return;
    this.finished.add(table);
    if (this.stopped) return;
    this.due(this.copies[table].send(true));
    this.tasks.enqueue(() => restoreTable(this.s, this.suspended, table));
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

  person(nid: string, birth: IsoDate, name: string, death: IsoDate | null) {
    if (this.stopped) return;
    const c = this.copies.person;
    const id = this.firstIds.person + c.rows++;
    this.personIds.set(nid, id);
    const t = c.tuples;
    t.tuple(6);
    t.int4(id);
    t.text(nid);
    t.date(birth);
    t.text(name);
    t.date(death);
    t.text(this.actor);
    this.due(c.send());
  }

  membership(mkey: number, nid: string, orgnr: string, scheme: string, kind: MembershipKind) {
    if (this.stopped) return;
    // mkey counts from 1 in the order memberships are met: the arrays' index is mkey - 1.
    this.membershipPerson.push(this.personIds.get(nid) ?? 0);
    this.membershipOrgnr.push(orgnr);
    this.membershipScheme.push(scheme);
    this.membershipKind.push(kind);
    void mkey;
  }

  private membershipId(mkey: number) {
    return this.firstIds.membership + mkey - 1;
  }

  employment(mkey: number, start: IsoDate, end: IsoDate | null, pct: string, salary: number | null) {
    if (this.stopped) return;
    const c = this.copies.employment;
    const t = c.tuples;
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
    start: IsoDate,
    end: IsoDate | null,
    grade: string | null,
    amount: number | null,
  ) {
    if (this.stopped) return;
    const c = this.copies.pension;
    const t = c.tuples;
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

  /** Waits for everything sent so far (a failure surfaces here). */
  async drain() {
    await this.tasks.drain();
  }

  /**
   * Writes the memberships (employers merged by now: `employerIds` maps orgnr to id), builds the
   * remaining keys and indexes, adds the foreign keys back and moves the id sequences past the
   * ids used. Returns the rows inserted per table.
   */
  async finish(employerIds: ReadonlyMap<string, number>): Promise<Record<string, number>> {
    this.finishTable('person');
    this.finishTable('employment');
    this.finishTable('pension');
    const c = this.copies.membership;
    for (let i = 0; i < this.membershipPerson.length; i++) {
      const t = c.tuples;
      t.tuple(6);
      t.int4(this.firstIds.membership + c.rows++);
      t.int4(this.membershipPerson[i] ?? 0);
      t.int4(employerIds.get(this.membershipOrgnr[i] ?? '') ?? 0);
      t.text(this.membershipScheme[i] ?? '');
      t.text(this.membershipKind[i] ?? 'own');
      t.text(this.actor);
      const waiting = c.send();
      if (waiting) await waiting;
    }
    this.finishTable('membership');
    await this.tasks.drain();
    await restoreForeignKeys(this.s, this.suspended);
    const inserted: Record<string, number> = {};
    for (const t of TABLES) {
      const rows = this.copies[t].rows;
      inserted[t] = rows;
      if (rows > 0)
        await this.s.query(`select setval(pg_get_serial_sequence('${t}', 'id'), $1)`, [
          this.firstIds[t] + rows - 1,
        ]);
    }
    return inserted;
  }
}
