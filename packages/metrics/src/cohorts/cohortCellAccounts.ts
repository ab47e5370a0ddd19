import {
  type ValidationIssue,
  assertNoIssues,
  showValue,
  throwInputError,
  mustBe,
} from '../core/errors';
import {
  MONTHS_PER_GRAIN,
  formatGrainPeriod,
  grainOfMonth,
  isGrain,
  lastMonthOf,
  parseGrainPeriod,
} from '../core/calendar';
import { byValueDescending, type MarkAccount } from '../core/markAccounts';
import type { DuplicateRowsOptions, MrrSnapshot } from '../core/mrrSnapshot';
import { readPolicy } from '../core/options';
import { NEVER_PAID, buildRowIndex, readDuplicateRows } from '../core/rowIndex';
import { CompensatedSum } from '../core/sum';
import type { ValidationOptions } from '../core/errors';
import type { CohortGrain } from './types';

const NAME = 'cohortCellAccounts';

/** Options of {@link cohortCellAccounts}: the cell, and the options its `cohortRetention` used. */
export interface CohortCellAccountsOptions extends ValidationOptions, DuplicateRowsOptions {
  /** The cell's cohort, as `cohortRetention` labels it (`'2025-01'`, `'2025-Q1'`, `'2025'`). */
  cohort: string | Date;
  /** The cell's age: periods since the cohort's own period (0 is the cohort's own period). */
  age: number;
  /** The grain the cohorts were built at. @default 'month' */
  grain?: CohortGrain | undefined;
}

/**
 * The accounts behind one cohort cell (drill-through, SPEC §9): the cohort's accounts that pay at
 * the end of the cell's period (the retained ones), each with its MRR then, largest first. There
 * are exactly the cell's `activeAccounts` of them and their MRR sums to the cell's `mrr`, as
 * `cohortRetention` counts them with the same rows and options (an account's cohort is its first
 * period with MRR > 0; a quarter's or year's MRR is the MRR at its last month).
 *
 * @example
 * cohortCellAccounts(rows, { cohort: '2025-01', age: 3 }); // [{ accountId: 'acme', value: 150 }, …]
 */
export function cohortCellAccounts(
  snapshots: readonly MrrSnapshot[],
  options: CohortCellAccountsOptions,
): MarkAccount[] {
  if (options === null || typeof options !== 'object') {
    throwInputError(NAME, 'options', `must be an object, got ${showValue(options)}`, options);
  }
  readPolicy(NAME, options.onInvalid);
  const duplicateRows = readDuplicateRows(NAME, options.duplicateRows);
  const { grain = 'month', age } = options;
  const issues: ValidationIssue[] = [];
  if (!isGrain(grain)) {
    issues.push(mustBe(null, 'options.grain', "'month', 'quarter' or 'year'", grain));
  }
  if (!(Number.isInteger(age) && age >= 0)) {
    issues.push(mustBe(null, 'options.age', 'a whole number ≥ 0', age));
  }
  assertNoIssues(NAME, issues);
  const cohort = parseGrainPeriod(options.cohort, grain);
  if (cohort === null) {
    throwInputError(
      NAME,
      'options.cohort',
      `must be a cohort label such as ${formatGrainPeriod(2025 * (12 / MONTHS_PER_GRAIN[grain]), grain)}, got ${showValue(options.cohort)}`,
      options.cohort,
    );
  }
  const index = buildRowIndex(NAME, snapshots, options.onInvalid, duplicateRows);
  const month = lastMonthOf(cohort + age, grain);
  const { start, months, amounts, firstPaid, accountIds } = index;
  const out: MarkAccount[] = [];
  for (let a = 0; a < accountIds.length; a++) {
    const paid = firstPaid[a]!;
    if (paid === NEVER_PAID || grainOfMonth(paid, grain) !== cohort) continue;
    // Rows of one month are summed with compensation, in input order, as cohortRetention does.
    const sum = new CompensatedSum();
    let found = false;
    for (let r = start[a]!; r < start[a + 1]!; r++) {
      if (months[r] === month) {
        sum.add(amounts[r]!);
        found = true;
      }
    }
    if (found && sum.value > 0) out.push({ accountId: accountIds[a]!, value: sum.value });
  }
  return byValueDescending(out);
}
