import { type ValidationIssue, assertNoIssues, showValue, throwInputError } from '../core/errors';
import { finite } from '../core/finite';
import { CompensatedSum } from '../core/sum';
import type { DuplicateRowPolicy, MrrSnapshot } from '../core/mrrSnapshot';
import { indexSnapshots } from '../core/snapshots';
import {
  MONTHS_PER_GRAIN as MONTHS_PER_PERIOD,
  type GrainIndex as PeriodIndex,
  formatGrainPeriod as formatCohortPeriod,
  isGrain as isCohortGrain,
  lastCompletePeriod,
  parseGrainPeriod as parseCohortPeriod,
  grainOfMonth as periodOfMonth,
} from '../core/calendar';
import type {
  Cohort,
  CohortCell,
  CohortGrain,
  CohortRetention,
  CohortRetentionOptions,
} from './types';

const NAME = 'cohortRetention';

interface ResolvedOptions {
  grain: CohortGrain;
  duplicateRows: DuplicateRowPolicy;
  from: PeriodIndex;
  to: PeriodIndex;
}

function boundIssue(field: 'from' | 'to', value: unknown, grain: CohortGrain): ValidationIssue {
  const label =
    grain === 'quarter' ? " or a quarter 'YYYY-Qn'" : grain === 'year' ? " or a year 'YYYY'" : '';
  return {
    index: null,
    field: `options.${field}`,
    message: `must be a month 'YYYY-MM'${label}, got ${showValue(value)}`,
    value,
  };
}

/** Reads the options, listing every bad one in a single MetricsInputError. */
function resolveOptions(options: CohortRetentionOptions | undefined): ResolvedOptions {
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throwInputError(
      NAME,
      'options',
      `must be an object or left out, got ${showValue(options)}`,
      options,
    );
  }
  const { grain = 'month', from, to, onInvalid, duplicateRows = 'error' } = options ?? {};
  const issues: ValidationIssue[] = [];
  if (!isCohortGrain(grain)) {
    issues.push({
      index: null,
      field: 'options.grain',
      message: `must be 'month', 'quarter' or 'year', got ${showValue(grain)}`,
      value: grain,
    });
  }
  if (onInvalid !== undefined && onInvalid !== 'throw' && onInvalid !== 'skip') {
    issues.push({
      index: null,
      field: 'options.onInvalid',
      message: `must be 'throw' or 'skip', got ${showValue(onInvalid)}`,
      value: onInvalid,
    });
  }
  if (duplicateRows !== 'error' && duplicateRows !== 'sum') {
    issues.push({
      index: null,
      field: 'options.duplicateRows',
      message: `must be 'error' or 'sum', got ${showValue(duplicateRows)}`,
      value: duplicateRows,
    });
  }
  assertNoIssues(NAME, issues);

  const start = from === undefined ? -Infinity : parseCohortPeriod(from, grain);
  const end = to === undefined ? Infinity : parseCohortPeriod(to, grain);
  if (start === null) issues.push(boundIssue('from', from, grain));
  if (end === null) issues.push(boundIssue('to', to, grain));
  if (start !== null && end !== null && start > end) {
    issues.push({
      index: null,
      field: 'options.to',
      message: `must not be before from (${formatCohortPeriod(start, grain)}), got ${formatCohortPeriod(end, grain)}`,
      value: to,
    });
  }
  assertNoIssues(NAME, issues);
  return { grain, duplicateRows, from: start!, to: end! };
}

interface CohortBuilder {
  size: number;
  active: number[];
  mrr: CompensatedSum[];
}

