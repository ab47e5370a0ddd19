import { describe, expect, it } from 'vitest';
import { catchInputError } from '../core/errors.test-helper';
import { annualizeRate, arr, monthlyRate } from './annualize';
import {
  customerLifetimeValue,
  ltvToCac,
  retentionCost,
  retentionCostRatio,
} from './lifetimeValue';

/** The fields named by the `MetricsInputError` that `fn` throws. */
const fieldsOf = (fn: () => unknown) => catchInputError(fn).issues.map((i) => i.field);

describe('SPEC §10 worked examples', () => {
  it('ARPA 50 a month, churn 1 % a month → LTV 5,000', () => {
    expect(customerLifetimeValue({ arpa: 50, churnRate: 0.01 })).toBeCloseTo(5_000, 9);
  });

  it('ARPA 50 a month, 60-month lifetime → LTV 3,000', () => {
    expect(customerLifetimeValue({ arpa: 50, lifetimeMonths: 60 })).toBe(3_000);
  });

  it('12,000 ARR, 80 % margin, 3-year lifetime → LTV 28,800; 4.5 years → 43,200', () => {
    const monthly = 12_000 / 12;
    expect(
      customerLifetimeValue({ arpa: monthly, lifetimeMonths: 3 * 12, grossMargin: 0.8 }),
    ).toBeCloseTo(28_800, 9);
    expect(
      customerLifetimeValue({ arpa: monthly, lifetimeMonths: 4.5 * 12, grossMargin: 0.8 }),
    ).toBeCloseTo(43_200, 9);
  });

  it('retention spend 5,000, 50 customers → CRC 100', () => {
    expect(retentionCost({ spend: 5_000, customers: 50 })).toBe(100);
  });

  it('monthly churn 2 % → annual 1 − 0.98¹² ≈ 0.2153', () => {
    expect(annualizeRate(0.02)).toBeCloseTo(0.2153, 4);
  });
});

describe('lifetime value and cost', () => {
  it('applies the gross margin to the churn form', () => {
    expect(customerLifetimeValue({ arpa: 100, churnRate: 0.05, grossMargin: 0.75 })).toBeCloseTo(
      1_500,
      9,
    );
  });

  it("is null when no churn was observed (reason 'zero-churn'), never Infinity", () => {
    expect(customerLifetimeValue({ arpa: 50, churnRate: 0 })).toBeNull();
  });

  it.each([
    [{ arpa: -1, churnRate: 0.1 }, ['arpa']],
    [{ arpa: 10, churnRate: 1.5 }, ['churnRate']],
    [{ arpa: 10, churnRate: 0.1, grossMargin: 80 }, ['grossMargin']],
    [{ arpa: 10 }, ['churnRate']],
    [{ arpa: 10, churnRate: 0.1, lifetimeMonths: 12 }, ['lifetimeMonths']],
    [{ arpa: Number.NaN, lifetimeMonths: -3 }, ['arpa', 'lifetimeMonths']],
  ])('rejects %j naming %j', (input, fields) => {
    expect(fieldsOf(() => customerLifetimeValue(input as never))).toEqual(fields);
  });

  it('LTV:CAC divides, and is null for a zero CAC or an unknown LTV', () => {
    expect(ltvToCac(4_500, 1_500)).toBe(3);
    expect(ltvToCac(4_500, 0)).toBeNull();
    expect(ltvToCac(null, 1_500)).toBeNull();
    expect(fieldsOf(() => ltvToCac(Number.POSITIVE_INFINITY, -1))).toEqual(['ltv', 'cac']);
  });

  it('retention cost and its ratio to revenue are null on a zero denominator', () => {
    expect(retentionCost({ spend: 10, customers: 0 })).toBeNull();
    expect(retentionCostRatio({ spend: 5_000, revenue: 100_000 })).toBeCloseTo(0.05, 12);
    expect(retentionCostRatio({ spend: 5_000, revenue: 0 })).toBeNull();
    expect(fieldsOf(() => retentionCost({ spend: 10, customers: 2.5 }))).toEqual(['customers']);
  });
});

describe('annual and monthly rates, ARR', () => {
  it('monthlyRate inverts annualizeRate', () => {
    expect(monthlyRate(1 - 0.98 ** 12)).toBeCloseTo(0.02, 12);
    expect(monthlyRate(0)).toBe(0);
  });

  it('compounds a negative (net expansion) rate too', () => {
    expect(annualizeRate(-0.01)).toBeCloseTo(1 - 1.01 ** 12, 12);
  });

  it('passes null through, so a null rate can be chained', () => {
    expect(annualizeRate(null)).toBeNull();
    expect(monthlyRate(null)).toBeNull();
    expect(arr(null)).toBeNull();
  });

  it('rejects rates above 1 or not finite', () => {
    expect(fieldsOf(() => annualizeRate(1.2))).toEqual(['monthly']);
    expect(fieldsOf(() => monthlyRate(Number.NaN))).toEqual(['annual']);
  });

  it('ARR is 12 × MRR', () => {
    expect(arr(1_000)).toBe(12_000);
    expect(fieldsOf(() => arr(-5))).toEqual(['mrr']);
  });
});
