/**
 * Validation of the legacy export, row by row and across rows. Pure: no I/O. What it needs from
 * the register (employers, schemes, persons, periods already there) is handed in; clean rows go
 * to a RowSink.
 *
 * Built for millions of rows: column positions are resolved once per file, values that recur
 * (organisation numbers, dates, percentages) are checked once, memberships are keyed by numbers,
 * and employment periods sit in flat arrays that one counting sort groups for the overlap check.
 */
import { type IsoDate, parseIsoDate } from '../../domain/dates';
import { checkNationalId, checkOrgnr } from '../../domain/identifiers';
import { parseKroner } from '../../domain/money';
import { BENEFITS, type Benefit, type MembershipKind, SURVIVOR_BENEFITS } from '../tables';
import type { RowSink } from './rows';
import { IMPORT_FILES, type ImportError, type ImportFile } from './spec';

const BENEFIT_LIST = BENEFITS.join(', ');
const BENEFIT_INDEX: ReadonlyMap<string, number> = new Map(BENEFITS.map((b, i) => [b, i]));
/** Survivors' pensions are never graded (contract: grade_pct "else empty") and go to a survivor membership. */
const isSurvivorBenefit = (text: string) => (SURVIVOR_BENEFITS as ReadonlySet<string>).has(text);

const NUMBER = /^-?\d+(\.\d+)?$/;
const OPEN_END = 99_999_999;

/** 2024-03-01 → 20240301: ordering dates as integers keeps the period lists small and fast. */
const dayKey = (d: string) =>
  Number(d.slice(0, 4)) * 10_000 + Number(d.slice(5, 7)) * 100 + Number(d.slice(8, 10));
const fromDayKey = (k: number) =>
  `${String(Math.floor(k / 10_000)).padStart(4, '0')}-${String(Math.floor(k / 100) % 100).padStart(2, '0')}-${String(k % 100).padStart(2, '0')}`;
const showPeriod = (start: number, end: number) =>
  `${fromDayKey(start)}–${end === OPEN_END ? 'open' : fromDayKey(end)}`;

// A membership within its person: employer × scheme × kind as one small integer.
const PERSONS_MAX = 2 ** 30;
const EMPLOYERS_MAX = 2 ** 20;
const SCHEMES_MAX = 2 ** 10;
const membershipCode = (employer: number, scheme: number, kind: MembershipKind) =>
  (employer * SCHEMES_MAX + scheme) * 2 + (kind === 'survivor' ? 1 : 0);

/** Whole kroner or kroner and øre ("618408", "136760.58") to øre; undefined for anything else. */
function plainKroner(text: string): number | undefined {
  let value = 0;
  let i = 0;
  const n = text.length;
  for (; i < n; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    value = value * 10 + c;
  }
  if (i === 0 || i > 13) return undefined;
  if (i === n) return value * 100;
  if (text.charCodeAt(i) !== 46 || n - i < 2 || n - i > 3) return undefined;
  const d1 = text.charCodeAt(i + 1) - 48;
  const d2 = n - i === 3 ? text.charCodeAt(i + 2) - 48 : 0;
  if (d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return undefined;
  return value * 100 + d1 * 10 + d2;
}

/** A period as day keys, with its line (0: already in the register). */
interface Span {
  start: number;
  end: number;
  line: number;
}

/** Reports each period of a flat [start, end, line, …] list that overlaps an earlier-starting one. */
function sweep(list: number[], report: (a: Span, b: Span) => void) {
  const n = list.length / 3;
  if (n < 2) return;
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => (list[a * 3] ?? 0) - (list[b * 3] ?? 0) || (list[a * 3 + 2] ?? 0) - (list[b * 3 + 2] ?? 0),
  );
  // Sweep in start order, remembering the period that reaches furthest.
  let reach = -1;
  for (const i of order) {
    const start = list[i * 3] ?? 0;
    const end = list[i * 3 + 1] ?? 0;
    const line = list[i * 3 + 2] ?? 0;
    if (reach >= 0 && start <= (list[reach * 3 + 1] ?? 0)) {
      const other = {
        start: list[reach * 3] ?? 0,
        end: list[reach * 3 + 1] ?? 0,
        line: list[reach * 3 + 2] ?? 0,
      };
      report({ start, end, line }, other);
    }
    if (reach < 0 || end > (list[reach * 3 + 1] ?? 0)) reach = i;
  }
}

