import {
  type BenchmarkBands,
  type CompareTo,
  type InvalidRowPolicy,
  type MrrSnapshot,
  type ValidationIssue,
  addMonths,
  benchmarkBands,
  movementAccounts,
  mrrMovements,
} from '@vitals/metrics';
import { type UseRetentionSeriesInput, useRetentionSeries } from '@vitals/metrics/react';
import { type ReactNode, useMemo } from 'react';
import {
  type ChartContentProps,
  ChartShell,
  type ChartProps,
  defineChart,
} from '../internal/chart';
import { accountsPart } from '../internal/markAccounts';
import { periodLabel } from '../internal/time';
import { bandLabel } from './bands.text';
import { enBenchmarks, enComparison, enCommon, enTrend } from '../messages/en';
import type { SegmentChartProps } from '../internal/segments';
import { warnOnce } from '../internal/warn';
import {
  TrendLegend,
  overlayColumns,
  overlaySummary,
  useTrendOverlays,
  withOverlayCells,
} from './trend.compare';
import { useMessages } from '../messages/useMessages';
import { useVitals } from '../provider/context';
import { RetentionTrendPlot } from './RetentionTrendPlot';
import type { RetentionTrendMetric, RetentionTrendPoint, RetentionTrendWindow } from './trend.data';
import { retentionTrendGeometry } from './trend.geometry';
import {
  type TrendWords,
  ratedText,
  trendColumns,
  trendSummary,
  trendTableRows,
} from './trend.text';

/** Props of {@link RetentionTrend}: either `data`, or `snapshots` with `from` and `to`. */
export interface RetentionTrendProps extends ChartProps, SegmentChartProps {
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
   * churn benchmarks depend on it. It does not filter the snapshots: `segment` does.
   * @default `segment` when it names one segment, else undefined
   */
  benchmarkSegment?: string | undefined;
  /**
   * With `snapshots`, draws the comparison window's rates as a dashed line over each panel, named
   * in a legend and given its own columns in the data table: the window of the same length just
   * before `from`…`to` (`'previous-period'`), or the same window a year earlier
   * (`'previous-year'`), point by point (`comparisonWindow` of `@vitals/metrics`).
   * @default undefined (no comparison)
   */
  compareTo?: CompareTo | undefined;
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
   * Height of each metric's panel in pixels (the plot is one panel per metric); the width
   * follows the container.
   * @default 160
   */
  height?: number | undefined;
}

/**
 * NRR, GRR and logo churn over time, one panel per rate with its benchmark bands labelled in
 * words; gaps where a rate can't be computed, explained in the data table.
 *
 * `onSelect` gets the point's `metric` and `period` and, from `snapshots`, the `accounts` of its
 * window (computed for the point opened): for NRR and GRR the accounts paying at the window's
 * start, each with its MRR at the end (Σ ÷ starting MRR = NRR); for logo churn the churned
 * accounts with the MRR they took. Points given as `data` have no accounts to give.
 *
 * @example
 * <RetentionTrend snapshots={rows} from="2024-12" to="2025-12" />
 * <RetentionTrend snapshots={rows} from="2025-06" to="2025-12" window="ttm" metrics={['nrr']} />
 *
 * Each panel is 160 px tall by default (`height`).
 */
export const RetentionTrend: (props: RetentionTrendProps) => ReactNode = defineChart({
  name: 'RetentionTrend',
  baseClass: 'vitals-trend',
  messages: { group: 'trend', english: enTrend },
  height: 160,
  // One panel per metric, 20 px apart, and the period axis below (trend.geometry).
  plotHeight: (props, height) => {
    const panels = (props.metrics ?? DEFAULT_METRICS).length;
    return panels * height + (panels - 1) * 20 + 28;
  },
  reserve: () => 24,
  skeleton: 'lines',
  Content: RetentionTrendContent,
});

const DEFAULT_METRICS: readonly RetentionTrendMetric[] = ['nrr', 'grr'];

