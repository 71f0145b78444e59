/**
 * Validation of the legacy export, row by row and across rows. Pure: no I/O. What it needs from
 * the register (employers, schemes, persons, periods already there) is handed in; clean rows go
 * to a RowSink.
 *
 * Built for millions of rows: column positions are resolved once per file, values that recur
 * (organisation numbers, dates, percentages) are checked once, memberships are keyed by numbers,
 * and employment periods sit in flat arrays that one counting sort groups for the overlap check.
 *
 * Fields arrive as byte ranges (csv.ts). The plain forms nearly every row has (digits, ISO dates,
 * known employers and schemes) are read from the bytes into numbers; anything else is read as
 * trimmed text by the same checks as always, so an odd value gets the same verdict and message.
 * Dates are day numbers (days since 1970-01-01), percentages hundredths, amounts øre.
 */
import { type IsoDate, parseIsoDate } from '../../domain/dates';
import { dayNumberOfIso, daysFromCivil, isoOfDayNumber } from '../../domain/day-numbers';
import { checkAccountNumber, checkNationalId, checkOrgnr, nationalIdBirth } from '../../domain/identifiers';
import { parseKroner } from '../../domain/money';
import { BENEFITS, type Benefit, type MembershipKind, SURVIVOR_BENEFITS } from '../tables';
import type { CsvRecord } from './csv';
import {
  bytesEqual,
  bytesHash,
  digitsValue,
  isoDateDays,
  kronerOre,
  percentHundredths,
  sameBytes,
} from './field-bytes';
import { IntColumn } from './int-column';
import { NationalIdTable } from './national-id-table';
import { OPEN_END, type Span, sameStart, showPeriod, sweep } from './overlap-sweep';
import type { RowSink } from './rows';
import { IMPORT_FILES, IMPORT_OPTIONAL_COLUMNS, type ImportError, type ImportFile } from './spec';

const BENEFIT_LIST = BENEFITS.join(', ');
const BENEFIT_INDEX: ReadonlyMap<string, number> = new Map(BENEFITS.map((b, i) => [b, i]));
/** Survivors' pensions are never graded (contract: grade_pct "else empty") and go to a survivor membership. */
const isSurvivorBenefit = (text: string) => (SURVIVOR_BENEFITS as ReadonlySet<string>).has(text);

const NUMBER = /^-?\d+(\.\d+)?$/;

// A membership within its person: employer × scheme × kind as one small integer.
const PERSONS_MAX = 2 ** 30;
const EMPLOYERS_MAX = 2 ** 20;
const SCHEMES_MAX = 2 ** 10;
const membershipCode = (employer: number, scheme: number, kind: MembershipKind) =>
  (employer * SCHEMES_MAX + scheme) * 2 + (kind === 'survivor' ? 1 : 0);

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

/** The longest name the register takes (POST /api/persons and /api/employers say the same). */
export const NAME_MAX = 200;

export class ImportValidator {
  readonly errors: ImportError[] = [];
  private readonly employers = new Map<string, number>();
  private readonly schemes = new Map<string, number>();
  private readonly pendingPersons = new Map<string, PendingRef[]>();
  // Index tables: every person, employer and scheme a row names with a well-formed value.
  private readonly persons = new NationalIdTable();
  private readonly employerIndex = new Interned();
  private readonly schemeIndex = new Interned();
  /** By person index: the line in persons.csv (0: not in persons.csv), and the first of its memberships. */
  private readonly personLine = new IntColumn();
  private readonly personFirstMembership = new IntColumn();
  // By mkey (1, 2, …: the import's own numbering of its memberships): the next membership of the
  // same person, and employer × scheme × kind as one number. A person has few memberships, so a
  // short walk finds one without hashing.
  private readonly membershipNext = new IntColumn();
  private readonly membershipCode = new IntColumn();
  // References found good (well-formed and known), so a repeated value costs one lookup: employers
  // by their number, schemes by a hash of their bytes (checked against `schemeBytes`).
  private readonly goodEmployers = new Map<number, number>();
  private readonly goodSchemes = new Map<number, number>();
  private readonly schemeBytes: Buffer[] = [];
  // Employment periods, one entry per row with a membership and a period: mkey, start, end, line.
  private readonly periodMkey = new IntColumn();
  private readonly periodStart = new IntColumn();
  private readonly periodEnd = new IntColumn();
  private readonly periodLine = new IntColumn();
  /** mkey × benefit → flat [start, end, line, …]; line 0 marks a pension already in the register. */
  private readonly pensionPeriods = new Map<number, number[]>();
  /** Pensions whose benefit is not one of BENEFITS, by mkey, benefit and start: for the duplicate check. */
  private readonly oddPensionKeys = new Map<string, number>();
  private readonly financeKeys = new Map<string, number>();
  // Values already found valid: a million rows repeat a thousand employers and a few percentages.
  private readonly validOrgnrs = new Set<string>();
  private readonly validPcts = new Map<string, number>();
  private file: ImportFile = 'employers.csv';
  private line = 0;
  private rowOk = true;
  /** The field position of each named column of the current file, in the contract's order. */
  private pos: number[] = [];
  private headerCount = 0;
  private record: CsvRecord | undefined;
  // The digits of the last national id read from bytes, and the birth date in the last one checked.
  private readonly idDigits = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  private idBirth = 0;
  /** The person of the last row found by `knownPerson`: the next row's is likely the same or the next. */
  private lastPerson = -1;
  // The last period read by `period` (day numbers; end null when open).
  private start = 0;
  private end: number | null = null;