/** Adds to a cache of valid values, up to a bound so odd files cannot make it grow without end. */
function remember<K, V>(cache: Map<K, V>, key: K, value: V) {
  if (cache.size < 100_000) cache.set(key, value);
}

export interface ValidatorOptions {
  /** Accept synthetic test numbers (KASSA_ENV=training). */
  allowSynthetic: boolean;
  /** The day of checking (today in Oslo): from 2032 numbers follow a changed control rule. */
  today: IsoDate;
  /** Employers (orgnr) and schemes (code) already in the register. */
  registerEmployers: ReadonlySet<string>;
  registerSchemes: ReadonlySet<string>;
}

/** A period already in the register for a membership the import touches (same start date excluded). */
export interface RegisterPeriod {
  national_id: string;
  orgnr: string;
  scheme: string;
  kind: MembershipKind;
  start_date: string;
  end_date: string | null;
}

/** A pension already in the register for a membership the import touches (same benefit and start excluded). */
export interface RegisterPension extends RegisterPeriod {
  benefit: string;
}

/** Where each reference to a person not in persons.csv was made, to check against the register. */
interface PendingRef {
  file: string;
  line: number;
}

/** Grows a plain array of numbers; V8 keeps it as a packed array of small integers. */
type Column = number[];

export class ImportValidator {
  readonly errors: ImportError[] = [];
  private readonly employers = new Map<string, number>();
  private readonly schemes = new Map<string, number>();
  private readonly pendingPersons = new Map<string, PendingRef[]>();
  // Index tables: every person, employer and scheme a row names with a well-formed value.
  private readonly personIndex = new Map<string, number>();
  private readonly employerIndex = new Map<string, number>();
  private readonly schemeIndex = new Map<string, number>();
  /** By person index: the line in persons.csv (0: not in persons.csv), and the first of its memberships. */
  private readonly personLine: number[] = [];
  private readonly personFirstMembership: number[] = [];
  // By mkey (1, 2, …: the import's own numbering of its memberships): the next membership of the
  // same person, and employer × scheme × kind as one number. A person has few memberships, so a
  // short walk finds one without hashing.
  private readonly membershipNext: number[] = [0];
  private readonly membershipCode: number[] = [0];
  // References found good (well-formed and known): the index, so a repeated value costs one lookup.
  private readonly goodEmployers = new Map<string, number>();
  private readonly goodSchemes = new Map<string, number>();
  /** The last clean reference's values and indexes (only ever good ones). */
  private last = { nid: '', person: 0, orgnr: '', employer: 0, scheme: '', schemeIndex: 0 };
  // Employment periods, one entry per row with a membership and a period: mkey, start, end, line.
  private readonly periodMkey: Column = [];
  private readonly periodStart: Column = [];
  private readonly periodEnd: Column = [];
  private readonly periodLine: Column = [];
  /** mkey × benefit → flat [start, end, line, …]; line 0 marks a pension already in the register. */
  private readonly pensionPeriods = new Map<number, number[]>();
  private readonly pensionKeys = new Map<string, number>();
  private readonly financeKeys = new Map<string, number>();
  // Values already found valid: a million rows repeat a thousand employers and a few percentages.
  private readonly validOrgnrs = new Set<string>();
  private readonly validPcts = new Map<string, string>();
  private file: ImportFile = 'employers.csv';
  private line = 0;
  private rowOk = true;
  /** The field position of each named column of the current file, in the contract's order. */
  private pos: number[] = [];
  private headerCount = 0;
  private fields: string[] = [];

  constructor(
    private readonly options: ValidatorOptions,
    private readonly sink: RowSink,
  ) {}

  get ok(): boolean {
    return this.errors.length === 0;
  }

  fail(file: string, line: number, column: string, message: string) {
    this.errors.push({ file, line, column, message });
  }

  private problem(column: string, message: string) {
    this.rowOk = false;
    this.fail(this.file, this.line, column, message);
  }

