import {
  type BenchmarkBands,
  type InvalidRowPolicy,
  type MrrSnapshot,
  type ValidationIssue,
  benchmarkBands,
} from '@vitals/metrics';
import { type UseRetentionSeriesInput, useRetentionSeries } from '@vitals/metrics/react';
import { type ReactNode, useMemo } from 'react';
import { ChartBoundary } from '../internal/ChartBoundary';
import { ChartFrame } from '../internal/ChartFrame';
import { ChartEmpty, ChartError, ChartLoading, SkippedRowsNote } from '../internal/ChartStates';
import { periodLabel } from '../internal/time';
import { bandLabel } from './bands.text';
import { useVitals } from '../provider/context';
import { RetentionTrendPlot } from './RetentionTrendPlot';
import type { RetentionTrendMetric, RetentionTrendPoint, RetentionTrendWindow } from './trend.data';
import { retentionTrendGeometry } from './trend.geometry';
import { METRIC_LABELS, ratedText, trendColumns, trendSummary, trendTableRows } from './trend.text';

/** Props of {@link RetentionTrend}: either `data`, or `snapshots` with `from` and `to`. */
export interface RetentionTrendProps {
  /** Precomputed points, one per month: `{ period, nrr, grr, logoChurn }` (`null` for a gap). */
  data?: readonly RetentionTrendPoint[] | null | undefined;
  /** Raw MRR snapshots; the component computes one point per month P with `from` < P ≤ `to`. */
  snapshots?: readonly MrrSnapshot[] | undefined;
  /** The month before the first point (`'YYYY-MM'`), with `snapshots`. */
  from?: string | undefined;
  /** The last point's month (`'YYYY-MM'`), with `snapshots`. */
  to?: string | undefined;
  /**
   * What each point measures: `'month'` compares the end of P − 1 with the end of P (monthly
   * rates, banded against monthly-converted benchmarks); `'ttm'` compares the end of P − 12 with
   * the end of P (trailing-twelve-month rates, banded against annual benchmarks), which needs a
   * year of history before `from`. With `data`, say which window the points cover.
   * @default 'month'
   */
  window?: RetentionTrendWindow | undefined;
  /**
   * The rates to draw, one panel each, top to bottom.
   * @default ['nrr', 'grr']
   */
  metrics?: readonly RetentionTrendMetric[] | undefined;
  /**
   * The customer segment whose benchmark to draw (`'SMB'`, `'Mid-Market'`, `'Enterprise'`). Logo
   * churn benchmarks depend on it; it does not filter the snapshots.
   * @default undefined
   */
  segment?: string | undefined;
  /**
   * Draws the benchmark bands (from `benchmarkBands`) behind each line.
   * @default true
   */
  showBenchmarks?: boolean | undefined;
  /**
   * What to do with bad rows: `'throw'` shows the error state listing them; `'skip'` draws from
   * the good rows.
   * @default 'throw'
   */
  onInvalid?: InvalidRowPolicy | undefined;
  /**
   * Shows a loading placeholder instead of the chart.
   * @default false
   */
  loading?: boolean | undefined;
  /**
   * The chart's heading.
   * @default 'Retention trend'
   */
  title?: ReactNode | undefined;
  /**
   * Height of each metric's panel in pixels; the width follows the container.
   * @default 160
   */
  height?: number | undefined;
  /**
   * Shows the data table under the chart from the start (it is always available to screen readers).
   * @default false
   */
  defaultShowTable?: boolean | undefined;
  /** Extra class on the root element. */
  className?: string | undefined;
}

/**
 * NRR, GRR and logo churn over time, one panel per rate with its benchmark bands labelled in
 * words; gaps where a rate can't be computed, explained in the data table.
 *
 * @example
 * <RetentionTrend snapshots={rows} from="2024-12" to="2025-12" />
 * <RetentionTrend snapshots={rows} from="2025-06" to="2025-12" window="ttm" metrics={['nrr']} />
 */
export function RetentionTrend(props: RetentionTrendProps) {
  const title = props.title ?? 'Retention trend';
  return (
    <ChartBoundary baseClass="vitals-trend" title={title} className={props.className}>
      <RetentionTrendContent {...props} title={title} />
    </ChartBoundary>
  );
}

const DEFAULT_METRICS: readonly RetentionTrendMetric[] = ['nrr', 'grr'];

