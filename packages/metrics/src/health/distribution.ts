import {
  MetricsInputError,
  type ValidationIssue,
  type ValidationOptions,
  assertNoIssues,
  showValue,
} from '../core/errors';
import { orDefault, readOptions, readPolicy } from '../core/options';
import { CompensatedSum } from '../core/sum';
import { DEFAULT_TIERS, UNKNOWN_TIER, sortTiersDescending, tierIssues } from './tiers';
import { THREW, readAccountRow, readFields, readOwnOptions, readRow, tooLargeIssue } from './own';
import type { HealthAccount, HealthTone, HealthTier } from './types';

/** Options of {@link healthTierDistribution}. */
export interface HealthTierDistributionOptions extends ValidationOptions {
  /** The tiers to list, even when empty. @default DEFAULT_TIERS */
  tiers?: readonly HealthTier[] | undefined;
}

/** One bar of a tier distribution chart. */
export interface HealthTierBucket {
  /** A tier id, or `'unknown'`. */
  tier: string;
  label: string;
  tone: HealthTone;
  /** Accounts in this tier. */
  count: number;
  /** Σ `mrr` of those accounts (an account without `mrr` adds 0 and is counted in `accountsWithoutMrr`). */
  mrr: number;
  /** `count / total count`, or `null` when there are no accounts. */
  countShare: number | null;
  /** `mrr / total MRR`, or `null` when the total MRR is 0. */
  mrrShare: number | null;
}

/** The result of {@link healthTierDistribution}. */
export interface HealthTierDistribution {
  /** Highest tier first, then `'unknown'` (listed only when it holds an account). */
  buckets: HealthTierBucket[];
  count: number;
  mrr: number;
  /** Results whose account has no `mrr` (or no account row at all). */
  accountsWithoutMrr: number;
  issues: readonly ValidationIssue[];
}

/** A row to count: any object with an account id and a tier id, e.g. a `HealthResult`. */
export interface TierOfAccount {
  accountId: string;
  tier: string;
}

/**
 * Counts accounts and sums their MRR per tier: the data behind a health distribution chart.
 * MRR is read from `accounts` by id and summed with compensated summation.
 *
 * @example
 * const dist = healthTierDistribution(
 *   [{ accountId: 'a', tier: 'healthy' }, { accountId: 'b', tier: 'critical' }],
 *   [{ id: 'a', mrr: 900, signals: {} }, { id: 'b', mrr: 100, signals: {} }],
 * );
 * dist.buckets.map((b) => [b.tier, b.count, b.mrr]);
 * // [['healthy', 1, 900], ['at-risk', 0, 0], ['critical', 1, 100]]
 */
export function healthTierDistribution(
  results: readonly TierOfAccount[],
  accounts: readonly Pick<HealthAccount, 'id' | 'mrr'>[],
  options?: HealthTierDistributionOptions,
): HealthTierDistribution {
  options = readOptions('healthTierDistribution', options);
  const given = readOwnOptions('healthTierDistribution', options, ['onInvalid', 'tiers']);
  const onInvalid = readPolicy('healthTierDistribution', given.onInvalid);
  const tiers = orDefault(given.tiers, DEFAULT_TIERS) as readonly HealthTier[];
  const tierProblems = tierIssues(tiers, 'options.tiers');
  if (tierProblems.length > 0) throw new MetricsInputError('healthTierDistribution', tierProblems);
  if (!Array.isArray(results) || !Array.isArray(accounts)) {
    const field = Array.isArray(results) ? 'accounts' : 'results';
    throw new MetricsInputError('healthTierDistribution', [
      { index: null, field, message: 'must be an array' },
    ]);
  }
  const issues: ValidationIssue[] = [];
  const mrrById = new Map<string, number>();
  for (let index = 0; index < accounts.length; index++) {
    const account = readAccountRow(accounts, index, issues, 'accounts.row');
    if (account === THREW) continue;
    const fields = readFields(account, ['id', 'mrr'], index, issues, 'accounts.');
    if (fields === THREW) continue;
    const { id, mrr } = fields;
    if (typeof id !== 'string' || id.length === 0) {
      issues.push({
        index,
        field: 'accounts.id',
        message: `must be a non-empty string, got ${showValue(id)}`,
        value: id,
      });
    } else if (mrr !== undefined && (typeof mrr !== 'number' || !Number.isFinite(mrr) || mrr < 0)) {
      issues.push({
        index,
        field: 'accounts.mrr',
        message: `must be a finite number ≥ 0, got ${showValue(mrr)}`,
        value: mrr,
      });
    } else if (mrr !== undefined) {
      mrrById.set(id, mrr as number);
    }
  }
  const buckets = new Map<
    string,
    { tier: HealthTier | null; count: number; mrr: CompensatedSum }
  >();
  for (const tier of sortTiersDescending(tiers))
    buckets.set(tier.id, { tier, count: 0, mrr: new CompensatedSum() });
  const total = new CompensatedSum();
  let count = 0;
  let withoutMrr = 0;
  for (let index = 0; index < results.length; index++) {
    const result = readRow(results, index, issues);
    if (result === THREW) continue;
    if (result === null || typeof result !== 'object') {
      issues.push({
        index,
        field: 'results.row',
        message: `must be an object with accountId and tier, got ${showValue(result)}`,
        value: result,
      });
      continue;
    }
    const fields = readFields(result, ['accountId', 'tier'], index, issues, 'results.');
    if (fields === THREW) continue;
    const { accountId, tier } = fields;
    if (typeof tier !== 'string' || (tier !== UNKNOWN_TIER && !buckets.has(tier))) {
      issues.push({
        index,
        field: 'results.tier',
        message: `must be one of the tiers' ids or 'unknown', got ${showValue(tier)}`,
        value: tier,
      });
      continue;
    }
    let bucket = buckets.get(tier);
    if (bucket === undefined)
      buckets.set(tier, (bucket = { tier: null, count: 0, mrr: new CompensatedSum() }));
    const mrr = typeof accountId === 'string' ? mrrById.get(accountId) : undefined;
    if (mrr === undefined) withoutMrr++;
    bucket.count++;
    bucket.mrr.add(mrr ?? 0);
    total.add(mrr ?? 0);
    count++;
  }
  if (onInvalid !== 'skip') assertNoIssues('healthTierDistribution', issues);
  const totalMrr = total.value;
  const list: HealthTierBucket[] = [];
  for (const [id, bucket] of buckets) {
    const mrr = bucket.mrr.value;
    if (!Number.isFinite(totalMrr) || !Number.isFinite(mrr)) {
      // Each MRR is finite; their sum is not (SPEC §2).
      throw new MetricsInputError('healthTierDistribution', [
        tooLargeIssue(null, 'accounts.mrr', 'sum: the MRR of the accounts counted'),
      ]);
    }
    list.push({
      tier: id,
      label: bucket.tier?.label ?? 'Unknown',
      tone: bucket.tier?.tone ?? 'neutral',
      count: bucket.count,
      mrr,
      countShare: count > 0 ? bucket.count / count : null,
      mrrShare: totalMrr > 0 ? mrr / totalMrr : null,
    });
  }
  return { buckets: list, count, mrr: totalMrr, accountsWithoutMrr: withoutMrr, issues };
}
