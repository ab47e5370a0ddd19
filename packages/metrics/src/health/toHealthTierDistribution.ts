import { MetricsInputError, type ValidationOptions, throwMustBe } from '../core/errors';
import { readOptions } from '../core/options';
import { arr, checkShape, num, obj, oneOf, rate, str } from '../core/resultShape';
import {
  type HealthTierBucket,
  type HealthTierDistribution,
  type TierOfAccount,
  healthTierDistribution,
} from './distribution';
import { own, readOwnOptions, thrownIssue } from './own';
import type { HealthAccount, HealthScores, HealthTier } from './types';

/**
 * What a health distribution is drawn from: a `healthTierDistribution()` result (or what
 * `useHealthTiers` returns), a `scoreHealth()` result, or a list of `{ accountId, tier }` rows.
 */
export type HealthDistributionData =
  | (Omit<HealthTierDistribution, 'buckets'> & { readonly buckets: readonly HealthTierBucket[] })
  | HealthScores
  | readonly TierOfAccount[];

/** Options of {@link toHealthTierDistribution}. */
export interface ToHealthTierDistributionOptions extends ValidationOptions {
  /** The accounts whose `mrr` is summed per tier, joined by id. @default [] (every MRR unknown) */
  accounts?: readonly Pick<HealthAccount, 'id' | 'mrr'>[] | undefined;
  /** The tiers to list, even when empty. @default DEFAULT_TIERS */
  tiers?: readonly HealthTier[] | undefined;
}

/**
 * A tier distribution given as `data`: every number it draws is checked like raw input, so a
 * `NaN` count or share is an error naming its path (`data.buckets[1].mrr`), never "NaN" on a page.
 */
const DISTRIBUTION = obj({
  buckets: arr(
    obj({
      tier: str,
      label: str,
      tone: oneOf('positive', 'notice', 'negative', 'neutral'),
      count: num(0),
      mrr: num(0),
      countShare: rate,
      mrrShare: rate,
    }),
  ),
  count: num(0),
  mrr: num(0),
  accountsWithoutMrr: num(0),
});

/** The rows of `data` to count, or a distribution to pass through. */
function readData(data: unknown): HealthTierDistribution | readonly unknown[] {
  if (Array.isArray(data)) return data;
  if (data !== null && typeof data === 'object') {
    let buckets: unknown;
    let accounts: unknown;
    try {
      buckets = own(data, 'buckets');
      accounts = own(data, 'accounts');
    } catch (error) {
      throw new MetricsInputError('toHealthTierDistribution', [thrownIssue(null, 'data', error)]);
    }
    if (Array.isArray(buckets)) return data as HealthTierDistribution;
    if (Array.isArray(accounts)) return accounts;
  }
  throwMustBe(
    'toHealthTierDistribution',
    'data',
    'a scoreHealth() result, a list of { accountId, tier } rows or a tier distribution',
    data,
  );
}

/**
 * Any form of health distribution data as a tier distribution: a distribution passes through once
 * its numbers are checked (a `NaN` is an error naming its path, e.g. `data.buckets[1].mrr`);
 * scores or `{ accountId, tier }` rows are counted with `healthTierDistribution`, reading MRR from
 * `accounts` by id (without accounts every MRR is unknown and counted in `accountsWithoutMrr`).
 * Data of none of these shapes, and bad rows, are a `MetricsInputError` naming them.
 *
 * @example
 * const scores = scoreHealth(accounts, SCORECARD_ADOPTION_FIRST);
 * toHealthTierDistribution(scores, { accounts }).buckets.map((b) => [b.tier, b.count, b.mrr]);
 * // [['healthy', 12, 48000], ['at-risk', 5, 9000], ['critical', 2, 1500]]
 */
export function toHealthTierDistribution(
  data: HealthDistributionData,
  options?: ToHealthTierDistributionOptions,
): HealthTierDistribution {
  options = readOptions('toHealthTierDistribution', options);
  const given = readOwnOptions('toHealthTierDistribution', options, [
    'accounts',
    'tiers',
    'onInvalid',
  ]);
  const rows = readData(data);
  if (!Array.isArray(rows)) {
    const checked = checkShape<HealthTierDistribution>(
      'toHealthTierDistribution',
      rows,
      DISTRIBUTION,
    );
    // A distribution from outside may lack `issues`; a result always has them.
    return Array.isArray(checked.issues) ? checked : { ...checked, issues: [] };
  }
  const accounts = (given.accounts ?? []) as readonly Pick<HealthAccount, 'id' | 'mrr'>[];
  return healthTierDistribution(rows as readonly TierOfAccount[], accounts, {
    tiers: given.tiers as readonly HealthTier[] | undefined,
    onInvalid: given.onInvalid as ValidationOptions['onInvalid'],
  });
}
