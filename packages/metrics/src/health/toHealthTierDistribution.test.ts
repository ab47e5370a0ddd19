import { describe, expect, it } from 'vitest';
import { catchInputError, where } from '../core/errors.test-helper';
import { healthTierDistribution } from './distribution';
import { POINTS_TIERS } from './tiers';
import { type HealthDistributionData, toHealthTierDistribution } from './toHealthTierDistribution';

const rows = [
  { accountId: 'a', tier: 'healthy' },
  { accountId: 'b', tier: 'critical' },
  { accountId: 'c', tier: 'critical' },
];
const accounts = [
  { id: 'a', mrr: 900 },
  { id: 'b', mrr: 100 },
];

describe('toHealthTierDistribution', () => {
  it('counts rows and scoreHealth results alike, reading MRR from the accounts', () => {
    const fromRows = toHealthTierDistribution(rows, { accounts });
    expect(fromRows.buckets.map((b) => [b.tier, b.count, b.mrr])).toEqual([
      ['healthy', 1, 900],
      ['at-risk', 0, 0],
      ['critical', 2, 100],
    ]);
    expect(fromRows.accountsWithoutMrr).toBe(1);
    const scores = { accounts: rows, issues: [] } as unknown as HealthDistributionData;
    expect(toHealthTierDistribution(scores, { accounts })).toEqual(fromRows);
    expect(toHealthTierDistribution(rows).accountsWithoutMrr).toBe(3);
  });

  it('passes a distribution through', () => {
    const distribution = healthTierDistribution(rows, accounts);
    expect(toHealthTierDistribution(distribution)).toBe(distribution);
  });

  it('checks a distribution it passes through: NaN, a missing field or a bad tone names its path', () => {
    const distribution = healthTierDistribution(rows, accounts);
    const nan = {
      ...distribution,
      buckets: distribution.buckets.map((b, i) => (i === 1 ? { ...b, mrr: Number.NaN } : b)),
    };
    expect(where(catchInputError(() => toHealthTierDistribution(nan)))).toEqual([
      [null, 'data.buckets[1].mrr'],
    ]);
    const { count: _count, ...noCount } = distribution;
    const toned = {
      ...noCount,
      buckets: [{ ...distribution.buckets[0]!, tone: 'green' }],
    } as unknown as HealthDistributionData;
    expect(where(catchInputError(() => toHealthTierDistribution(toned)))).toEqual([
      [null, 'data.buckets[0].tone'],
      [null, 'data.count'],
    ]);
    const { issues: _issues, ...withoutIssues } = distribution;
    expect(
      toHealthTierDistribution(withoutIssues as unknown as HealthDistributionData).issues,
    ).toEqual([]);
  });

  it('names data of no known shape, a tier not listed, and a bad option', () => {
    const bad = { rows } as unknown as HealthDistributionData;
    expect(where(catchInputError(() => toHealthTierDistribution(bad)))).toEqual([[null, 'data']]);
    const nothing = null as unknown as HealthDistributionData;
    expect(where(catchInputError(() => toHealthTierDistribution(nothing)))).toEqual([
      [null, 'data'],
    ]);
    expect(
      where(catchInputError(() => toHealthTierDistribution(rows, { tiers: POINTS_TIERS }))),
    ).toEqual([
      [0, 'results.tier'],
      [1, 'results.tier'],
      [2, 'results.tier'],
    ]);
    const policy = 'SKIP' as 'skip';
    expect(
      where(catchInputError(() => toHealthTierDistribution(rows, { onInvalid: policy }))),
    ).toEqual([[null, 'options.onInvalid']]);
  });
});
