/**
 * Golden cases (issue #3, item 6): each file in golden/ holds a request, its source, the
 * arithmetic written out by hand and the expected answer. The engine must match to the krone,
 * with the trace on and off.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { calculate, parseCalcRequest } from '../../src/rules';

interface Golden {
  name: string;
  source: string;
  arithmetic: string[];
  request: unknown;
  expected: {
    eligible: boolean;
    annualAmount: number;
    monthlyAmount: number;
    provisional?: boolean;
    components?: Record<string, number>;
  };
}

const dir = path.join(path.dirname(new URL(import.meta.url).pathname), 'golden');
const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort();

describe('golden cases', () => {
  it('has at least 25 cases, each with a source and written-out arithmetic', () => {
    expect(files.length).toBeGreaterThanOrEqual(25);
    for (const f of files) {
      const g = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as Golden;
      expect(g.source, f).toMatch(/\S/);
      expect(g.arithmetic.length, f).toBeGreaterThan(0);
    }
  });

  for (const f of files) {
    const g = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as Golden;
    it(`${f}: ${g.name}`, () => {
      for (const trace of [true, false]) {
        const parsed = parseCalcRequest({ ...(g.request as object), trace });
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
        const r = calculate(parsed.request);
        expect(r.eligible, r.reasons.join('; ')).toBe(g.expected.eligible);
        expect(r.annualAmount).toBe(g.expected.annualAmount);
        expect(r.monthlyAmount).toBe(g.expected.monthlyAmount);
        for (const [k, v] of Object.entries(g.expected.components ?? {})) expect(r.components[k], k).toBe(v);
        if (g.expected.provisional !== undefined) expect(r.provisional).toBe(g.expected.provisional);
        if (trace) expect(r.trace?.length).toBeGreaterThan(0);
        else expect(r.trace).toBeUndefined();
      }
    });
  }
});
