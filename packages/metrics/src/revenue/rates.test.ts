import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MetricsInputError } from '../core/errors';
import { catchInputError } from '../core/errors.test-helper';
import { arpa, customerRetentionRate, logoChurnRate } from './accountRates';
import { mrrMovements } from './mrrMovements';
import {
  expansionRate,
  grossRevenueRetention,
  netNewMrr,
  netRevenueChurnRate,
  netRevenueRetention,
  quickRatio,
  revenueChurnRate,
} from './rates';

const totals = (
  startingMrr: number,
  expansionMrr: number,
  contractionMrr: number,
  churnedMrr: number,
) => ({
  startingMrr,
  expansionMrr,
  contractionMrr,
  churnedMrr,
});

/** The fields named by the `MetricsInputError` that `fn` throws. */
const issuesOf = (fn: () => unknown) => catchInputError(fn).issues.map((i) => i.field);

describe('SPEC §10 worked examples', () => {
  it('start MRR 100,000; churn 5,000; contraction 2,000 → GRR 0.93', () => {
    expect(grossRevenueRetention(totals(100_000, 0, 2_000, 5_000))).toBeCloseTo(0.93, 12);
  });

  it('start MRR 10,000; expansion 5,000; churn + contraction 2,000 → NRR 1.30', () => {
    expect(netRevenueRetention(totals(10_000, 5_000, 500, 1_500))).toBeCloseTo(1.3, 12);
    expect(netRevenueRetention(totals(10_000, 5_000, 2_000, 0))).toBeCloseTo(1.3, 12);
  });

  it('500 customers at start, 10 lost → logo churn 0.02', () => {
    expect(logoChurnRate({ startingAccounts: 500, churnedAccounts: 10 })).toBeCloseTo(0.02, 12);
  });

  it('100 customers, 85 still paying next month → retention 0.85', () => {
    expect(customerRetentionRate({ startingAccounts: 100, retainedAccounts: 85 })).toBeCloseTo(
      0.85,
      12,
    );
    expect(customerRetentionRate({ startingAccounts: 100, churnedAccounts: 15 })).toBeCloseTo(
      0.85,
      12,
    );
  });

  it('start MRR 10,000, 500 lost to churn → revenue churn 0.05', () => {
    expect(
      revenueChurnRate({ startingMrr: 10_000, contractionMrr: 0, churnedMrr: 500 }),
    ).toBeCloseTo(0.05, 12);
  });

  it('100 customers paying 3,000 in total → ARPA 30', () => {
    expect(arpa({ endingMrr: 3_000, endingAccounts: 100 })).toBe(30);
  });
});

describe('rates by hand', () => {
  const m = {
    startingMrr: 10_000,
    newMrr: 2_000,
    expansionMrr: 300,
    reactivationMrr: 100,
    contractionMrr: 200,
    churnedMrr: 400,
    startingAccounts: 40,
    newAccounts: 10,
    churnedAccounts: 5,
  };

  it.each([
    ['revenueChurnRate', () => revenueChurnRate(m), 600 / 10_000],
    [
      'netRevenueChurnRate (offsets reactivation)',
      () => netRevenueChurnRate(m),
      (600 - 300 - 100) / 10_000,
    ],
    [
      'netRevenueChurnRate, Baremetrics',
      () => netRevenueChurnRate(m, { offsetReactivation: false }),
      (600 - 300) / 10_000,
    ],
    ['expansionRate', () => expansionRate(m), 0.03],
    ['logoChurnRate', () => logoChurnRate(m), 5 / 40],
    ['logoChurnRate, Stripe', () => logoChurnRate(m, { denominator: 'start-plus-new' }), 5 / 50],
    ['customerRetentionRate from churned', () => customerRetentionRate(m), 35 / 40],
    ['quickRatio', () => quickRatio(m), 2_400 / 600],
    ['quickRatio, Baremetrics', () => quickRatio(m, { includeReactivation: false }), 2_300 / 600],
  ])('%s', (_name, compute, expected) => {
    expect(compute()).toBeCloseTo(expected, 12);
  });

  it('gives a negative net churn when expansion outweighs losses', () => {
    expect(netRevenueChurnRate({ ...totals(1_000, 200, 0, 50), reactivationMrr: 0 })).toBeCloseTo(
      -0.15,
      12,
    );
  });

  it('leave new and reactivated MRR out of NRR', () => {
    const base = totals(1_000, 100, 50, 0);
    expect(netRevenueRetention({ ...base, newMrr: 5_000, reactivationMrr: 700 })).toBe(
      netRevenueRetention(base),
    );
  });
});

describe('null, never NaN or Infinity, on a zero denominator', () => {
  const zero = {
    startingMrr: 0,
    newMrr: 50,
    expansionMrr: 0,
    reactivationMrr: 0,
    contractionMrr: 0,
    churnedMrr: 0,
    endingMrr: 0,
    startingAccounts: 0,
    newAccounts: 0,
    churnedAccounts: 0,
    retainedAccounts: 0,
    endingAccounts: 0,
  };
  it.each([
    ['netRevenueRetention', () => netRevenueRetention(zero)],
    ['grossRevenueRetention', () => grossRevenueRetention(zero)],
    ['revenueChurnRate', () => revenueChurnRate(zero)],
    ['netRevenueChurnRate', () => netRevenueChurnRate(zero)],
    ['expansionRate', () => expansionRate(zero)],
    ['logoChurnRate', () => logoChurnRate(zero)],
    ['logoChurnRate, Stripe', () => logoChurnRate(zero, { denominator: 'start-plus-new' })],
    ['customerRetentionRate', () => customerRetentionRate(zero)],
    ['quickRatio (nothing lost)', () => quickRatio(zero)],
    ['arpa (no ending accounts)', () => arpa(zero)],
  ])('%s', (_name, compute) => {
    expect(compute()).toBeNull();
  });

  it('the Stripe denominator is not zero when there are only new accounts', () => {
    expect(
      logoChurnRate(
        { startingAccounts: 0, churnedAccounts: 0, newAccounts: 4 },
        { denominator: 'start-plus-new' },
      ),
    ).toBe(0);
  });
});

