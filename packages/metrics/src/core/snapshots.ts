import type { InvalidRowPolicy, ValidationIssue } from './errors';
import type { MonthIndex } from './calendar';
import { buildRowIndex } from './rowIndex';
import type { DuplicateRowPolicy, MrrSnapshot } from './mrrSnapshot';

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

/**
 * Validates MRR snapshots and groups them by account and month (rows of one month summed with
 * compensation, in input order). Bad rows either throw (listing all of them) or are skipped and
 * reported, per `onInvalid`. Rows whose currency differs from the first currency seen are bad
 * rows: the SDK converts nothing. Duplicate rows follow {@link buildRowIndex}.
 *
 * The revenue functions use the columnar {@link buildRowIndex} directly; this map-shaped view is
 * kept for callers that want one `Map` per account.
 */
export function indexSnapshots(
  functionName: string,
  snapshots: readonly MrrSnapshot[],
  onInvalid: InvalidRowPolicy = 'throw',
  duplicateRows: DuplicateRowPolicy = 'error',
): SnapshotIndex {
  const index = buildRowIndex(functionName, snapshots, onInvalid, duplicateRows);
  const accounts: AccountSeries[] = [];
  for (let a = 0; a < index.accountIds.length; a++) {
    // Neumaier summation inline (the same arithmetic as CompensatedSum, without an object per
    // account and month): a compensation entry exists only for months with several rows.
    const mrrByMonth = new Map<MonthIndex, number>();
    let compensation: Map<MonthIndex, number> | undefined;
    for (let r = index.start[a]!; r < index.start[a + 1]!; r++) {
      const month = index.months[r]!;
      const amount = index.amounts[r]!;
      const sum = mrrByMonth.get(month);
      if (sum === undefined) {
        mrrByMonth.set(month, amount);
        continue;
      }
      const next = sum + amount;
      const lost = Math.abs(sum) >= Math.abs(amount) ? sum - next + amount : amount - next + sum;
      compensation ??= new Map();
      compensation.set(month, (compensation.get(month) ?? 0) + lost);
      mrrByMonth.set(month, next);
    }
    if (compensation) {
      for (const [month, lost] of compensation)
        mrrByMonth.set(month, mrrByMonth.get(month)! + lost);
    }
    accounts.push({ accountId: index.accountIds[a]!, segment: index.segments[a], mrrByMonth });
  }
  return { accounts, currency: index.currency, lastMonth: index.lastMonth, issues: index.issues };
}
