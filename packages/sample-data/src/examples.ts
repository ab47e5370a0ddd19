/**
 * Small books whose every number can be worked out by hand. The generators give realistic volume;
 * these give a handful of rows to read a metric against, in docs, tests and a first try of the
 * SDK. Each call returns fresh rows, so a caller may change them without touching anyone else's.
 */

/** One account's MRR in one month: the fields `@vitals/metrics` requires of a snapshot, no more. */
export interface ExampleSnapshot {
  /** The account, a one-letter id (`'a'`, `'b'`, …) the JSDoc of each example refers to. */
  accountId: string;
  /** The month, `'YYYY-MM'`. */
  period: string;
  /** Monthly recurring revenue at the end of that month. */
  mrr: number;
}

/** A worked example: its snapshots and the window (`'YYYY-MM'`) its numbers are worked out for. */
export interface WorkedExample {
  /** The rows, in account then month order. */
  snapshots: ExampleSnapshot[];
  /** First month of the window (`'YYYY-MM'`). */
  from: string;
  /** Last month of the window (`'YYYY-MM'`). */
  to: string;
}

const book = (rows: ReadonlyArray<readonly [string, string, number]>): ExampleSnapshot[] =>
  rows.map(([accountId, period, mrr]) => ({ accountId, period, mrr }));

/**
 * Five accounts, January to April 2025, whose cohort table is triangular and small enough to
 * check by hand:
 * - January cohort: a (100, 100, 120, 120: expands in March), b (200, churns after January) and
 *   c (50, 50, nothing in March, back with 60 in April): 350 MRR from 3 accounts;
 * - February cohort: d (80, 80, then 40 in April);
 * - March cohort: e (100, 100).
 *
 * Logo retention of January at ages 1, 2, 3: 2 of 3, 1 of 3, 2 of 3 (c returns); revenue
 * retention: 150 / 350, 120 / 350, 180 / 350. Pooled over cohorts, age 1 keeps 4 of 5 accounts
 * and age 2 keeps 160 of 430 MRR.
 *
 * @example
 * ```ts
 * import { exampleCohortBook } from '@vitals/sample-data';
 * import { cohortRetention } from '@vitals/metrics';
 *
 * const { snapshots } = exampleCohortBook();
 * cohortRetention(snapshots).cohorts.map((c) => c.cohort); // ['2025-01', '2025-02', '2025-03']
 * ```
 */
export function exampleCohortBook(): WorkedExample {
  return {
    snapshots: book([
      ['a', '2025-01', 100],
      ['a', '2025-02', 100],
      ['a', '2025-03', 120],
      ['a', '2025-04', 120],
      ['b', '2025-01', 200],
      ['c', '2025-01', 50],
      ['c', '2025-02', 50],
      ['c', '2025-04', 60],
      ['d', '2025-02', 80],
      ['d', '2025-03', 80],
      ['d', '2025-04', 40],
      ['e', '2025-03', 100],
      ['e', '2025-04', 100],
    ]),
    from: '2025-01',
    to: '2025-04',
  };
}

/**
 * A quarter (2025-01 → 2025-04) in which each rule of the vendors' MRR conventions changes a
 * number, small enough to work out by hand:
 * - a, b, c, d pay at the start (S = 100 + 200 + 300 + 400 = 1,000);
 * - a expands to 150 (+50), b contracts to 150 (−50), c churns (−300), d stays at 400;
 * - e paid 60 in 2024-11, nothing in 2025-01, and pays 80 in 2025-04: reactivation 80;
 * - f is new, paying 120 at the end;
 * - g (30 in 2025-02) and h (40 in 2025-03) join and are gone by 2025-04: joined and churned
 *   inside the window.
 *
 * Net MRR churn is (50 + 300 − 50 − 80) / 1,000 = 22 % where reactivation offsets churn and 30 %
 * where it does not; logo churn is 1 of 4, or 3 of 7 counting the accounts that joined and left.
 *
 * @example
 * ```ts
 * import { exampleConventionQuarter } from '@vitals/sample-data';
 * import { reconcileConventions } from '@vitals/metrics';
 *
 * const { snapshots, from, to } = exampleConventionQuarter();
 * reconcileConventions(snapshots, { from, to }); // the five presets side by side
 * ```
 */
export function exampleConventionQuarter(): WorkedExample {
  return {
    snapshots: book([
      ['a', '2025-01', 100],
      ['a', '2025-04', 150],
      ['b', '2025-01', 200],
      ['b', '2025-04', 150],
      ['c', '2025-01', 300],
      ['d', '2025-01', 400],
      ['d', '2025-04', 400],
      ['e', '2024-11', 60],
      ['e', '2025-04', 80],
      ['f', '2025-04', 120],
      ['g', '2025-02', 30],
      ['h', '2025-03', 40],
    ]),
    from: '2025-01',
    to: '2025-04',
  };
}
