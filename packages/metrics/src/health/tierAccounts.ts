import { MetricsInputError, type ValidationIssue, showValue, mustBe } from '../core/errors';
import { byValueDescending, type MarkAccount } from '../core/markAccounts';
import type { TierOfAccount } from './distribution';
import type { HealthAccount } from './types';

const NAME = 'healthTierAccounts';

/**
 * The accounts behind one bar of a health distribution (drill-through, SPEC §9): the results in
 * tier `tier` (a tier id, or `'unknown'`), each with its MRR from `accounts` when given (`value`
 * is left out for an account without `mrr`), largest MRR first. Over all tiers the lists
 * partition the results: every account is in exactly one, and each list holds its bucket's
 * `count` of `healthTierDistribution(results, accounts)`.
 *
 * @example
 * healthTierAccounts(scoreHealth(accounts, scorecard).accounts, 'critical', accounts);
 * // [{ accountId: 'globex', value: 1200 }, …]
 */
export function healthTierAccounts(
  results: readonly TierOfAccount[],
  tier: string,
  accounts?: readonly Pick<HealthAccount, 'id' | 'mrr'>[] | undefined,
): MarkAccount[] {
  const issues: ValidationIssue[] = [];
  if (typeof tier !== 'string' || tier === '') {
    issues.push(mustBe(null, 'tier', 'a tier id', tier));
  }
  if (!Array.isArray(results)) {
    issues.push({ index: null, field: 'results', message: 'must be an array' });
  }
  if (accounts !== undefined && !Array.isArray(accounts)) {
    issues.push({ index: null, field: 'accounts', message: 'must be an array or left out' });
  }
  if (issues.length > 0) throw new MetricsInputError(NAME, issues);
  const mrrById = new Map<string, number>();
  (accounts ?? []).forEach((account, index) => {
    const mrr = account?.mrr;
    if (mrr === undefined) return;
    if (typeof mrr !== 'number' || !Number.isFinite(mrr) || mrr < 0) {
      issues.push({
        index,
        field: 'accounts.mrr',
        message: `must be a finite number ≥ 0, got ${showValue(mrr)}`,
        value: mrr,
      });
    } else mrrById.set(account.id, mrr);
  });
  const out: MarkAccount[] = [];
  results.forEach((result, index) => {
    const accountId = (result as Partial<TierOfAccount> | null)?.accountId;
    const resultTier = (result as Partial<TierOfAccount> | null)?.tier;
    if (typeof accountId !== 'string' || accountId === '') {
      issues.push({
        index,
        field: 'results.accountId',
        message: `must be a non-empty string, got ${showValue(accountId)}`,
        value: accountId,
      });
    } else if (typeof resultTier !== 'string') {
      issues.push({
        index,
        field: 'results.tier',
        message: `must be a tier id, got ${showValue(resultTier)}`,
        value: resultTier,
      });
    } else if (resultTier === tier) {
      const mrr = mrrById.get(accountId);
      out.push(mrr === undefined ? { accountId } : { accountId, value: mrr });
    }
  });
  if (issues.length > 0) throw new MetricsInputError(NAME, issues);
  return byValueDescending(out);
}
