/**
 * Issue #3 review, finding 1: a calculation never produces NaN or null amounts. For every benefit,
 * over random valid requests — including requests with no own employment and only
 * `otherServiceYears`, 29 February birthdays and samordning input — the annual and monthly
 * amounts and every component are finite integers, the amounts ≥ 0; and the member's
 * explanation of every traced answer has a template for each step.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysInMonth } from '../../src/domain/dates';
import {
  BENEFITS,
  type CalcRequestInput,
  calculateChecked,
  EXPLAIN_LANGUAGES,
  explain,
  parseCalcRequest,
} from '../../src/rules';
import { uncoveredRules } from '../../src/rules/explain/index';

const pad = (n: number) => String(n).padStart(2, '0');

/** A real calendar day of any month, 29 February included in leap years. */
const realDate = (minYear: number, maxYear: number) =>
  fc
    .record({
      year: fc.integer({ min: minYear, max: maxYear }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 31 }),
      leapDay: fc.boolean(),
    })
    .map(({ year, month, day, leapDay }) => {
      // Leap years often land on 29 February: the day the age rules disagreed on.
      if (leapDay && year % 4 === 0) return `${year}-02-29`;
      return `${year}-${pad(month)}-${pad(Math.min(day, daysInMonth(year, month)))}`;
    });

const period = fc.record({
  startAge: fc.integer({ min: 18, max: 66 }),
  years: fc.integer({ min: 0, max: 30 }),
  days: fc.integer({ min: 0, max: 364 }),
  positionPct: fc.constantFrom(10, 20, 50, 80, 100),
  annualSalary: fc.integer({ min: 0, max: 2_500_000 }),
});

const input = fc.record({
  benefit: fc.constantFrom(...BENEFITS),
  birthDate: realDate(1940, 1975),
  ageAtDate: fc.integer({ min: 55, max: 78 }),
  dateMonthDay: realDate(2000, 2000).map((d) => d.slice(5)),
  ageLimit: fc.constantFrom(60, 63, 65, 68, 70),
  periods: fc.array(period, { minLength: 0, maxLength: 3 }),
  other: fc.integer({ min: 0, max: 2000 }).map((h) => h / 100),
  drawing: fc.constantFrom(100, 50, 20.5),
  grade: fc.constantFrom(10, 20, 50, 100),
  national: fc.option(
    fc.record({
      grunnpensjon: fc.integer({ min: 0, max: 150_000 }),
      tilleggspensjon: fc.integer({ min: 0, max: 300_000 }),
      pensjonstillegg: fc.integer({ min: 0, max: 50_000 }),
    }),
  ),
  folketrygdAfp: fc.option(fc.integer({ min: 0, max: 300_000 })),
  survivorRules: fc.constantFrom('net' as const, 'gross' as const),
  deathAfter: fc.integer({ min: 0, max: 3000 }),
  childAge: fc.integer({ min: 0, max: 25 }),
});
type Generated = typeof input extends fc.Arbitrary<infer T> ? T : never;

function employmentsOf(birthDate: string, periods: Generated['periods']) {
  const birthYear = Number(birthDate.slice(0, 4));
  const out = [];
  let earliest = 0;
  for (const p of [...periods].sort((a, b) => a.startAge - b.startAge)) {
    const fromYear = Math.max(birthYear + p.startAge, earliest);
    const from = `${fromYear}-01-01`;
    const toYear = fromYear + p.years;
    const to = `${toYear}-${pad(1 + (Math.floor(p.days / 31) % 12))}-${pad(1 + (p.days % 28))}`;
    out.push({ from, to, positionPct: p.positionPct, annualSalary: p.annualSalary });
    earliest = toYear + 1;
  }
  return out;
}

function toRequest(g: Generated): CalcRequestInput {
  const birthYear = Number(g.birthDate.slice(0, 4));
  const md = g.dateMonthDay;
  const year = birthYear + g.ageAtDate;
  const date = md === '02-29' && year % 4 !== 0 ? `${year}-02-28` : `${year}-${md}`;
  const employments = employmentsOf(g.birthDate, g.periods).filter((e) => e.from < date);
  // A request needs own periods or other service; with no periods, other service only.
  const other = employments.length === 0 && g.other === 0 ? 7.5 : g.other;
  const survivor = g.benefit === 'spouse' || g.benefit === 'child';
  const deathDay = new Date(Date.parse(`${date}T00:00:00Z`) - g.deathAfter * 864e5)
    .toISOString()
    .slice(0, 10);
  const deadEmployments = employmentsOf(g.birthDate, g.periods).filter((e) => e.from <= deathDay);
  const childBirth = `${year - g.childAge}-06-15`;
  return {
    benefit: g.benefit,
    date,
    person: { birthDate: g.birthDate, ageLimit: g.ageLimit },
    employments: survivor ? [] : employments,
    otherServiceYears: other,
    drawingPct: g.drawing,
    disabilityGrade: g.grade,
    ...(g.national ? { nationalPension: g.national } : {}),
    ...(g.folketrygdAfp !== null ? { folketrygdAfp: g.folketrygdAfp } : {}),
    survivorRules: g.survivorRules,
    ...(survivor
      ? {
          deceased: {
            birthDate: g.birthDate,
            deathDate: deathDay,
            ageLimit: g.ageLimit,
            employments: deadEmployments.length
              ? deadEmployments
              : [
                  {
                    from: `${birthYear + 30}-01-01`,
                    to: `${birthYear + 31}-12-31`,
                    positionPct: 100,
                    annualSalary: 400000,
                  },
                ],
            otherServiceYears: other,
          },
          child: { birthDate: childBirth },
        }
      : {}),
  };
}

