/**
 * Speed (issue #3) must not change what is accepted: the hand-written request check accepts only
 * what the zod schema accepts, and gives the same value (defaults filled in, same key order).
 * Inputs mix valid values with the edge and wrong ones the schema rejects.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CalcRequest } from '../../src/rules';
import { quickParse } from '../../src/rules/request-fast';

const validDate = fc
  .integer({ min: 0, max: 365 * 120 })
  .map((d) => new Date(Date.UTC(1930, 0, 1) + d * 864e5).toISOString().slice(0, 10));
const base = fc.record({
  benefit: fc.constantFrom('old_age', 'rule_85', 'deferred', 'afp_62_65', 'accrual_2020', 'conditional'),
  birthDate: validDate,
  date: validDate,
  ageLimit: fc.option(fc.constantFrom(70, 65, 60, 63, 68), { nil: undefined }),
  periods: fc.array(
    fc.record({
      from: validDate,
      to: validDate,
      positionPct: fc.constantFrom(100, 50, 20, 19.99, 75.5, 0.01),
      annualSalary: fc.oneof(fc.integer({ min: 0, max: 2_000_000 }), fc.constant(100000.25)),
    }),
    { maxLength: 4 },
  ),
  otherServiceYears: fc.option(fc.constantFrom(0, 2, 3.25, 60), { nil: undefined }),
  otherServicePct: fc.option(fc.constantFrom(100, 50, 0.01), { nil: undefined }),
  drawingPct: fc.option(fc.constantFrom(100, 50, 33.33), { nil: undefined }),
  scheme: fc.option(fc.constantFrom('standard', 'spk', 'klp', 'opf-oslo'), { nil: undefined }),
  trace: fc.option(fc.boolean(), { nil: undefined }),
  survivorRules: fc.option(fc.constantFrom('net', 'gross'), { nil: undefined }),
  afpQualified: fc.option(fc.boolean(), { nil: undefined }),
  nationalDisabilityBenefit: fc.option(fc.boolean(), { nil: undefined }),
  childrenUnder18: fc.option(fc.constantFrom(0, 2, 20), { nil: undefined }),
});
type Base = typeof base extends fc.Arbitrary<infer T> ? T : never;

/** A request from the generated fields; periods sorted and laid apart so most are valid. */
function toJson(b: Base): Record<string, unknown> {
  const days = b.periods.flatMap((p) => [p.from, p.to]).sort();
  const employments = b.periods.map((p, i) => ({ ...p, from: days[2 * i], to: days[2 * i + 1] }));
  const json: Record<string, unknown> = {
    benefit: b.benefit,
    date: [b.date, b.birthDate].sort()[1], // the later one: not before the birth date
    person:
      b.ageLimit === undefined
        ? { birthDate: b.birthDate }
        : { birthDate: b.birthDate, ageLimit: b.ageLimit },
    employments,
  };
  for (const k of [
    'otherServiceYears',
    'otherServicePct',
    'drawingPct',
    'scheme',
    'trace',
    'survivorRules',
    'afpQualified',
    'nationalDisabilityBenefit',
    'childrenUnder18',
  ] as const)
    if (b[k] !== undefined) json[k] = b[k];
  return json;
}

/** Wrong or unusual values the schema must judge (each replaces one field, or adds one). */
const WRONG: [string[], unknown][] = [
  [['date'], '2023-02-29'],
  [['date'], '2025-6-01'],
  [['date'], 20250601],
  [['benefit'], 'disability'],
  [['benefit'], 'child'],
  [['benefit'], 'x'],
  [['person', 'ageLimit'], 67],
  [['person', 'ageLimit'], '70'],
  [['person', 'extra'], 1],
  [['person'], null],
  [['employments'], 'none'],
  [['employments', '0', 'positionPct'], 0],
  [['employments', '0', 'positionPct'], 100.01],
  [['employments', '0', 'positionPct'], 33.333],
  [['employments', '0', 'annualSalary'], -1],
  [['employments', '0', 'annualSalary'], 100_000_001],
  [['employments', '0', 'annualSalary'], '600000'],
  [['employments', '0', 'to'], '1930-01-01'],
  [['employments', '0', 'extra'], true],
  [['employments', '1', 'from'], '1930-01-01'],
  [['otherServiceYears'], 61],
  [['otherServiceYears'], 1.001],
  [['otherServicePct'], 0],
  [['drawingPct'], Number.NaN],
  [['drawingPct'], undefined],
  [['childrenUnder18'], 1.5],
  [['childrenUnder18'], 21],
  [['scheme'], 'toString'],
  [['scheme'], 'other'],
  [['survivorRules'], 'both'],
  [['trace'], 1],
  [['nationalDisabilityBenefit'], 'yes'],
  [['afpQualified'], null],
  [['deceased'], { birthDate: '1950-01-01' }],
  [['nationalPension'], { grunnpensjon: 100000 }],
  [['unknown'], 1],
];

