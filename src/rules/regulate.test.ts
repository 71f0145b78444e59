import { describe, expect, it } from 'vitest';
import { G_TABLE } from './parameters/g';
import { paymentFactor, regulateAccrued, regulatePayment, wageFactor } from './regulate';

describe('regulation (oftp-rules §1.2)', () => {
  it('wage factor 2018 is 1.034699 as in the G table', () => {
    expect(wageFactor(2018).toDecimalPlaces(6).toNumber()).toBe(1.034699);
  });
  it('2018 payment regulation: wage growth / 1.0075 gives the published 2.70 %', () => {
    expect(paymentFactor(2018).toDecimalPlaces(4).toNumber()).toBe(1.027);
  });
  it('an accrued right follows G: 100 000 from 2024-06-01 to 2025-06-01 = 100 000 × 130 160 / 124 028', () => {
    // 13 016 000 000 / 124 028 = 104 944.04 → 104 944
    expect(regulateAccrued(100000, '2024-06-01', '2025-06-01')).toBe(104944);
  });
  it('from 2022 the payment regulation is the mean of wage and price growth and needs the price growth', () => {
    expect(() => paymentFactor(2025)).toThrow(/price growth/);
    // wage 130 160 / 124 028 = 1.049440…, price 1.03 → mean 1.039720…; 200 000 → 207 944
    expect(regulatePayment(200000, 2025, 1.03)).toBe(207944);
  });
  it('the G table averages follow the rule old × 4/12 + new × 8/12, rounded', () => {
    for (let i = 1; i < G_TABLE.length; i++) {
      const prev = G_TABLE[i - 1];
      const cur = G_TABLE[i];
      if (!prev || !cur) continue;
      expect(Math.abs(cur.average - (prev.g * 4 + cur.g * 8) / 12), cur.from).toBeLessThanOrEqual(0.5);
      expect(cur.from > prev.from).toBe(true);
    }
  });
});