const isWholeKroner = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && Number.isInteger(v);

describe('amounts are always finite whole kroner (issue #3 review, finding 1)', () => {
  it('annualAmount, monthlyAmount and every component are finite integers, amounts ≥ 0, for every benefit', () => {
    const answered = new Map<string, number>();
    let ownOnlyOther = 0;
    fc.assert(
      fc.property(input, fc.boolean(), (g, trace) => {
        const req = toRequest(g);
        const parsed = parseCalcRequest({ ...req, trace });
        if (!parsed.ok) return;
        const r = calculateChecked(parsed.request);
        if ('errors' in r) return;
        answered.set(g.benefit, (answered.get(g.benefit) ?? 0) + 1);
        if (parsed.request.employments.length === 0 && !parsed.request.deceased) ownOnlyOther++;
        const what = JSON.stringify(req);
        expect(isWholeKroner(r.annualAmount), what).toBe(true);
        expect(r.annualAmount, what).toBeGreaterThanOrEqual(0);
        expect(isWholeKroner(r.monthlyAmount), what).toBe(true);
        expect(r.monthlyAmount, what).toBeGreaterThanOrEqual(0);
        for (const [k, v] of Object.entries(r.components))
          expect(isWholeKroner(v), `${k} in ${what}`).toBe(true);
        for (const [k, v] of Object.entries(r.parameters))
          if (typeof v === 'number') expect(Number.isFinite(v), `${k} in ${what}`).toBe(true);
        // The member's explanation (issue #20) covers every step of any answer, with no gaps.
        if (trace)
          for (const language of EXPLAIN_LANGUAGES) {
            expect(uncoveredRules(r, r.trace ?? [], language), what).toEqual([]);
            const e = explain(r, r.trace ?? [], language);
            const text = [e.summary, ...e.basis, ...e.steps, ...e.conditions.map((c) => c.text), ...e.notes];
            expect(text.join('\n'), what).not.toMatch(/undefined|NaN|null/);
          }
      }),
      { numRuns: 4000 },
    );
    // Every benefit was answered, and requests with only other service were among them.
    for (const b of BENEFITS) expect(answered.get(b) ?? 0, b).toBeGreaterThan(50);
    expect(ownOnlyOther).toBeGreaterThan(100);
    // 4 000 generated requests: the machine is shared, so allow it time (no timing is asserted).
  }, 120_000);

  it('only other service (no own period): deferred and old_age answer not eligible, in words', () => {
    for (const [benefit, birthDate, date] of [
      ['deferred', '1955-05-01', '2025-06-01'],
      ['old_age', '1955-05-01', '2025-06-01'],
    ] as const) {
      for (const trace of [true, false]) {
        const p = parseCalcRequest({
          benefit,
          date,
          person: { birthDate, ageLimit: 70 },
          employments: [],
          otherServiceYears: 10,
          trace,
        });
        if (!p.ok) throw new Error(JSON.stringify(p.errors));
        const r = calculateChecked(p.request);
        if ('errors' in r) throw new Error(JSON.stringify(r.errors));
        expect(r.eligible).toBe(false);
        expect(r.annualAmount).toBe(0);
        expect(r.components.gross).toBe(0);
        expect(r.reasons.join(' ')).toMatch(/not met: has counted membership in this scheme/);
      }
    }
  });

  it('born 1963+ with only work after 2019: no deferred gross right (service before 2020 only)', () => {
    const p = parseCalcRequest({
      benefit: 'deferred',
      date: '2033-06-01',
      person: { birthDate: '1966-05-01', ageLimit: 70 },
      employments: [{ from: '2021-01-01', to: '2025-12-31', positionPct: 100, annualSalary: 500000 }],
      otherServiceYears: 10,
    });
    if (!p.ok) throw new Error(JSON.stringify(p.errors));
    const r = calculateChecked(p.request);
    if ('errors' in r) throw new Error(JSON.stringify(r.errors));
    expect(r.eligible).toBe(false);
    expect(r.annualAmount).toBe(0);
    expect(r.reasons.join(' ')).toMatch(/not met: has counted membership in this scheme before 2020-01-01/);
  });
});
