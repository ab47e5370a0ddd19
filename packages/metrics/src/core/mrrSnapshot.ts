/**
 * The input shared by the revenue and cohort families: one account's MRR at the end of one month
 * (SPEC §3), and the policy for rows repeated by an export.
 */

/** One account's MRR at the end of one month. */
export interface MrrSnapshot {
  /** The account (customer) this revenue belongs to. */
  accountId: string;
  /**
   * `'YYYY-MM'`; a `'YYYY-MM-DD'` date, or a `Date` (read in UTC), is taken as its month.
   */
  period: string | Date;
  /**
   * The account's MRR at the end of that month, in major units (dollars, euros), ≥ 0. Several rows
   * for the same account and month are summed (an account can have several subscriptions), unless
   * they are identical in every field: see {@link DuplicateRowsOptions}.
   */
  mrr: number;
  /** ISO 4217 code. All rows of one call must agree: Vitals converts nothing. */
  currency?: string | undefined;
  /** e.g. `'SMB'`, `'Mid-Market'`, `'Enterprise'`. */
  segment?: string | undefined;
  /**
   * The subscription this row belongs to, when an account has several. It tells split
   * subscriptions apart: two rows of one account and month with different `subscriptionId`s are
   * summed, and the same account, `subscriptionId` and month twice is an error (a bad row) even
   * when the amounts differ.
   */
  subscriptionId?: string | undefined;
}

/**
 * What to do with two snapshot rows identical in every field (account, month, mrr, currency,
 * segment and subscriptionId), the signature of an export that repeated rows.
 * - `'error'` (default): the later row is a bad row, `duplicate of row N`: it throws, or is skipped
 *   and listed in `issues` with `onInvalid: 'skip'`.
 * - `'sum'`: the rows are summed like split subscriptions.
 */
export type DuplicateRowPolicy = 'error' | 'sum';

/** The duplicate-row option of every function that reads MRR snapshots. */
export interface DuplicateRowsOptions {
  /**
   * Whether two rows identical in every field are an error or are summed. Rows of one account and
   * month that differ in any field (another amount, another `subscriptionId`) are always summed.
   * @default 'error'
   */
  duplicateRows?: DuplicateRowPolicy | undefined;
}
