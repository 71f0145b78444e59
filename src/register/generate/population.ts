/**
 * The synthetic population: employers, schemes, members with employment histories, pensions of
 * every type, former members and survivors, streamed row by row into a sink. Deterministic: the
 * same options give the same rows in the same order, on any day (the reference date is an option).
 */
import type { IsoDate } from '../../domain/dates';
import { mod11ControlDigit } from '../../domain/identifiers';
import { individualRanges, makeOrgnr, nationalIdFromParts } from '../../domain/identifiers-generate';
import { type Ore, ore } from '../../domain/money';
import { EMPLOYER_KINDS, FEMALE_NAMES, MALE_NAMES, SCHEMES, SURNAMES } from './catalog';
import { ageAt, birthday, civil, type Day, dayOfIso, endOfMonth, firstOfNextMonth, iso } from './days';
import { Random, type Weighted, weightedTable } from './random';
import type { Benefit, PopulationSink } from './rows';

export interface GenerateOptions {
  /** Persons who hold at least one own membership; survivors come on top. */
  members: number;
  seed: number;
  /** Number of employers; default scales with the population. */
  employers?: number;
  /** Plain fødselsnumre instead of synthetic Tenor numbers (month + 80). */
  realIds?: boolean;
  /** The reference date the population is "today" on. */
  asOf: IsoDate;
}

export interface GenerateSummary {
  employers: number;
  schemes: number;
  persons: number;
  employments: number;
  pensions: number;
  finance: number;
  memberships: number;
  members: number;
  survivors: number;
}

export const DEFAULT_AS_OF = '2026-12-31' as IsoDate;

export function defaultEmployerCount(members: number): number {
  return Math.max(6, Math.min(1000, Math.round(Math.sqrt(members) * 1.2)));
}

type MemberKind =
  | 'active'
  | 'former'
  | 'old_age'
  | 'disability'
  | 'afp_62_65'
  | 'afp_65_67'
  | 'rule_85'
  | 'deceased';

/**
 * Shares of members by what they are on the reference date. Earlier memberships of people who
 * changed employer are former memberships too, so counted in memberships the mix comes out near
 * the product brief's 55 % active, 20 % former, 25 % pensioners (survivors included).
 */
const MEMBER_KINDS = weightedTable<MemberKind>([
  ['active', 600],
  ['former', 115],
  ['old_age', 152],
  ['disability', 52],
  ['afp_62_65', 13],
  ['afp_65_67', 13],
  ['rule_85', 15],
  ['deceased', 40],
]);

/** Position percentages in hundredths: full time is most common. */
const POSITIONS = weightedTable<number>([
  [10000, 600],
  [8000, 120],
  [6000, 60],
  [5000, 80],
  [4000, 50],
  [3333, 40],
  [2000, 50],
]);

/** Disability grades; -1 means "any grade from 21 to 99". Exactly 20 and 100 both occur. */
const DISABILITY_GRADES = weightedTable<number>([
  [100, 45],
  [50, 15],
  [20, 6],
  [40, 6],
  [60, 6],
  [80, 6],
  [-1, 16],
]);

const CHILD_COUNT = weightedTable<number>([
  [0, 20],
  [1, 30],
  [2, 35],
  [3, 15],
]);

const KIND_ORDER = weightedTable<string>([
  ['oslo', 3],
  ['capitalHealth', 3],
  ['health', 6],
  ['state', 10],
  ['county', 5],
  ['municipality', 35],
  ['enterprise', 38],
]);

const MIN_SALARY = 350_000_00;
const MAX_SALARY = 1_200_000_00;
const YEAR = 365;

interface Employer {
  orgnr: string;
  name: string;
  schemes: Weighted<string>;
  schemeCodes: readonly string[];
}

interface Membership {
  employer: number;
  scheme: string;
}

interface CareerEnd {
  /** Last salary (full-time equivalent) and position of the membership, for pension amounts. */
  salary: number;
  positionHundredths: number;
}

/** Running totals per employer × scheme for finance.csv. */
interface Ledger {
  salaryMass: number;
  pensions: number;
}

export function generatePopulation(options: GenerateOptions, sink: PopulationSink): GenerateSummary {
  return new PopulationGenerator(options, sink).run();
}

