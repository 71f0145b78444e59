/** Percentiles of lead times from the daily histogram agree with PostgreSQL's percentile_cont. */
import { describe, expect, it } from 'vitest';
import { percentile } from './statistics';

describe('percentile over a histogram of [days, cases]', () => {
  it('interpolates between neighbours at p·(N−1), as percentile_cont', () => {
    // Lead times 10, 14, 30, 42 (cases-statistics.test.ts, the first quarter): median 22, p90 38.4.
    const h: [number, number][] = [
      [10, 1],
      [14, 1],
      [30, 1],
      [42, 1],
    ];
    expect(percentile(h, 0.5)).toBe(22);
    expect(percentile(h, 0.9)).toBeCloseTo(38.4, 10);
  });

  it('reads repeated values from their counts, and has no answer for no cases', () => {
    expect(
      percentile(
        [
          [5, 3],
          [9, 1],
        ],
        0.5,
      ),
    ).toBe(5);
    expect(
      percentile(
        [
          [5, 1],
          [9, 3],
        ],
        0.5,
      ),
    ).toBe(9);
    expect(percentile([[7, 1]], 0.9)).toBe(7);
    expect(percentile([], 0.5)).toBeNull();
  });
});