  /** Checks the header and remembers where each column is; false when a named column is missing. */
  header(file: ImportFile, fields: readonly string[], count: number, line: number): boolean {
    const index = new Map<string, number>();
    for (let i = 0; i < count; i++) {
      const key = (fields[i] ?? '').trim();
      if (!index.has(key)) index.set(key, i);
    }
    let complete = true;
    this.pos = IMPORT_FILES[file].map((column) => {
      const i = index.get(column);
      if (i === undefined) {
        this.fail(file, line, column, 'column is missing from the header');
        complete = false;
      }
      return i ?? -1;
    });
    this.file = file;
    this.headerCount = count;
    return complete;
  }

  /** Validates one data row of the file whose header was checked last; a clean row goes to the sink. */
  row(line: number, fields: string[], count: number): boolean {
    this.line = line;
    this.fields = fields;
    this.rowOk = true;
    if (count !== this.headerCount) {
      this.problem(
        'row',
        `has ${count} fields but the header has ${this.headerCount}${count > this.headerCount ? ' (quote a value that contains a comma)' : ''}`,
      );
      return false;
    }
    switch (this.file) {
      case 'employers.csv':
        this.employer();
        break;
      case 'schemes.csv':
        this.scheme();
        break;
      case 'persons.csv':
        this.person();
        break;
      case 'employments.csv':
        this.employment();
        break;
      case 'pensions.csv':
        this.pension();
        break;
      case 'finance.csv':
        this.finance();
        break;
    }
    return this.rowOk;
  }

  /** The current row's value of the file's `n`th named column, trimmed. */
  private get(n: number): string {
    return (this.fields[this.pos[n] ?? -1] ?? '').trim();
  }

  // ---- field checks: each reports its own problem and returns undefined on failure

  private required(column: string, n: number): string | undefined {
    const v = this.get(n);
    if (v === '') this.problem(column, 'is required');
    return v === '' ? undefined : v;
  }

  private nationalId(column: string, text: string | undefined) {
    if (text === undefined) return undefined;
    const checked = checkNationalId(text, {
      allowSynthetic: this.options.allowSynthetic,
      today: this.options.today,
    });
    if (!checked.ok) {
      this.problem(column, `not a valid fødselsnummer or D-number: ${checked.reason}`);
      return undefined;
    }
    return { text, birthDate: checked.value.birthDate };
  }

  private orgnr(n: number): string | undefined {
    const text = this.required('orgnr', n);
    // A thousand employers recur in millions of rows: check each number's digits once.
    if (text === undefined || this.validOrgnrs.has(text)) return text;
    const checked = checkOrgnr(text);
    if (!checked.ok) {
      this.problem('orgnr', `not a valid organisation number: ${checked.reason}`);
      return undefined;
    }
    this.validOrgnrs.add(text);
    return text;
  }

  private date(column: string, n: number, required: boolean): IsoDate | null | undefined {
    const text = this.get(n);
    if (text === '') {
      if (required) this.problem(column, 'is required');
      return required ? undefined : null;
    }
    const d = parseIsoDate(text);
    if (d === undefined) this.problem(column, `must be a real date as YYYY-MM-DD, got "${text}"`);
    return d;
  }

  /** A percentage 0–100 with at most two decimals, returned as its text. */
  private pct(column: string, n: number, required: boolean): string | null | undefined {
    const text = this.get(n);
    if (text === '') {
      if (required) this.problem(column, 'is required');
      return required ? undefined : null;
    }
    const known = this.validPcts.get(text);
    if (known !== undefined) return known;
    if (!NUMBER.test(text)) {
      this.problem(column, `must be a percentage such as 100 or 33.33, got "${text}"`);
      return undefined;
    }
    const [whole = '', frac = ''] = text.replace('-', '').split('.');
    if (frac.length > 2) {
      this.problem(column, `must have at most two decimals, got ${text}`);
      return undefined;
    }
    const hundredths = Number(whole) * 100 + Number(frac.padEnd(2, '0'));
    if (text.startsWith('-') || hundredths > 10_000) {
      this.problem(column, `must be between 0 and 100, got ${text}`);
      return undefined;
    }
    remember(this.validPcts, text, text);
    return text;
  }

