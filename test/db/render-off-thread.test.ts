// Issue #22 item 2: a large key-figures PDF renders in a worker thread; /api/health answers within
// 200 ms meanwhile (on the request thread it waited seconds behind the render).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/domain/dates';
import { computeKeyFigures } from '../../src/reports/key-figures/compute';
import type { KeyFiguresReport } from '../../src/reports/key-figures/model';
import { renderOffThread, renderPoolLoad } from '../../src/reports/key-figures/render-pool';
import { createTestApp, type TestApp } from '../support/app';
import { D, insertPopulation } from './key-figures.population';

let t: TestApp;
let report: KeyFiguresReport;

beforeAll(async () => {
  t = await createTestApp();
  await insertPopulation(t.ctx.db);
  report = await computeKeyFigures(t.ctx.db, { date: D as IsoDate });
});
afterAll(() => t.close());

/** The report with `n` employers: every employer keyed figure copied from the first one. */
function inflate(r: KeyFiguresReport, n: number): KeyFiguresReport {
  const big = structuredClone(r);
  const first = Object.keys(r.employers)[0] as string;
  const copy = <T>(rec: Record<string, T>) => {
    const v = rec[first];
    if (v === undefined) return;
    for (let i = 0; i < n; i++) rec[`9${String(i).padStart(8, '0')}`] = structuredClone(v);
  };
  for (let i = 0; i < n; i++) big.employers[`9${String(i).padStart(8, '0')}`] = `Kommune nummer ${i}`;
  copy(big.membershipsByEmployer);
  copy(big.enrolment.byEmployer);
  copy(big.comparison.byEmployer);
  copy(big.financeTotals.byEmployer);
  for (const byProvider of Object.values(big.pensionsByTypeProviderEmployer))
    for (const rec of Object.values(byProvider)) copy(rec);
  for (const rec of Object.values(big.finance)) copy(rec as Record<string, unknown>);
  return big;
}

describe('rendering off the request thread', () => {
  it('answers /api/health within 200 ms while a large PDF renders', { timeout: 240_000 }, async () => {
    const big = inflate(report, 25);
    let finished = false;
    const rendering = renderOffThread(big, 'pdf').finally(() => {
      finished = true;
    });
    const waits: number[] = [];
    while (!finished) {
      const started = performance.now();
      const res = await t.app.inject({ method: 'GET', url: '/api/health' });
      expect(res.statusCode).toBe(200);
      waits.push(performance.now() - started);
      await new Promise((r) => setTimeout(r, 25));
    }
    const pdf = await rendering;
    expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.body.length).toBeGreaterThan(50_000);
    // The render took a while (many health checks), and none of them waited for it.
    expect(waits.length).toBeGreaterThan(5);
    // On this shared 2-core machine the OS may pause the thread now and then: 95 % within 200 ms,
    // none near the seconds a render on the request thread would block for.
    const sorted = [...waits].sort((a, b) => a - b);
    expect(sorted[Math.floor(sorted.length * 0.95)]).toBeLessThan(200);
    expect(Math.max(...waits)).toBeLessThan(1000);
    expect(renderPoolLoad()).toEqual({ running: 0, waiting: 0 });
  });

  it('queues renders beyond the limit and renders each', { timeout: 240_000 }, async () => {
    const files = await Promise.all([
      renderOffThread(report, 'pdf'),
      renderOffThread(report, 'xlsx'),
      renderOffThread(report, 'pdf'),
      renderOffThread(report, 'csv'),
    ]);
    expect(files.map((f) => f.extension)).toEqual(['pdf', 'xlsx', 'pdf', 'csv']);
    expect(files[1]?.body.subarray(0, 2).toString()).toBe('PK');
  });
});
