import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MetricsInputError } from '../core/errors';
import { healthTierDistribution } from './distribution';
import { healthTierAccounts } from './tierAccounts';

const TIERS = ['healthy', 'at-risk', 'critical', 'unknown'] as const;

const bookArb = fc
  .uniqueArray(
    fc.record({
      id: fc.integer({ min: 0, max: 99 }).map((n) => `acct-${n}`),
      tier: fc.constantFrom(...TIERS),
      mrr: fc.option(fc.integer({ min: 0, max: 50_000 }), { nil: undefined }),
    }),
    { maxLength: 60, selector: (row) => row.id },
  )
  .map((rows) => ({
    results: rows.map(({ id, tier }) => ({ accountId: id, tier })),
    accounts: rows.map(({ id, mrr }) => ({ id, mrr })),
  }));

describe('healthTierAccounts', () => {
  it("lists a tier's accounts with their MRR, largest first; value left out without MRR", () => {
    const results = [
      { accountId: 'a', tier: 'critical' },
      { accountId: 'b', tier: 'healthy' },
      { accountId: 'c', tier: 'critical' },
      { accountId: 'd', tier: 'critical' },
    ];
    const accounts = [
      { id: 'a', mrr: 100 },
      { id: 'c', mrr: 900 },
    ];
    expect(healthTierAccounts(results, 'critical', accounts)).toEqual([
      { accountId: 'c', value: 900 },
      { accountId: 'a', value: 100 },
      { accountId: 'd' },
    ]);
    expect(healthTierAccounts(results, 'healthy')).toEqual([{ accountId: 'b' }]);
  });

  it('names a bad row', () => {
    try {
      healthTierAccounts([{ accountId: 'a', tier: 'healthy' }, { accountId: 7 } as never], 'x');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(MetricsInputError);
      expect((error as MetricsInputError).issues[0]).toMatchObject({
        index: 1,
        field: 'results.accountId',
      });
    }
  });

  it("the tiers' accounts partition the book, with each bucket's count and MRR", () => {
    fc.assert(
      fc.property(bookArb, ({ results, accounts }) => {
        const distribution = healthTierDistribution(results, accounts);
        const seen = new Set<string>();
        let listed = 0;
        for (const tier of TIERS) {
          const list = healthTierAccounts(results, tier, accounts);
          listed += list.length;
          for (const { accountId } of list) seen.add(accountId);
          const bucket = distribution.buckets.find((b) => b.tier === tier);
          expect(list.length).toBe(bucket?.count ?? 0);
          const mrr = list.reduce((sum, a) => sum + (a.value ?? 0), 0);
          expect(mrr).toBe(bucket?.mrr ?? 0);
        }
        expect(listed).toBe(results.length);
        expect(seen).toEqual(new Set(results.map((r) => r.accountId)));
      }),
    );
  });
});