class PopulationGenerator {
  private readonly rng: Random;
  private readonly asOf: Day;
  private readonly employerList: Employer[] = [];
  private employerTable: Weighted<number> = weightedTable([]);
  private readonly ledger = new Map<string, Ledger>();
  /** Per birth date, D-number flag and sex: how many individual numbers have been tried. */
  private readonly usedIndividuals = new Map<number, number>();
  private readonly summary: GenerateSummary = {
    employers: 0,
    schemes: 0,
    persons: 0,
    employments: 0,
    pensions: 0,
    finance: 0,
    memberships: 0,
    members: 0,
    survivors: 0,
  };

  constructor(
    private readonly options: GenerateOptions,
    private readonly sink: PopulationSink,
  ) {
    this.rng = new Random(options.seed);
    this.asOf = dayOfIso(options.asOf);
  }

  run(): GenerateSummary {
    for (const s of SCHEMES) {
      this.sink.scheme(s);
      this.summary.schemes++;
    }
    this.makeEmployers(this.options.employers ?? defaultEmployerCount(this.options.members));
    for (let i = 0; i < this.options.members; i++) this.member();
    this.writeFinance();
    return this.summary;
  }

  // ---- employers -------------------------------------------------------------------------

  private makeEmployers(count: number) {
    const rng = this.rng;
    const pools = new Map<string, string[]>();
    for (const [kind, def] of Object.entries(EMPLOYER_KINDS)) {
      const names = [...def.names];
      for (let i = names.length - 1; i > 0; i--) {
        const j = rng.int(0, i);
        [names[i], names[j]] = [names[j] as string, names[i] as string];
      }
      pools.set(kind, names);
    }
    const orgnrs = new Set<string>();
    const weights: Array<[number, number]> = [];
    let round = 1;
    while (this.employerList.length < count) {
      const kind = rng.weighted(KIND_ORDER);
      const def = EMPLOYER_KINDS[kind];
      const pool = pools.get(kind);
      if (!def || !pool) continue;
      const name = pool.pop();
      if (name === undefined) {
        // Every name used: start again with numbered units, so names stay unique.
        if ([...pools.values()].every((p) => p.length === 0)) {
          round++;
          for (const [k, d] of Object.entries(EMPLOYER_KINDS))
            pools.set(
              k,
              d.names.map((n) => `${n}, enhet ${round}`),
            );
        }
        continue;
      }
      let orgnr: string | undefined;
      while (orgnr === undefined || orgnrs.has(orgnr)) orgnr = makeOrgnr(rng.int(80_000_000, 99_999_999));
      orgnrs.add(orgnr);
      // A few big, many small: the kind's size times a skewed random factor.
      const factor = (rng.next() * 2.5 + 0.1) ** 2;
      weights.push([this.employerList.length, def.size * factor]);
      const employer: Employer = {
        orgnr,
        name,
        schemes: weightedTable(def.schemes),
        schemeCodes: def.schemes.map(([s]) => s),
      };
      this.employerList.push(employer);
      this.sink.employer({ orgnr, name });
      this.summary.employers++;
    }
    this.employerTable = weightedTable(weights);
  }

  private pickMembership(other?: Membership): Membership {
    const rng = this.rng;
    if (other) {
      const employer = this.employerList[other.employer];
      // Moving to another scheme at the same employer (e.g. nurse to teacher) or to another employer.
      if (employer && employer.schemeCodes.length > 1 && rng.chance(0.3)) {
        const scheme = employer.schemeCodes.find((s) => s !== other.scheme) ?? other.scheme;
        return { employer: other.employer, scheme };
      }
    }
    for (let attempt = 0; ; attempt++) {
      const index = rng.weighted(this.employerTable);
      const employer = this.employerList[index] as Employer;
      const m = { employer: index, scheme: rng.weighted(employer.schemes) };
      if (!other || m.employer !== other.employer || m.scheme !== other.scheme || attempt > 20) return m;
    }
  }

  // ---- persons ---------------------------------------------------------------------------

  /** A birth date on which the person is `age` on `on`. */
  private birthForAge(age: number, on: Day): Day {
    const latest = birthday(on, -age);
    const earliest = birthday(on, -(age + 1)) + 1;
    return this.rng.int(earliest, latest);
  }

