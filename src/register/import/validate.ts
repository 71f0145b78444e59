/**
 * Validation of the legacy export, row by row and across rows. Pure: no I/O. What it needs from
 * the register (employers, schemes, persons, employment periods already there) is handed in.
 * Every check keys a Map, so a million memberships validate in linear time.
 */
import { type IsoDate, parseIsoDate } from '../../domain/dates';
import { checkNationalId, checkOrgnr } from '../../domain/identifiers';
import { parseKroner } from '../../domain/money';
import { csvField } from '../../platform/csv';
import { BENEFITS, type Benefit, type MembershipKind, SURVIVOR_BENEFITS } from '../tables';
import { IMPORT_FILES, type ImportError, type ImportFile } from './spec';

const BENEFIT_SET: ReadonlySet<string> = new Set<Benefit>(BENEFITS);
const BENEFIT_LIST = [...BENEFIT_SET].join(', ');
/** Survivors' pensions are never graded (contract: grade_pct "else empty"). */
const isSurvivorBenefit = (text: string) => (SURVIVOR_BENEFITS as ReadonlySet<string>).has(text);

const NUMBER = /^-?\d+(\.\d+)?$/;
const OPEN_END = 99_999_999;

/** 2024-03-01 → 20240301: ordering dates as integers keeps the period index small and fast. */
const dayKey = (d: string) =>
  Number(d.slice(0, 4)) * 10_000 + Number(d.slice(5, 7)) * 100 + Number(d.slice(8, 10));
const fromDayKey = (k: number) =>
  `${String(Math.floor(k / 10_000)).padStart(4, '0')}-${String(Math.floor(k / 100) % 100).padStart(2, '0')}-${String(k % 100).padStart(2, '0')}`;
const showPeriod = (start: number, end: number) =>
  `${fromDayKey(start)}–${end === OPEN_END ? 'open' : fromDayKey(end)}`;

/** A period as day keys, with its line (0: already in the register). */
interface Span {
  start: number;
  end: number;
  line: number;
}

