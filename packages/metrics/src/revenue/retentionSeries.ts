import { MONTHS_PER_GRAIN, formatPeriod, parsePeriod } from '../core/calendar';
import {
  type ValidationIssue,
  type ValidationOptions,
  assertNoIssues,
  mustBe,
  showValue,
  throwInputError,
  throwMustBe,
} from '../core/errors';
import type { DuplicateRowsOptions, MrrSnapshot } from '../core/mrrSnapshot';
import type { SegmentOptions } from '../core/segments';
import { assertArray, orDefault, readOptions, readPolicy } from '../core/options';
import { logoChurnRate } from './accountRates';
import { mrrMovements } from './mrrMovements';
import { mrrMovementsSeries } from './mrrMovementsSeries';
import { grossRevenueRetention, netRevenueRetention } from './rates';
import type { MovementTotals } from './types';

/**
 * What each point of a retention series measures:
 * - `'month'`: point-to-point over one month, from the end of P − 1 to the end of P (the rates of
 *   `mrrMovementsSeries`' entry for P);
 * - `'ttm'`: trailing twelve months, from the end of P − 12 to the end of P, i.e.
 *   `netRevenueRetention(mrrMovements(s, { from: P − 12, to: P }))`: the board-deck NRR.
 */
export type RetentionWindow = 'month' | 'ttm';

/** One point of a retention series: the rates of the window ending at `period`. */
export interface RetentionSeriesPoint {
  /** The window's last month (`'YYYY-MM'`). */
  period: string;
  /** Net revenue retention, or `null` with no starting MRR. */
  nrr: number | null;
  /** Gross revenue retention, or `null` with no starting MRR. */
  grr: number | null;
  /** Logo churn (churned / starting accounts), or `null` with no starting accounts. */
  logoChurn: number | null;
  /** Why the rates are `null`: `'no-starting-mrr'` (or your own words). */
  reason?: string | undefined;
  /** The window's starting month, when known: named in the explanation of a gap. */
  from?: string | undefined;
}

/** Options of {@link retentionSeries}. */
export interface RetentionSeriesOptions
  extends ValidationOptions, DuplicateRowsOptions, SegmentOptions {
  /** The month before the first point (`'YYYY-MM'`). */
  from: string;
  /** The last point's month (`'YYYY-MM'`), after `from`. */
  to: string;
  /**
   * What each point measures: one month (`'month'`) or the trailing twelve months (`'ttm'`, which
   * reads a year of history before `from`).
   * @default 'month'
   */
  window?: RetentionWindow | undefined;
}

/** What {@link retentionSeries} returns. */
export interface RetentionSeries {
  window: RetentionWindow;
  /** One point per month P with `from` < P ≤ `to`, in time order. */
  points: RetentionSeriesPoint[];
  /** Rows skipped with `onInvalid: 'skip'`. */
  issues: readonly ValidationIssue[];
}

/** The movement totals a point reads, with the window's end (and start, when known). */
export type RetentionPointTotals = MovementTotals & { period: string; from?: string | undefined };

/**
 * The retention rates of one window's movement totals: NRR, GRR and logo churn, with the reason
 * when there was no starting MRR.
 *
 * @example
 * retentionSeriesPoint({ period: '2025-02', from: '2025-01', startingMrr: 1000, expansionMrr: 100,
 *   contractionMrr: 0, churnedMrr: 50, startingAccounts: 10, churnedAccounts: 1 });
 * // { period: '2025-02', from: '2025-01', nrr: 1.05, grr: 0.95, logoChurn: 0.1 }
 */
export function retentionSeriesPoint(totals: RetentionPointTotals): RetentionSeriesPoint {
  const point: RetentionSeriesPoint = {
    period: totals.period,
    nrr: netRevenueRetention(totals),
    grr: grossRevenueRetention(totals),
    logoChurn:
      totals.startingAccounts !== undefined && totals.churnedAccounts !== undefined
        ? logoChurnRate({
            startingAccounts: totals.startingAccounts,
            churnedAccounts: totals.churnedAccounts,
          })
        : null,
  };
  if (totals.startingMrr === 0) point.reason = 'no-starting-mrr';
  if (totals.from !== undefined) point.from = totals.from;
  return point;
}

function readMonth(field: 'from' | 'to', value: unknown): number {
  const month = parsePeriod(value);
  if (month === null || (typeof value === 'string' && value.length !== 7)) {
    throwMustBe('retentionSeries', `options.${field}`, "a month 'YYYY-MM'", value);
  }
  return month!;
}

