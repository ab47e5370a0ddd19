import { describe, expect, it } from 'vitest';
import { MetricsInputError } from '../core/errors';
import { healthTierDistribution } from './distribution';
import { expansionSignals } from './expansionSignals';
import { SCORECARD_ADOPTION_FIRST, SCORECARD_USAGE_SUPPORT_OUTCOMES } from './presets';
import { scoreHealth } from './scoreHealth';
import { tierChanges } from './tierChanges';
import { DEFAULT_TIERS, POINTS_TIERS, healthTier } from './tiers';
import type { HealthTier } from './types';

describe('healthTier', () => {
  it.each([
    [100, 'healthy'],
    [80, 'healthy'],
    [79.999, 'at-risk'],
    [50, 'at-risk'],
    [49.9, 'critical'],
    [0, 'critical'],
    [null, 'unknown'],
  ])('DEFAULT_TIERS: %s → %s', (score, tier) => {
    expect(healthTier(score)).toBe(tier);
  });

  it.each([
    [80, 'loyal'],
    [65, 'satisfied'],
    [45, 'needs-improvement'], // the article's 40–50 gap, closed downward
    [10, 'needs-improvement'], // the article's 0–20 gap
    [0, 'needs-improvement'],
    [-0.5, 'code-red'],
  ])('POINTS_TIERS: %s → %s', (score, tier) => {
    expect(healthTier(score, POINTS_TIERS)).toBe(tier);
  });

  it('uses the highest min ≤ score whatever the order, and rejects bad tiers', () => {
    const tiers: HealthTier[] = [
      { id: 'low', label: 'Low', min: 0, tone: 'negative' },
      { id: 'high', label: 'High', min: 60, tone: 'positive' },
    ];
    expect(healthTier(61, tiers)).toBe('high');
    expect(healthTier(-1, tiers)).toBe('unknown');
    expect(() =>
      healthTier(1, [...tiers, { id: 'low', label: 'x', min: 5, tone: 'neutral' }]),
    ).toThrow('tiers[2].id');
  });
});

describe('presets', () => {
  it('SCORECARD_ADOPTION_FIRST weighs adoption 40, feedback 25, support 20, CSM sentiment 15', () => {
    expect(SCORECARD_ADOPTION_FIRST.categories.map((c) => [c.id, c.weight])).toEqual([
      ['product-adoption', 40],
      ['customer-feedback', 25],
      ['support', 20],
      ['csm-sentiment', 15],
    ]);
    // Every category at 100 except CSM sentiment at 0: 85.
    const [r] = scoreHealth(
      [
        {
          id: 'a',
          signals: {
            activeUserRatio: 1,
            featureAdoption: 1,
            nps: 100,
            csat: 1,
            openTickets: 0,
            escalations: 0,
            csmSentiment: 1,
          },
        },
      ],
      SCORECARD_ADOPTION_FIRST,
    ).accounts;
    expect(r!.score).toBeCloseTo(85, 12);
  });

  it('SCORECARD_USAGE_SUPPORT_OUTCOMES weighs usage 40, support health 30, business results 30', () => {
    expect(SCORECARD_USAGE_SUPPORT_OUTCOMES.categories.map((c) => c.weight)).toEqual([40, 30, 30]);
    // Only usage present, at 50 (10 of 20 logins): reweighting gives 50.
    const [r] = scoreHealth(
      [{ id: 'a', signals: { weeklyLogins: 10 } }],
      SCORECARD_USAGE_SUPPORT_OUTCOMES,
    ).accounts;
    expect(r!.score).toBe(50);
    expect(() => (SCORECARD_USAGE_SUPPORT_OUTCOMES.categories as unknown[]).push({})).toThrow();
  });
});