  private person(
    birth: Day,
    male: boolean,
    deathDate: Day | null,
    surname?: string,
  ): { id: string; surname: string } {
    const rng = this.rng;
    const dnr = rng.chance(0.01);
    const id = this.nationalId(birth, male, dnr);
    const last = surname ?? rng.pick(SURNAMES);
    const first = rng.pick(male ? MALE_NAMES : FEMALE_NAMES);
    const middle = rng.chance(0.15) ? ` ${rng.pick(male ? MALE_NAMES : FEMALE_NAMES)}` : '';
    const name = `${first}${middle === ` ${first}` ? '' : middle} ${last}`;
    this.sink.person({
      personId: id.id,
      birthDate: iso(id.birth),
      name,
      deathDate: deathDate === null ? null : iso(deathDate),
      accountNumber: syntheticAccount(id.id),
    });
    this.summary.persons++;
    return { id: id.id, surname: last };
  }

  /**
   * A unique national identity number: per birth date the individual numbers of the right sex
   * (odd for men) are taken in a seed-dependent order, skipping those whose control digit would
   * be 10. If a date runs out, the next day is used.
   */
  private nationalId(birth: Day, male: boolean, dnr: boolean): { id: string; birth: Day } {
    const monthShift = this.options.realIds ? 0 : 80;
    for (let day = birth; ; day++) {
      const { year, month, day: dd } = civil(day);
      const ranges = individualRanges(year);
      const size = ranges.reduce((n, [from, to]) => n + (to - from + 1), 0) / 2;
      const key = day * 4 + (dnr ? 2 : 0) + (male ? 1 : 0);
      const start = hash32(key ^ Math.imul(this.options.seed, 0x9e3779b1)) % Math.max(size, 1);
      for (let tried = this.usedIndividuals.get(key) ?? 0; tried < size; tried++) {
        const individual = nthIndividual(ranges, ((start + tried) % size) * 2 + (male ? 1 : 0));
        const id = nationalIdFromParts(dd + (dnr ? 40 : 0), month + monthShift, year % 100, individual);
        if (id !== undefined) {
          this.usedIndividuals.set(key, tried + 1);
          return { id, birth: day };
        }
      }
      this.usedIndividuals.set(key, size);
    }
  }

  // ---- members ---------------------------------------------------------------------------

  private member() {
    const kind = this.rng.weighted(MEMBER_KINDS);
    this.summary.members++;
    switch (kind) {
      case 'active':
        return this.active();
      case 'former':
        return this.former();
      case 'old_age':
        return this.oldAge();
      case 'disability':
        return this.disabled();
      case 'afp_62_65':
      case 'afp_65_67':
        return this.afp(kind);
      case 'rule_85':
        return this.rule85();
      case 'deceased':
        return this.deceased();
    }
  }

  private active() {
    const rng = this.rng;
    const age = rng.chance(0.02) ? rng.int(67, 70) : rng.int(20, 66);
    const birth = this.birthForAge(age, this.asOf);
    const { id } = this.person(birth, rng.chance(0.45), null);
    const entry = this.pickEntry(birth, this.asOf);
    this.career(id, entry, null);
  }

  private former() {
    const rng = this.rng;
    const age = rng.int(26, 66);
    const birth = this.birthForAge(age, this.asOf);
    const entry = this.pickEntry(birth, this.asOf - 3 * YEAR - 30);
    // Most left with a deferred right (3 years or more); some left sooner.
    const earliestLeave = rng.chance(0.9) ? entry + 3 * YEAR : entry + rng.int(180, 3 * YEAR);
    const leave = rng.int(Math.min(earliestLeave, this.asOf - 30), this.asOf - 30);
    const dead = rng.chance(0.06) ? rng.int(leave + 1, this.asOf - 1) : null;
    const { id } = this.person(birth, rng.chance(0.45), dead);
    this.career(id, entry, leave);
  }