  /** Kroner → øre; null when empty (none). */
  private amount(column: string, n: number, allowNegative: boolean): number | null | undefined {
    const text = this.get(n);
    if (text === '') return null;
    const plain = plainKroner(text);
    if (plain !== undefined) return plain;
    const value = parseKroner(text);
    if (value === undefined) {
      this.problem(column, `must be kroner with at most two decimals and "." as separator, got "${text}"`);
      return undefined;
    }
    if (!allowNegative && value < 0) {
      this.problem(column, `must not be negative, got ${text}`);
      return undefined;
    }
    return value;
  }

  /** Start and end date columns `n` and `n + 1`. */
  private period(n: number): { start: IsoDate; end: IsoDate | null } | undefined {
    const start = this.date('start_date', n, true);
    const end = this.date('end_date', n + 1, false);
    if (start == null || end === undefined) return undefined;
    if (end !== null && end < start) {
      this.problem('end_date', `is before start_date (${end} < ${start})`);
      return undefined;
    }
    return { start, end };
  }

  private duplicate(seen: Map<string, number>, key: string, column: string): boolean {
    const first = seen.get(key);
    if (first !== undefined) {
      this.problem(column, `duplicate of line ${first}`);
      return true;
    }
    seen.set(key, this.line);
    return false;
  }

  // ---- references

  /** False (and a problem reported) when the employer is neither in employers.csv nor in the register. */
  private employerRef(orgnr: string | undefined): boolean {
    if (orgnr === undefined) return false;
    if (this.employers.has(orgnr) || this.options.registerEmployers.has(orgnr)) return true;
    this.problem('orgnr', `no employer ${orgnr} in employers.csv or the register`);
    return false;
  }

  private schemeRef(code: string | undefined): boolean {
    if (code === undefined) return false;
    if (this.schemes.has(code) || this.options.registerSchemes.has(code)) return true;
    this.problem('scheme', `no scheme ${code} in schemes.csv or the register`);
    return false;
  }

  /** The index of a person number (added if new). */
  private person_(nid: string): number {
    let i = this.personIndex.get(nid);
    if (i === undefined) {
      i = this.personIndex.size;
      if (i >= PERSONS_MAX) throw new RangeError(`one import may name at most ${PERSONS_MAX} persons`);
      this.personIndex.set(nid, i);
      this.personLine.push(0);
      this.personFirstMembership.push(0);
    }
    return i;
  }

  private inPersonsCsv(nid: string): boolean {
    const i = this.personIndex.get(nid);
    return i !== undefined && (this.personLine[i] ?? 0) > 0;
  }

  /** A person not in persons.csv may still be in the register: checked later, in one query. */
  private personRef(nid: string | undefined) {
    if (nid === undefined || this.inPersonsCsv(nid)) return;
    const refs = this.pendingPersons.get(nid);
    const ref = { file: this.file, line: this.line };
    if (refs) refs.push(ref);
    else this.pendingPersons.set(nid, [ref]);
  }

  // ---- files

  private employer() {
    const orgnr = this.orgnr(0);
    const name = this.required('name', 1);
    if (orgnr !== undefined) this.duplicate(this.employers, orgnr, 'orgnr');
    if (this.rowOk && orgnr !== undefined && name !== undefined) this.sink.employer(orgnr, name);
  }

  private scheme() {
    const code = this.required('scheme', 0);
    const provider = this.required('provider', 1);
    const name = this.required('name', 2);
    if (code !== undefined) this.duplicate(this.schemes, code, 'scheme');
    if (this.rowOk && code !== undefined && provider !== undefined && name !== undefined)
      this.sink.scheme(code, provider, name);
  }

  private person() {
    const id = this.nationalId('person_id', this.required('person_id', 0));
    const birth = this.date('birth_date', 1, true);
    const name = this.required('name', 2);
    const death = this.date('death_date', 3, false);
    if (id && birth && birth !== id.birthDate) {
      this.problem(
        'birth_date',
        `${birth} does not agree with the birth date in person_id (${id.birthDate})`,
      );
    }
    if (birth && death && death < birth) this.problem('death_date', `${death} is before birth_date ${birth}`);
    if (id) {
      const i = this.person_(id.text);
      const first = this.personLine[i] ?? 0;
      if (first > 0) this.problem('person_id', `duplicate of line ${first}`);
      else this.personLine[i] = this.line;
    }
    if (this.rowOk && id && birth && name !== undefined && death !== undefined)
      this.sink.person(this.person_(id.text), id.text, birth, name, death);
  }

