/**
 * A G recorded by the fund (issue #18: the regulation's new G as a dated parameter) reaches the
 * engine through the request's optional `gTable`: it replaces the built-in G from its date.
 */
import { describe, expect, it } from 'vitest';
import { calculate, parseCalcRequest } from '../../src/rules';
import { averageG, gOn, withGTable } from '../../src/rules/parameters/g';

const base = {
  benefit: 'old_age',
  date: '2027-06-01',
  person: { birthDate: '1960-03-14', ageLimit: 70 },
  // Salary above 12 G: the pensionable base is the cap, 12 × G.
  employments: [{ from: '1990-01-01', to: '2027-05-31', positionPct: 100, annualSalary: 2_500_000 }],
  trace: false,
};

function calc(input: unknown) {
  const p = parseCalcRequest(input);
  if (!p.ok) throw new Error(JSON.stringify(p.errors));
  return calculate(p.request);
}

describe('a G table on the request', () => {
  it('a recorded new G from 1 May 2027 changes the capped amount: 12 × G × 66 %', () => {
    const before = calc(base);
    // Built-in: the 2026 G (136 549) is the latest; 12 × 136 549 × 0.66 = 1 081 468.08.
    expect(before.parameters.G).toBe(136549);
    expect(before.components.gross).toBe(1_081_468);
    const after = calc({ ...base, gTable: [{ from: '2027-05-01', g: 142_000 }] });
    expect(after.parameters.G).toBe(142000);
    // 12 × 142 000 × 0.66 = 1 124 640.
    expect(after.components.gross).toBe(1_124_640);
    // Cohort 1960's forholdstall is not published: the amount is the gross, provisional.
    expect(after.provisional).toBe(true);
    expect(after.annualAmount).toBe(1_124_640);
  });

  it('a row dated after the calculation date changes nothing; an earlier built-in row is kept', () => {
    expect(calc({ ...base, gTable: [{ from: '2027-07-01', g: 142_000 }] })).toEqual(calc(base));
  });

  it('a given row wins over the built-in row of the same day, and only inside its calculation', () => {
    const r = calc({ ...base, date: '2025-06-01', gTable: [{ from: '2025-05-01', g: 131_000 }] });
    expect(r.parameters.G).toBe(131000);
    expect(gOn('2025-06-01')).toBe(130160);
  });

  it('the average G of the year a given row starts in is weighted 4/12 and 8/12 (1 May)', () => {
    withGTable([{ from: '2027-05-01', g: 142_000 }], () => {
      // 136 549 × 4/12 + 142 000 × 8/12 = 140 183.
      expect(averageG(2027)).toBe(140183);
      expect(averageG(2028)).toBe(140183);
      expect(averageG(2025)).toBe(128116);
    });
    expect(averageG(2027)).toBe(134419);
  });

  it('is checked at the boundary: a real date, a whole positive G, one row per day', () => {
    const bad = parseCalcRequest({
      ...base,
      gTable: [
        { from: '2027-05-01', g: 142_000 },
        { from: '2027-02-30', g: 1 },
        { from: '2027-05-01', g: 0.5 },
      ],
    });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    const paths = bad.errors.map((e) => e.path);
    expect(paths).toContain('gTable[1].from');
    expect(paths).toContain('gTable[2].g');
  });

  it('duplicate days are refused with the later row named', () => {
    const bad = parseCalcRequest({
      ...base,
      gTable: [
        { from: '2027-05-01', g: 142_000 },
        { from: '2027-05-01', g: 143_000 },
      ],
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.errors).toEqual([
        { path: 'gTable[1].from', message: 'the same day as row 0: one G per day' },
      ]);
  });
});
