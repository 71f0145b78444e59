import { describe, expect, it } from 'vitest';
import { gBefore, gInForce } from './g-values';

describe('a recorded G wins over the built-in table from its date', () => {
  it('uses the built-in G where nothing is recorded', () => {
    expect(gInForce([], '2025-06-01')).toEqual({ from: '2025-05-01', g: 130160 });
    expect(gBefore([], '2025-05-01')).toEqual({ from: '2024-05-01', g: 124028 });
  });
  it('takes a recorded G from its date, also one on the same day as a built-in row', () => {
    const recorded = [
      { from: '2027-05-01', g: 141000 },
      { from: '2026-05-01', g: 136000 },
    ];
    expect(gInForce(recorded, '2027-05-01')).toEqual({ from: '2027-05-01', g: 141000 });
    expect(gInForce(recorded, '2026-12-31')).toEqual({ from: '2026-05-01', g: 136000 });
    expect(gBefore(recorded, '2027-05-01')).toEqual({ from: '2026-05-01', g: 136000 });
    expect(gInForce(recorded, '2026-04-30')).toEqual({ from: '2025-05-01', g: 130160 });
  });
});
