/**
 * Issue #2 item 6, synthetic population: `kassa generate` writes a realistic population in the
 * migration-import format (contracts/migration-import.md), deterministic by seed. Every row is
 * checked against the contract's validation rules, and the mix is checked against the brief.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { generateCommand } from '../../src/cli/generate';
import { ageOn, type IsoDate, parseIsoDate } from '../../src/domain/dates';
import { checkNationalId, checkOrgnr } from '../../src/domain/identifiers';
import { parseKroner } from '../../src/domain/money';
import { generateToDirectory } from '../../src/register/generate';
import { BENEFITS } from '../../src/register/generate/rows';

const FILES = ['employers', 'schemes', 'persons', 'employments', 'pensions', 'finance'] as const;
type Row = Record<string, string>;
type Population = Record<(typeof FILES)[number], Row[]>;

const AS_OF = '2026-12-31' as IsoDate;
const root = mkdtempSync(join(tmpdir(), 'kassa-generate-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function generate(
  name: string,
  members: number,
  seed: number,
  extra: { realIds?: boolean; asOf?: IsoDate } = {},
) {
  const dir = join(root, name);
  const summary = generateToDirectory(
    { members, seed, asOf: extra.asOf ?? AS_OF, realIds: extra.realIds },
    dir,
  );
  return { dir, summary };
}

function bytes(dir: string): Record<string, string> {
  return Object.fromEntries(FILES.map((f) => [f, readFileSync(join(dir, `${f}.csv`), 'utf8')]));
}

function load(dir: string): Population {
  const out = {} as Population;
  for (const f of FILES) {
    out[f] = parse(readFileSync(join(dir, `${f}.csv`), 'utf8'), {
      columns: true,
      skip_empty_lines: true,
    }) as Row[];
  }
  return out;
}

const get = (row: Row, column: string): string => {
  const v = row[column];
  if (v === undefined) throw new Error(`column ${column} missing`);
  return v;
};
const date = (text: string): IsoDate => {
  const d = parseIsoDate(text);
  if (!d) throw new Error(`not a real date: ${text}`);
  return d;
};
const membershipKey = (r: Row) => `${get(r, 'person_id')} ${get(r, 'orgnr')} ${get(r, 'scheme')}`;
const runsOn = (r: Row, d: IsoDate) =>
  get(r, 'start_date') <= d && (get(r, 'end_date') === '' || get(r, 'end_date') >= d);

describe('determinism by seed', () => {
  it('the same seed gives byte-identical files, whatever the clock says', () => {
    const a = generate('same-a', 300, 7);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-05-17T12:00:00Z'));
    const b = generate('same-b', 300, 7);
    vi.useRealTimers();
    expect(bytes(b.dir)).toEqual(bytes(a.dir));
    expect(b.summary).toEqual(a.summary);
  });

  it('a different seed gives different files', () => {
    const a = bytes(generate('seed-1', 300, 1).dir);
    const b = bytes(generate('seed-2', 300, 2).dir);
    expect(b.persons).not.toEqual(a.persons);
    expect(b.employments).not.toEqual(a.employments);
    expect(b.employers).not.toEqual(a.employers);
  });
});

describe('a population of 2 000 members follows the import contract', () => {
  let pop: Population;
  let summary: ReturnType<typeof generate>['summary'];
  const persons = new Map<string, Row>();

  beforeAll(() => {
    const g = generate('main', 2000, 42);
    summary = g.summary;
    pop = load(g.dir);
    for (const p of pop.persons) persons.set(get(p, 'person_id'), p);
  });

  it('writes the counts it reports, with exactly N members holding an own membership', () => {
    expect(pop.persons.length).toBe(summary.persons);
    expect(pop.employments.length).toBe(summary.employments);
    expect(pop.pensions.length).toBe(summary.pensions);
    expect(new Set(pop.employments.map((e) => get(e, 'person_id'))).size).toBe(2000);
    expect(summary.persons).toBe(2000 + summary.survivors);
    expect(new Set(pop.employments.map(membershipKey)).size).toBe(summary.memberships);
  });

  it('identifiers pass: synthetic Tenor numbers (training only), unique, birth_date agrees with the number', () => {
    expect(persons.size).toBe(pop.persons.length);
    let dNumbers = 0;
    for (const p of pop.persons) {
      const id = get(p, 'person_id');
      expect(checkNationalId(id).ok).toBe(false); // production refuses synthetic numbers
      const checked = checkNationalId(id, { allowSynthetic: true });
      if (!checked.ok) throw new Error(`${id}: ${checked.reason}`);
      expect(checked.value.synthetic).toBe('tenor');
      expect(checked.value.birthDate).toBe(get(p, 'birth_date'));
      if (checked.value.kind === 'dnr') dNumbers++;
      expect(get(p, 'name')).toMatch(/^\S+( \S+)+$/);
    }
    expect(dNumbers).toBeGreaterThan(0);
    expect(dNumbers).toBeLessThan(pop.persons.length * 0.03);
  });

  it('employers have valid, unique organisation numbers and there are several providers and schemes', () => {
    const orgnrs = pop.employers.map((e) => get(e, 'orgnr'));
    for (const o of orgnrs) expect(checkOrgnr(o).ok).toBe(true);
    expect(new Set(orgnrs).size).toBe(orgnrs.length);
    expect(new Set(pop.employers.map((e) => get(e, 'name'))).size).toBe(orgnrs.length);
    expect(new Set(pop.schemes.map((s) => get(s, 'provider')))).toEqual(
      new Set(['SPK', 'KLP', 'PKH', 'OPF']),
    );
    const perScheme = new Set(pop.employments.map((e) => get(e, 'scheme')));
    expect(perScheme.size).toBeGreaterThanOrEqual(5);
    // Sized unevenly: the biggest employer has many times the members of the median one.
    const sizes = new Map<string, number>();
    for (const e of pop.employments) sizes.set(get(e, 'orgnr'), (sizes.get(get(e, 'orgnr')) ?? 0) + 1);
    const sorted = [...sizes.values()].sort((a, b) => b - a);
    expect(sorted[0]).toBeGreaterThan(5 * (sorted[Math.floor(sorted.length / 2)] ?? 0));
  });

  it('references resolve: every employment and pension names an existing person, employer and scheme', () => {
    const orgnrs = new Set(pop.employers.map((e) => get(e, 'orgnr')));
    const schemes = new Set(pop.schemes.map((s) => get(s, 'scheme')));
    for (const r of [...pop.employments, ...pop.pensions]) {
      expect(persons.has(get(r, 'person_id'))).toBe(true);
      expect(orgnrs.has(get(r, 'orgnr'))).toBe(true);
      expect(schemes.has(get(r, 'scheme'))).toBe(true);
    }
    for (const f of pop.finance) {
      expect(orgnrs.has(get(f, 'orgnr'))).toBe(true);
      expect(schemes.has(get(f, 'scheme'))).toBe(true);
    }
  });

  it('employment periods: real dates, nothing after the reference date, no overlaps within a membership, 1–5 per membership', () => {
    const byMembership = new Map<string, Row[]>();
    for (const e of pop.employments) {
      const start = date(get(e, 'start_date'));
      const end = get(e, 'end_date');
      if (end !== '') expect(date(end) >= start).toBe(true);
      expect(start <= AS_OF).toBe(true);
      if (end !== '') expect(end <= AS_OF).toBe(true);
      const list = byMembership.get(membershipKey(e)) ?? [];
      list.push(e);
      byMembership.set(membershipKey(e), list);
    }
    for (const [key, periods] of byMembership) {
      expect(periods.length, key).toBeGreaterThanOrEqual(1);
      expect(periods.length, key).toBeLessThanOrEqual(6); // 5, plus a part-time period beside a pension
      const sorted = [...periods].sort((a, b) => get(a, 'start_date').localeCompare(get(b, 'start_date')));
      for (let i = 1; i < sorted.length; i++) {
        const prevEnd = get(sorted[i - 1] as Row, 'end_date');
        expect(prevEnd, key).not.toBe('');
        expect(prevEnd < get(sorted[i] as Row, 'start_date'), key).toBe(true);
      }
    }
  });

  it('percentages lie in 0–100 and amounts are kroner with at most two decimals in plausible ranges', () => {
    const positions = new Set<string>();
    for (const e of pop.employments) {
      const pct = Number(get(e, 'position_pct'));
      expect(pct).toBeGreaterThan(0);
      expect(pct).toBeLessThanOrEqual(100);
      positions.add(get(e, 'position_pct'));
      const salary = parseKroner(get(e, 'annual_salary'));
      expect(salary).toBeGreaterThanOrEqual(350_000_00);
      expect(salary).toBeLessThanOrEqual(1_200_000_00);
    }
    for (const p of ['100', '80', '60', '50', '40', '33.33', '20']) expect(positions).toContain(p);
    expect(pop.employments.some((e) => get(e, 'annual_salary').includes('.'))).toBe(true);
    for (const p of pop.pensions) {
      const amount = parseKroner(get(p, 'annual_amount'));
      expect(amount).toBeGreaterThan(0);
      expect(amount).toBeLessThan(1_000_000_00);
      const grade = get(p, 'grade_pct');
      if (grade !== '') {
        expect(['disability', 'old_age', 'afp_62_65', 'afp_65_67']).toContain(get(p, 'benefit'));
        expect(Number(grade)).toBeGreaterThanOrEqual(0);
        expect(Number(grade)).toBeLessThanOrEqual(100);
      }
    }
  });

  it('all seven pension types occur, disability grades run from exactly 20 to exactly 100', () => {
    const benefits = new Set(pop.pensions.map((p) => get(p, 'benefit')));
    expect([...benefits].sort()).toEqual([...BENEFITS].sort());
    const disability = pop.pensions.filter((p) => get(p, 'benefit') === 'disability');
    for (const d of disability) {
      expect(Number(get(d, 'grade_pct'))).toBeGreaterThanOrEqual(20);
      expect(Number(get(d, 'grade_pct'))).toBeLessThanOrEqual(100);
    }
    const grades = new Set(disability.map((d) => get(d, 'grade_pct')));
    expect(grades).toContain('20');
    expect(grades).toContain('100');
    expect(pop.pensions.some((p) => get(p, 'end_date') !== '')).toBe(true);
  });

  it('pensions start at the ages the rules allow', () => {
    const allowed: Record<string, [number, number]> = {
      old_age: [60, 96],
      rule_85: [57, 66],
      afp_62_65: [62, 64],
      afp_65_67: [65, 66],
      disability: [18, 66],
    };
    for (const p of pop.pensions) {
      const range = allowed[get(p, 'benefit')];
      if (!range) continue;
      const age = ageOn(
        date(get(persons.get(get(p, 'person_id')) as Row, 'birth_date')),
        date(get(p, 'start_date')),
      );
      expect(age, `${get(p, 'benefit')} at ${age}`).toBeGreaterThanOrEqual(range[0]);
      expect(age, `${get(p, 'benefit')} at ${age}`).toBeLessThanOrEqual(range[1]);
    }
  });

  it('a pensioner’s employment ends before the pension starts, except a part-time position beside a partial pension', () => {
    const employments = new Map<string, Row[]>();
    for (const e of pop.employments)
      employments.set(membershipKey(e), [...(employments.get(membershipKey(e)) ?? []), e]);
    let partTimeBeside = 0;
    for (const p of pop.pensions) {
      if (get(p, 'benefit') === 'spouse' || get(p, 'benefit') === 'child') continue;
      const own = employments.get(membershipKey(p)) ?? [];
      expect(own.length).toBeGreaterThan(0);
      for (const e of own) {
        const end = get(e, 'end_date');
        if (end !== '' && end < get(p, 'start_date')) continue;
        // Only a running part-time position of the rest of a graded pension may overlap it.
        expect(get(p, 'grade_pct')).not.toBe('');
        expect(Number(get(e, 'position_pct'))).toBe(100 - Number(get(p, 'grade_pct')));
        partTimeBeside++;
      }
    }
    expect(partTimeBeside).toBeGreaterThan(0);
  });

  it('spouse and child pensions go to survivors through the deceased member’s membership; children under 20', () => {
    expect(summary.survivors).toBeGreaterThan(0);
    const employmentKeys = new Map<string, Row[]>();
    for (const e of pop.employments) {
      const k = `${get(e, 'orgnr')} ${get(e, 'scheme')}`;
      employmentKeys.set(k, [...(employmentKeys.get(k) ?? []), e]);
    }
    for (const p of pop.pensions.filter((x) => ['spouse', 'child'].includes(get(x, 'benefit')))) {
      const recipient = persons.get(get(p, 'person_id')) as Row;
      expect(get(recipient, 'death_date')).toBe('');
      // The recipient holds no own membership; a dead member of that membership died before the pension.
      expect(pop.employments.some((e) => get(e, 'person_id') === get(p, 'person_id'))).toBe(false);
      const deceased = (employmentKeys.get(`${get(p, 'orgnr')} ${get(p, 'scheme')}`) ?? []).filter((e) => {
        const death = get(persons.get(get(e, 'person_id')) as Row, 'death_date');
        return death !== '' && death < get(p, 'start_date');
      });
      expect(deceased.length).toBeGreaterThan(0);
      if (get(p, 'benefit') === 'child' && runsOn(p, AS_OF)) {
        expect(ageOn(date(get(recipient, 'birth_date')), AS_OF)).toBeLessThan(20);
      }
    }
  });

  it('death dates are real, after birth and not after the reference date', () => {
    const dead = pop.persons.filter((p) => get(p, 'death_date') !== '');
    expect(dead.length).toBeGreaterThan(0);
    for (const p of dead) {
      expect(date(get(p, 'death_date')) > get(p, 'birth_date')).toBe(true);
      expect(get(p, 'death_date') <= AS_OF).toBe(true);
    }
  });

  it('the mix on the reference date: ~55 % active, ~20 % former, ~25 % pensioners; ages 20–96; 10–15 % hold two memberships', () => {
    // Status on a date, as the contract defines it (pensioner wins over active).
    const status = new Map<string, 'pensioner' | 'active' | 'former' | 'none'>();
    const byMembership = new Map<string, Row[]>();
    for (const e of pop.employments)
      byMembership.set(membershipKey(e), [...(byMembership.get(membershipKey(e)) ?? []), e]);
    const pensionerKeys = new Set(pop.pensions.filter((p) => runsOn(p, AS_OF)).map(membershipKey));
    for (const [key, periods] of byMembership) {
      const person = persons.get(key.split(' ')[0] ?? '') as Row;
      const alive = get(person, 'death_date') === '';
      if (pensionerKeys.has(key)) status.set(key, 'pensioner');
      else if (periods.some((e) => runsOn(e, AS_OF))) status.set(key, 'active');
      else if (alive) status.set(key, 'former');
      else status.set(key, 'none');
    }
    for (const key of pensionerKeys) if (!status.has(key)) status.set(key, 'pensioner'); // survivors
    const count = (s: string) => [...status.values()].filter((x) => x === s).length;
    const total = count('active') + count('former') + count('pensioner');
    expect(count('active') / total).toBeGreaterThan(0.5);
    expect(count('active') / total).toBeLessThan(0.6);
    expect(count('former') / total).toBeGreaterThan(0.15);
    expect(count('former') / total).toBeLessThan(0.25);
    expect(count('pensioner') / total).toBeGreaterThan(0.2);
    expect(count('pensioner') / total).toBeLessThan(0.3);

    const members = new Set(pop.employments.map((e) => get(e, 'person_id')));
    const ages = [...members]
      .map((id) => persons.get(id) as Row)
      .filter((p) => get(p, 'death_date') === '')
      .map((p) => ageOn(date(get(p, 'birth_date')), AS_OF));
    expect(Math.min(...ages)).toBeGreaterThanOrEqual(20);
    expect(Math.max(...ages)).toBeLessThanOrEqual(97);
    expect(Math.max(...ages)).toBeGreaterThan(85);
    const twoMemberships = summary.memberships - summary.members;
    expect(twoMemberships / summary.members).toBeGreaterThan(0.07);
    expect(twoMemberships / summary.members).toBeLessThan(0.16);
  });

  it('finance.csv holds premium, premium reserve and pension cost per employer and scheme for the last three years', () => {
    const years = new Set(pop.finance.map((f) => get(f, 'year')));
    expect(years).toEqual(new Set(['2024', '2025', '2026']));
    const keys = new Set(pop.finance.map((f) => `${get(f, 'orgnr')} ${get(f, 'scheme')}`));
    expect(pop.finance.length).toBe(keys.size * 3);
    for (const e of pop.employments) expect(keys.has(`${get(e, 'orgnr')} ${get(e, 'scheme')}`)).toBe(true);
    for (const f of pop.finance) {
      for (const c of ['premium', 'premium_reserve', 'pension_cost']) {
        expect(parseKroner(get(f, c))).toBeGreaterThanOrEqual(0);
      }
    }
    expect(pop.finance.some((f) => (parseKroner(get(f, 'premium')) ?? 0) > 0)).toBe(true);
  });
});

describe('options', () => {
  it('--real-ids writes plain fødselsnumre that production accepts', () => {
    const pop = load(generate('real', 200, 3, { realIds: true }).dir);
    for (const p of pop.persons) {
      const checked = checkNationalId(get(p, 'person_id'));
      expect(checked.ok && checked.value.synthetic).toBe(null);
    }
  });

  it('--as-of moves the population in time: no date after the reference date', () => {
    const asOf = '2015-06-30' as IsoDate;
    const pop = load(generate('past', 500, 5, { asOf }).dir);
    const dates = [
      ...pop.employments.flatMap((e) => [get(e, 'start_date'), get(e, 'end_date')]),
      ...pop.pensions.flatMap((p) => [get(p, 'start_date'), get(p, 'end_date')]),
      ...pop.persons.flatMap((p) => [get(p, 'birth_date'), get(p, 'death_date')]),
    ].filter((d) => d !== '');
    expect(dates.every((d) => d <= asOf)).toBe(true);
    expect(new Set(pop.finance.map((f) => get(f, 'year')))).toEqual(new Set(['2013', '2014', '2015']));
  });

  it('the command refuses a missing or non-numeric --members and a bad --as-of', async () => {
    const run = async (...args: string[]) => {
      const program = new Command('kassa').exitOverride();
      program.configureOutput({ writeErr: () => undefined, writeOut: () => undefined });
      generateCommand(program);
      for (const c of program.commands) c.exitOverride();
      await program.parseAsync(['node', 'kassa', 'generate', ...args]);
    };
    await expect(run('--out', join(root, 'x'))).rejects.toThrow(/--members/);
    await expect(run('--members', 'many', '--out', join(root, 'x'))).rejects.toThrow(/--members/);
    await expect(run('--members', '10', '--out', join(root, 'x'), '--as-of', '2023-02-29')).rejects.toThrow(
      /--as-of: must be a real date/,
    );
  });
});