function mutate(json: Record<string, unknown>, picks: number[]): Record<string, unknown> {
  const out = structuredClone(json);
  for (const i of picks) {
    const [path, value] = WRONG[i % WRONG.length] as [string[], unknown];
    let at: Record<string, unknown> | undefined = out;
    for (const k of path.slice(0, -1)) at = at?.[k] as Record<string, unknown> | undefined;
    if (at && typeof at === 'object') at[path[path.length - 1] as string] = value;
  }
  return out;
}

const input = fc
  .tuple(base, fc.array(fc.nat(), { maxLength: 2 }))
  .map(([b, picks]) => mutate(toJson(b), picks));

describe('hand-written request check', () => {
  it('accepts only what the schema accepts, with the same value and key order', () => {
    let accepted = 0;
    let rejected = 0;
    fc.assert(
      fc.property(input, (json) => {
        const quick = quickParse(json);
        const zod = CalcRequest.safeParse(json);
        if (quick === undefined) {
          rejected++;
          return;
        }
        accepted++;
        expect(zod.success, JSON.stringify(json)).toBe(true);
        expect(JSON.stringify(quick)).toBe(JSON.stringify(zod.data));
        expect(quick).toStrictEqual(zod.data);
      }),
      { numRuns: 20000 },
    );
    expect(accepted).toBeGreaterThan(100);
    expect(rejected).toBeGreaterThan(100);
    // 20 000 generated requests: the machine is shared, so allow it time (no timing is asserted).
  }, 120_000);

  it('takes the plain old-age request of an actuary’s file (so zod is not asked)', () => {
    const json = {
      benefit: 'old_age',
      date: '2025-06-28',
      person: { birthDate: '1958-06-03', ageLimit: 70 },
      employments: [
        { from: '1985-01-01', to: '1999-12-31', positionPct: 75.5, annualSalary: 420000 },
        { from: '2000-01-01', to: '2025-06-27', positionPct: 100, annualSalary: 812000 },
      ],
      otherServiceYears: 2,
      trace: false,
    };
    const quick = quickParse(json);
    expect(quick).toBeDefined();
    expect(quick).toStrictEqual(CalcRequest.parse(json));
  });

  it('leaves every rejection to zod, so errors keep its field paths', () => {
    for (const bad of [
      { benefit: 'old_age', date: '2025-06-01', person: { birthDate: '1958-03-14', ageLimit: 99 } },
      { benefit: 'old_age', date: '2025-06-01', person: { birthDate: '1958-03-14' }, drawingPct: 0 },
      {
        benefit: 'old_age',
        date: '2025-06-01',
        person: { birthDate: '1958-03-14' },
        employments: [
          { from: '2000-01-01', to: '2010-12-31', positionPct: 100, annualSalary: 1 },
          { from: '2010-01-01', to: '2012-12-31', positionPct: 100, annualSalary: 1 },
        ],
      },
      { benefit: 'old_age', date: '1950-06-01', person: { birthDate: '1958-03-14' }, otherServiceYears: 1 },
      { benefit: 'old_age', date: '2025-06-01', person: { birthDate: '1958-03-14' } },
    ])
      expect(quickParse(bad)).toBeUndefined();
  });
});