  /** person_id, orgnr and scheme (columns 0–2) of an employment or pension, and its membership's mkey. */
  private membershipRefs(kind: MembershipKind): number | undefined {
    // Fast path: a person from persons.csv and an employer and scheme found good before.
    // Rows of one person, employer and scheme mostly follow each other: the last row's answers.
    const text = this.get(0);
    const known = text === this.last.nid ? this.last.person : this.personIndex.get(text);
    const inFile = known !== undefined && (this.personLine[known] ?? 0) > 0;
    const nid = inFile ? text : this.nationalId('person_id', this.required('person_id', 0))?.text;
    const orgText = this.get(1);
    let employer = orgText === this.last.orgnr ? this.last.employer : this.goodEmployers.get(orgText);
    const orgnr = employer !== undefined ? orgText : this.orgnr(1);
    const schemeText = this.get(2);
    let scheme = schemeText === this.last.scheme ? this.last.schemeIndex : this.goodSchemes.get(schemeText);
    const code = scheme !== undefined ? schemeText : this.required('scheme', 2);
    this.personRef(nid);
    if (employer === undefined && this.employerRef(orgnr) && orgnr !== undefined) {
      employer = indexOf(this.employerIndex, orgnr, EMPLOYERS_MAX);
      this.goodEmployers.set(orgnr, employer);
    }
    if (scheme === undefined && this.schemeRef(code) && code !== undefined) {
      scheme = indexOf(this.schemeIndex, code, SCHEMES_MAX);
      this.goodSchemes.set(code, scheme);
    }
    if (nid === undefined || orgnr === undefined || code === undefined) return undefined;
    const person = inFile ? known : this.person_(nid);
    if (employer !== undefined && scheme !== undefined)
      this.last = { nid, person, orgnr, employer, scheme: code, schemeIndex: scheme };
    // An unknown employer or scheme still gets an index: its rows are wrong, but overlap all the same.
    const membership = membershipCode(
      employer ?? indexOf(this.employerIndex, orgnr, EMPLOYERS_MAX),
      scheme ?? indexOf(this.schemeIndex, code, SCHEMES_MAX),
      kind,
    );
    let mkey = this.findMembership(person, membership);
    if (mkey === undefined) {
      mkey = this.membershipCode.length;
      this.membershipCode.push(membership);
      this.membershipNext.push(this.personFirstMembership[person] ?? 0);
      this.personFirstMembership[person] = mkey;
      // Sent even if this row has other problems: with any problem, nothing is written at all.
      this.sink.membership(mkey, person, nid, orgnr, code, kind);
    }
    return mkey;
  }

  private findMembership(person: number, code: number): number | undefined {
    for (let m = this.personFirstMembership[person] ?? 0; m !== 0; m = this.membershipNext[m] ?? 0) {
      if (this.membershipCode[m] === code) return m;
    }
    return undefined;
  }

  private employment() {
    const mkey = this.membershipRefs('own');
    const p = this.period(3);
    const pct = this.pct('position_pct', 5, true);
    const salary = this.amount('annual_salary', 6, false);
    if (mkey !== undefined && p) {
      this.periodMkey.push(mkey);
      this.periodStart.push(dayKey(p.start));
      this.periodEnd.push(p.end === null ? OPEN_END : dayKey(p.end));
      this.periodLine.push(this.line);
    }
    if (this.rowOk && mkey !== undefined && p && pct != null && salary !== undefined)
      this.sink.employment(mkey, p.start, p.end, pct, salary);
  }