/**
 * Logo and revenue retention by cohort: an account's cohort is its first month (or quarter, or
 * year) with MRR > 0, and for cohort c at age k, `logoRetention = accounts of c with MRR > 0 at
 * c + k / accounts of c` and `revenueRetention = Σ MRR of c's accounts at c + k / Σ MRR of c's
 * accounts at c`.
 *
 * A quarter's or year's MRR is the MRR at its last month, so at quarter and year grain an account
 * that joined and left within its first quarter counts in `size` but not in age 0's
 * `activeAccounts`. Cells past the last month in the data are absent, not zero; an account that
 * comes back after a gap counts as retained in the periods it pays. Rows with the same account and
 * month are summed, except exact duplicates (an error unless `{ duplicateRows: 'sum' }`) and the
 * same `subscriptionId` twice (always an error), as in `mrrMovements`; a month with no row is MRR 0. `from`/`to` pick which cohorts are returned.
 * Bad rows throw a `MetricsInputError` that lists each one, or are skipped and listed in `issues`
 * with `{ onInvalid: 'skip' }`.
 *
 * @example
 * const table = cohortRetention([
 *   { accountId: 'a', period: '2025-01', mrr: 100 },
 *   { accountId: 'b', period: '2025-01', mrr: 100 },
 *   { accountId: 'a', period: '2025-02', mrr: 150 },
 * ]);
 * table.cohorts[0].cells[1]; // { age: 1, period: '2025-02', activeAccounts: 1, mrr: 150, logoRetention: 0.5, revenueRetention: 0.75, reason: null }
 */
export function cohortRetention(
  snapshots: readonly MrrSnapshot[],
  options?: CohortRetentionOptions,
): CohortRetention {
  const { grain, duplicateRows, from, to } = resolveOptions(options);
  const index = indexSnapshots(NAME, snapshots, options?.onInvalid, duplicateRows);
  const result: CohortRetention = { grain, cohorts: [], lastPeriod: null, issues: index.issues };
  if (index.currency !== undefined) result.currency = index.currency;
  if (index.lastMonth === null) return result;

  let firstMonth = index.lastMonth;
  for (const { mrrByMonth } of index.accounts) {
    for (const month of mrrByMonth.keys()) if (month < firstMonth) firstMonth = month;
  }
  const last = lastCompletePeriod(index.lastMonth, grain);
  // No period is complete when the data stops before the end of the period it starts in.
  if (last < periodOfMonth(firstMonth, grain)) return result;
  result.lastPeriod = formatCohortPeriod(last, grain);
  const length = MONTHS_PER_PERIOD[grain];
  const builders = new Map<PeriodIndex, CohortBuilder>();

  for (const { mrrByMonth } of index.accounts) {
    let firstPaid = Infinity;
    for (const [month, mrr] of mrrByMonth) if (mrr > 0 && month < firstPaid) firstPaid = month;
    if (firstPaid === Infinity) continue;
    const cohort = periodOfMonth(firstPaid, grain);
    if (cohort > last || cohort < from || cohort > to) continue;

    let builder = builders.get(cohort);
    if (builder === undefined) {
      const ages = last - cohort + 1;
      builder = {
        size: 0,
        active: new Array<number>(ages).fill(0),
        mrr: Array.from({ length: ages }, () => new CompensatedSum()),
      };
      builders.set(cohort, builder);
    }
    builder.size++;
    for (const [month, mrr] of mrrByMonth) {
      // Only a period's last month counts: a quarter's MRR is the MRR at its last month.
      if (mrr <= 0 || month % length !== length - 1) continue;
      const age = periodOfMonth(month, grain) - cohort;
      if (age < 0 || age >= builder.active.length) continue;
      builder.active[age]!++;
      builder.mrr[age]!.add(mrr);
    }
  }

  const order = [...builders.keys()].sort((a, b) => a - b);
  result.cohorts = order.map((cohort) => buildCohort(cohort, builders.get(cohort)!, grain));
  return result;
}

function buildCohort(cohort: PeriodIndex, builder: CohortBuilder, grain: CohortGrain): Cohort {
  const initialMrr = builder.mrr[0]!.value;
  const cells = builder.active.map((activeAccounts, age): CohortCell => {
    const mrr = builder.mrr[age]!.value;
    const hasInitialMrr = initialMrr > 0;
    return {
      age,
      period: formatCohortPeriod(cohort + age, grain),
      activeAccounts,
      mrr,
      logoRetention: activeAccounts / builder.size,
      // A tiny first month (5e-324) under a large later one overflows the ratio.
      revenueRetention: hasInitialMrr ? finite(NAME, 'mrr', mrr / initialMrr) : null,
      reason: hasInitialMrr ? null : 'no-initial-mrr',
    };
  });
  return { cohort: formatCohortPeriod(cohort, grain), size: builder.size, initialMrr, cells };
}
