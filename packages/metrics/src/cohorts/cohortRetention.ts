import {
  type ValidationIssue,
  assertNoIssues,
  mustBe,
  showValue,
  throwMustBe,
} from '../core/errors';
import { finite } from '../core/finite';
import { DEFAULT_CONFIDENCE, confidenceProblem, wilsonInterval } from '../core/interval';
import type { DuplicateRowPolicy, MrrSnapshot } from '../core/mrrSnapshot';
import { NEVER_PAID, buildRowIndex } from '../core/rowIndex';
import { readSegmentFilter, restrictToSegments } from '../core/segments';
import { addAt } from '../core/sum';
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
  maxCohorts: number;
  maxAge: number;
  confidence: number;
  matureAge: number;
}

/** A year in periods of each grain: the default age at which a cohort is mature. */
const PERIODS_PER_YEAR: Readonly<Record<CohortGrain, number>> = { month: 12, quarter: 4, year: 1 };

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
    throwMustBe(NAME, 'options', 'an object or left out', options);
  }
  const {
    grain = 'month',
    from,
    to,
    onInvalid,
    duplicateRows = 'error',
    maxCohorts = Infinity,
    maxAge = Infinity,
    confidence = DEFAULT_CONFIDENCE,
    matureAge: matureAgeOption,
  } = options ?? {};
  const matureAge: unknown = matureAgeOption ?? PERIODS_PER_YEAR[grain as CohortGrain] ?? 12;
  const issues: ValidationIssue[] = [];
  for (const [field, value] of [
    ['maxCohorts', maxCohorts],
    ['maxAge', maxAge],
  ] as const) {
    if (value !== Infinity && !(Number.isInteger(value) && value >= 1)) {
      issues.push(mustBe(null, `options.${field}`, 'a whole number ≥ 1 or left out', value));
    }
  }
  const confidenceIssue = confidenceProblem(confidence);
  if (confidenceIssue !== null) {
    issues.push({
      index: null,
      field: 'options.confidence',
      message: confidenceIssue,
      value: confidence,
    });
  }
  if (!(typeof matureAge === 'number' && Number.isSafeInteger(matureAge) && matureAge >= 0)) {
    issues.push(mustBe(null, 'options.matureAge', 'a whole number ≥ 0 or left out', matureAge));
  }
  if (!isCohortGrain(grain)) {
    issues.push(mustBe(null, 'options.grain', "'month', 'quarter' or 'year'", grain));
  }
  if (onInvalid !== undefined && onInvalid !== 'throw' && onInvalid !== 'skip') {
    issues.push(mustBe(null, 'options.onInvalid', "'throw' or 'skip'", onInvalid));
  }
  if (duplicateRows !== 'error' && duplicateRows !== 'sum') {
    issues.push(mustBe(null, 'options.duplicateRows', "'error' or 'sum'", duplicateRows));
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
  return {
    grain,
    duplicateRows,
    from: start!,
    to: end!,
    maxCohorts,
    maxAge,
    confidence,
    matureAge: matureAge as number,
  };
}

