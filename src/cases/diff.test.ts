import { describe, expect, it } from 'vitest';
import { diffCalculations } from './diff';

describe('the difference between two calculation versions', () => {
  it('lists changed leaves of request and result by path, without the trace', () => {
    const before = {
      request: {
        date: '2025-04-01',
        employments: [{ from: '1990-01-01', annualSalary: 600000 }],
        otherServiceYears: 2,
      },
      result: { annualAmount: 400000, components: { gross: 400000 }, trace: [{ rule: 'a' }] },
    };
    const after = {
      request: {
        date: '2025-04-01',
        employments: [{ from: '1990-01-01', annualSalary: 650000 }],
        otherServiceYears: 2,
      },
      result: {
        annualAmount: 429000,
        components: { gross: 429000, samordning: -1000 },
        trace: [{ rule: 'b' }],
      },
    };
    expect(diffCalculations(before, after)).toEqual([
      { path: 'request.employments[0].annualSalary', before: 600000, after: 650000 },
      { path: 'result.annualAmount', before: 400000, after: 429000 },
      { path: 'result.components.gross', before: 400000, after: 429000 },
      { path: 'result.components.samordning', before: null, after: -1000 },
    ]);
  });
  it('is empty for equal versions', () => {
    const v = { request: { a: 1 }, result: { b: [1, 2] } };
    expect(diffCalculations(v, structuredClone(v))).toEqual([]);
  });
});
