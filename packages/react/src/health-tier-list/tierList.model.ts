import { type HealthTier, type HealthTierRow, UNKNOWN_TIER } from '@vitals/metrics';

/**
 * One row of the list: `healthTierRows`' row (an account's health result joined with the account,
 * its tier and its trend), computed in `@vitals/metrics`.
 */
export type TierListRow = HealthTierRow;

/**
 * The filter options of a list: each tier (most severe first, plus "Unknown" when some accounts
 * have no score, named `unknownLabel`) with how many accounts it holds, and the segments in alphabetical order.
 *
 * @example
 * tierListCounts(rows, tiersBySeverity(DEFAULT_TIERS)).tierOptions[0]; // { tier: critical, count: 2 }
 */
export function tierListCounts(
  rows: readonly TierListRow[],
  tiers: readonly HealthTier[],
  unknownLabel = 'Unknown',
): { tierOptions: Array<{ tier: HealthTier; count: number }>; segments: string[] } {
  const byTier = new Map<string, number>();
  const segments = new Set<string>();
  for (const row of rows) {
    byTier.set(row.tier, (byTier.get(row.tier) ?? 0) + 1);
    if (row.segment !== null) segments.add(row.segment);
  }
  const tierOptions = tiers.map((tier) => ({ tier, count: byTier.get(tier.id) ?? 0 }));
  const unknown = byTier.get(UNKNOWN_TIER);
  if (unknown) {
    const tier: HealthTier = {
      id: UNKNOWN_TIER,
      label: unknownLabel,
      min: -Infinity,
      tone: 'neutral',
    };
    tierOptions.push({ tier, count: unknown });
  }
  return { tierOptions, segments: [...segments].sort() };
}