/** Adds a period (start, end or open, line) to the flat list under `key`. */
function addPeriod(
  periods: Map<string, number[]>,
  key: string,
  start: string,
  end: string | null,
  line: number,
) {
  const list = periods.get(key);
  const s = dayKey(start);
  const e = end === null ? OPEN_END : dayKey(end);
  if (list) list.push(s, e, line);
  else periods.set(key, [s, e, line]);
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
function remember(cache: Set<string>, value: string) {
  if (cache.size < 100_000) cache.add(value);
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

/** Staging rows, as CSV lines for COPY, by staging table. */
export type StageTable =
  | 'employer'
  | 'scheme'
  | 'person'
  | 'membership'
  | 'employment'
  | 'pension'
  | 'finance';

export const STAGE_COLUMNS: Record<StageTable, readonly string[]> = {
  employer: ['orgnr', 'name'],
  scheme: ['code', 'provider', 'name'],
  person: ['national_id', 'birth_date', 'name', 'death_date'],
  // mkey numbers each membership (person + employer + scheme) of the import, so the merge joins
  // employments and pensions to their membership on one integer instead of three text keys.
  membership: ['mkey', 'national_id', 'orgnr', 'scheme', 'kind'],
  employment: [
    'mkey',
    'national_id',
    'orgnr',
    'scheme',
    'start_date',
    'end_date',
    'position_pct',
    'annual_salary',
  ],
  pension: [
    'mkey',
    'national_id',
    'orgnr',
    'scheme',
    'benefit',
    'start_date',
    'end_date',
    'grade_pct',
    'annual_amount',
  ],
  finance: ['orgnr', 'scheme', 'year', 'premium', 'premium_reserve', 'pension_cost'],
};

const STAGE_OF: Record<ImportFile, StageTable> = {
  'employers.csv': 'employer',
  'schemes.csv': 'scheme',
  'persons.csv': 'person',
  'employments.csv': 'employment',
  'pensions.csv': 'pension',
  'finance.csv': 'finance',
};

export function stageOf(file: ImportFile): StageTable {
  return STAGE_OF[file];
}

/** Where each reference to a person not in persons.csv was made, to check against the register. */
interface PendingRef {
  file: string;
  line: number;
}

export class ImportValidator {
  readonly errors: ImportError[] = [];
  private readonly employers = new Map<string, number>();
  private readonly schemes = new Map<string, number>();
  private readonly persons = new Map<string, number>();
  private readonly pendingPersons = new Map<string, PendingRef[]>();
  /** membership key → flat [start, end, line, …]; line 0 marks a period already in the register. */
  private readonly periods = new Map<string, number[]>();
  private readonly pensionKeys = new Map<string, number>();
  /** membership key|benefit → flat [start, end, line, …], like `periods`, for pensions of one benefit. */
  private readonly pensionPeriods = new Map<string, number[]>();
  private readonly financeKeys = new Map<string, number>();
  // Values already found valid: a million rows repeat a thousand employers and a few percentages.
  private readonly validOrgnrs = new Set<string>();
  private readonly validPcts = new Set<string>();
  private readonly membershipKeys = new Map<string, number>();
  /** The staging line of the membership the last clean row introduced, if it did. */
  newMembership: string | undefined;
  private file = '';
  private line = 0;
  private rowOk = true;
  private index = new Map<string, number>();
  private headerCount = 0;
  private fields: string[] = [];

  constructor(private readonly options: ValidatorOptions) {}

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
  header(file: ImportFile, fields: string[], line: number): boolean {
    const index = new Map<string, number>();
    fields.forEach((name, i) => {
      const key = name.trim();
      if (!index.has(key)) index.set(key, i);
    });
    let complete = true;
    for (const column of IMPORT_FILES[file]) {
      if (!index.has(column)) {
        this.fail(file, line, column, 'column is missing from the header');
        complete = false;
      }
    }
    this.index = index;
    this.headerCount = fields.length;
    return complete;
  }

  /** Validates one data row of the file whose header was checked last; returns its staging line when clean. */
  row(file: ImportFile, line: number, fields: string[]): string | undefined {
    this.file = file;
    this.line = line;
    this.fields = fields;
    this.rowOk = true;
    this.newMembership = undefined;
    if (fields.length !== this.headerCount) {
      this.problem(
        'row',
        `has ${fields.length} fields but the header has ${this.headerCount}${fields.length > this.headerCount ? ' (quote a value that contains a comma)' : ''}`,
      );
      return undefined;
    }
    switch (file) {
      case 'employers.csv':
        return this.employer();
      case 'schemes.csv':
        return this.scheme();
      case 'persons.csv':
        return this.person();
      case 'employments.csv':
        return this.employment();
      case 'pensions.csv':
        return this.pension();
      case 'finance.csv':
        return this.finance();
    }
  }

  /** The current row's value in `column`; empty when absent. */
  private get(column: string): string {
    const i = this.index.get(column);
    return i === undefined ? '' : (this.fields[i] ?? '');
  }

  // ---- field checks: each reports its own problem and returns undefined on failure

  private required(column: string): string | undefined {
    const v = this.get(column).trim();
    if (v === '') this.problem(column, 'is required');
    return v === '' ? undefined : v;
  }

  private nationalId(column: string) {
    const text = this.required(column);
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

  private orgnr(column = 'orgnr'): string | undefined {
    const text = this.required(column);
    if (text === undefined) return undefined;
    // A thousand employers recur in millions of rows: check each number's digits once.
    if (this.validOrgnrs.has(text)) return text;
    const checked = checkOrgnr(text);
    if (!checked.ok) {
      this.problem(column, `not a valid organisation number: ${checked.reason}`);
      return undefined;
    }
    this.validOrgnrs.add(text);
    return text;
  }

  private date(column: string, required: boolean): string | null | undefined {
    const text = this.get(column).trim();
    if (text === '') {
      if (required) this.problem(column, 'is required');
      return required ? undefined : null;
    }
    const d = parseIsoDate(text);
    if (d === undefined) this.problem(column, `must be a real date as YYYY-MM-DD, got "${text}"`);
    return d;
  }

  /** A percentage 0–100 with at most two decimals, returned as its text. */
  private pct(column: string, required: boolean): string | null | undefined {
    const text = this.get(column).trim();
    if (text === '') {
      if (required) this.problem(column, 'is required');
      return required ? undefined : null;
    }
    if (this.validPcts.has(text)) return text;
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
    remember(this.validPcts, text);
    return text;
  }

  /** Kroner → øre; null when empty (none). */
  private amount(column: string, allowNegative: boolean): number | null | undefined {
    const text = this.get(column).trim();
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

  private period(): { start: string; end: string | null } | undefined {
    const start = this.date('start_date', true);
    const end = this.date('end_date', false);
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

  private employerRef(orgnr: string | undefined) {
    if (orgnr !== undefined && !this.employers.has(orgnr) && !this.options.registerEmployers.has(orgnr)) {
      this.problem('orgnr', `no employer ${orgnr} in employers.csv or the register`);
    }
  }

  private schemeRef(code: string | undefined) {
    if (code !== undefined && !this.schemes.has(code) && !this.options.registerSchemes.has(code)) {
      this.problem('scheme', `no scheme ${code} in schemes.csv or the register`);
    }
  }

  /** A person not in persons.csv may still be in the register: checked later, in one query. */
  private personRef(nid: string | undefined) {
    if (nid === undefined || this.persons.has(nid)) return;
    const refs = this.pendingPersons.get(nid);
    const ref = { file: this.file, line: this.line };
    if (refs) refs.push(ref);
    else this.pendingPersons.set(nid, [ref]);
  }

  // ---- files

  private employer(): string | undefined {
    const orgnr = this.orgnr();
    const name = this.required('name');
    if (orgnr !== undefined) this.duplicate(this.employers, orgnr, 'orgnr');
    if (!this.rowOk || orgnr === undefined || name === undefined) return undefined;
    return `${orgnr},${csvField(name)}`;
  }

  private scheme(): string | undefined {
    const code = this.required('scheme');
    const provider = this.required('provider');
    const name = this.required('name');
    if (code !== undefined) this.duplicate(this.schemes, code, 'scheme');
    if (!this.rowOk || code === undefined || provider === undefined || name === undefined) return undefined;
    return `${csvField(code)},${csvField(provider)},${csvField(name)}`;
  }

  private person(): string | undefined {
    const id = this.nationalId('person_id');
    const birth = this.date('birth_date', true);
    const name = this.required('name');
    const death = this.date('death_date', false);
    if (id && birth && birth !== id.birthDate) {
      this.problem(
        'birth_date',
        `${birth} does not agree with the birth date in person_id (${id.birthDate})`,
      );
    }
    if (birth && death && death < birth) this.problem('death_date', `${death} is before birth_date ${birth}`);
    if (id) this.duplicate(this.persons, id.text, 'person_id');
    if (!this.rowOk || !id || !birth || name === undefined || death === undefined) return undefined;
    return `${id.text},${birth},${csvField(name)},${death ?? ''}`;
  }

  private membershipRefs(kind: MembershipKind) {
    // A number already checked in persons.csv needs no second check (a million rows add up).
    const text = this.get('person_id').trim();
    const id = this.persons.has(text) ? { text } : this.nationalId('person_id');
    const orgnr = this.orgnr();
    const scheme = this.required('scheme');
    this.personRef(id?.text);
    this.employerRef(orgnr);
    this.schemeRef(scheme);
    if (!id || orgnr === undefined || scheme === undefined) return undefined;
    return { nid: id.text, orgnr, scheme, kind, key: `${id.text}|${orgnr}|${scheme}|${kind}` };
  }

  /** The import's number for a clean row's membership; a new one also yields its staging line. */
  private mkey(m: { nid: string; orgnr: string; scheme: string; kind: MembershipKind; key: string }): number {
    let k = this.membershipKeys.get(m.key);
    if (k === undefined) {
      k = this.membershipKeys.size + 1;
      this.membershipKeys.set(m.key, k);
      this.newMembership = `${k},${m.nid},${m.orgnr},${csvField(m.scheme)},${m.kind}`;
    }
    return k;
  }

  private employment(): string | undefined {
    const m = this.membershipRefs('own');
    const p = this.period();
    const pct = this.pct('position_pct', true);
    const salary = this.amount('annual_salary', false);
    if (m && p) addPeriod(this.periods, m.key, p.start, p.end, this.line);
    if (!this.rowOk || !m || !p || pct == null || salary === undefined) return undefined;
    return `${this.mkey(m)},${m.nid},${m.orgnr},${csvField(m.scheme)},${p.start},${p.end ?? ''},${pct},${salary ?? ''}`;
  }

  private pension(): string | undefined {
    // Spouse and child pensions go to the survivor's own membership of kind 'survivor'.
    const m = this.membershipRefs(isSurvivorBenefit(this.get('benefit').trim()) ? 'survivor' : 'own');
    const benefit = this.required('benefit');
    if (benefit !== undefined && !BENEFIT_SET.has(benefit)) {
      this.problem('benefit', `must be one of ${BENEFIT_LIST}, got "${benefit}"`);
    }
    const p = this.period();
    const grade = this.pct('grade_pct', benefit === 'disability');
    if (grade && benefit && isSurvivorBenefit(benefit)) {
      this.problem('grade_pct', `must be empty for a ${benefit} pension`);
    }
    const amount = this.amount('annual_amount', false);
    // A duplicate start is reported as such; every other pension takes part in the overlap check.
    if (
      m &&
      p &&
      benefit !== undefined &&
      !this.duplicate(this.pensionKeys, `${m.key}|${benefit}|${p.start}`, 'start_date')
    ) {
      addPeriod(this.pensionPeriods, `${m.key}|${benefit}`, p.start, p.end, this.line);
    }
    if (!this.rowOk || !m || !p || benefit === undefined || grade === undefined || amount === undefined) {
      return undefined;
    }
    return `${this.mkey(m)},${m.nid},${m.orgnr},${csvField(m.scheme)},${benefit},${p.start},${p.end ?? ''},${grade ?? ''},${amount ?? ''}`;
  }

  private finance(): string | undefined {
    const orgnr = this.orgnr();
    const scheme = this.required('scheme');
    this.employerRef(orgnr);
    this.schemeRef(scheme);
    const yearText = this.required('year');
    let year: number | undefined;
    if (yearText !== undefined) {
      if (/^\d{4}$/.test(yearText) && Number(yearText) >= 1900 && Number(yearText) <= 2200)
        year = Number(yearText);
      else this.problem('year', `must be a year such as 2024, got "${yearText}"`);
    }
    // Figures may be negative (a cost can be a gain); empty means none, stored as 0.
    const premium = this.amount('premium', true);
    const reserve = this.amount('premium_reserve', true);
    const cost = this.amount('pension_cost', true);
    if (orgnr !== undefined && scheme !== undefined && year !== undefined) {
      this.duplicate(this.financeKeys, `${orgnr}|${scheme}|${year}`, 'year');
    }
    if (!this.rowOk || orgnr === undefined || scheme === undefined || year === undefined) return undefined;
    if (premium === undefined || reserve === undefined || cost === undefined) return undefined;
    return `${orgnr},${csvField(scheme)},${year},${premium ?? 0},${reserve ?? 0},${cost ?? 0}`;
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

  /** Adds the register's periods of the memberships the import touches (before `checkOverlaps`). */
  addRegisterPeriods(rows: Iterable<RegisterPeriod>) {
    for (const r of rows) {
      const list = this.periods.get(`${r.national_id}|${r.orgnr}|${r.scheme}|${r.kind}`);
      if (!list) continue;
      list.push(dayKey(r.start_date), r.end_date === null ? OPEN_END : dayKey(r.end_date), 0);
    }
  }

  /** Adds the register's pensions of the memberships the import touches (before `checkOverlaps`). */
  addRegisterPensions(rows: Iterable<RegisterPension>) {
    for (const r of rows) {
      const list = this.pensionPeriods.get(`${r.national_id}|${r.orgnr}|${r.scheme}|${r.kind}|${r.benefit}`);
      if (!list) continue;
      list.push(dayKey(r.start_date), r.end_date === null ? OPEN_END : dayKey(r.end_date), 0);
    }
  }

  /**
   * Employment periods of one membership (person + employer + scheme) must not overlap, nor may two
   * pensions of one benefit in one membership (as the API refuses them).
   */
  checkOverlaps() {
    for (const list of this.periods.values()) sweep(list, (a, b) => this.overlap(a, b));
    for (const [key, list] of this.pensionPeriods) {
      const benefit = key.slice(key.lastIndexOf('|') + 1);
      sweep(list, (a, b) => this.pensionOverlap(benefit, a, b));
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