  constructor(
    private readonly options: ValidatorOptions,
    private readonly sink: RowSink,
  ) {
    // mkey 0 means "none": the membership columns start with an unused entry.
    this.membershipNext.push(0);
    this.membershipCode.push(0);
  }

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

  /** A name of at most NAME_MAX characters (as the API takes them); a longer one is a row error. */
  private named(name: string | undefined): string | undefined {
    if (name !== undefined && name.length > NAME_MAX) {
      this.problem('name', `is longer than ${NAME_MAX} characters (${name.length})`);
      return undefined;
    }
    return name;
  }

  /** Checks the header and remembers where each column is; false when a named column is missing. */
  header(file: ImportFile, record: CsvRecord, line: number): boolean {
    const index = new Map<string, number>();
    for (let i = 0; i < record.count; i++) {
      const key = record.text(i).trim();
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
    for (const column of IMPORT_OPTIONAL_COLUMNS[file] ?? []) this.pos.push(index.get(column) ?? -1);
    this.file = file;
    this.headerCount = record.count;
    return complete;
  }

  /** Validates one data row of the file whose header was checked last; a clean row goes to the sink. */
  row(line: number, record: CsvRecord): boolean {
    this.line = line;
    this.record = record;
    this.rowOk = true;
    const count = record.count;
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
    const p = this.pos[n] ?? -1;
    return p < 0 || !this.record ? '' : this.record.text(p).trim();
  }

  // The byte range of the file's `n`th named column (untrimmed), for the readers of field-bytes.ts.
  private from(n: number): number {
    return this.record?.starts[this.pos[n] ?? -1] ?? 0;
  }
  private to(n: number): number {
    return this.record?.ends[this.pos[n] ?? -1] ?? 0;
  }
  private bytes(): Buffer {
    return (this.record as CsvRecord).buf;
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

  /** A date as its day number; null when empty and not required. */
  private date(column: string, n: number, required: boolean): number | null | undefined {
    const from = this.from(n);
    const to = this.to(n);
    if (to - from === 10) {
      const days = isoDateDays(this.bytes(), from);
      if (days !== undefined) return days;
    }
    const text = this.get(n);
    if (text === '') {
      if (required) this.problem(column, 'is required');
      return required ? undefined : null;
    }
    const d = parseIsoDate(text);
    if (d === undefined) {
      this.problem(column, `must be a real date as YYYY-MM-DD, got "${text}"`);
      return undefined;
    }
    return dayNumberOfIso(d);
  }

  /** A percentage 0–100 with at most two decimals, in hundredths. */
  private pct(column: string, n: number, required: boolean): number | null | undefined {
    const from = this.from(n);
    const to = this.to(n);
    if (to > from) {
      const hundredths = percentHundredths(this.bytes(), from, to);
      if (hundredths >= 0) return hundredths;
    }
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
    remember(this.validPcts, text, hundredths);
    return hundredths;
  }

  /** Kroner → øre; null when empty (none). */
  private amount(column: string, n: number, allowNegative: boolean): number | null | undefined {
    const from = this.from(n);
    const to = this.to(n);
    if (to === from) return null;
    const fast = kronerOre(this.bytes(), from, to);
    if (fast >= 0) return fast;
    const text = this.get(n);
    if (text === '') return null;
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

  /** Start and end date columns `n` and `n + 1`, into `this.start` and `this.end`; false on a problem. */
  private period(n: number): boolean {
    const start = this.date('start_date', n, true);
    const end = this.date('end_date', n + 1, false);
    if (start == null || end === undefined) return false;
    if (end !== null && end < start) {
      this.problem('end_date', `is before start_date (${isoOfDayNumber(end)} < ${isoOfDayNumber(start)})`);
      return false;
    }
    this.start = start;
    this.end = end;
    return true;
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

  /** The index of a (valid) person number (added if new). */
  private person_(nid: string): number {
    let i = this.persons.findText(nid);
    if (i < 0) {
      if (this.persons.size >= PERSONS_MAX)
        throw new RangeError(`one import may name at most ${PERSONS_MAX} persons`);
      i = this.persons.addText(nid);
      this.personLine.push(0);
      this.personFirstMembership.push(0);
    }
    return i;
  }

  /** The index of a person number already met in persons.csv, or -1. */
  private personInCsv(nid: string): number {
    const i = this.persons.findText(nid);
    return i >= 0 && this.personLine.at(i) > 0 ? i : -1;
  }

  /** A person not in persons.csv may still be in the register: checked later, in one query. */
  private personRef(nid: string | undefined) {
    if (nid === undefined || this.personInCsv(nid) >= 0) return;
    const refs = this.pendingPersons.get(nid);
    const ref = { file: this.file, line: this.line };
    if (refs) refs.push(ref);
    else this.pendingPersons.set(nid, [ref]);
  }

  /** The index of column 0's person if it is 11 plain digits met in persons.csv, else -1. */
  private knownPerson(): number {
    const from = this.from(0);
    if (this.to(0) - from !== 11) return -1;
    const buf = this.bytes();
    const high = digitsValue(buf, from, from + 5);
    const low = digitsValue(buf, from + 5, from + 11);
    if (high < 0 || low < 0) return -1;
    const i = this.persons.find(high, low, this.lastPerson);
    if (i < 0 || this.personLine.at(i) === 0) return -1;
    this.lastPerson = i;
    return i;
  }

  /** The index of column `n`'s employer if it is 9 plain digits found good before, else undefined. */
  private knownEmployer(n: number): number | undefined {
    const from = this.from(n);
    const to = this.to(n);
    return to - from === 9 ? this.goodEmployers.get(digitsValue(this.bytes(), from, to)) : undefined;
  }

  /** The index of column `n`'s scheme if its bytes are those of a scheme found good before, else undefined. */
  private knownScheme(n: number): number | undefined {
    const buf = this.bytes();
    const from = this.from(n);
    const to = this.to(n);
    const i = this.goodSchemes.get(bytesHash(buf, from, to));
    const known = i === undefined ? undefined : this.schemeBytes[i];
    return known && sameBytes(buf, from, to, known) ? i : undefined;
  }

  /** Remembers a scheme code found good; a code of plain ASCII can then be found by its bytes. */
  private goodScheme(code: string, scheme: number) {
    if (!/^[\x21-\x7e]+$/.test(code)) return;
    const bytes = Buffer.from(code, 'latin1');
    const hash = bytesHash(bytes, 0, bytes.length);
    if (this.goodSchemes.has(hash)) return; // a collision: that code stays on the text path
    this.goodSchemes.set(hash, scheme);
    this.schemeBytes[scheme] = bytes;
  }

  // ---- files

  private employer() {
    const orgnr = this.orgnr(0);
    const name = this.named(this.required('name', 1));
    if (orgnr !== undefined) this.duplicate(this.employers, orgnr, 'orgnr');
    if (this.rowOk && orgnr !== undefined && name !== undefined) this.sink.employer(orgnr, name);
  }

  private scheme() {
    const code = this.required('scheme', 0);
    const provider = this.required('provider', 1);
    const name = this.named(this.required('name', 2));
    if (code !== undefined) this.duplicate(this.schemes, code, 'scheme');
    if (this.rowOk && code !== undefined && provider !== undefined && name !== undefined)
      this.sink.scheme(code, provider, name);
  }

  /**
   * Column 0 when its bytes are 11 digits that the rules of checkNationalId accept: its text, with
   * the birth date in it as `this.idBirth` (a day number). Else undefined: the text path decides.
   */
  private plainNationalId(): string | undefined {
    const from = this.from(0);
    if (this.to(0) - from !== 11) return undefined;
    const buf = this.bytes();
    const digits = this.idDigits;
    for (let i = 0; i < 11; i++) {
      const d = (buf[from + i] as number) - 48;
      if (d < 0 || d > 9) return undefined;
      digits[i] = d;
    }
    const birth = nationalIdBirth(digits, this.options);
    if (birth < 0) return undefined;
    this.idBirth = daysFromCivil(Math.floor(birth / 10_000), Math.floor(birth / 100) % 100, birth % 100);
    return this.record?.text(this.pos[0] ?? -1);
  }

  private person() {
    // A million numbers: the plain ones are checked from the bytes, with nothing allocated.
    let nid = this.plainNationalId();
    if (nid === undefined) {
      const id = this.nationalId('person_id', this.required('person_id', 0));
      nid = id?.text;
      if (id) this.idBirth = dayNumberOfIso(id.birthDate);
    }
    const birth = this.date('birth_date', 1, true);
    const name = this.named(this.required('name', 2));
    const death = this.date('death_date', 3, false);
    if (nid !== undefined && birth != null && birth !== this.idBirth) {
      this.problem(
        'birth_date',
        `${isoOfDayNumber(birth)} does not agree with the birth date in person_id (${isoOfDayNumber(this.idBirth)})`,
      );
    }
    if (birth != null && death != null && death < birth)
      this.problem('death_date', `${isoOfDayNumber(death)} is before birth_date ${isoOfDayNumber(birth)}`);
    const i = nid !== undefined ? this.person_(nid) : -1;
    if (nid !== undefined) {
      const first = this.personLine.at(i);
      if (first > 0) this.problem('person_id', `duplicate of line ${first}`);
      else this.personLine.set(i, this.line);
    }
    const account = this.accountNumber(4);
    const address = this.get(5);
    if (this.rowOk && nid !== undefined && birth != null && name !== undefined && death !== undefined)
      this.sink.person(i, nid, birth, name, death, account ?? null, address === '' ? null : address);
  }

  /** An optional kontonummer (11 digits, mod 11); null when empty, undefined when rejected. */
  private accountNumber(n: number): string | null | undefined {
    const text = this.get(n);
    if (text === '') return null;
    const checked = checkAccountNumber(text);
    if (checked.ok) return checked.value;
    this.problem('account_number', `not a valid account number: ${checked.reason}`);
    return undefined;
  }

  /** person_id, orgnr and scheme (columns 0–2) of an employment or pension, and its membership's mkey. */
  private membershipRefs(kind: MembershipKind): number | undefined {
    // Fast path, read from the bytes: a person from persons.csv and an employer and scheme found
    // good before. Else the text path, which checks and reports.
    let person = this.knownPerson();
    const nid = person >= 0 ? undefined : this.nationalId('person_id', this.required('person_id', 0))?.text;
    let employer = this.knownEmployer(1);
    const orgnr = employer !== undefined ? this.employerIndex.names[employer] : this.orgnr(1);
    let scheme = this.knownScheme(2);
    const code = scheme !== undefined ? this.schemeIndex.names[scheme] : this.required('scheme', 2);
    this.personRef(nid);
    if (employer === undefined && this.employerRef(orgnr) && orgnr !== undefined) {
      employer = this.employerIndex.indexOf(orgnr, EMPLOYERS_MAX);
      this.goodEmployers.set(Number(orgnr), employer);
    }
    if (scheme === undefined && this.schemeRef(code) && code !== undefined) {
      scheme = this.schemeIndex.indexOf(code, SCHEMES_MAX);
      this.goodScheme(code, scheme);
    }
    if ((person < 0 && nid === undefined) || orgnr === undefined || code === undefined) return undefined;
    if (person < 0) person = this.person_(nid as string);
    // An unknown employer or scheme still gets an index: its rows are wrong, but overlap all the same.
    const membership = membershipCode(
      employer ?? this.employerIndex.indexOf(orgnr, EMPLOYERS_MAX),
      scheme ?? this.schemeIndex.indexOf(code, SCHEMES_MAX),
      kind,
    );
    let mkey = this.findMembership(person, membership);
    if (mkey === undefined) {
      mkey = this.membershipCode.length;
      this.membershipCode.push(membership);
      this.membershipNext.push(this.personFirstMembership.at(person));
      this.personFirstMembership.set(person, mkey);
      // Sent even if this row has other problems: with any problem, nothing is written at all.
      this.sink.membership(mkey, person, this.persons.value(person), orgnr, code, kind);
    }
    return mkey;
  }

  private findMembership(person: number, code: number): number | undefined {
    for (let m = this.personFirstMembership.at(person); m !== 0; m = this.membershipNext.at(m)) {
      if (this.membershipCode.at(m) === code) return m;
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
      this.periodStart.push(this.start);
      this.periodEnd.push(this.end ?? OPEN_END);
      this.periodLine.push(this.line);
    }
    if (this.rowOk && mkey !== undefined && p && pct != null && salary !== undefined)
      this.sink.employment(mkey, this.start, this.end, pct, salary);
  }

  /** Column `n`'s index in BENEFITS when its bytes are exactly one of them, else -1. */
  private knownBenefit(n: number): number {
    const buf = this.bytes();
    const from = this.from(n);
    const to = this.to(n);
    for (let i = 0; i < BENEFITS.length; i++) if (bytesEqual(buf, from, to, BENEFITS[i] as string)) return i;
    return -1;
  }

  private pension() {
    // Spouse and child pensions go to the survivor's own membership of kind 'survivor'.
    const known = this.knownBenefit(3);
    const text = known >= 0 ? (BENEFITS[known] as string) : this.get(3);
    const mkey = this.membershipRefs(isSurvivorBenefit(text) ? 'survivor' : 'own');
    const benefit = known >= 0 ? text : this.required('benefit', 3);
    const benefitIndex = benefit === undefined ? undefined : BENEFIT_INDEX.get(benefit);
    if (benefit !== undefined && benefitIndex === undefined) {
      this.problem('benefit', `must be one of ${BENEFIT_LIST}, got "${benefit}"`);
    }
    const p = this.period(4);
    const grade = this.pct('grade_pct', 6, benefit === 'disability');
    if (grade != null && benefit && isSurvivorBenefit(benefit))
      this.problem('grade_pct', `must be empty for a ${benefit} pension`);
    const amount = this.amount('annual_amount', 7, false);
    // A duplicate start is reported as such; every other pension takes part in the overlap check.
    if (mkey !== undefined && p && benefit !== undefined) {
      if (benefitIndex === undefined) {
        this.duplicate(this.oddPensionKeys, `${mkey}|${benefit}|${this.start}`, 'start_date');
      } else {
        const key = mkey * 8 + benefitIndex;
        const list = this.pensionPeriods.get(key);
        const first = list ? sameStart(list, this.start) : 0;
        if (first > 0) this.problem('start_date', `duplicate of line ${first}`);
        else if (list) list.push(this.start, this.end ?? OPEN_END, this.line);
        else this.pensionPeriods.set(key, [this.start, this.end ?? OPEN_END, this.line]);
      }
    }
    if (
      this.rowOk &&
      mkey !== undefined &&
      p &&
      benefit !== undefined &&
      grade !== undefined &&
      amount !== undefined
    )
      this.sink.pension(mkey, benefit, this.start, this.end, grade, amount);
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
    const person = this.persons.findText(r.national_id);
    const employer = this.employerIndex.map.get(r.orgnr);
    const scheme = this.schemeIndex.map.get(r.scheme);
    if (person < 0 || employer === undefined || scheme === undefined) return undefined;
    return this.findMembership(person, membershipCode(employer, scheme, r.kind));
  }

  /** Adds the register's periods of the memberships the import touches (before `checkOverlaps`). */
  addRegisterPeriods(rows: Iterable<RegisterPeriod>) {
    for (const r of rows) {
      const mkey = this.mkeyOf(r);
      if (mkey === undefined) continue;
      this.periodMkey.push(mkey);
      this.periodStart.push(dayNumberOfIso(r.start_date));
      this.periodEnd.push(r.end_date === null ? OPEN_END : dayNumberOfIso(r.end_date));
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
      list.push(dayNumberOfIso(r.start_date), r.end_date === null ? OPEN_END : dayNumberOfIso(r.end_date), 0);
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
      const k = this.periodMkey.at(i) + 1;
      first[k] = (first[k] ?? 0) + 1;
    }
    for (let k = 1; k <= memberships + 1; k++) first[k] = (first[k] ?? 0) + (first[k - 1] ?? 0);
    const order = new Int32Array(n);
    const fill = first.slice();
    for (let i = 0; i < n; i++) {
      const k = this.periodMkey.at(i);
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
        list.push(this.periodStart.at(i), this.periodEnd.at(i), this.periodLine.at(i));
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

/** Strings numbered 0, 1, … in the order met, both ways. */
class Interned {
  readonly map = new Map<string, number>();
  readonly names: string[] = [];

  /** The index of `key`, adding it if new; fails loudly beyond what a membership number holds. */
  indexOf(key: string, max: number): number {
    let i = this.map.get(key);
    if (i === undefined) {
      i = this.names.length;
      if (i >= max)
        throw new RangeError(
          `one import may name at most ${EMPLOYERS_MAX} employers and ${SCHEMES_MAX} schemes`,
        );
      this.map.set(key, i);
      this.names.push(key);
    }
    return i;
  }
}
