import { type ValidationIssue, assertNoIssues, mustBe } from '../core/errors';
import { DATE_RULE, DAY_MS, parseInstant } from '../core/calendar';
import { OptionReader, assertArray, isId } from '../core/options';
import { forEachRow } from '../core/read';
import { meanOf, quantileSorted, sortedCopy } from '../core/stats';
import type { TimeToValueAccount, TimeToValueOptions, TimeToValueResult } from './types';

const FIELDS = ['accountId', 'startedAt', 'firstValueAt'] as const;

/** The issues of one account, from its fields read once (in {@link FIELDS} order). */
function fieldIssues(values: readonly unknown[], index: number): ValidationIssue[] {
  const [accountId, startedAt, firstValueAt] = values;
  const issues: ValidationIssue[] = [];
  if (!isId(accountId)) {
    issues.push(mustBe(index, 'accountId', 'a non-empty string', accountId));
  }
  const start = parseInstant(startedAt);
  if (start === null) {
    issues.push(mustBe(index, 'startedAt', DATE_RULE, startedAt));
  }
  if (firstValueAt != null) {
    const value = parseInstant(firstValueAt);
    if (value === null) {
      issues.push(
        mustBe(
          index,
          'firstValueAt',
          `${DATE_RULE}, or absent while the account is waiting`,
          firstValueAt,
        ),
      );
    } else if (start !== null && value < start) {
      issues.push({
        index,
        field: 'firstValueAt',
        message: 'must not be before startedAt',
        value: firstValueAt,
      });
    }
  }
  return issues;
}

/**
 * Time to value: days from `startedAt` to `firstValueAt` per account, summarised as median, p90
 * (both by linear interpolation between ranks, as Excel `PERCENTILE.INC`) and mean; accounts with
 * no `firstValueAt` are counted in `waiting`, never dropped. Figures are `null` when no account
 * has reached value. Days are exact (fractional for date-times). Benchmark: under 30 days.
 *
 * @example
 * const ttv = timeToValue([
 *   { accountId: 'a', startedAt: '2025-01-01', firstValueAt: '2025-01-11' },
 *   { accountId: 'b', startedAt: '2025-01-01', firstValueAt: '2025-01-31' },
 *   { accountId: 'c', startedAt: '2025-02-01' },
 * ]);
 * ttv.median; // 20
 * ttv.waiting; // 1
 */
export function timeToValue(
  accounts: readonly TimeToValueAccount[],
  options: TimeToValueOptions = {},
): TimeToValueResult {
  const reader = new OptionReader('timeToValue', options);
  const policy = reader.policy();
  reader.done();
  assertArray(
    'timeToValue',
    'accounts',
    accounts,
    'accounts { accountId, startedAt, firstValueAt? }',
  );

  const issues: ValidationIssue[] = [];
  const firstRowOf = new Map<string, number>();
  const days: number[] = [];
  const waitingAccountIds: string[] = [];
  forEachRow(
    accounts,
    FIELDS,
    '{ accountId, startedAt, firstValueAt? }',
    issues,
    (values, index) => {
      const [accountId, startedAt, firstValueAt] = values as [string, unknown, unknown];
      const found = fieldIssues(values, index);
      if (found.length === 0) {
        const earlier = firstRowOf.get(accountId);
        if (earlier !== undefined) {
          found.push({
            index,
            field: 'accountId',
            message: `repeats row ${earlier}; each account has one start and one first-value date`,
            value: accountId,
          });
        }
      }
      if (found.length > 0) {
        issues.push(...found);
        return;
      }
      firstRowOf.set(accountId, index);
      if (firstValueAt == null) {
        waitingAccountIds.push(accountId);
      } else {
        days.push((parseInstant(firstValueAt)! - parseInstant(startedAt)!) / DAY_MS);
      }
    },
  );
  if (policy === 'throw') assertNoIssues('timeToValue', issues);

  const sorted = sortedCopy(days);
  return {
    median: quantileSorted(sorted, 0.5),
    p90: quantileSorted(sorted, 0.9),
    mean: meanOf(days),
    measured: days.length,
    waiting: waitingAccountIds.length,
    total: days.length + waitingAccountIds.length,
    waitingAccountIds,
    reason: days.length === 0 ? 'no-measured-accounts' : null,
    issues,
  };
}
