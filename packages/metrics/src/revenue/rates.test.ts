import { describe, expect, it } from 'vitest';
import { MetricsInputError } from '../core/errors';
import { grossRevenueRetention, netRevenueRetention } from './rates';

const totals = (startingMrr: number, expansionMrr: number, contractionMrr: number, churnedMrr: number) => ({
  startingMrr,
  expansionMrr,
  contractionMrr,
  churnedMrr,
});

describe('SPEC §10 worked examples', () => {
  it('start MRR 100,000; churn 5,000; contraction 2,000 → GRR 0.93', () => {
    expect(grossRevenueRetention(totals(100_000, 0, 2_000, 5_000))).toBeCloseTo(0.93, 12);
  });

  it('start MRR 10,000; expansion 5,000; churn + contraction 2,000 → NRR 1.30', () => {
    expect(netRevenueRetention(totals(10_000, 5_000, 500, 1_500))).toBeCloseTo(1.3, 12);
    expect(netRevenueRetention(totals(10_000, 5_000, 2_000, 0))).toBeCloseTo(1.3, 12);
  });
});

describe('retention rates', () => {
  it('are null, never NaN or Infinity, when there is no starting MRR', () => {
    expect(netRevenueRetention(totals(0, 10, 0, 0))).toBeNull();
    expect(grossRevenueRetention(totals(0, 0, 0, 0))).toBeNull();
  });

  it('leave new and reactivated MRR out of NRR', () => {
    const base = totals(1_000, 100, 50, 0);
    expect(netRevenueRetention({ ...base, newMrr: 5_000, reactivationMrr: 700 })).toBe(netRevenueRetention(base));
  });

  it('reject a pre-aggregated total with a bad field, naming it', () => {
    const bad = { startingMrr: 100, expansionMrr: Number.NaN, contractionMrr: -1, churnedMrr: 0 };
    expect(() => netRevenueRetention(bad)).toThrow(MetricsInputError);
    try {
      netRevenueRetention(bad);
    } catch (error) {
      expect((error as MetricsInputError).issues.map((i) => i.field)).toEqual(['expansionMrr', 'contractionMrr']);
    }
  });

  it('reject input that is not an object', () => {
    expect(() => grossRevenueRetention(null as never)).toThrow(/must be an mrrMovements\(\) result/);
  });
});