  private oldAge() {
    const rng = this.rng;
    const age = 67 + Math.floor(29 * rng.next() ** 1.7);
    // Special age limits (særaldersgrenser) 60, 63 and 65; a few work past 67.
    const retireAge = rng.chance(0.12) ? rng.pick([60, 63, 65]) : rng.chance(0.05) ? rng.int(68, 70) : 67;
    let birth = this.birthForAge(age, this.asOf);
    let start = firstOfNextMonth(birthday(birth, Math.min(retireAge, age)));
    if (start > this.asOf) {
      birth = birthday(birth, -1);
      start = firstOfNextMonth(birthday(birth, Math.min(retireAge, age)));
    }
    const { id } = this.person(birth, rng.chance(0.45), null);
    let careerEnd = start - 1;
    const history: Array<{ benefit: Benefit; start: Day; end: Day; grade: number | null }> = [];
    if (retireAge === 67 && age >= 68 && rng.chance(0.25)) {
      if (rng.chance(0.6)) {
        // Early retirement on AFP before the old-age pension: 62–65, then 65–67.
        const afp1 = firstOfNextMonth(birthday(birth, rng.int(62, 64)));
        const afp2 = firstOfNextMonth(birthday(birth, 65));
        history.push({ benefit: 'afp_62_65', start: afp1, end: afp2 - 1, grade: null });
        history.push({ benefit: 'afp_65_67', start: afp2, end: start - 1, grade: null });
        careerEnd = afp1 - 1;
      } else {
        // Disabled before 67: the disability pension ends when the old-age pension starts.
        const onset = firstOfNextMonth(birthday(birth, rng.int(45, 64)) + rng.int(0, 300));
        history.push({ benefit: 'disability', start: onset, end: start - 1, grade: 100 });
        careerEnd = onset - 1;
      }
    }
    const entry = this.pickEntry(birth, careerEnd - YEAR);
    const { membership, last } = this.career(id, entry, careerEnd);
    for (const h of history) {
      const rate = h.benefit === 'disability' ? 660 : rng.int(450, 650);
      this.pension(id, membership, h.benefit, h.start, h.end, h.grade, pensionAmount(last, rate, h.grade));
    }
    const partial = rng.chance(0.02) ? rng.pick([40, 50, 60, 80]) : null;
    this.pension(
      id,
      membership,
      'old_age',
      start,
      null,
      partial,
      pensionAmount(last, rng.int(400, 600), partial),
    );
  }

  private disabled() {
    const rng = this.rng;
    const age = 25 + Math.floor(42 * Math.sqrt(rng.next()));
    const birth = this.birthForAge(age, this.asOf);
    const onsetAge = rng.int(Math.max(22, age - 15), age);
    const onset = Math.min(birthday(birth, onsetAge) + rng.int(0, 364), this.asOf - 31);
    const start = firstOfNextMonth(onset);
    const { id } = this.person(birth, rng.chance(0.45), null);
    let grade = rng.weighted(DISABILITY_GRADES);
    if (grade < 0) grade = rng.int(21, 99);
    const entry = this.pickEntry(birth, start - 2 * YEAR);
    // A partly disabled member often keeps working the rest of a full position.
    const keepsWorking = grade < 100 && rng.chance(0.5);
    const { membership, last } = this.career(
      id,
      entry,
      start - 1,
      keepsWorking ? (100 - grade) * 100 : undefined,
    );
    this.pension(id, membership, 'disability', start, null, grade, pensionAmount(last, 660, grade));
  }

  private afp(benefit: 'afp_62_65' | 'afp_65_67') {
    const rng = this.rng;
    const age = benefit === 'afp_62_65' ? rng.int(62, 64) : rng.int(65, 66);
    let birth = this.birthForAge(age, this.asOf);
    const fromAge = benefit === 'afp_62_65' ? rng.int(62, age) : 65;
    let start = firstOfNextMonth(birthday(birth, fromAge));
    if (start > this.asOf) {
      birth -= 40;
      start = firstOfNextMonth(birthday(birth, fromAge));
    }
    const { id } = this.person(birth, rng.chance(0.45), null);
    let careerEnd = start - 1;
    let earlier: Day | null = null;
    if (benefit === 'afp_65_67' && rng.chance(0.6)) {
      earlier = firstOfNextMonth(birthday(birth, rng.int(62, 64)));
      careerEnd = earlier - 1;
    }
    // Partial AFP: the member keeps the rest of the position.
    const grade = rng.chance(0.15) ? rng.pick([20, 40, 50, 60, 80]) : null;
    const entry = this.pickEntry(birth, careerEnd - 2 * YEAR);
    const { membership, last } = this.career(
      id,
      entry,
      careerEnd,
      grade === null ? undefined : (100 - grade) * 100,
    );
    const rate = rng.int(450, 650);
    if (earlier !== null) {
      this.pension(id, membership, 'afp_62_65', earlier, start - 1, grade, pensionAmount(last, rate, grade));
    }
    this.pension(id, membership, benefit, start, null, grade, pensionAmount(last, rate, grade));
  }

