import {
  type CohortGrain,
  type CohortRetention,
  type InvalidRowPolicy,
  type MrrSnapshot,
  pooledRetentionByAge,
} from '@vitals/metrics';
import { useCohortRetention } from '@vitals/metrics/react';
import { type ReactNode, useId } from 'react';
import { ChartBoundary } from '../internal/ChartBoundary';
import { ChartFrame } from '../internal/ChartFrame';
import { ChartEmpty, ChartError, ChartLoading, SkippedRowsNote } from '../internal/ChartStates';
import { warnOnce } from '../internal/warn';
import { useVitals } from '../provider/context';
import { type CohortMetric, cohortHeatmapModel, heatmapDensity } from './cohort.geometry';
import {
  type CohortTextContext,
  METRIC_LABELS,
  heatmapSummary,
  heatmapTableColumns,
  heatmapTableRows,
  omittedText,
} from './cohort.text';
import { CohortHeatmapGrid } from './CohortHeatmapGrid';
import { CohortLegend, MetricToggle } from './CohortHeatmapControls';
import { useControllableState } from '../internal/useControllableState';

/** The default of {@link CohortHeatmapProps.minCohortSize}. */
export const DEFAULT_MIN_COHORT_SIZE = 10;
/** The default of {@link CohortHeatmapProps.maxCohorts} and {@link CohortHeatmapProps.maxAge}. */
export const DEFAULT_MAX_COHORTS = 36;

/** Props of {@link CohortHeatmap}: either `data`, or `snapshots` with optional bounds and grain. */
export interface CohortHeatmapProps {
  /** A `cohortRetention()` result, e.g. computed on the server. */
  data?: CohortRetention | null | undefined;
  /** Raw MRR snapshots; the component computes the cohorts with `cohortRetention`. */
  snapshots?: readonly MrrSnapshot[] | undefined;
  /** The first cohort to show (`'YYYY-MM'`, `'2025-Q1'` or `'2025'`), with `snapshots`. @default the first in the data */
  from?: string | undefined;
  /** The last cohort to show, with `snapshots`. @default the last in the data */
  to?: string | undefined;
  /** Length of a cohort and of one step of age, with `snapshots`. @default 'month' */
  grain?: CohortGrain | undefined;
  /**
   * What to do with bad rows: `'throw'` shows the error state listing them; `'skip'` draws from
   * the good rows and says how many were skipped.
   * @default 'throw'
   */
  onInvalid?: InvalidRowPolicy | undefined;
  /** The retention shown (controlled). Pair with `onMetricChange`. @default undefined (uncontrolled) */
  metric?: CohortMetric | undefined;
  /** The retention shown first when uncontrolled. @default 'logo' */
  defaultMetric?: CohortMetric | undefined;
  /** Called when the reader switches between logo and revenue retention. @default undefined */
  onMetricChange?: ((metric: CohortMetric) => void) | undefined;
  /**
   * Cohorts with fewer accounts are greyed and labelled as small: with 4 accounts one account
   * moves the rate by 25 points.
   * @default 10
   */
  minCohortSize?: number | undefined;
  /**
   * At most this many cohorts are drawn, the latest ones; a note says how many were left out.
   * With `snapshots`, the left-out cohorts are not computed at all.
   * @default 36
   */
  maxCohorts?: number | undefined;
  /**
   * At most this many age columns are drawn, ages 0 to `maxAge - 1` (12 for a first year of
   * months); a note says how many later ages were left out.
   * @default 36
   */
  maxAge?: number | undefined;
  /** Shows a loading placeholder instead of the chart. @default false */
  loading?: boolean | undefined;
  /** The chart's heading. @default 'Cohort retention' */
  title?: ReactNode | undefined;
  /** Shows the data table under the chart from the start (screen readers always have it). @default false */
  defaultShowTable?: boolean | undefined;
  /** Extra class on the root element. @default undefined */
  className?: string | undefined;
}

/**
 * A triangular cohort heatmap: one row per cohort (accounts by first paid month), one column per
 * age, each cell the share of accounts (logo) or of starting MRR (revenue) still there. Future
 * cells are blank, small cohorts greyed with the reason, and every cell's text colour is chosen
 * for contrast. The grid has one Tab stop; arrow keys move between cells.
 *
 * @example
 * <CohortHeatmap snapshots={rows} grain="quarter" defaultMetric="revenue" />
 * <CohortHeatmap data={cohortRetention(rows, { from: '2024-01' })} />
 */
export function CohortHeatmap(props: CohortHeatmapProps) {
  const title = props.title ?? 'Cohort retention';
  return (
    <ChartBoundary baseClass="vitals-cohort" title={title} className={props.className}>
      <CohortHeatmapContent {...props} title={title} />
    </ChartBoundary>
  );
}

const METRICS = new Set<string>(['logo', 'revenue']);