/** The series hook's input for the props: raw snapshots with their window, points, or idle. */
function seriesInput(
  props: RetentionTrendProps,
  window: RetentionTrendWindow,
): UseRetentionSeriesInput | undefined {
  const { snapshots, data, from, to, onInvalid } = props;
  if (snapshots !== undefined) {
    return from && to ? { snapshots, from, to, window, onInvalid } : undefined;
  }
  return data ? { data, window } : undefined;
}

function useBands(
  metrics: readonly RetentionTrendMetric[],
  window: RetentionTrendWindow,
  segment?: string,
) {
  // metrics is usually a new array literal: depend on its contents.
  const key = metrics.join();
  return useMemo(() => {
    const bands: Partial<Record<RetentionTrendMetric, BenchmarkBands>> = {};
    const missing: RetentionTrendMetric[] = [];
    for (const metric of key.split(',') as RetentionTrendMetric[]) {
      try {
        bands[metric] = benchmarkBands(metric, {
          period: window === 'month' ? 'monthly' : 'annual',
          ...(segment === undefined ? {} : { segment }),
        });
      } catch {
        missing.push(metric);
      }
    }
    return { bands, missing };
  }, [key, window, segment]);
}

function RetentionTrendContent(props: RetentionTrendProps & { title: ReactNode }) {
  const {
    snapshots,
    data,
    window = 'month',
    metrics = DEFAULT_METRICS,
    segment,
    showBenchmarks = true,
    loading = false,
    title,
    height = 160,
    defaultShowTable = false,
    className,
  } = props;
  const { format } = useVitals();
  const series = useRetentionSeries(seriesInput(props, window));
  const { bands: allBands, missing } = useBands(metrics, window, segment);
  const bands = showBenchmarks ? allBands : {};
  const common = { baseClass: 'vitals-trend', title, className };

  if (loading) return <ChartLoading {...common} label="Loading retention trend…" />;
  if ((snapshots === undefined && !data) || snapshots?.length === 0 || data?.length === 0) {
    return (
      <ChartEmpty
        {...common}
        message="No MRR data yet: retention appears once there are snapshots."
      />
    );
  }
  if (series.error) {
    const issues = (series.error as { issues?: readonly ValidationIssue[] }).issues;
    return <ChartError {...common} error={series.error} issues={issues} />;
  }
  if (series.data === null) {
    const missingWindow = new Error(
      'it needs a window: pass `from` and `to` (for example from="2024-12" to="2025-12").',
    );
    return <ChartError {...common} error={missingWindow} />;
  }
  const { points } = series.data;
  const { issues } = series;
  if (points.length === 0) return <ChartEmpty {...common} message="No months to show." />;
  const layout = (width: number) =>
    retentionTrendGeometry(points, metrics, {
      width,
      panelHeight: height,
      bands,
      bandLabel: (metric, range) => {
        const metricBands = bands[metric]!;
        return bandLabel(metric, metricBands.ranges[range]!, metricBands.unit, format);
      },
      tickLabel: (period) => periodLabel(period, format.locale, 'short'),
    });
  const latest = (metric: RetentionTrendMetric) =>
    [...points].reverse().find((p) => p[metric] !== null)?.[metric] ?? null;

  return (
    <ChartFrame
      baseClass="vitals-trend"
      className={className}
      title={title}
      summary={trendSummary(points, metrics, bands, window, format)}
      kpis={metrics.map((metric) => (
        <span key={metric} className="vitals-kpi" data-metric={metric}>
          {METRIC_LABELS[metric].short}{' '}
          <strong>{ratedText(latest(metric), bands[metric], format)}</strong>
        </span>
      ))}
      note={
        <>
          <p className="vitals-trend-window">
            {window === 'month'
              ? 'Each point: month over month (end of the previous month to end of the month).'
              : 'Each point: trailing twelve months (end of the same month a year earlier to end of the month).'}
          </p>
          <SkippedRowsNote issues={issues} />
          {showBenchmarks && missing.includes('logoChurn') && (
            <p className="vitals-chart-note" role="note">
              Logo churn benchmarks depend on the customer segment: pass `segment` (SMB, Mid-Market
              or Enterprise) to draw them.
            </p>
          )}
        </>
      }
      table={{
        caption: typeof title === 'string' ? `${title}: data` : 'Retention trend data',
        rowHeader: 'Period',
        columns: trendColumns(metrics),
        rows: trendTableRows(points, metrics, bands, format),
      }}
      defaultShowTable={defaultShowTable}
    >
      {(width, ids) => (
        <RetentionTrendPlot
          geometry={layout(width)}
          bands={bands}
          format={format}
          width={width}
          window={window}
          tooltipId={ids.tooltip}
        />
      )}
    </ChartFrame>
  );
}