  private rule85() {
    const rng = this.rng;
    const age = rng.int(57, 66);
    let birth = this.birthForAge(age, this.asOf);
    const retireAge = rng.int(57, age);
    let start = firstOfNextMonth(birthday(birth, retireAge));
    if (start > this.asOf) {
      birth -= 40;
      start = firstOfNextMonth(birthday(birth, retireAge));
    }
    const { id } = this.person(birth, rng.chance(0.45), null);
    // Age plus service must reach 85: service since at least age 2 × retireAge − 85.
    const latestEntryAge = Math.min(34, 2 * retireAge - 85);
    const entry = birthday(birth, rng.int(20, Math.max(20, latestEntryAge)));
    const { membership, last } = this.career(id, entry, start - 1, undefined, true);
    this.pension(id, membership, 'rule_85', start, null, null, pensionAmount(last, rng.int(550, 660), null));
  }

  /** A member who died: survivors receive spouse and child pensions from the membership. */
  private deceased() {
    const rng = this.rng;
    // About a third die young (often leaving children), the rest after 62.
    let deathAge = rng.chance(0.33) ? rng.int(35, 62) : rng.int(63, 92);
    if (deathAge === 67) deathAge = 66;
    const death = this.asOf - rng.int(30, 12 * YEAR);
    const birth = this.birthForAge(deathAge, death);
    const male = rng.chance(0.55);
    const { id, surname } = this.person(birth, male, death);
    let membership: Membership;
    let last: CareerEnd;
    if (deathAge < 67) {
      ({ membership, last } = this.career(id, this.pickEntry(birth, death - YEAR), death));
    } else {
      const start = firstOfNextMonth(birthday(birth, 67));
      ({ membership, last } = this.career(id, this.pickEntry(birth, start - 2 * YEAR), start - 1));
      this.pension(
        id,
        membership,
        'old_age',
        start,
        death,
        null,
        pensionAmount(last, rng.int(400, 600), null),
      );
    }
    const survivorsFrom = firstOfNextMonth(death);
    if (rng.chance(deathAge < 85 ? 0.8 : 0.5)) {
      const spouseBirth = birth + rng.int(-6 * YEAR, 6 * YEAR);
      if (ageAt(spouseBirth, this.asOf) < 100) {
        const spouse = this.person(spouseBirth, rng.chance(0.05) ? male : !male, null, surname);
        this.summary.survivors++;
        const ended = rng.chance(0.08)
          ? rng.int(survivorsFrom + YEAR, Math.max(survivorsFrom + YEAR, this.asOf - 1))
          : null;
        const end = ended !== null && ended < this.asOf ? ended : null;
        this.pension(
          spouse.id,
          membership,
          'spouse',
          survivorsFrom,
          end,
          null,
          pensionAmount(last, rng.int(90, 250), null),
        );
      }
    }
    if (deathAge <= 62) {
      const children = rng.weighted(CHILD_COUNT);
      for (let c = 0; c < children; c++) {
        const childBirth = birthday(birth, rng.int(22, 44)) + rng.int(0, 364);
        const turns20 = birthday(childBirth, 20);
        // Only children born before the death and under 20 for at least a month after it.
        if (childBirth >= death || turns20 <= survivorsFrom + 31) continue;
        const child = this.person(childBirth, rng.chance(0.5), null, surname);
        this.summary.survivors++;
        const end = endOfMonth(turns20);
        const amount = ore(rng.int(25_000, 45_000) * 100);
        this.pension(
          child.id,
          membership,
          'child',
          survivorsFrom,
          end < this.asOf ? end : null,
          null,
          amount,
        );
      }
    }
  }

  // ---- careers ---------------------------------------------------------------------------

  /** The first day of membership: usually in the twenties or early thirties, never after `latest`. */
  private pickEntry(birth: Day, latest: Day): Day {
    const rng = this.rng;
    const earliest = birthday(birth, 19);
    const preferred = birthday(birth, rng.int(20, 34)) + rng.int(0, 364);
    const entry = Math.min(preferred, latest - rng.int(30, 3 * YEAR));
    return Math.min(Math.max(entry, earliest), latest);
  }

