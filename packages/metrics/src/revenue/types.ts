import type { ValidationIssue, ValidationOptions } from '../core/errors';
import type { Grain } from '../core/calendar';
import type { DuplicateRowsOptions } from '../core/mrrSnapshot';
import type { SegmentOptions } from '../core/segments';
import type { TotalsField, TotalsWith } from './totals';

export type { Grain } from '../core/calendar';
export type { DuplicateRowPolicy, DuplicateRowsOptions, MrrSnapshot } from '../core/mrrSnapshot';
export type { SegmentFilter, SegmentOptions } from '../core/segments';

/** A window between two month-ends: `from` is the starting point, `to` the end point. */
export interface MovementWindow {
  /** The month whose ending MRR is the starting point (`'YYYY-MM'`, or a `Date` read in UTC). */
  from: string | Date;
  /** The month whose ending MRR is compared with it (`'YYYY-MM'` or a `Date`), after `from`. */
  to: string | Date;
}

/** Shorthand for a one-month window: `from` is the month before `period`, `to` is `period`. */
export interface MovementPeriod {
  /** The month to measure (`'YYYY-MM'`, or a `Date` read in UTC). */
  period: string | Date;
}

/** The grain of a movement view: months are compared by default. */
export interface GrainOptions {
  /**
   * The length of a period. At `'quarter'` and `'year'` grain a period's MRR is the MRR at its last
   * month (March for Q1, December for a year), and `from`/`to`/`period` take `'2025-Q1'` or `'2025'`
   * labels (a `'YYYY-MM'` month is read as the quarter or year containing it). Results label
   * periods the same way.
   * @default 'month'
   */
  grain?: Grain | undefined;
}

/**
 * Options of {@link mrrMovements}: a window (or a single period, never both), its grain, the
 * segments to keep and the invalid-row policy.
 */
export type MrrMovementsOptions = (MovementWindow | MovementPeriod) &
  GrainOptions &
  ValidationOptions &
  DuplicateRowsOptions &
  SegmentOptions;

/** Options of {@link mrrMovementsSeries}. */
export interface MrrMovementsSeriesOptions
  extends MovementWindow, GrainOptions, ValidationOptions, DuplicateRowsOptions, SegmentOptions {
  /**
   * Whether each entry carries its per-account drill-down rows (`accounts`), as
   * `mrrMovements({ period })` does. Left out by default (SPEC §3: a chart needs totals, and a
   * drill-down asks `mrrMovements` for the one period it opens): the totals and counts are the
   * same, and no per-account objects are allocated (`accounts` is then `[]`).
   * @default false
   */
  includeAccounts?: boolean | undefined;
}

/**
 * Movement totals as a warehouse might already compute them. Every rate function, hook and
 * component accepts this shape in place of a full {@link MrrMovements} result. Fields a given
 * rate does not use may be left out.
 */
export interface MovementTotals {
  /** Σ MRR at the end of `from` over accounts paying then (S). */
  startingMrr: number;
  /** MRR added by accounts that paid more at `to` than at `from`. */
  expansionMrr: number;
  /** MRR lost by accounts that paid less, but still paid, at `to`. */
  contractionMrr: number;
  /** MRR lost by accounts that paid at `from` and nothing at `to`. */
  churnedMrr: number;
  /** MRR of accounts that had never paid up to `from` and pay at `to`. */
  newMrr?: number | undefined;
  /** MRR of accounts that paid before `from`, paid nothing at `from`, and pay at `to`. */
  reactivationMrr?: number | undefined;
  /** Σ MRR at the end of `to`. */
  endingMrr?: number | undefined;
  /** ISO 4217 code of every amount, when known. */
  currency?: string | undefined;
  /** Accounts paying at `from`. */
  startingAccounts?: number | undefined;
  /** Accounts paying at `to`. */
  endingAccounts?: number | undefined;
  /** Accounts paying at both `from` and `to`. */
  retainedAccounts?: number | undefined;
  /** Accounts counted in `newMrr`. */
  newAccounts?: number | undefined;
  /** Accounts counted in `expansionMrr`. */
  expansionAccounts?: number | undefined;
  /** Accounts counted in `reactivationMrr`. */
  reactivatedAccounts?: number | undefined;
  /** Accounts counted in `contractionMrr`. */
  contractionAccounts?: number | undefined;
  /** Accounts counted in `churnedMrr`. */
  churnedAccounts?: number | undefined;
  /** Accounts that paid strictly inside the window and nothing at either end. */
  newAndChurnedAccounts?: number | undefined;
}

/** How one account moved over the window. */
export type AccountMovementKind =
  'new' | 'reactivation' | 'expansion' | 'contraction' | 'churn' | 'unchanged' | 'new-and-churned';

/** One account's contribution to a movement result, for drill-down. */
export interface AccountMovement {
  accountId: string;
  segment?: string | undefined;
  /** The account's MRR at the end of `from`. */
  startingMrr: number;
  /** The account's MRR at the end of `to`. */
  endingMrr: number;
  movement: AccountMovementKind;
  /** The amount this account adds to its movement's total (always ≥ 0). */
  amount: number;
}

/** The full result of {@link mrrMovements}: totals, counts, per-account rows and skipped rows. */
export interface MrrMovements extends Pick<TotalsWith<TotalsField>, TotalsField> {
  /** The starting period (`'YYYY-MM'`, or `'YYYY-Qn'` / `'YYYY'` at quarter / year grain). */
  from: string;
  /** The ending period, labelled like `from`. */
  to: string;
  /** The grain `from` and `to` are labelled in: `'2025-03'`, `'2025-Q1'` or `'2025'`. */
  grain: Grain;
  /** The currency shared by the rows, when they name one. */
  currency?: string | undefined;
  /** Every account that paid at either end of the window or inside it, in first-seen order. */
  accounts: readonly AccountMovement[];
  /** Rows skipped under `onInvalid: 'skip'` (empty otherwise). */
  issues: readonly ValidationIssue[];
}

/** One entry of {@link mrrMovementsSeries}: the single-period movements of `period`. */
export interface MrrMovementsSeriesEntry extends MrrMovements {
  /** The period measured (equal to `to`); `from` is the period before it. */
  period: string;
}

/**
 * Why a rate is `null`: no starting MRR, no starting or ending accounts, no losses (the quick
 * ratio's denominator), or a pre-aggregated total that lacks a field the rate needs.
 */
export type NullReason =
  'no-starting-mrr' | 'no-starting-accounts' | 'no-ending-accounts' | 'no-losses' | 'not-provided';
