import { type ValidationIssue, assertNoIssues, showValue, throwInputError } from '../core/errors';
import { assertArray } from '../core/options';
import { CompensatedSum } from '../core/sum';
import type { HealthTierBucket } from './distribution';

/** MRR in tiers that call for action (tone `notice` or `negative`), and its share of all MRR. */
export interface MrrAtRisk {
  /** Σ MRR of the accounts in `notice` and `negative` tiers. */
  mrr: number;
  /** Accounts in those tiers. */
  accounts: number;
  /** `mrr / total MRR`; `null` when the total MRR is 0. */
  share: number | null;
}

/** The bucket fields {@link mrrAtRisk} reads. */
export type MrrAtRiskBucket = Pick<HealthTierBucket, 'tone' | 'count' | 'mrr'>;

const TONES = new Set(['positive', 'notice', 'negative', 'neutral']);

/**
 * The MRR and accounts in tiers whose tone is `notice` or `negative` (at-risk and critical with the
 * default tiers): a health distribution's headline figure. Takes the `buckets` of
 * `healthTierDistribution`; MRR is summed with compensated summation.
 *
 * @example
 * mrrAtRisk(healthTierDistribution(scores.accounts, accounts).buckets);
 * // { mrr: 42_000, accounts: 31, share: 0.18 }
 */
export function mrrAtRisk(buckets: readonly MrrAtRiskBucket[]): MrrAtRisk {
  assertArray('mrrAtRisk', 'buckets', buckets, 'tier buckets');
  const issues: ValidationIssue[] = [];
  const atRisk = new CompensatedSum();
  const total = new CompensatedSum();
  let accounts = 0;
  for (let index = 0; index < buckets.length; index++) {
    const bucket: unknown = buckets[index];
    if (bucket === null || typeof bucket !== 'object') {
      issues.push({
        index,
        field: 'bucket',
        message: `must be an object, got ${showValue(bucket)}`,
        value: bucket,
      });
      continue;
    }
    const { tone, count, mrr } = bucket as Record<string, unknown>;
    let ok = true;
    if (typeof tone !== 'string' || !TONES.has(tone)) {
      issues.push({
        index,
        field: 'tone',
        message: `must be 'positive', 'notice', 'negative' or 'neutral', got ${showValue(tone)}`,
        value: tone,
      });
      ok = false;
    }
    if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 0) {
      issues.push({
        index,
        field: 'count',
        message: `must be a whole number ≥ 0, got ${showValue(count)}`,
        value: count,
      });
      ok = false;
    }
    if (typeof mrr !== 'number' || !Number.isFinite(mrr) || mrr < 0) {
      issues.push({
        index,
        field: 'mrr',
        message: `must be a finite number ≥ 0, got ${showValue(mrr)}`,
        value: mrr,
      });
      ok = false;
    }
    if (!ok) continue;
    total.add(mrr as number);
    if (tone === 'notice' || tone === 'negative') {
      atRisk.add(mrr as number);
      accounts += count as number;
    }
  }
  assertNoIssues('mrrAtRisk', issues);
  const mrr = atRisk.value;
  const all = total.value;
  if (!Number.isFinite(all) || !Number.isSafeInteger(accounts)) {
    throwInputError('mrrAtRisk', 'buckets', 'hold MRR or counts too large to sum safely');
  }
  return { mrr, accounts, share: all > 0 ? mrr / all : null };
}