  /**
   * Writes the employment history from `entry` to `end` (null: still employed); sometimes an
   * earlier membership at another employer or scheme comes first. With `keepPosition` the member
   * works on after `end` in a part-time position of that many hundredths (partial disability or AFP).
   */
  private career(
    personId: string,
    entry: Day,
    end: Day | null,
    keepPosition?: number,
    singleMembership = false,
  ): { membership: Membership; last: CareerEnd } {
    const rng = this.rng;
    const until = end ?? this.asOf;
    const membership = this.pickMembership();
    let primaryStart = entry;
    if (!singleMembership && until - entry > 5 * YEAR && rng.chance(0.14)) {
      // Changed employer (or scheme): the earlier membership ended before this one began.
      const switchDay = rng.int(entry + 2 * YEAR, until - 2 * YEAR);
      const earlier = this.pickMembership(membership);
      this.periods(personId, earlier, entry, switchDay - rng.int(1, 120), undefined);
      this.summary.memberships++;
      primaryStart = switchDay;
    }
    const last = this.periods(personId, membership, primaryStart, end, keepPosition);
    this.summary.memberships++;
    return { membership, last };
  }

  /** 1–5 periods of constant position and salary, no overlaps, salaries growing over time. */
  private periods(
    personId: string,
    m: Membership,
    start: Day,
    end: Day | null,
    keepPosition: number | undefined,
  ): CareerEnd {
    const rng = this.rng;
    const employer = this.employerList[m.employer] as Employer;
    const until = end ?? this.asOf;
    const years = (until - start) / YEAR;
    let count = Math.min(
      5,
      1 + Math.floor(rng.next() * (1 + years / 6)),
      Math.max(1, Math.floor((until - start) / 60)),
    );
    if (count < 1) count = 1;
    const cuts: Day[] = [];
    for (let i = 1; i < count; i++) cuts.push(rng.int(start + 30, until - 30));
    cuts.sort((a, b) => a - b);
    const starts = [start];
    for (const c of cuts) if (c > (starts[starts.length - 1] as Day) + 1) starts.push(c);

    // Salaries from the last period backwards: each earlier period 2–10 % lower.
    const n = starts.length + (keepPosition !== undefined && end !== null ? 1 : 0);
    const salaries: number[] = new Array(n);
    let salary = lastSalary(rng, (until - start) / YEAR);
    for (let i = n - 1; i >= 0; i--) {
      salaries[i] = salary;
      salary = Math.max(MIN_SALARY, Math.floor((salary * (100 - rng.int(2, 10))) / 100));
      if (rng.chance(0.75)) salary -= salary % 100; // mostly whole kroner, sometimes øre
    }
    let position = rng.weighted(POSITIONS);
    let lastPosition = position;
    for (let i = 0; i < starts.length; i++) {
      const s = starts[i] as Day;
      const next = starts[i + 1];
      let e: Day | null = next === undefined ? end : next - 1;
      // Now and then a leave between two periods.
      if (next !== undefined && rng.chance(0.08)) e = Math.max(s, next - 1 - rng.int(1, 90));
      if (i > 0 && rng.chance(0.4)) position = rng.weighted(POSITIONS);
      this.employment(personId, employer, m.scheme, s, e, position, salaries[i] as number);
      lastPosition = position;
    }
    let lastSalaryValue = salaries[starts.length - 1] as number;
    if (keepPosition !== undefined && end !== null) {
      // Works on part-time alongside the pension, from the day the pension starts.
      lastSalaryValue = salaries[n - 1] as number;
      this.employment(personId, employer, m.scheme, end + 1, null, keepPosition, lastSalaryValue);
    }
    return { salary: lastSalaryValue, positionHundredths: lastPosition };
  }

  private employment(
    personId: string,
    employer: Employer,
    scheme: string,
    start: Day,
    end: Day | null,
    positionHundredths: number,
    salary: number,
  ) {
    this.sink.employment({
      personId,
      orgnr: employer.orgnr,
      scheme,
      startDate: iso(start),
      endDate: end === null ? null : iso(end),
      positionHundredths,
      annualSalary: ore(salary),
    });
    this.summary.employments++;
    if (start <= this.asOf && (end === null || end >= this.asOf)) {
      this.ledgerOf(employer.orgnr, scheme).salaryMass += Math.floor((salary * positionHundredths) / 10000);
    }
  }

