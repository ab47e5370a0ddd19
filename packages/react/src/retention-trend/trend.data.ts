import type { RetentionSeriesPoint, RetentionWindow } from '@vitals/metrics';

/** The rates a retention trend can show. */
export type RetentionTrendMetric = 'nrr' | 'grr' | 'logoChurn';

/**
 * What each point measures: one month or the trailing twelve months, `RetentionWindow` of
 * `@vitals/metrics` (`retentionSeries` computes the points).
 */
export type RetentionTrendWindow = RetentionWindow;

/** One point of a retention trend: `RetentionSeriesPoint` of `@vitals/metrics`. */
export type RetentionTrendPoint = RetentionSeriesPoint;