describe('tierChanges', () => {
  it('labels new at-risk, saved, worsened and improved; skips unknown and one-sided accounts', () => {
    const before = [
      { accountId: 'a', tier: 'healthy' },
      { accountId: 'b', tier: 'critical' },
      { accountId: 'c', tier: 'at-risk' },
      { accountId: 'd', tier: 'at-risk' },
      { accountId: 'e', tier: 'critical' },
      { accountId: 'f', tier: 'healthy' },
      { accountId: 'g', tier: 'unknown' },
      { accountId: 'gone', tier: 'healthy' },
    ];
    const after = [
      { accountId: 'f', tier: 'healthy' },
      { accountId: 'a', tier: 'critical' },
      { accountId: 'b', tier: 'healthy' },
      { accountId: 'c', tier: 'critical' },
      { accountId: 'd', tier: 'healthy' },
      { accountId: 'e', tier: 'at-risk' },
      { accountId: 'g', tier: 'critical' },
      { accountId: 'new', tier: 'critical' },
    ];
    expect(tierChanges(before, after).changes).toEqual([
      { accountId: 'a', from: 'healthy', to: 'critical', change: 'new-at-risk' },
      { accountId: 'b', from: 'critical', to: 'healthy', change: 'saved' },
      { accountId: 'c', from: 'at-risk', to: 'critical', change: 'worsened' },
      { accountId: 'd', from: 'at-risk', to: 'healthy', change: 'saved' },
      { accountId: 'e', from: 'critical', to: 'at-risk', change: 'improved' },
    ]);
  });

  it('rejects tiers that are not in the list', () => {
    expect(() => tierChanges([{ accountId: 'a', tier: 'green' }], [])).toThrow(MetricsInputError);
    const skipped = tierChanges([{ accountId: 'a', tier: 'green' }], [], { onInvalid: 'skip' });
    expect(skipped.issues[0]).toMatchObject({ index: 0, field: 'before.tier' });
  });
});

describe('expansionSignals', () => {
  it('lists accounts using at least 90 % of their seats; 0 purchased seats is no ratio', () => {
    const accounts = [
      { id: 'at', signals: { seatsUsed: 45, seatsPurchased: 50 } },
      { id: 'below', signals: { seatsUsed: 44, seatsPurchased: 50 } },
      { id: 'over', signals: { seatsUsed: 60, seatsPurchased: 50 } },
      { id: 'zero', signals: { seatsUsed: 3, seatsPurchased: 0 } },
      { id: 'unknown', signals: { seatsUsed: 3 } },
    ];
    expect(expansionSignals(accounts).accounts.map((a) => [a.accountId, a.utilization])).toEqual([
      ['at', 0.9],
      ['over', 1.2],
    ]);
    expect(
      expansionSignals(accounts, { seatUtilization: 1.1 }).accounts.map((a) => a.accountId),
    ).toEqual(['over']);
  });

  it('reads other signal names and rejects negative seats', () => {
    const accounts = [{ id: 'a', signals: { users: 9, licences: 10 } }];
    expect(
      expansionSignals(accounts, { seatsUsedSignal: 'users', seatsPurchasedSignal: 'licences' })
        .accounts,
    ).toHaveLength(1);
    expect(() =>
      expansionSignals([{ id: 'a', signals: { seatsUsed: -1, seatsPurchased: 2 } }]),
    ).toThrow('signals.seatsUsed');
  });
});

describe('healthTierDistribution', () => {
  it('counts accounts and sums MRR per tier, highest tier first, unknown last', () => {
    const results = [
      { accountId: 'a', tier: 'healthy' },
      { accountId: 'b', tier: 'healthy' },
      { accountId: 'c', tier: 'critical' },
      { accountId: 'd', tier: 'unknown' },
    ];
    const accounts = [
      { id: 'a', mrr: 100 },
      { id: 'b', mrr: 300 },
      { id: 'c', mrr: 600 },
      { id: 'd' },
    ];
    const dist = healthTierDistribution(results, accounts);
    expect(dist.buckets.map((b) => [b.tier, b.count, b.mrr, b.countShare, b.mrrShare])).toEqual([
      ['healthy', 2, 400, 0.5, 0.4],
      ['at-risk', 0, 0, 0, 0],
      ['critical', 1, 600, 0.25, 0.6],
      ['unknown', 1, 0, 0.25, 0],
    ]);
    expect(dist).toMatchObject({ count: 4, mrr: 1000, accountsWithoutMrr: 1 });
    expect(DEFAULT_TIERS.map((t) => t.id)).toEqual(dist.buckets.slice(0, 3).map((b) => b.tier));
  });

  it('shares are null when there is nothing to divide by', () => {
    const dist = healthTierDistribution([], []);
    expect(dist.buckets.every((b) => b.countShare === null && b.mrrShare === null)).toBe(true);
  });
});
