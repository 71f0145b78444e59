/**
 * A decision letter from the order the cases capability writes at approval (issue #19 item 1,
 * issue #20 item 3): the calculation is explained in plain language from the rules engine's
 * answer, with its numbers, and the right to appeal follows.
 */
import { describe, expect, it } from 'vitest';
import { isoDate } from '../../domain/dates';
import { calculate, parseCalcRequest } from '../../rules';
import { composeLetter } from './compose-letter';

function caseOrder() {
  const parsed = parseCalcRequest({
    benefit: 'old_age',
    date: '2025-04-01',
    person: { birthDate: '1958-03-14', ageLimit: 70 },
    employments: [{ from: '1995-01-01', to: '2024-12-31', positionPct: 100, annualSalary: 600000 }],
    trace: true,
  });
  if (!parsed.ok) throw new Error('golden request no longer parses');
  const result = calculate(parsed.request);
  return {
    caseId: 7,
    caseType: 'old_age',
    outcome: 'granted',
    from: '2025-04-01',
    reason: 'Vilkårene for alderspensjon er oppfylt.',
    benefit: 'old_age',
    annualAmount: 39_600_000,
    monthlyAmount: 3_300_000,
    calculation: { version: 1, request: parsed.request, result },
    approvedAt: '2025-03-20T10:00:00.000Z',
  };
}

describe('decision letter from a case', () => {
  it('explains the calculation for the member with its numbers', () => {
    const letter = composeLetter({
      type: 'decision',
      data: caseOrder(),
      recipient: { name: 'Kari Nordmann', address: 'Storgata 1\n0150 Oslo' },
      caseId: 7,
      date: isoDate(2025, 3, 20),
    });
    const text = letter.blocks.map((b) => ('text' in b ? b.text : JSON.stringify(b))).join('\n');
    expect(text).toContain('33 000');
    expect(text).toContain('396 000');
    expect(text).toContain('30 år');
    expect(text).toContain('Vilkårene for alderspensjon er oppfylt.');
  });
});