  private pension(
    personId: string,
    m: Membership,
    benefit: Benefit,
    start: Day,
    end: Day | null,
    grade: number | null,
    amount: Ore,
  ) {
    const employer = this.employerList[m.employer] as Employer;
    this.sink.pension({
      personId,
      orgnr: employer.orgnr,
      scheme: m.scheme,
      benefit,
      startDate: iso(start),
      endDate: end === null ? null : iso(end),
      gradePct: grade,
      annualAmount: amount,
    });
    this.summary.pensions++;
    if (start <= this.asOf && (end === null || end >= this.asOf)) {
      this.ledgerOf(employer.orgnr, m.scheme).pensions += amount;
    }
  }

  private ledgerOf(orgnr: string, scheme: string): Ledger {
    const key = `${orgnr} ${scheme}`;
    let l = this.ledger.get(key);
    if (!l) {
      l = { salaryMass: 0, pensions: 0 };
      this.ledger.set(key, l);
    }
    return l;
  }

  // ---- finance ---------------------------------------------------------------------------

  /** Premium, premium reserve and pension cost per employer × scheme for the last three years. */
  private writeFinance() {
    const rng = this.rng;
    const lastYear = civil(this.asOf).year;
    for (const employer of this.employerList) {
      for (const scheme of employer.schemeCodes) {
        const l = this.ledger.get(`${employer.orgnr} ${scheme}`) ?? { salaryMass: 0, pensions: 0 };
        const mass = BigInt(l.salaryMass);
        const pensions = BigInt(l.pensions);
        const premiumRate = BigInt(rng.int(150, 240)); // per mille of the salary mass
        const reserveRate = BigInt(rng.int(2500, 4500));
        const costRate = BigInt(rng.int(850, 1150));
        for (let year = lastYear - 2; year <= lastYear; year++) {
          // Earlier years scaled down about 3.5 % a year.
          const scale = BigInt(1000 - 35 * (lastYear - year));
          const premium = (mass * premiumRate * scale) / 1_000_000n;
          const reserve = (((mass * reserveRate) / 1000n + pensions * 12n) * scale) / 1000n;
          const cost = (premium * costRate) / 1000n;
          this.sink.finance({
            orgnr: employer.orgnr,
            scheme,
            year,
            premium: wholeKroner(premium),
            premiumReserve: wholeKroner(reserve),
            pensionCost: ore(Number(cost)),
          });
          this.summary.finance++;
        }
      }
    }
  }
}

function wholeKroner(amount: bigint): Ore {
  return ore(Number(amount - (amount % 100n)));
}

/** A last full-time salary after this many years of service: 350 000–1 200 000 kr. */
function lastSalary(rng: Random, serviceYears: number): number {
  const experience = Math.floor(Math.min(serviceYears, 42));
  const kroner =
    420_000 +
    rng.int(0, 300_000) +
    experience * rng.int(0, 9_000) +
    (rng.chance(0.05) ? rng.int(0, 400_000) : 0);
  const value = Math.min(MAX_SALARY, Math.max(MIN_SALARY, kroner * 100));
  return rng.chance(0.2) ? Math.min(MAX_SALARY, value + rng.int(1, 99)) : value;
}

/** A yearly pension: `rate` per mille of the last salary at its position, times a grade. */
function pensionAmount(last: CareerEnd, rate: number, grade: number | null): Ore {
  const base = Math.floor((last.salary * last.positionHundredths) / 10000);
  const full = Math.floor((base * rate) / 1000);
  return ore(grade === null ? full : Math.floor((full * grade) / 100));
}

function nthIndividual(ranges: Array<readonly [number, number]>, n: number): number {
  let rest = n;
  for (const [from, to] of ranges) {
    const size = to - from + 1;
    if (rest < size) return from + rest;
    rest -= size;
  }
  throw new RangeError('individual number index out of range');
}

function hash32(x: number): number {
  let h = x | 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

const ACCOUNT_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
/**
 * A valid kontonummer derived from the person's number (bank 9710, so no real bank's), without
 * drawing from the random stream: the rest of a seeded population stays as it was. About one
 * person in a hundred has none (both candidates lack a control digit), as some real ones do.
 */
function syntheticAccount(nid: string): string | null {
  for (const ten of [`9710${nid.slice(3, 9)}`, `9710${nid.slice(4, 10)}`]) {
    const k = mod11ControlDigit(Array.from(ten, Number), ACCOUNT_WEIGHTS);
    if (k !== undefined) return `${ten}${k}`;
  }
  return null;
}