/** One cohort's size and, per age, active accounts and a compensated MRR sum (sum + compensation). */
interface CohortBuilder {
  size: number;
  active: Float64Array;
  sum: Float64Array;
  compensation: Float64Array;
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
 * `maxCohorts` keeps the latest cohorts and `maxAge` the first ages; what they leave out is
 * counted in `omitted` and never built, so the cost follows the bounds, not the span of the data.
 * Bad rows throw a `MetricsInputError` that lists each one, or are skipped and listed in `issues`
 * with `{ onInvalid: 'skip' }`. `segment` keeps only the accounts of those segments (as in
 * `mrrMovements`); the cells still run to the last month of all the data.
 *
 * Each cell carries `logoRetentionInterval`, the Wilson score interval of `activeAccounts / size`
 * at `confidence` (default 0.95), so a chart can tell a cohort of two from a cohort of two hundred;
 * each cohort says how old it is by the last period (`ageReached`) and whether that is at least
 * `matureAge` (default a year: 12 months, 4 quarters or 1 year).
 *
 * @example
 * const table = cohortRetention([
 *   { accountId: 'a', period: '2025-01', mrr: 100 },
 *   { accountId: 'b', period: '2025-01', mrr: 100 },
 *   { accountId: 'a', period: '2025-02', mrr: 150 },
 * ]);
 * table.cohorts[0].cells[1]; // { age: 1, period: '2025-02', activeAccounts: 1, mrr: 150, logoRetention: 0.5, logoRetentionInterval: { low: ≈ 0.095, high: ≈ 0.905, level: 0.95 }, revenueRetention: 0.75, reason: null }
 */
export function cohortRetention(
  snapshots: readonly MrrSnapshot[],
  options?: CohortRetentionOptions,
): CohortRetention {
  const resolved = resolveOptions(options);
  const { grain, duplicateRows, from, to, maxCohorts, maxAge } = resolved;
  const keep = readSegmentFilter(NAME, options?.segment);
  const index = restrictToSegments(
    buildRowIndex(NAME, snapshots, options?.onInvalid, duplicateRows),
    keep,
  );
  const result: CohortRetention = { grain, cohorts: [], lastPeriod: null, issues: index.issues };
  if (index.currency !== undefined) result.currency = index.currency;
  if (index.lastMonth === null) return result;

  const { start, months, amounts, firstPaid } = index;
  let firstMonth = index.lastMonth;
  for (let r = 0; r < months.length; r++) if (months[r]! < firstMonth) firstMonth = months[r]!;
  const last = lastCompletePeriod(index.lastMonth, grain);
  // No period is complete when the data stops before the end of the period it starts in.
  const base = periodOfMonth(firstMonth, grain);
  if (last < base) return result;
  result.lastPeriod = formatCohortPeriod(last, grain);
  const length = MONTHS_PER_PERIOD[grain];
  const builders: (CohortBuilder | undefined)[] = new Array(last - base + 1);
  const kept = firstKeptCohort(index, grain, Math.max(base, from), Math.min(last, to), maxCohorts);

  // Per-account scratch for accounts with several rows in one month, reset lazily with stamps.
  const span = index.lastMonth - firstMonth + 1;
  let stamp: Int32Array | null = null;
  let monthSum: Float64Array | null = null;
  let monthCompensation: Float64Array | null = null;
  let touched: Int32Array | null = null;

  const accounts = index.accountIds.length;
  for (let a = 0; a < accounts; a++) {
    const paid = firstPaid[a]!;
    if (paid === NEVER_PAID) continue;
    const cohort = periodOfMonth(paid, grain);
    if (cohort > last || cohort < kept.cohort || cohort > to) continue;

    let builder = builders[cohort - base];
    if (builder === undefined) {
      const ages = Math.min(last - cohort + 1, maxAge);
      builder = {
        size: 0,
        active: new Float64Array(ages),
        sum: new Float64Array(ages),
        compensation: new Float64Array(ages),
      };
      builders[cohort - base] = builder;
    }
    builder.size++;
    const { active, sum, compensation } = builder;
    const ages = active.length;
    const first = start[a]!;
    const end = start[a + 1]!;
    let r = first + 1;
    while (r < end && months[r]! > months[r - 1]!) r++;
    if (r >= end) {
      // One row per month (the usual case): each row is its month's MRR.
      for (r = first; r < end; r++) {
        const month = months[r]!;
        const mrr = amounts[r]!;
        // Only a period's last month counts: a quarter's MRR is the MRR at its last month.
        if (mrr <= 0 || month % length !== length - 1) continue;
        const age = Math.floor(month / length) - cohort;
        if (age < 0 || age >= ages) continue;
        active[age]!++;
        addAt(sum, compensation, age, mrr);
      }
      continue;
    }
    // Several rows in a month: sum each month first (with compensation, in input order).
    if (stamp === null) {
      stamp = new Int32Array(span).fill(-1);
      monthSum = new Float64Array(span);
      monthCompensation = new Float64Array(span);
      touched = new Int32Array(span);
    }
    let count = 0;
    for (r = first; r < end; r++) {
      const slot = months[r]! - firstMonth;
      if (stamp[slot] !== a) {
        stamp[slot] = a;
        monthSum![slot] = amounts[r]!;
        monthCompensation![slot] = 0;
        touched![count++] = slot;
      } else addAt(monthSum!, monthCompensation!, slot, amounts[r]!);
    }
    for (let k = 0; k < count; k++) {
      const slot = touched![k]!;
      const month = slot + firstMonth;
      const mrr = monthSum![slot]! + monthCompensation![slot]!;
      if (mrr <= 0 || month % length !== length - 1) continue;
      const age = Math.floor(month / length) - cohort;
      if (age < 0 || age >= ages) continue;
      active[age]!++;
      addAt(sum, compensation, age, mrr);
    }
  }

  const cohorts: Cohort[] = [];
  for (let c = 0; c < builders.length; c++) {
    const builder = builders[c];
    if (builder !== undefined) cohorts.push(buildCohort(base + c, builder, last, resolved));
  }
  result.cohorts = cohorts;
  const omittedAges = cohorts.length > 0 ? Math.max(0, last - kept.cohort + 1 - maxAge) : 0;
  if (kept.omitted > 0 || omittedAges > 0) {
    result.omitted = { cohorts: kept.omitted, ages: omittedAges };
  }
  return result;
}

/**
 * The earliest cohort `maxCohorts` keeps (the latest cohorts with accounts in `[low, high]`), and
 * how many cohorts with accounts it leaves out. One pass over the accounts, no cells built.
 */
function firstKeptCohort(
  index: { firstPaid: ArrayLike<number>; accountIds: readonly unknown[] },
  grain: CohortGrain,
  low: PeriodIndex,
  high: PeriodIndex,
  maxCohorts: number,
): { cohort: PeriodIndex; omitted: number } {
  if (maxCohorts === Infinity || high < low) return { cohort: low, omitted: 0 };
  const present = new Uint8Array(high - low + 1);
  for (let a = 0; a < index.accountIds.length; a++) {
    const paid = index.firstPaid[a]!;
    if (paid === NEVER_PAID) continue;
    const cohort = periodOfMonth(paid, grain);
    if (cohort >= low && cohort <= high) present[cohort - low] = 1;
  }
  let kept = 0;
  let omitted = 0;
  let cohort = low;
  for (let c = present.length - 1; c >= 0; c--) {
    if (present[c] === 0) continue;
    if (kept < maxCohorts) {
      kept++;
      cohort = low + c;
    } else omitted++;
  }
  return { cohort, omitted };
}

function buildCohort(
  cohort: PeriodIndex,
  builder: CohortBuilder,
  last: PeriodIndex,
  { grain, confidence, matureAge }: ResolvedOptions,
): Cohort {
  const { size, active, sum, compensation } = builder;
  const initialMrr = sum[0]! + compensation[0]!;
  const hasInitialMrr = initialMrr > 0;
  const cells: CohortCell[] = [];
  for (let age = 0; age < active.length; age++) {
    const mrr = sum[age]! + compensation[age]!;
    const activeAccounts = active[age]!;
    cells.push({
      age,
      period: formatCohortPeriod(cohort + age, grain),
      activeAccounts,
      mrr,
      logoRetention: activeAccounts / size,
      logoRetentionInterval: wilsonInterval(activeAccounts, size, confidence)!,
      // A tiny first month (5e-324) under a large later one overflows the ratio.
      revenueRetention: hasInitialMrr ? finite(NAME, 'mrr', mrr / initialMrr) : null,
      reason: hasInitialMrr ? null : 'no-initial-mrr',
    });
  }
  const ageReached = last - cohort;
  return {
    cohort: formatCohortPeriod(cohort, grain),
    size,
    initialMrr,
    ageReached,
    mature: ageReached >= matureAge,
    cells,
  };
}