  private pension() {
    // Spouse and child pensions go to the survivor's own membership of kind 'survivor'.
    const mkey = this.membershipRefs(isSurvivorBenefit(this.get(3)) ? 'survivor' : 'own');
    const benefit = this.required('benefit', 3);
    const benefitIndex = benefit === undefined ? undefined : BENEFIT_INDEX.get(benefit);
    if (benefit !== undefined && benefitIndex === undefined) {
      this.problem('benefit', `must be one of ${BENEFIT_LIST}, got "${benefit}"`);
    }
    const p = this.period(4);
    const grade = this.pct('grade_pct', 6, benefit === 'disability');
    if (grade && benefit && isSurvivorBenefit(benefit))
      this.problem('grade_pct', `must be empty for a ${benefit} pension`);
    const amount = this.amount('annual_amount', 7, false);
    // A duplicate start is reported as such; every other pension takes part in the overlap check.
    if (
      mkey !== undefined &&
      p &&
      benefit !== undefined &&
      !this.duplicate(this.pensionKeys, `${mkey}|${benefit}|${p.start}`, 'start_date') &&
      benefitIndex !== undefined
    ) {
      const key = mkey * 8 + benefitIndex;
      const list = this.pensionPeriods.get(key);
      const entry = [dayKey(p.start), p.end === null ? OPEN_END : dayKey(p.end), this.line];
      if (list) list.push(...entry);
      else this.pensionPeriods.set(key, entry);
    }
    if (
      this.rowOk &&
      mkey !== undefined &&
      p &&
      benefit !== undefined &&
      grade !== undefined &&
      amount !== undefined
    )
      this.sink.pension(mkey, benefit, p.start, p.end, grade, amount);
  }

  private finance() {
    const orgnr = this.orgnr(0);
    const scheme = this.required('scheme', 1);
    this.employerRef(orgnr);
    this.schemeRef(scheme);
    const yearText = this.required('year', 2);
    let year: number | undefined;
    if (yearText !== undefined) {
      if (/^\d{4}$/.test(yearText) && Number(yearText) >= 1900 && Number(yearText) <= 2200)
        year = Number(yearText);
      else this.problem('year', `must be a year such as 2024, got "${yearText}"`);
    }
    // Figures may be negative (a cost can be a gain); empty means none, stored as 0.
    const premium = this.amount('premium', 3, true);
    const reserve = this.amount('premium_reserve', 4, true);
    const cost = this.amount('pension_cost', 5, true);
    if (orgnr !== undefined && scheme !== undefined && year !== undefined) {
      this.duplicate(this.financeKeys, `${orgnr}|${scheme}|${year}`, 'year');
    }
    if (!this.rowOk || orgnr === undefined || scheme === undefined || year === undefined) return;
    if (premium === undefined || reserve === undefined || cost === undefined) return;
    this.sink.finance(orgnr, scheme, year, premium ?? 0, reserve ?? 0, cost ?? 0);
  }

  // ---- checks across rows, once every file is read

  /** Person numbers referred to but absent from persons.csv: the register must hold them. */
  pendingPersonIds(): string[] {
    return [...this.pendingPersons.keys()];
  }

  resolvePersons(inRegister: ReadonlySet<string>) {
    for (const [nid, refs] of this.pendingPersons) {
      if (inRegister.has(nid)) continue;
      for (const r of refs)
        this.fail(r.file, r.line, 'person_id', 'no such person in persons.csv or the register');
    }
  }

  /** The mkey of a membership the import touches, by its natural key; undefined if it touches none. */
  private mkeyOf(r: RegisterPeriod): number | undefined {
    const person = this.personIndex.get(r.national_id);
    const employer = this.employerIndex.get(r.orgnr);
    const scheme = this.schemeIndex.get(r.scheme);
    if (person === undefined || employer === undefined || scheme === undefined) return undefined;
    return this.findMembership(person, membershipCode(employer, scheme, r.kind));
  }

  /** Adds the register's periods of the memberships the import touches (before `checkOverlaps`). */
  addRegisterPeriods(rows: Iterable<RegisterPeriod>) {
    for (const r of rows) {
      const mkey = this.mkeyOf(r);
      if (mkey === undefined) continue;
      this.periodMkey.push(mkey);
      this.periodStart.push(dayKey(r.start_date));
      this.periodEnd.push(r.end_date === null ? OPEN_END : dayKey(r.end_date));
      this.periodLine.push(0);
    }
  }

  /** Adds the register's pensions of the memberships the import touches (before `checkOverlaps`). */
  addRegisterPensions(rows: Iterable<RegisterPension>) {
    for (const r of rows) {
      const mkey = this.mkeyOf(r);
      const benefit = BENEFIT_INDEX.get(r.benefit);
      const list =
        mkey === undefined || benefit === undefined ? undefined : this.pensionPeriods.get(mkey * 8 + benefit);
      if (!list) continue;
      list.push(dayKey(r.start_date), r.end_date === null ? OPEN_END : dayKey(r.end_date), 0);
    }
  }