/**
 * NRR, GRR and logo churn month by month: for each month P with `from` < P ≤ `to`, the rates of
 * the window ending at P, one month long (`window: 'month'`, from `mrrMovementsSeries`) or twelve
 * (`window: 'ttm'`, from `mrrMovements(snapshots, { from: P − 12, to: P })`). The data behind a
 * retention trend chart. `segment` keeps only the accounts of those segments, as in
 * `mrrMovements`.
 *
 * @example
 * retentionSeries(snapshots, { from: '2025-01', to: '2025-12', window: 'ttm' }).points[0];
 * // { period: '2025-02', from: '2024-02', nrr: 1.08, grr: 0.91, logoChurn: 0.12 }
 */
export function retentionSeries(
  snapshots: readonly MrrSnapshot[],
  options: RetentionSeriesOptions,
): RetentionSeries {
  options = readOptions('retentionSeries', options);
  const { onInvalid, duplicateRows, segment } = options;
  readPolicy('retentionSeries', onInvalid);
  const window = orDefault(options.window, 'month');
  if (window !== 'month' && window !== 'ttm') {
    throwMustBe('retentionSeries', 'options.window', "'month' or 'ttm'", window);
  }
  const from = readMonth('from', options.from);
  const to = readMonth('to', options.to);
  if (to <= from) {
    throwInputError(
      'retentionSeries',
      'options.to',
      `must be after from (${formatPeriod(from)}), got ${formatPeriod(to)}`,
      options.to,
    );
  }
  const common = {
    ...(onInvalid === undefined ? {} : { onInvalid }),
    ...(duplicateRows === undefined ? {} : { duplicateRows }),
    ...(segment === undefined ? {} : { segment }),
  };
  if (window === 'month') {
    const series = mrrMovementsSeries(snapshots, {
      from: options.from,
      to: options.to,
      includeAccounts: false,
      ...common,
    });
    const points = series.map((entry) =>
      retentionSeriesPoint({ ...entry, from: formatPeriod(parsePeriod(entry.period)! - 1) }),
    );
    return { window, points, issues: series[0]?.issues ?? [] };
  }
  const span = MONTHS_PER_GRAIN.year;
  if (from + 1 - span < 0) {
    throwInputError(
      'retentionSeries',
      'options.from',
      `must leave twelve months before the first point within years 0000–9999, got ${showValue(options.from)}`,
      options.from,
    );
  }
  let issues: readonly ValidationIssue[] = [];
  const points: RetentionSeriesPoint[] = [];
  for (let month = from + 1; month <= to; month++) {
    const period = formatPeriod(month);
    const start = formatPeriod(month - span);
    const movements = mrrMovements(snapshots, { from: start, to: period, ...common });
    issues = movements.issues;
    points.push(retentionSeriesPoint({ ...movements, period, from: start }));
  }
  return { window, points, issues };
}

const isRate = (value: unknown) =>
  value === null || value === undefined || (typeof value === 'number' && Number.isFinite(value));

/**
 * Checks retention points computed elsewhere (a warehouse, a server): every point an object with a
 * month `period` and finite-or-null rates; throws `MetricsInputError` listing every bad point, and
 * returns the points with missing rates as `null`.
 *
 * @example
 * readRetentionPoints([{ period: '2025-01', nrr: 1.02, grr: 0.94 }]);
 * // [{ period: '2025-01', nrr: 1.02, grr: 0.94, logoChurn: null }]
 */
export function readRetentionPoints(data: readonly RetentionSeriesPoint[]): RetentionSeriesPoint[] {
  assertArray('readRetentionPoints', 'data', data, 'retention points');
  const issues: ValidationIssue[] = [];
  data.forEach((point, index) => {
    if (point === null || typeof point !== 'object') {
      issues.push({ index, field: 'point', message: 'must be an object', value: point });
      return;
    }
    const period: unknown = point.period;
    if (parsePeriod(period) === null || (period as string).length !== 7) {
      issues.push(mustBe(index, 'period', "a month 'YYYY-MM'", period));
    }
    for (const field of ['nrr', 'grr', 'logoChurn'] as const) {
      const value: unknown = point[field];
      if (!isRate(value)) {
        issues.push(mustBe(index, field, 'a finite number or null', value));
      }
    }
  });
  assertNoIssues('readRetentionPoints', issues);
  return data.map((point) => ({
    ...point,
    nrr: point.nrr ?? null,
    grr: point.grr ?? null,
    logoChurn: point.logoChurn ?? null,
  }));
}
