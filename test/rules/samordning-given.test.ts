/**
 * Issue #3 review, finding 2: folketrygd amounts given in the request are never silently
 * ignored. A coordinated benefit applies samordning; any other benefit's trace says the amounts
 * were given but are not applied, and why — never "no folketrygd amounts were given".
 */
import { describe, expect, it } from 'vitest';
import { type CalcRequestInput, calculate, parseCalcRequest } from '../../src/rules';

const nationalPension = { grunnpensjon: 100000, tilleggspensjon: 120000, pensjonstillegg: 10000 };

function samordningSteps(input: CalcRequestInput) {
  const p = parseCalcRequest({ ...input, nationalPension, trace: true });
  if (!p.ok) throw new Error(JSON.stringify(p.errors));
  const r = calculate(p.request);
  expect(r.eligible, r.reasons.join('; ')).toBe(true);
  return { r, texts: (r.trace ?? []).filter((s) => s.rule === 'samordning').map((s) => s.text) };
}

const first = { from: '1990-01-01', to: '2024-12-31', positionPct: 100, annualSalary: 500000 };
const worked = [first];
const deceased = {
  birthDate: '1950-02-01',
  deathDate: '2020-11-03',
  ageLimit: 70,
  employments: worked.map((e) => ({ ...e, to: '2016-12-31' })),
};

const notApplied: [string, CalcRequestInput, RegExp][] = [
  [
    'afp_62_65',
    {
      benefit: 'afp_62_65',
      date: '2024-06-01',
      person: { birthDate: '1960-03-01' },
      employments: worked,
      folketrygdAfp: 150000,
    },
    /old AFP/,
  ],
  [
    'afp_65_67',
    {
      benefit: 'afp_65_67',
      date: '2025-06-01',
      person: { birthDate: '1959-03-01' },
      employments: [{ ...first, to: '2025-12-31' }],
    },
    /old AFP/,
  ],
  [
    'accrual_2020',
    { benefit: 'accrual_2020', date: '2026-06-01', person: { birthDate: '1963-06-01' }, employments: worked },
    /not coordinated/,
  ],
  [
    'conditional',
    { benefit: 'conditional', date: '2026-06-01', person: { birthDate: '1963-06-01' }, employments: worked },
    /not coordinated/,
  ],
  [
    'disability',
    {
      benefit: 'disability',
      date: '2024-06-01',
      person: { birthDate: '1970-06-01' },
      employments: worked,
      disabilityGrade: 50,
    },
    /top-up/,
  ],
  [
    'spouse (net rules)',
    { benefit: 'spouse', date: '2025-01-01', person: { birthDate: '1952-07-01' }, deceased },
    /net rules/,
  ],
  [
    'child',
    {
      benefit: 'child',
      date: '2025-01-01',
      person: { birthDate: '2010-07-01' },
      deceased,
      child: { birthDate: '2010-07-01' },
    },
    /child pension/,
  ],
];

describe('folketrygd amounts given (nationalPension)', () => {
  for (const [name, input, why] of notApplied)
    it(`${name}: the trace says they were given but not applied, with the reason`, () => {
      const { texts } = samordningSteps(input);
      expect(texts).toHaveLength(1);
      expect(texts[0]).toMatch(/were given \(nationalPension\) but are not applied for this benefit/);
      expect(texts[0]).toMatch(why);
      expect(texts[0]).not.toMatch(/no folketrygd amounts were given/);
    });

  for (const [name, input] of [
    [
      'deferred',
      {
        benefit: 'deferred',
        date: '2025-04-01',
        person: { birthDate: '1958-03-14' },
        employments: [{ ...first, to: '2009-12-31' }],
      },
    ],
    [
      'old_age',
      { benefit: 'old_age', date: '2025-04-01', person: { birthDate: '1958-03-14' }, employments: worked },
    ],
    [
      'spouse (gross rules)',
      {
        benefit: 'spouse',
        date: '2025-01-01',
        person: { birthDate: '1952-07-01' },
        deceased,
        survivorRules: 'gross',
      },
    ],
  ] as [string, CalcRequestInput][])
    it(`${name}: a gross-scheme benefit is coordinated (samordning deducted)`, () => {
      const { r, texts } = samordningSteps(input);
      expect(texts).toHaveLength(1);
      expect(texts[0]).toMatch(/^SIMPLIFIED samordning: deduction/);
      expect(r.components.samordning).toBeLessThan(0);
      // Components are rounded separately, so they add up to the amount within a krone.
      const sum = (r.components.gross ?? 0) + (r.components.samordning ?? 0);
      expect(Math.abs(sum - r.annualAmount)).toBeLessThanOrEqual(1);
      expect(r.annualAmount).toBeLessThan(r.components.gross ?? 0);
    });
});