/** The series hook's input for the props: raw snapshots with their window, points, or idle. */
function seriesInput(
  props: RetentionTrendProps,
  window: RetentionTrendWindow,
): UseRetentionSeriesInput | undefined {
  const { snapshots, data, from, to, onInvalid, segment } = props;
  if (snapshots !== undefined) {
    return from && to
      ? { snapshots, from, to, window, onInvalid, ...(segment === undefined ? {} : { segment }) }
      : undefined;
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

function RetentionTrendContent(props: ChartContentProps<RetentionTrendProps>) {
  const {
    snapshots,
    data,
    window = 'month',
    metrics = DEFAULT_METRICS,
    segment,
    benchmarkSegment = typeof segment === 'string' ? segment : undefined,
    compareTo: compareToProp,
    compareBy: compareByProp,
    showBenchmarks = true,
    shell,
    select,
  } = props;
  const compareTo =
    compareToProp === 'previous-period' || compareToProp === 'previous-year'
      ? compareToProp
      : undefined;
  if (compareToProp !== undefined && compareTo === undefined) {
    warnOnce(
      `RetentionTrend: compareTo must be 'previous-period' or 'previous-year', got ${JSON.stringify(compareToProp)}; drawing no comparison.`,
    );
  }
  const compareBy = compareByProp === 'segment' ? compareByProp : undefined;
  if (compareByProp !== undefined && compareBy === undefined) {
    warnOnce(
      `RetentionTrend: compareBy must be 'segment', got ${JSON.stringify(compareByProp)}; drawing one line.`,
    );
  }
  if ((compareTo || compareBy) && snapshots === undefined && data) {
    warnOnce(
      'RetentionTrend: compareTo and compareBy need snapshots (precomputed points carry no other window or segments); drawing the points alone.',
    );
  }
  const { height } = shell;
  const { format } = useVitals();
  const m = useMessages('trend', enTrend);
  const b = useMessages('benchmarks', enBenchmarks);
  const words: TrendWords = { t: m, b };
  const c = useMessages('comparison', enComparison);
  const common = useMessages('common', enCommon);
  const series = useRetentionSeries(seriesInput(props, window));
  const { overlays, error: overlayError } = useTrendOverlays(
    {
      snapshots: props.snapshots,
      from: props.from,
      to: props.to,
      window,
      segment,
      onInvalid: props.onInvalid,
      compareTo,
      compareBy,
    },
    c,
  );
  const { bands: allBands, missing } = useBands(metrics, window, benchmarkSegment);
  const bands = showBenchmarks ? allBands : {};
  if ((snapshots === undefined && !data) || snapshots?.length === 0 || data?.length === 0) {
    return (
      <ChartShell
        shell={shell}
        status={{
          state: 'empty',
          message: m.empty,
        }}
      />
    );
  }
  const error = series.error ?? overlayError;
  if (error) {
    const issues = (error as { issues?: readonly ValidationIssue[] }).issues;
    return <ChartShell shell={shell} status={{ state: 'error', error, issues }} />;
  }
  if (series.data === null) {
    const missingWindow = new Error(m.needsWindow);
    return <ChartShell shell={shell} status={{ state: 'error', error: missingWindow }} />;
  }
  const { points } = series.data;
  const { issues } = series;
  if (points.length === 0) {
    return <ChartShell shell={shell} status={{ state: 'empty', message: m.noMonths }} />;
  }
  const layout = (width: number) =>
    retentionTrendGeometry(points, metrics, {
      width,
      panelHeight: height,
      bands,
      bandLabel: (metric, range, form) => {
        const metricBands = bands[metric]!;
        return bandLabel(metric, metricBands.ranges[range]!, metricBands.unit, format, b, m, form);
      },
      tickLabel: (period) => periodLabel(period, format.locale, 'short'),
      overlays,
    });
  const latest = (metric: RetentionTrendMetric) =>
    [...points].reverse().find((p) => p[metric] !== null)?.[metric] ?? null;

  return (
    <ChartShell
      shell={shell}
      status={{
        state: 'ready',
        summary: [
          trendSummary(points, metrics, bands, window, format, words),
          overlaySummary(overlays, metrics, format, m, c),
        ]
          .filter(Boolean)
          .join(' '),
        kpis: [
          <span key="window" className="vitals-kpi-window">
            {m.kpiWindow[window]}
          </span>,
          ...metrics.map((metric) => (
            <span key={metric} className="vitals-kpi" data-metric={metric}>
              {m.metricShort[metric]}{' '}
              <strong>{ratedText(latest(metric), bands[metric], format, words)}</strong>
            </span>
          )),
        ],
        skipped: issues,
        note: (
          <>
            <p className="vitals-trend-window">{m.windowNotes[window]}</p>
            {overlays.length > 0 && (
              <TrendLegend
                main={compareBy ? c.allAccounts : c.current}
                overlays={overlays}
                label={common.legend}
              />
            )}
            {showBenchmarks && missing.includes('logoChurn') && (
              <p className="vitals-chart-note" role="note">
                {m.segmentNote}
              </p>
            )}
          </>
        ),
        table: {
          rowHeader: m.tablePeriod,
          columns: [...trendColumns(metrics, m), ...overlayColumns(overlays, metrics, m, c)],
          rows: withOverlayCells(
            trendTableRows(points, metrics, bands, format, words),
            overlays,
            metrics,
            format,
          ),
        },
        plot: (width) => (
          <RetentionTrendPlot
            geometry={layout(width)}
            bands={bands}
            format={format}
            width={width}
            window={window}
            words={words}
            onSelect={
              select &&
              ((metric, period) =>
                select({
                  metric,
                  period,
                  // The point's window, computed for the point opened, from the rows only.
                  ...(snapshots !== undefined
                    ? accountsPart('RetentionTrend', () =>
                        movementAccounts(
                          mrrMovements(snapshots, {
                            from: addMonths(period, window === 'ttm' ? -12 : -1),
                            to: period,
                            onInvalid: props.onInvalid,
                          }),
                          metric === 'logoChurn' ? 'churn' : 'retained',
                        ),
                      )
                    : {}),
                }))
            }
          />
        ),
      }}
    />
  );
}