  /**
   * Employment periods of one membership must not overlap, nor may two pensions of one benefit in
   * one membership (as the API refuses them).
   */
  checkOverlaps() {
    for (const list of this.periodsByMembership()) sweep(list, (a, b) => this.overlap(a, b));
    for (const [key, list] of this.pensionPeriods) {
      const benefit = BENEFITS[key % 8] as Benefit;
      sweep(list, (a, b) => this.pensionOverlap(benefit, a, b));
    }
  }

  /** The employment periods grouped by membership (a counting sort on mkey), only groups of two or more. */
  private *periodsByMembership(): Generator<number[]> {
    const n = this.periodMkey.length;
    const memberships = this.membershipCode.length - 1;
    const first = new Int32Array(memberships + 2);
    for (let i = 0; i < n; i++) {
      const k = (this.periodMkey[i] ?? 0) + 1;
      first[k] = (first[k] ?? 0) + 1;
    }
    for (let k = 1; k <= memberships + 1; k++) first[k] = (first[k] ?? 0) + (first[k - 1] ?? 0);
    const order = new Int32Array(n);
    const fill = first.slice();
    for (let i = 0; i < n; i++) {
      const k = this.periodMkey[i] ?? 0;
      order[fill[k] ?? 0] = i;
      fill[k] = (fill[k] ?? 0) + 1;
    }
    for (let k = 1; k <= memberships; k++) {
      const from = first[k] ?? 0;
      const to = first[k + 1] ?? 0;
      if (to - from < 2) continue;
      const list: number[] = [];
      for (let j = from; j < to; j++) {
        const i = order[j] ?? 0;
        list.push(this.periodStart[i] ?? 0, this.periodEnd[i] ?? 0, this.periodLine[i] ?? 0);
      }
      yield list;
    }
  }

  /** Reports an overlap on the imported row of the two (rows already in the register are line 0). */
  private overlap(a: Span, b: Span) {
    if (a.line === 0 && b.line === 0) return; // both already in the register: not this import's doing
    const [mine, other] = a.line === 0 ? [b, a] : [a, b];
    const file = 'employments.csv';
    if (other.line !== 0 && mine.start === other.start) {
      this.fail(
        file,
        mine.line,
        'start_date',
        `duplicate of line ${other.line} (same membership and start_date)`,
      );
      return;
    }
    const where = other.line === 0 ? 'a period already in the register' : `line ${other.line}`;
    this.fail(
      file,
      mine.line,
      'start_date',
      `period ${showPeriod(mine.start, mine.end)} overlaps ${where} (${showPeriod(other.start, other.end)}) in the same membership`,
    );
  }

  /** Two pensions of one benefit in one membership at the same time (line 0: in the register). */
  private pensionOverlap(benefit: string, a: Span, b: Span) {
    if (a.line === 0 && b.line === 0) return;
    const [mine, other] = a.line === 0 ? [b, a] : [a, b];
    const where = other.line === 0 ? 'a pension already in the register' : `line ${other.line}`;
    this.fail(
      'pensions.csv',
      mine.line,
      'start_date',
      `overlaps ${where} (${showPeriod(other.start, other.end)}): two ${benefit} pensions at once in the same membership`,
    );
  }

  /** Errors in file order, then line order, so the report reads top to bottom. */
  sortedErrors(): ImportError[] {
    const fileRank = new Map<string, number>(Object.keys(IMPORT_FILES).map((f, i) => [f, i]));
    return this.errors
      .map((e, i) => ({ e, i }))
      .sort(
        (a, b) =>
          (fileRank.get(a.e.file) ?? 99) - (fileRank.get(b.e.file) ?? 99) || a.e.line - b.e.line || a.i - b.i,
      )
      .map((x) => x.e);
  }
}

/** The index of `key` in `table`, adding it if new; fails loudly beyond what a membership number holds. */
function indexOf(table: Map<string, number>, key: string, max: number): number {
  let i = table.get(key);
  if (i === undefined) {
    i = table.size;
    if (i >= max)
      throw new RangeError(
        `one import may name at most ${EMPLOYERS_MAX} employers and ${SCHEMES_MAX} schemes`,
      );
    table.set(key, i);
  }
  return i;
}
