/** Edge cases at cohort and age boundaries, and request validation with field paths. */
import { describe, expect, it } from 'vitest';
import { type CalcRequestInput, calculate, parseCalcRequest } from '../../src/rules';

function run(input: CalcRequestInput) {
  const p = parseCalcRequest(input);
  if (!p.ok) throw new Error(JSON.stringify(p.errors));
  return calculate(p.request);
}

const accrual = (birthDate: string, date: string): CalcRequestInput => ({
  benefit: 'accrual_2020',
  date,
  person: { birthDate, ageLimit: 70 },
  employments: [{ from: '2020-01-01', to: '2024-12-31', positionPct: 100, annualSalary: 500000 }],
  trace: false,
});

describe('age and cohort boundaries', () => {
  it('accrual 2020: eligible on the 62nd birthday, not the day before', () => {
    expect(run(accrual('1963-06-01', '2025-06-01')).eligible).toBe(true);
    expect(run(accrual('1963-06-01', '2025-05-31')).eligible).toBe(false);
  });
  it('accrual 2020: born 1 Jan 1963 is in the new model, 31 Dec 1962 is not', () => {
    expect(run(accrual('1963-01-01', '2025-02-01')).eligible).toBe(true);
    const old = run(accrual('1962-12-31', '2025-02-01'));
    expect(old.eligible).toBe(false);
    expect(old.reasons.join(' ')).toMatch(/not met: born 1962/);
  });
  it('disability ends on the 67th birthday (old-age takes over)', () => {
    const req = (date: string): CalcRequestInput => ({
      benefit: 'disability',
      date,
      person: { birthDate: '1958-06-01', ageLimit: 70 },
      employments: [{ from: '1990-01-01', to: '2024-12-31', positionPct: 100, annualSalary: 600000 }],
      disabilityGrade: 100,
      trace: false,
    });
    expect(run(req('2025-05-31')).eligible).toBe(true);
    expect(run(req('2025-06-01')).eligible).toBe(false);
  });
  it('rule of 85 for a 1963 cohort member with a special age limit close enough to 2020', () => {
    // Limit 60, born 1963-05-01: reaches 60 on 2023-05-01, within 10 years of 2020-01-01.
    const r = run({
      benefit: 'rule_85',
      date: '2020-06-01',
      person: { birthDate: '1963-05-01', ageLimit: 60 },
      employments: [{ from: '1990-01-01', to: '2020-05-31', positionPct: 100, annualSalary: 500000 }],
      trace: false,
    });
    expect(r.eligible).toBe(true);
    expect(r.annualAmount).toBe(330000);
  });
  it('periods below 20 % are not membership and do not count', () => {
    const r = run({
      benefit: 'old_age',
      date: '2025-04-01',
      person: { birthDate: '1958-03-14', ageLimit: 70 },
      employments: [
        { from: '1995-01-01', to: '2009-12-31', positionPct: 19.99, annualSalary: 600000 },
        { from: '2010-01-01', to: '2024-12-31', positionPct: 100, annualSalary: 600000 },
      ],
      trace: true,
    });
    // 15 years at 100 %: 600 000 × 66 % × 15/30 = 198 000
    expect(r.annualAmount).toBe(198000);
    expect(r.trace?.find((s) => s.rule === 'service-time')?.text).toMatch(/below 20 %/);
  });
});

describe('request validation names the field', () => {
  it('reports paths of bad fields', () => {
    const p = parseCalcRequest({
      benefit: 'old_age',
      date: '2025-02-30',
      person: { birthDate: '1958-03-14', ageLimit: 71 },
      employments: [
        { from: '1995-01-01', to: '2009-12-31', positionPct: 100, annualSalary: 600000 },
        { from: '2009-06-01', to: '2024-12-31', positionPct: 100, annualSalary: -5 },
      ],
    });
    expect(p.ok).toBe(false);
    const paths = p.ok ? [] : p.errors.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['date', 'person.ageLimit', 'employments[1].annualSalary']));
  });
  it('reports overlapping periods and a missing disability grade', () => {
    const p = parseCalcRequest({
      benefit: 'disability',
      date: '2025-01-01',
      person: { birthDate: '1970-01-01' },
      employments: [
        { from: '1995-01-01', to: '2009-12-31', positionPct: 100, annualSalary: 600000 },
        { from: '2009-06-01', to: '2024-12-31', positionPct: 100, annualSalary: 600000 },
      ],
    });
    const paths = p.ok ? [] : p.errors.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['employments[1].from', 'disabilityGrade']));
  });
});
