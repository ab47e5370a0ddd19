import {
  type HealthAccount,
  type HealthScores,
  type HealthTier,
  type HealthTierDistribution,
  type TierOfAccount,
  healthTierDistribution,
} from '@vitals/metrics';

/**
 * What `HealthDistribution` accepts as `data`: a `healthTierDistribution()` result (or what
 * `useHealthTiers` returns), a `scoreHealth()` result, or a list of `{ accountId, tier }` rows.
 */
export type HealthDistributionData =
  HealthTierDistribution | HealthScores | readonly TierOfAccount[];

/** Whether `data` is already a tier distribution (it has `buckets`). */
export function isTierDistribution(data: unknown): data is HealthTierDistribution {
  return (
    data !== null &&
    typeof data === 'object' &&
    Array.isArray((data as { buckets?: unknown }).buckets)
  );
}

/**
 * Turns any accepted `data` into a tier distribution: a distribution passes through; scores or
 * rows are counted with `healthTierDistribution`, reading MRR from `accounts` by id (without
 * accounts every MRR is unknown and counted in `accountsWithoutMrr`). Throws
 * `MetricsInputError` for rows whose tier is not among `tiers`.
 *
 * @example
 * toTierDistribution(scoreHealth(accounts, scorecard), accounts, scorecard.tiers);
 */
export function toTierDistribution(
  data: HealthDistributionData,
  accounts: readonly Pick<HealthAccount, 'id' | 'mrr'>[] = [],
  tiers?: readonly HealthTier[],
): HealthTierDistribution {
  if (isTierDistribution(data)) return data;
  const rows = Array.isArray(data) ? data : (data as HealthScores | null)?.accounts;
  if (!Array.isArray(rows)) {
    throw new Error(
      '`data` is neither a scoreHealth() result, a list of { accountId, tier } rows, nor a tier distribution.',
    );
  }
  return healthTierDistribution(rows as readonly TierOfAccount[], accounts, { tiers });
}
