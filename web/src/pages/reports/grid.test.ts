/** The key-figures page's tables (issue #6): total rows last, shares and changes as reported, finance sums. */
import { describe, expect, it } from 'vitest';
import type { KeyFiguresReport } from '../../api/keyFigures';
import { comparisonGrid, financeGrid, keysWithTotalLast, membershipGrid, topRows } from './grid';

const row = (active: number, pensioners: number, former: number) => {
  const total = active + pensioners + former;
  const pct = (n: number) => (total ? Math.round((n / total) * 10000) / 100 : null);
  const change = { number: 1, percent: 10 };
  return {
    active,
    pensioners,
    former,
    total,
    shares: { active: pct(active), pensioners: pct(pensioners), former: pct(former) },
    previous: { active, pensioners, former, total: total - 1 },
    change: { active: change, pensioners: change, former: change, total: change },
  };
};

describe('key-figures grids', () => {
  it('lists providers sorted with the total last', () => {
    expect(keysWithTotalLast({ total: 1, SPK: 1, KLP: 2 })).toEqual(['KLP', 'SPK', 'total']);
  });

  it('memberships by provider: counts, shares of the row total and the change', () => {
    const g = membershipGrid({ total: row(3, 1, 0), PKH: row(3, 1, 0) });
    expect(g.rows).toEqual(['PKH', 'total']);
    expect(g.values[0]).toEqual([3, 75, 1, 25, 0, 0, 4, 3, 1, 10]);
  });

  it('finance rows per provider and employer, each provider with its sum, then the total', () => {
    const money = (p: number) => ({ premium: p, premiumReserve: p * 10, pensionCost: p * 2 });
    const report = {
      finance: { KLP: { '900000001': money(5), '900000002': money(7) }, SPK: { '900000003': money(1) } },
      financeTotals: { byProvider: { KLP: money(12), SPK: money(1) }, byEmployer: {}, total: money(13) },
    } as unknown as KeyFiguresReport;
    const g = financeGrid(report);
    expect(g.rows).toEqual(['KLP|900000001', 'KLP|900000002', 'KLP|', 'SPK|900000003', 'SPK|', 'total']);
    expect(g.values[2]).toEqual([12, 120, 24]);
    expect(g.values[5]).toEqual([13, 130, 26]);
  });

  it('the comparison reads nested measures and keeps unknown ones empty', () => {
    const figures = {
      memberships: { active: 10, pensioners: 0, former: 0, total: 12 },
      averagePartTimePct: 80.5,
      disabled: 2,
      disabilityShare: 16.67,
      averageDisabilityGrade: null,
      averageAge: { actives: 44.2, disabled: null, oldAge: null, spouse: null, former: null },
      averageAgeAtFirstDrawing: { afp: 63.1, rule_85: null, old_age: null, disability: null },
    };
    const g = comparisonGrid([{ key: 'total', figures }]);
    const at = (m: string) => g.values[g.rows.indexOf(m)]?.[0];
    expect(at('memberships.total')).toBe(12);
    expect(at('averageAge.actives')).toBe(44.2);
    expect(at('averageAgeAtFirstDrawing.afp')).toBe(63.1);
    expect(at('averageDisabilityGrade')).toBeNull();
  });

  it('the employer chart keeps the largest employers', () => {
    const g = { rows: ['a', 'b', 'c'], columns: ['n'], values: [[1], [5], [3]] };
    expect(topRows(g, 0, 2).rows).toEqual(['b', 'c']);
  });
});
