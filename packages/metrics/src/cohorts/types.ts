import type { ValidationIssue, ValidationOptions } from '../core/errors';
import type { ConfidenceInterval } from '../core/interval';
import type { Grain } from '../core/calendar';
import type { DuplicateRowsOptions } from '../core/mrrSnapshot';
import type { SegmentOptions } from '../core/segments';

/**
 * The length of one cohort period and one step of age.
 * - `'month'`: cohorts and cells are calendar months, labelled `'2025-01'`.
 * - `'quarter'`: calendar quarters, labelled `'2025-Q1'`.
 * - `'year'`: calendar years, labelled `'2025'`.
 */
export type CohortGrain = Grain;

/** Options of {@link cohortRetention}. */
export interface CohortRetentionOptions
  extends ValidationOptions, DuplicateRowsOptions, SegmentOptions {
  /**
   * The first cohort to include: a month (`'YYYY-MM'`, or a date `'YYYY-MM-DD'` taken as its
   * month), meaning the cohort that contains it, or a label of the grain (`'2025-Q1'` at quarter
   * grain, `'2025'` at year grain), or a `Date` (its UTC month). Only selects cohorts: accounts are
   * still assigned to their cohort from all of the data.
   * @default the first cohort in the data
   */
  from?: string | Date | undefined;
  /**
   * The last cohort to include, in the same forms as `from`. Only selects cohorts: the cells of the
   * included cohorts still run to the last month in the data.
   * @default the last cohort in the data
   */
  to?: string | Date | undefined;
  /**
   * The length of a cohort and of one step of age. A quarter's or year's MRR is the MRR at its
   * last month.
   * @default 'month'
   */
  grain?: CohortGrain | undefined;
  /**
   * Keep at most this many cohorts, the latest ones; the rest are counted in `omitted.cohorts`
   * and never built, so a span of thousands of years stays cheap.
   * @default every cohort
   */
  maxCohorts?: number | undefined;
  /**
   * Keep the cells of ages `0` to `maxAge - 1` only; the ages past them are counted in
   * `omitted.ages` and never built.
   * @default every age in the data
   */
  maxAge?: number | undefined;
  /**
   * The confidence level of each cell's `logoRetentionInterval`, from 0.5 to 0.9999.
   * @default 0.95
   */
  confidence?: number | undefined;
  /**
   * The age, in periods of the grain, a cohort must reach by the last period to be `mature`.
   * @default a year: 12 at month grain, 4 at quarter grain, 1 at year grain
   */
  matureAge?: number | undefined;
}

/** What `maxCohorts` and `maxAge` left out of a {@link CohortRetention}. */
export interface CohortOmissions {
  /** Cohorts left out by `maxCohorts` (the earliest ones). */
  cohorts: number;
  /** Age columns left out by `maxAge`: ages past `maxAge - 1` that the oldest kept cohort reached. */
  ages: number;
}

/** Why a cohort cell's revenue retention is `null`. */
export type CohortNullReason = 'no-initial-mrr';

/** One cohort at one age: how many of its accounts pay, and how much, at the end of that period. */
export interface CohortCell {
  /** Periods since the cohort's own period (0 is the cohort's own month, quarter or year). */
  age: number;
  /** The period this cell measures, labelled like the cohort (`'2025-03'`, `'2025-Q1'`, `'2025'`). */
  period: string;
  /** Accounts of the cohort with MRR > 0 at the end of `period`. */
  activeAccounts: number;
  /** Σ MRR of the cohort's accounts at the end of `period`. */
  mrr: number;
  /** `activeAccounts / size`. */
  logoRetention: number;
  /**
   * The Wilson score interval of `logoRetention` (`activeAccounts` of `size`) at the
   * `confidence` level: within 0..1 and containing it, wide for a cohort of a few accounts.
   */
  logoRetentionInterval: ConfidenceInterval;
  /** `mrr / initialMrr`, or `null` when `initialMrr` is 0 (see `reason`). */
  revenueRetention: number | null;
  /** Why `revenueRetention` is `null`, or `null` when it is a number. */
  reason: CohortNullReason | null;
}

/** The accounts that first paid in one period, followed period by period. */
export interface Cohort {
  /** The cohort's period: `'2025-01'`, `'2025-Q1'` or `'2025'` depending on the grain. */
  cohort: string;
  /** Accounts whose first month with MRR > 0 falls in this period. */
  size: number;
  /**
   * Σ MRR of the cohort's accounts at the end of the cohort's own period (the age-0 cell's `mrr`),
   * the denominator of revenue retention.
   */
  initialMrr: number;
  /**
   * The age the cohort has reached by the result's `lastPeriod` (its last cell's age, unless
   * `maxAge` cut the cells short).
   */
  ageReached: number;
  /** True when `ageReached` is at least `matureAge`: the cohort has had a year (by default) to churn. */
  mature: boolean;
  /**
   * One cell per age from 0 up to the last period that ends within the data; cells past the last
   * month in the data are absent, not zero.
   */
  cells: readonly CohortCell[];
}

/** The result of {@link cohortRetention}. */
export interface CohortRetention {
  /** The grain the cohorts and ages are measured in. */
  grain: CohortGrain;
  /**
   * Cohorts with at least one account, in time order; each one's cells by age. A cohort whose own
   * period does not end within the data (the current quarter when the data stops in its second
   * month) is left out: its age-0 MRR is not known yet.
   */
  cohorts: readonly Cohort[];
  /**
   * The last complete period in the data (`'2025-12'`, `'2025-Q4'`, `'2025'`), or `null` when no
   * period is complete (no valid rows, or data that ends before the first period's last month).
   */
  lastPeriod: string | null;
  /** The currency shared by the rows, when they name one. */
  currency?: string | undefined;
  /** Rows skipped under `onInvalid: 'skip'` (empty otherwise). */
  issues: readonly ValidationIssue[];
  /** What `maxCohorts` and `maxAge` left out; absent when they left out nothing. */
  omitted?: CohortOmissions | undefined;
}
