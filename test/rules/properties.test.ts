/**
 * Properties of the rules (issue #3, item 6), checked with fast-check over generated histories.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CalcRequestInput, calculate, parseCalcRequest } from '../../src/rules';
import { gOn } from '../../src/rules/parameters/g';
import { regulateAccrued } from '../../src/rules/regulate';

function run(input: CalcRequestInput) {
  const p = parseCalcRequest(input);
  if (!p.ok) throw new Error(JSON.stringify(p.errors));
  return calculate(p.request);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An old-age history: one to three periods ending the day before the date, at 67. */
const history = fc.record({
  birthYear: fc.integer({ min: 1942, max: 1959 }),
  birthMonth: fc.integer({ min: 1, max: 12 }),
  birthDay: fc.integer({ min: 1, max: 28 }),
  lengths: fc.array(fc.integer({ min: 1, max: 15 }), { minLength: 1, maxLength: 3 }),
  pcts: fc.array(fc.constantFrom(20, 40, 50, 60, 75.5, 80, 100), { minLength: 3, maxLength: 3 }),
  salaries: fc.array(fc.integer({ min: 100000, max: 3000000 }), { minLength: 3, maxLength: 3 }),
  other: fc.integer({ min: 0, max: 10 }),
});
type History = typeof history extends fc.Arbitrary<infer T> ? T : never;

function oldAgeRequest(h: History, extraYearsAtStart = 0): CalcRequestInput {
  const date = `${h.birthYear + 67}-${pad(h.birthMonth)}-${pad(h.birthDay)}`;
  const endYear = h.birthYear + 67;
  const employments = [];
  let to = endYear;
  // Periods backwards from the year before the date; each `lengths[i]` years long.
  for (let i = h.lengths.length - 1; i >= 0; i--) {
    const len = (h.lengths[i] as number) + (i === 0 ? extraYearsAtStart : 0);
    const from = to - len;
    employments.unshift({
      from: `${from}-01-01`,
      to: i === h.lengths.length - 1 ? `${endYear}-01-01` : `${to - 1}-12-31`,
      positionPct: h.pcts[i] as number,
      annualSalary: h.salaries[i] as number,
    });
    to = from;
  }
  return {
    benefit: 'old_age',
    date,
    person: { birthDate: `${h.birthYear}-${pad(h.birthMonth)}-${pad(h.birthDay)}`, ageLimit: 70 },
    employments,
    otherServiceYears: h.other,
    trace: false,
  };
}

describe('rule properties', () => {
  it('more service never lowers a pension (extra years at the start, same percentage)', () => {
    fc.assert(
      fc.property(history, fc.integer({ min: 1, max: 10 }), (h, extra) => {
        const before = run(oldAgeRequest(h));
        const after = run(oldAgeRequest(h, extra));
        expect(after.annualAmount).toBeGreaterThanOrEqual(before.annualAmount);
      }),
      { numRuns: 300 },
    );
  });

  it('nothing exceeds the caps: gross ≤ 66 % of 12 G, holdings/drawn ≤ gross', () => {
    fc.assert(
      fc.property(history, fc.integer({ min: 1, max: 100 }), (h, drawing) => {
        const req = { ...oldAgeRequest(h), drawingPct: drawing };
        const r = run(req);
        const cap = Math.round(0.66 * 12 * gOn(req.date));
        expect(r.components.gross ?? 0).toBeLessThanOrEqual(cap);
        expect(r.annualAmount).toBeLessThanOrEqual(r.components.gross ?? 0);
      }),
      { numRuns: 300 },
    );
  });

  it('a pension at 30 years full time equals the full rate: 66 % of min(salary, 12 G)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1943, max: 1958 }),
        fc.integer({ min: 50000, max: 3000000 }),
        (by, salary) => {
          const r = run({
            benefit: 'old_age',
            date: `${by + 67}-06-01`,
            person: { birthDate: `${by}-03-01`, ageLimit: 70 },
            employments: [
              { from: `${by + 37}-01-01`, to: `${by + 66}-12-31`, positionPct: 100, annualSalary: salary },
            ],
            trace: false,
          });
          const base = Math.min(salary, 12 * gOn(`${by + 67}-06-01`));
          // 66 % of an integer: exact in hundredths, half up. The gross pension, before the
          // levealdersjustering (cohort 1949 at 67 is divided by its forholdstall).
          expect(r.components.gross).toBe(Math.floor((base * 66 + 50) / 100));
          expect(r.annualAmount).toBeLessThanOrEqual(r.components.gross as number);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('regulation is monotone in G: a later date (higher G) never gives less', () => {
    const dates = [
      '2009-06-01',
      '2012-06-01',
      '2015-06-01',
      '2018-06-01',
      '2021-06-01',
      '2024-06-01',
      '2026-06-01',
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5_000_000 }),
        fc.integer({ min: 0, max: dates.length - 1 }),
        fc.integer({ min: 0, max: dates.length - 1 }),
        (amount, i, j) => {
          const [a, b] = i <= j ? [i, j] : [j, i];
          const from = dates[0] as string;
          expect(regulateAccrued(amount, from, dates[b] as string)).toBeGreaterThanOrEqual(
            regulateAccrued(amount, from, dates[a] as string),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a calculation is deterministic, and the trace does not change the amounts', () => {
    fc.assert(
      fc.property(history, (h) => {
        const req = oldAgeRequest(h);
        const a = run({ ...req, trace: true });
        const b = run({ ...req, trace: true });
        const c = run({ ...req, trace: false });
        expect(b).toEqual(a);
        expect({ ...a, trace: undefined }).toEqual({ ...c, trace: undefined });
      }),
      { numRuns: 200 },
    );
  });
});
