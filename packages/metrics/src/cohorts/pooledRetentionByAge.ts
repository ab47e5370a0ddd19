import {
  type ValidationIssue,
  assertNoIssues,
  mustBe,
  showValue,
  throwInputError,
  throwMustBe,
} from '../core/errors';
import { assertArray } from '../core/options';
import { CompensatedSum } from '../core/sum';
import type { Cohort } from './types';

/** Which retention to pool: accounts still paying (`'logo'`) or MRR kept (`'revenue'`). */
export type CohortMetric = 'logo' | 'revenue';

/** Pooled retention at one age across the cohorts that have reached it. */
export interface AgeAverage {
  age: number;
  /** Σ active accounts / Σ cohort sizes (logo), or Σ MRR / Σ starting MRR (revenue); `null` if none. */
  retention: number | null;
  /** How many cohorts have reached this age. */
  cohorts: number;
}

const isCount = (value: unknown) =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
const isMoney = (value: unknown) =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;

/** Every problem of one cohort, read once per field. */
function cohortIssues(cohort: unknown, index: number): ValidationIssue[] {
  if (cohort === null || typeof cohort !== 'object') {
    return [
      {
        index,
        field: 'cohort',
        message: `must be an object, got ${showValue(cohort)}`,
        value: cohort,
      },
    ];
  }
  const { size, initialMrr, cells } = cohort as Record<string, unknown>;
  const issues: ValidationIssue[] = [];
  if (!isCount(size)) {
    issues.push(mustBe(index, 'size', 'a whole number ≥ 0', size));
  }
  if (!isMoney(initialMrr)) {
    issues.push(mustBe(index, 'initialMrr', 'a finite number ≥ 0', initialMrr));
  }
  if (!Array.isArray(cells)) {
    issues.push(mustBe(index, 'cells', 'an array of cells', cells));
    return issues;
  }
  cells.forEach((cell: unknown, at) => {
    const { age, activeAccounts, mrr } =
      cell !== null && typeof cell === 'object' ? (cell as Record<string, unknown>) : {};
    if (!isCount(age) || !isCount(activeAccounts) || !isMoney(mrr)) {
      issues.push({
        index,
        field: `cells[${at}]`,
        message: 'must be a cell with a whole age and activeAccounts ≥ 0 and a finite mrr ≥ 0',
        value: cell,
      });
    }
  });
  return issues;
}

/**
 * Retention at each age pooled over every cohort that has reached it, weighted by cohort size
 * (logo: Σ active accounts / Σ cohort sizes) or starting MRR (revenue: Σ MRR / Σ initial MRR, over
 * cohorts that started with MRR): one number per age for a cohort table's summary.
 *
 * @example
 * pooledRetentionByAge(cohortRetention(rows).cohorts, 'logo', [1, 3]);
 * // [{ age: 1, retention: 0.91, cohorts: 23 }, { age: 3, retention: 0.84, cohorts: 21 }]
 */
export function pooledRetentionByAge(
  cohorts: readonly Cohort[],
  metric: CohortMetric,
  ages: readonly number[],
): AgeAverage[] {
  assertArray('pooledRetentionByAge', 'cohorts', cohorts, 'cohorts');
  if (metric !== 'logo' && metric !== 'revenue') {
    throwMustBe('pooledRetentionByAge', 'metric', "'logo' or 'revenue'", metric);
  }
  assertArray('pooledRetentionByAge', 'ages', ages, 'ages');
  ages.forEach((age, at) => {
    if (!isCount(age)) {
      throwMustBe('pooledRetentionByAge', `ages[${at}]`, 'a whole number ≥ 0', age);
    }
  });
  assertNoIssues('pooledRetentionByAge', cohorts.flatMap(cohortIssues));
  return ages.map((age) => {
    const numerator = new CompensatedSum();
    const denominator = new CompensatedSum();
    let reached = 0;
    for (const cohort of cohorts) {
      // Cells run from age 0 without gaps, so the cell of an age is usually at that index.
      const cell =
        cohort.cells[age]?.age === age
          ? cohort.cells[age]
          : cohort.cells.find((c) => c.age === age);
      if (!cell) continue;
      reached++;
      if (metric === 'logo') {
        numerator.add(cell.activeAccounts);
        denominator.add(cohort.size);
      } else if (cohort.initialMrr > 0) {
        numerator.add(cell.mrr);
        denominator.add(cohort.initialMrr);
      }
    }
    const top = numerator.value;
    const bottom = denominator.value;
    if (!Number.isFinite(top) || !Number.isFinite(bottom)) {
      throwInputError('pooledRetentionByAge', 'cohorts', 'hold MRR too large to sum safely');
    }
    return { age, retention: bottom > 0 ? top / bottom : null, cohorts: reached };
  });
}
