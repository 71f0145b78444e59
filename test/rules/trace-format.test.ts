/**
 * The trace's number format (rules engine, issue #3 speed): formatting from integers gives the
 * same text as the plain formula String(round(n × 10^d) / 10^d) it replaced.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fmt } from '../../src/rules/trace';

const reference = (n: number, decimals: number) =>
  Number.isInteger(n) ? String(n) : String(Math.round(n * 10 ** decimals) / 10 ** decimals);

describe('trace number format', () => {
  it('matches String(round(n × 10^d) / 10^d) for any number and 0–8 decimals', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ noNaN: true, noDefaultInfinity: true }),
          fc.double({ min: -1e9, max: 1e9, noNaN: true }),
          fc.integer({ min: -1e9, max: 1e9 }).map((i) => i / 1000),
          fc.integer({ min: 0, max: 1e8 }).map((i) => i / 146100),
        ),
        fc.integer({ min: 0, max: 8 }),
        (n, d) => {
          expect(fmt(n, d)).toBe(reference(n, d));
        },
      ),
      { numRuns: 50000 },
    );
    for (const [n, d] of [
      [0.005, 2],
      [-0.005, 2],
      [-0.004, 2],
      [1.005, 2],
      [12.5, 0],
      [30.0014, 4],
      [0.1 + 0.2, 2],
      [1e21 + 0.5, 2],
      [90071992.54740991, 8],
      [9999999.123456789, 8],
    ] as const)
      expect(fmt(n, d)).toBe(reference(n, d));
  });
});
