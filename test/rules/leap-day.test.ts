/**
 * Issue #3 review, finding 3: one rule for the day an age is reached. A person born 29 February
 * reaches a new age on 1 March in common years (Norwegian convention, as `ageOn` counts), and
 * every rule of the engine — age checks, the conditional accrual end, deferred possible service,
 * disability future service, the 85-year-rule cohort check — uses that same day.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageOn, daysInMonth, type IsoDate } from '../../src/domain/dates';
import { type CalcRequestInput, calculate, parseCalcRequest } from '../../src/rules';
import { ageAt, birthdayAt, dayNumber, isoOfDay } from '../../src/rules/days';

function run(input: CalcRequestInput) {
  const p = parseCalcRequest(input);
  if (!p.ok) throw new Error(JSON.stringify(p.errors));
  return calculate(p.request);
}
const stepOf = (r: ReturnType<typeof run>, rule: string) => r.trace?.find((s) => s.rule === rule);

describe('the day an age is reached', () => {
  it('birthdayAt, ageAt and domain ageOn agree for every birth date, 29 February included', () => {
    const birth = fc
      .record({
        y: fc.integer({ min: 1900, max: 2010 }),
        m: fc.integer({ min: 1, max: 12 }),
        d: fc.integer({ min: 1, max: 31 }),
      })
      .map(({ y, m, d }) =>
        m === 2 && d >= 29 && y % 4 === 0
          ? `${y}-02-29`
          : `${y}-${String(m).padStart(2, '0')}-${String(Math.min(d, daysInMonth(y, m))).padStart(2, '0')}`,
      );
    fc.assert(
      fc.property(birth, fc.integer({ min: 1, max: 90 }), (b, n) => {
        const reached = birthdayAt(b, n);
        const before = isoOfDay(dayNumber(reached) - 1);
        expect(ageAt(b, reached)).toBe(n);
        expect(ageAt(b, before)).toBe(n - 1);
        expect(ageOn(b as IsoDate, reached as IsoDate)).toBe(n);
        expect(ageOn(b as IsoDate, before as IsoDate)).toBe(n - 1);
      }),
      { numRuns: 3000 },
    );
    expect(birthdayAt('1964-02-29', 62)).toBe('2026-03-01');
    expect(birthdayAt('1964-02-29', 64)).toBe('2028-02-29');
  });

  const conditional = (date: string): CalcRequestInput => ({
    benefit: 'conditional',
    date,
    person: { birthDate: '1964-02-29', ageLimit: 70 },
    employments: [{ from: '2020-01-01', to: '2026-12-31', positionPct: 100, annualSalary: 500000 }],
    trace: true,
  });

  it('conditional, born 1964-02-29: age 61 and not eligible on 2026-02-28; 62 and eligible on 2026-03-01', () => {
    const before = run(conditional('2026-02-28'));
    expect(before.eligible).toBe(false);
    expect(before.reasons.join(' ')).toMatch(/not met: age 61 >= 62/);
    const on = run(conditional('2026-03-01'));
    expect(on.eligible).toBe(true);
    expect(on.reasons.join(' ')).toMatch(/age 62 >= 62/);
    // Turns 62 on 1 March 2026: accrual through March 2026 (cut at the day before the date).
    expect(stepOf(on, 'conditional-accrual-period')?.inputs.turns).toBe('2026-03-01');
    expect(stepOf(run(conditional('2026-06-01')), 'conditional-accrual-period')?.value).toBe('2026-03-31');
  });

  it('deferred, born 1960-02-29, limit 65: possible service counts to 2025-03-01', () => {
    const r = run({
      benefit: 'deferred',
      date: '2025-06-01',
      person: { birthDate: '1960-02-29', ageLimit: 65 },
      employments: [{ from: '1990-01-01', to: '2009-12-31', positionPct: 100, annualSalary: 400000 }],
      trace: true,
    });
    expect(r.eligible).toBe(true);
    // 1990-01-01 up to 2025-03-01: 35 calendar years and 2 months.
    expect(stepOf(r, 'possible-service')?.text).toContain('(2025-03-01), plus other service = 35 y 2 m 0 d');
  });

  it('disability, born 1960-02-29: future service runs to the 67th birthday 2027-03-01', () => {
    const r = run({
      benefit: 'disability',
      date: '2025-06-01',
      person: { birthDate: '1960-02-29', ageLimit: 70 },
      employments: [{ from: '1990-01-01', to: '2025-05-31', positionPct: 100, annualSalary: 600000 }],
      disabilityGrade: 50,
      trace: true,
    });
    expect(r.eligible).toBe(true);
    // 2025-06-01 up to 2027-03-01: 1 year and 9 months.
    const inputs = stepOf(r, 'service-with-future')?.inputs;
    expect([inputs?.futureYears, inputs?.futureMonths, inputs?.futureDays]).toEqual([1, 9, 0]);
  });

  it('85-year rule, born 1964-02-29, limit 65: reaches 65 on 2029-03-01 (within 10 years of 2020) and 62 on 2026-03-01', () => {
    const req = (date: string): CalcRequestInput => ({
      benefit: 'rule_85',
      date,
      person: { birthDate: '1964-02-29', ageLimit: 65 },
      employments: [{ from: '1985-01-01', to: '2026-12-31', positionPct: 100, annualSalary: 500000 }],
      trace: false,
    });
    const on = run(req('2026-03-01'));
    expect(on.eligible, on.reasons.join('; ')).toBe(true);
    expect(on.reasons.join(' ')).toMatch(/age 62 is from 62/);
    const before = run(req('2026-02-28'));
    expect(before.eligible).toBe(false);
    expect(before.reasons.join(' ')).toMatch(/not met: age 61 is from 62/);
  });
});
