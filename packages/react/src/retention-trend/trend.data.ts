import {
  addMonths,
  type InvalidRowPolicy,
  type MovementTotals,
  MetricsInputError,
  type MrrSnapshot,
  type ValidationIssue,
  logoChurnRate,
  mrrMovements,
  grossRevenueRetention,
  netRevenueRetention,
  parsePeriodLabel,
} from '@vitals/metrics';

/** The rates a retention trend can show. */
export type RetentionTrendMetric = 'nrr' | 'grr' | 'logoChurn';

/**
 * What each point measures:
 * - `'month'`: point-to-point over one month, from the end of P − 1 to the end of P (the rates of
 *   `mrrMovementsSeries`' entry for P);
 * - `'ttm'`: trailing twelve months, from the end of P − 12 to the end of P, i.e.
 *   `netRevenueRetention(mrrMovements(s, { from: P − 12, to: P }))` — the board-deck NRR.
 */
export type RetentionTrendWindow = 'month' | 'ttm';

/** One point of a retention trend: the rates for the window ending at `period`. */
export interface RetentionTrendPoint {
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

type SeriesTotals = MovementTotals & { period: string; from?: string };

/** A trend point from one window's movement totals. */
export function retentionTrendPoint(totals: SeriesTotals): RetentionTrendPoint {
  const churn =
    totals.startingAccounts !== undefined && totals.churnedAccounts !== undefined
      ? logoChurnRate({
          startingAccounts: totals.startingAccounts,
          churnedAccounts: totals.churnedAccounts,
        })
      : null;
  const point: RetentionTrendPoint = {
    period: totals.period,
    nrr: netRevenueRetention(totals),
    grr: grossRevenueRetention(totals),
    logoChurn: churn,
  };
  if (totals.startingMrr === 0) point.reason = 'no-starting-mrr';
  if (totals.from !== undefined) point.from = totals.from;
  return point;
}

/**
 * Trailing-twelve-month points: for each month P with `from` < P ≤ `to`, the rates of
 * `mrrMovements(snapshots, { from: P − 12, to: P })`. Throws `MetricsInputError` on bad rows unless
 * `onInvalid` is `'skip'`; returns the skipped rows beside the points.
 *
 * @example
 * trailingTwelveMonthPoints(rows, { from: '2025-01', to: '2025-12' })[0];
 * // { period: '2025-02', from: '2024-02', nrr: 1.08, grr: 0.91, logoChurn: 0.12 }
 */
export function trailingTwelveMonthPoints(
  snapshots: readonly MrrSnapshot[],
  options: { from: string; to: string; onInvalid?: InvalidRowPolicy | undefined },
): { points: RetentionTrendPoint[]; issues: readonly ValidationIssue[] } {
  for (const field of ['from', 'to'] as const) {
    const parsed = parsePeriodLabel(options[field]);
    if (!parsed || parsed.grain !== 'month') {
      throw new MetricsInputError('RetentionTrend', [
        {
          index: null,
          field: `options.${field}`,
          message: `must be a month 'YYYY-MM', got ${JSON.stringify(options[field])}`,
          value: options[field],
        },
      ]);
    }
  }
  let issues: readonly ValidationIssue[] = [];
  const months: string[] = [];
  for (let period = addMonths(options.from, 1); period <= options.to; period = addMonths(period, 1))
    months.push(period);
  const points = months.map((period) => {
    const start = addMonths(period, -12);
    const movements = mrrMovements(snapshots, {
      from: start,
      to: period,
      onInvalid: options.onInvalid ?? 'throw',
    });
    issues = movements.issues;
    return retentionTrendPoint({ ...movements, period, from: start });
  });
  return { points, issues };
}

const isRate = (value: unknown) =>
  value === null || value === undefined || (typeof value === 'number' && Number.isFinite(value));

/** Checks precomputed points, throwing `MetricsInputError` listing every bad row. */
export function validateTrendData(data: readonly RetentionTrendPoint[]): RetentionTrendPoint[] {
  const issues: ValidationIssue[] = [];
  data.forEach((point, index) => {
    if (point === null || typeof point !== 'object') {
      issues.push({ index, field: 'point', message: 'must be an object', value: point });
      return;
    }
    if (parsePeriodLabel(point.period)?.grain !== 'month') {
      issues.push({
        index,
        field: 'period',
        message: `must be a month 'YYYY-MM', got ${JSON.stringify(point.period)}`,
        value: point.period,
      });
    }
    for (const field of ['nrr', 'grr', 'logoChurn'] as const) {
      if (!isRate(point[field])) {
        issues.push({
          index,
          field,
          message: `must be a finite number or null, got ${String(point[field])}`,
          value: point[field],
        });
      }
    }
  });
  if (issues.length > 0) throw new MetricsInputError('RetentionTrend', issues);
  return data.map((point) => ({
    ...point,
    nrr: point.nrr ?? null,
    grr: point.grr ?? null,
    logoChurn: point.logoChurn ?? null,
  }));
}