function validMetric(value: CohortMetric | undefined, prop: string): CohortMetric | undefined {
  if (value === undefined || METRICS.has(value)) return value;
  warnOnce(
    `CohortHeatmap: ${prop} must be 'logo' or 'revenue', got ${JSON.stringify(value)}; showing logo retention.`,
  );
  return 'logo';
}

function validBound(value: number | undefined, prop: string): number {
  if (value === undefined) return DEFAULT_MAX_COHORTS;
  if (Number.isInteger(value) && value >= 1) return value;
  warnOnce(
    `CohortHeatmap: ${prop} must be a whole number ≥ 1, got ${String(value)}; using ${DEFAULT_MAX_COHORTS}.`,
  );
  return DEFAULT_MAX_COHORTS;
}

function validMinSize(value: number | undefined): number {
  if (value === undefined) return DEFAULT_MIN_COHORT_SIZE;
  if (Number.isFinite(value) && value >= 0) return value;
  warnOnce(
    `CohortHeatmap: minCohortSize must be a number ≥ 0, got ${String(value)}; using ${DEFAULT_MIN_COHORT_SIZE}.`,
  );
  return DEFAULT_MIN_COHORT_SIZE;
}

function CohortHeatmapContent({
  data,
  snapshots,
  from,
  to,
  grain,
  onInvalid,
  metric: metricProp,
  defaultMetric = 'logo',
  onMetricChange,
  minCohortSize: minSizeProp,
  maxCohorts: maxCohortsProp,
  maxAge: maxAgeProp,
  loading = false,
  title,
  defaultShowTable = false,
  className,
}: CohortHeatmapProps & { title: ReactNode }) {
  const { format } = useVitals();
  const captionId = useId();
  const [metric, setMetric] = useControllableState<CohortMetric>({
    value: validMetric(metricProp, 'metric'),
    defaultValue: validMetric(defaultMetric, 'defaultMetric') ?? 'logo',
    onChange: onMetricChange,
    name: "CohortHeatmap's `metric`",
  });
  const minCohortSize = validMinSize(minSizeProp);
  const maxCohorts = validBound(maxCohortsProp, 'maxCohorts');
  const maxAge = validBound(maxAgeProp, 'maxAge');
  // `data` is checked like raw input (a NaN or a missing field is the error state naming it);
  // `null` or no data at all is the empty state.
  const result = useCohortRetention(
    snapshots !== undefined
      ? { snapshots, from, to, grain, onInvalid, maxCohorts, maxAge }
      : data == null
        ? undefined
        : { data },
  );
  const common = { baseClass: 'vitals-cohort', title, className };

  if (loading) return <ChartLoading {...common} label="Loading cohort retention…" />;
  if (result.error) return <ChartError {...common} error={result.error} issues={result.issues} />;
  const table = result.data;
  if (!table || table.cohorts.length === 0) {
    return (
      <ChartEmpty
        {...common}
        message="No cohorts yet: a cohort appears once its accounts' first paid period has ended in the data."
      />
    );
  }

  const model = cohortHeatmapModel(table, { metric, minCohortSize, maxCohorts, maxAge });
  const omitted = omittedText(model, table.grain, format);
  const shown = model.rows.map((row) => row.cohort);
  const context: CohortTextContext = {
    metric,
    grain: table.grain,
    minCohortSize,
    lastPeriod: table.lastPeriod,
    format,
  };
  const keyAges = [1, 3, 6, 12].filter((age) => age < model.ages.length);

  return (
    <ChartFrame
      baseClass="vitals-cohort"
      className={className}
      title={title}
      summary={`${heatmapSummary(model, pooledRetentionByAge(shown, metric, keyAges), context)}${omitted ? ` ${omitted}` : ''}`}
      kpis={
        <span className="vitals-kpi" data-metric="cohorts">
          Cohorts <strong>{format.count(model.rows.length)}</strong>
        </span>
      }
      note={
        <div className="vitals-cohort-toolbar">
          <MetricToggle metric={metric} onChange={setMetric} />
          <CohortLegend format={format} minCohortSize={minCohortSize} domain={model.domain} />
          <SkippedRowsNote issues={result.issues} />
          {omitted && (
            <p className="vitals-chart-note vitals-cohort-omitted" role="note">
              {omitted}
            </p>
          )}
        </div>
      }
      table={{
        caption: `${typeof title === 'string' ? title : 'Cohort retention'}: ${METRIC_LABELS[metric].long.toLowerCase()} data${omitted ? `. ${omitted}` : ''}`,
        rowHeader: 'Cohort',
        columns: heatmapTableColumns(model, table.grain, format),
        rows: heatmapTableRows(model, context),
      }}
      defaultShowTable={defaultShowTable}
    >
      {(width, ids) => (
        <CohortHeatmapGrid
          model={model}
          context={context}
          density={heatmapDensity(width, model.ages.length)}
          tooltipId={ids.tooltip}
          captionId={captionId}
        />
      )}
    </ChartFrame>
  );
}