describe('validation of totals and options', () => {
  it('names every bad field', () => {
    const bad = { startingMrr: 100, expansionMrr: Number.NaN, contractionMrr: -1, churnedMrr: 0 };
    expect(issuesOf(() => netRevenueRetention(bad))).toEqual(['expansionMrr', 'contractionMrr']);
  });

  it('names a field a rate needs but did not get', () => {
    expect(issuesOf(() => netRevenueChurnRate(totals(100, 0, 0, 0)))).toEqual(['reactivationMrr']);
    expect(netRevenueChurnRate(totals(100, 0, 0, 10), { offsetReactivation: false })).toBeCloseTo(
      0.1,
      12,
    );
    expect(
      issuesOf(() =>
        logoChurnRate(
          { startingAccounts: 5, churnedAccounts: 1 },
          { denominator: 'start-plus-new' },
        ),
      ),
    ).toEqual(['newAccounts']);
    expect(issuesOf(() => customerRetentionRate({ startingAccounts: 5 } as never))).toEqual([
      'churnedAccounts',
    ]);
  });

  it('rejects account counts that are not whole numbers', () => {
    expect(issuesOf(() => logoChurnRate({ startingAccounts: 10.5, churnedAccounts: 1 }))).toEqual([
      'startingAccounts',
    ]);
  });

  it('rejects losses larger than the starting amount, which no window can produce', () => {
    expect(issuesOf(() => grossRevenueRetention(totals(100, 0, 60, 50)))).toEqual([
      'contractionMrr + churnedMrr',
    ]);
    expect(issuesOf(() => logoChurnRate({ startingAccounts: 3, churnedAccounts: 4 }))).toEqual([
      'churnedAccounts',
    ]);
    expect(
      issuesOf(() => customerRetentionRate({ startingAccounts: 3, retainedAccounts: 4 })),
    ).toEqual(['retainedAccounts']);
  });

  it('rejects bad options', () => {
    expect(
      issuesOf(() =>
        logoChurnRate({ startingAccounts: 3, churnedAccounts: 1 }, { denominator: 'end' as never }),
      ),
    ).toEqual(['options.denominator']);
    expect(
      issuesOf(() =>
        quickRatio({ ...totals(1, 1, 1, 0), newMrr: 1 }, { includeReactivation: 'no' as never }),
      ),
    ).toEqual(['options.includeReactivation']);
  });

  it('reject input that is not an object', () => {
    expect(() => grossRevenueRetention(null as never)).toThrow(
      /must be an mrrMovements\(\) result/,
    );
    expect(() => arpa([] as never)).toThrow(MetricsInputError);
  });
});

describe('netNewMrr', () => {
  it('adds new, expansion and reactivation and takes away contraction and churn', () => {
    expect(
      netNewMrr({
        startingMrr: 10_000,
        newMrr: 500,
        expansionMrr: 300,
        reactivationMrr: 50,
        contractionMrr: 100,
        churnedMrr: 200,
      }),
    ).toBe(550);
  });

  it('counts absent new and reactivation MRR as 0', () => {
    expect(netNewMrr({ expansionMrr: 300, contractionMrr: 100, churnedMrr: 200 })).toBe(0);
  });

  it('is the change from starting to ending MRR of an mrrMovements() result', () => {
    const rows = [
      { accountId: 'a', period: '2025-01', mrr: 100 },
      { accountId: 'a', period: '2025-02', mrr: 150 },
      { accountId: 'b', period: '2025-01', mrr: 80 },
      { accountId: 'c', period: '2025-01', mrr: 60 },
      { accountId: 'c', period: '2025-02', mrr: 20 },
      { accountId: 'd', period: '2025-02', mrr: 40 },
    ];
    const m = mrrMovements(rows, { from: '2025-01', to: '2025-02' });
    expect(netNewMrr(m)).toBe(m.endingMrr - m.startingMrr);
  });

  it('equals the movement bridge for any totals (property)', () => {
    const amount = fc.integer({ min: 0, max: 1_000_000 });
    fc.assert(
      fc.property(
        amount,
        amount,
        amount,
        amount,
        fc.option(amount, { nil: undefined }),
        (expansionMrr, contractionMrr, churnedMrr, newMrr, reactivationMrr) => {
          const net = netNewMrr({
            expansionMrr,
            contractionMrr,
            churnedMrr,
            newMrr,
            reactivationMrr,
          });
          expect(net).toBe(
            newMrr + expansionMrr + (reactivationMrr ?? 0) - contractionMrr - churnedMrr,
          );
        },
      ),
    );
  });

  it('names each bad field in a MetricsInputError', () => {
    expect(() => netNewMrr(null as never)).toThrow(MetricsInputError);
    expect(
      issuesOf(() =>
        netNewMrr({
          expansionMrr: Number.NaN,
          contractionMrr: -1,
          churnedMrr: 0,
          newMrr: '5' as never,
        }),
      ),
    ).toEqual(['expansionMrr', 'contractionMrr']);
    expect(
      issuesOf(() =>
        netNewMrr({ expansionMrr: 0, contractionMrr: 0, churnedMrr: 0, newMrr: '5' as never }),
      ),
    ).toEqual(['newMrr']);
  });
});
