import { type InvalidRowPolicy, type ValidationIssue, assertNoIssues, showValue } from '../core/errors';
import { type MonthIndex, parsePeriod } from '../core/period';
import { CompensatedSum } from '../core/sum';
import type { MrrSnapshot } from './types';

/** Every valid row of one account, summed per month. */
export interface AccountSeries {
  accountId: string;
  segment: string | undefined;
  /** Month index → MRR at the end of that month (rows of the same month summed). */
  mrrByMonth: Map<MonthIndex, number>;
}

/** Valid snapshots grouped by account, in first-seen order, plus the rows that were skipped. */
export interface SnapshotIndex {
  accounts: AccountSeries[];
  currency: string | undefined;
  /** The last month present in the valid rows, or `null` when there are none. */
  lastMonth: MonthIndex | null;
  issues: ValidationIssue[];
}

function rowIssues(row: unknown, index: number): ValidationIssue[] {
  if (row === null || typeof row !== 'object') {
    return [{ index, field: 'row', message: `must be an object, got ${showValue(row)}`, value: row }];
  }
  const { accountId, period, mrr, currency, segment } = row as Record<string, unknown>;
  const issues: ValidationIssue[] = [];
  if (typeof accountId !== 'string' || accountId.length === 0) {
    issues.push({ index, field: 'accountId', message: `must be a non-empty string, got ${showValue(accountId)}`, value: accountId });
  }
  if (parsePeriod(period) === null) {
    issues.push({ index, field: 'period', message: `must be a month 'YYYY-MM' or a date 'YYYY-MM-DD', got ${showValue(period)}`, value: period });
  }
  if (typeof mrr !== 'number' || !Number.isFinite(mrr) || mrr < 0) {
    issues.push({ index, field: 'mrr', message: `must be a finite number ≥ 0, got ${showValue(mrr)}`, value: mrr });
  }
  if (currency !== undefined && (typeof currency !== 'string' || !/^[A-Za-z]{3}$/.test(currency))) {
    issues.push({ index, field: 'currency', message: `must be a three-letter ISO 4217 code, got ${showValue(currency)}`, value: currency });
  }
  if (segment !== undefined && typeof segment !== 'string') {
    issues.push({ index, field: 'segment', message: `must be a string, got ${showValue(segment)}`, value: segment });
  }
  return issues;
}

/**
 * Validates MRR snapshots and groups them by account and month. Bad rows either throw (listing all
 * of them) or are skipped and reported, per `onInvalid`. Rows whose currency differs from the
 * first currency seen are bad rows: the SDK converts nothing.
 */
export function indexSnapshots(
  functionName: string,
  snapshots: readonly MrrSnapshot[],
  onInvalid: InvalidRowPolicy = 'throw',
): SnapshotIndex {
  if (!Array.isArray(snapshots)) {
    assertNoIssues(functionName, [
      { index: null, field: 'snapshots', message: `must be an array of MRR snapshots, got ${showValue(snapshots)}` },
    ]);
  }
  const issues: ValidationIssue[] = [];
  const byAccount = new Map<string, { segment: string | undefined; sums: Map<MonthIndex, CompensatedSum> }>();
  let currency: string | undefined;
  let currencyRow = -1;
  let lastMonth: MonthIndex | null = null;

  for (let index = 0; index < snapshots.length; index++) {
    const row = snapshots[index];
    const found = rowIssues(row, index);
    if (found.length === 0 && row!.currency !== undefined) {
      const code = row!.currency.toUpperCase();
      if (currency === undefined) {
        currency = code;
        currencyRow = index;
      } else if (code !== currency) {
        found.push({
          index,
          field: 'currency',
          message: `is ${code} but row ${currencyRow} is ${currency}; Vitals converts nothing, so pass amounts in one currency`,
          value: row!.currency,
        });
      }
    }
    if (found.length > 0) {
      issues.push(...found);
      continue;
    }
    const { accountId, period, mrr, segment } = row!;
    const month = parsePeriod(period)!;
    let account = byAccount.get(accountId);
    if (account === undefined) {
      account = { segment: undefined, sums: new Map() };
      byAccount.set(accountId, account);
    }
    if (account.segment === undefined && segment) account.segment = segment;
    let sum = account.sums.get(month);
    if (sum === undefined) {
      sum = new CompensatedSum();
      account.sums.set(month, sum);
    }
    sum.add(mrr);
    if (lastMonth === null || month > lastMonth) lastMonth = month;
  }

  if (onInvalid !== 'skip') assertNoIssues(functionName, issues);

  const accounts: AccountSeries[] = [];
  for (const [accountId, { segment, sums }] of byAccount) {
    const mrrByMonth = new Map<MonthIndex, number>();
    for (const [month, sum] of sums) mrrByMonth.set(month, sum.value);
    accounts.push({ accountId, segment, mrrByMonth });
  }
  return { accounts, currency, lastMonth, issues };
}
