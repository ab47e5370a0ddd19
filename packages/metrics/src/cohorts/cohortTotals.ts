import { type ValidationIssue, assertNoIssues, showValue } from '../core/errors';
import { assertArray } from '../core/options';
import { compensatedSum } from '../core/sum';
import type { Cohort } from './types';

/** The result of {@link cohortTotals}. */
export interface CohortTotals {
  /** How many cohorts. */
  cohorts: number;
  /** Σ cohort sizes: the accounts the cohorts hold. */
  accounts: number;
  /** Σ the cohorts' starting MRR. */
  initialMrr: number;
}

/**
 * The totals of a list of cohorts (`cohortRetention`'s `cohorts`, or the ones a table shows): how
 * many there are, the accounts they hold and their starting MRR. A cohort that is not an object,
 * a `size` that is not a whole number ≥ 0 or an `initialMrr` that is not a finite number ≥ 0 is a
 * `MetricsInputError` naming the cohort's index and field.
 *
 * @example
 * cohortTotals(cohortRetention(snapshots).cohorts);
 * // { cohorts: 12, accounts: 340, initialMrr: 51000 }
 */
export function cohortTotals(cohorts: readonly Cohort[]): CohortTotals {
  assertArray('cohortTotals', 'cohorts', cohorts, 'cohorts');
  const issues: ValidationIssue[] = [];
  let accounts = 0;
  const mrr: number[] = [];
  for (let index = 0; index < cohorts.length; index++) {
    const cohort: unknown = cohorts[index];
    if (cohort === null || typeof cohort !== 'object') {
      const message = `must be a cohort, got ${showValue(cohort)}`;
      issues.push({ index, field: 'cohort', message, value: cohort });
      continue;
    }
    const { size, initialMrr } = cohort as Record<string, unknown>;
    if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) {
      const message = `must be a whole number ≥ 0, got ${showValue(size)}`;
      issues.push({ index, field: 'size', message, value: size });
    } else accounts += size;
    if (typeof initialMrr !== 'number' || !Number.isFinite(initialMrr) || initialMrr < 0) {
      const message = `must be a finite number ≥ 0, got ${showValue(initialMrr)}`;
      issues.push({ index, field: 'initialMrr', message, value: initialMrr });
    } else mrr.push(initialMrr);
  }
  assertNoIssues('cohortTotals', issues);
  return { cohorts: cohorts.length, accounts, initialMrr: compensatedSum(mrr) };
}
