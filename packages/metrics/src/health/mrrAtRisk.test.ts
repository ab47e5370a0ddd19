import { describe, expect, it } from 'vitest';
import { MetricsInputError } from '../core/errors';
import { healthTierDistribution } from './distribution';
import { mrrAtRisk } from './mrrAtRisk';
import { POINTS_TIERS } from './tiers';

describe('mrrAtRisk', () => {
  it('sums MRR and accounts in notice and negative tiers', () => {
    const distribution = healthTierDistribution(
      [
        { accountId: 'a', tier: 'healthy' },
        { accountId: 'b', tier: 'at-risk' },
        { accountId: 'c', tier: 'critical' },
        { accountId: 'd', tier: 'critical' },
      ],
      [
        { id: 'a', mrr: 7_000 },
        { id: 'b', mrr: 2_000 },
        { id: 'c', mrr: 600 },
        { id: 'd', mrr: 400 },
      ],
    );
    expect(mrrAtRisk(distribution.buckets)).toEqual({ mrr: 3_000, accounts: 3, share: 0.3 });
  });

  it('follows the tones of custom tiers', () => {
    const points = healthTierDistribution(
      [
        { accountId: 'a', tier: 'loyal' },
        { accountId: 'b', tier: 'needs-improvement' },
        { accountId: 'c', tier: 'code-red' },
      ],
      [
        { id: 'a', mrr: 600 },
        { id: 'b', mrr: 300 },
        { id: 'c', mrr: 100 },
      ],
      { tiers: POINTS_TIERS },
    );
    expect(mrrAtRisk(points.buckets)).toEqual({ mrr: 400, accounts: 2, share: 0.4 });
  });

  it('has a null share when there is no MRR at all', () => {
    expect(mrrAtRisk(healthTierDistribution([], []).buckets)).toEqual({
      mrr: 0,
      accounts: 0,
      share: null,
    });
  });

  it('sums with compensation', () => {
    const buckets = Array.from({ length: 10_000 }, () => ({
      tone: 'negative' as const,
      count: 1,
      mrr: 0.1,
    }));
    expect(mrrAtRisk(buckets).mrr).toBeCloseTo(1_000, 9);
  });

  it.each([
    [null, null, 'buckets'],
    [[null], 0, 'bucket'],
    [[{ tone: 'red', count: 1, mrr: 1 }], 0, 'tone'],
    [[{ tone: 'notice', count: -1, mrr: 1 }], 0, 'count'],
    [[{ tone: 'notice', count: 1, mrr: Number.NaN }], 0, 'mrr'],
    [[{ tone: 'notice', count: 1, mrr: '5' }], 0, 'mrr'],
    [
      [
        { tone: 'notice', count: 1, mrr: 1e308 },
        { tone: 'notice', count: 1, mrr: 1e308 },
      ],
      null,
      'buckets',
    ],
  ])('%j is a MetricsInputError at row %j naming %s', (buckets, index, field) => {
    try {
      mrrAtRisk(buckets as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(MetricsInputError);
      expect((error as MetricsInputError).issues[0]).toMatchObject({ index, field });
    }
  });
});
