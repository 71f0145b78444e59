/**
 * Issue #6 ("Scale"): the key-figures statement splits memberships into id ranges (the units of a
 * Parallel Append on PostgreSQL). Whatever the number of ranges, the sums per (employer, scheme)
 * of the hand-built population must be the same, so a range boundary never loses or doubles a
 * membership, its employments or its pensions.
 */
import { CompiledQuery } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CellRow, keyFiguresSql, sumCells } from '../../src/reports/key-figures/query';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { D, insertPopulation } from './key-figures.population';

let t: TestDatabase;
let lo = 0;
let hi = 0;

beforeAll(async () => {
  t = await createTestDatabase();
  await insertPopulation(t.db);
  const r = await t.db.kysely.executeQuery<{ lo: number; hi: number }>(
    CompiledQuery.raw('select min(id) as lo, max(id) as hi from membership'),
  );
  lo = Number(r.rows[0]?.lo);
  hi = Number(r.rows[0]?.hi) + 1;
});
afterAll(async () => t?.dispose());

/** The statement's cells for `chunks` equal ranges, summed per employer and scheme. */
async function sums(chunks: number): Promise<Record<string, Record<string, number>>> {
  const bounds = Array.from({ length: chunks + 1 }, (_, i) => lo + Math.round((i * (hi - lo)) / chunks));
  const r = await t.db.kysely.executeQuery<CellRow>(
    CompiledQuery.raw(keyFiguresSql(chunks), [D, '2016-12-31', ...bounds]),
  );
  return Object.fromEntries(sumCells(r.rows).map((row) => [`${row.employerId}/${row.schemeCode}`, row.sums]));
}

describe('key figures over id ranges (issue #6, scale)', () => {
  it('gives the same sums per employer and scheme for 1, 2, 3 and 7 ranges', async () => {
    const one = await sums(1);
    const cells = Object.values(one);
    // the population has counted memberships and running pensions, so equality below is not vacuous
    expect(cells.reduce((t, s) => t + (s.active ?? 0) + (s.pensioners ?? 0), 0)).toBeGreaterThan(10);
    expect(cells.reduce((t, s) => t + (s.n_disability_d ?? 0), 0)).toBeGreaterThan(0);
    for (const chunks of [2, 3, 7]) expect(await sums(chunks)).toEqual(one);
  });

  it('counts nothing in an empty range', async () => {
    const r = await t.db.kysely.executeQuery<Record<string, unknown>>(
      CompiledQuery.raw(keyFiguresSql(1), [D, '2016-12-31', hi, hi]),
    );
    expect(r.rows).toEqual([]);
  });
});
