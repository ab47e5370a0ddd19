import {
  type CohortGrain,
  type CohortRetention,
  type InvalidRowPolicy,
  type MrrSnapshot,
  DEFAULT_CONFIDENCE,
  cohortCellAccounts,
  cohortRetention,
  pooledRetentionByAge,
} from '@vitals/metrics';
import { useCohortRetention } from '@vitals/metrics/react';
import { bySegment } from '../internal/SegmentMultiples';
import type { SegmentChartProps } from '../internal/segments';
import { type ReactNode, useId } from 'react';
import {
  type ChartContentProps,
  type ChartProps,
  ChartShell,
  defineChart,
} from '../internal/chart';
import { accountsPart } from '../internal/markAccounts';
import { warnOnce } from '../internal/warn';
import { enCohortHeatmap } from '../messages/en';
import { fill } from '../messages/template';
import { useMessages } from '../messages/useMessages';
import { useVitals } from '../provider/context';
import {
  type CohortMetric,
  DEFAULT_MAX_INTERVAL_WIDTH,
  cohortHeatmapModel,
  heatmapDensity,
  heatmapFit,
} from './cohort.geometry';
import {
  type CohortTextContext,
  heatmapSummary,
  heatmapTableColumns,
  heatmapTableRows,
  omittedText,
} from './cohort.text';
import { CohortHeatmapGrid } from './CohortHeatmapGrid';
import { CohortLegend, MetricToggle } from './CohortHeatmapControls';
import { useControllableState } from '../internal/useControllableState';

/**
 * The default of {@link CohortHeatmapProps.minCohortSize}: no floor, cells are greyed by the
 * width of their interval (`maxIntervalWidth`) instead.
 */
export const DEFAULT_MIN_COHORT_SIZE = 0;
/** The default of {@link CohortHeatmapProps.maxCohorts} and {@link CohortHeatmapProps.maxAge}. */
export const DEFAULT_MAX_COHORTS = 36;

/** Props of {@link CohortHeatmap}: either `data`, or `snapshots` with optional bounds and grain. */
export interface CohortHeatmapProps extends ChartProps, SegmentChartProps {
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
   * An additional floor: cohorts with fewer accounts are greyed and labelled as small whatever
   * their intervals. Cells are greyed by `maxIntervalWidth` already, so most hosts need no floor.
   * @default 0 (no floor; 10 before intervals, which greyed every cohort of a B2B book)
   */
  minCohortSize?: number | undefined;
  /**
   * A cell whose 95 % logo-retention interval (Wilson, `logoRetentionInterval`) is wider than
   * this fraction of the scale is greyed and striped, and its label says why. The default, half
   * the scale, greys cohorts of 1–3 accounts and the unsure cells of cohorts up to about 6, and
   * none from about 10 accounts (docs/metrics/cohorts.md). Revenue cells use the same interval.
   * @default 0.5
   */
  maxIntervalWidth?: number | undefined;
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
  /**
   * The height the grid keeps while loading, empty or in error, and its least height when ready
   * (a grid with many cohorts grows past it).
   * @default 320
   */
  height?: number | undefined;
}

/**
 * A triangular cohort heatmap: one row per cohort (accounts by first paid month), one column per
 * age, each cell the share of accounts (logo) or of starting MRR (revenue) still there. Logo
 * retention is coloured on a one-sided blue scale, revenue retention on a two-sided one around a
 * neutral 100 % (crimson below, teal above). Future cells are plain empty, small or uncertain
 * cells greyed with the reason, and every cell's text colour is chosen for contrast. The grid keeps
 * its natural width when its columns would pass 96 px, and shows a faded edge on the side it can
 * scroll to. The grid has one Tab stop; arrow keys move between cells (up and down across
 * cohorts, left and right across ages), Enter or Space calls `onSelect` with `{ cohort, age }`
 * and, from `snapshots`, the cell's retained `accounts` with their MRR at that age (as many as the
 * cell's active accounts; see `cohortCellAccounts`). A precomputed `data` has no accounts to give.
 *
 * @example
 * <CohortHeatmap snapshots={rows} grain="quarter" defaultMetric="revenue" />
 * <CohortHeatmap data={cohortRetention(rows, { from: '2024-01' })} />
 */
export const CohortHeatmap: (props: CohortHeatmapProps) => ReactNode = defineChart({
  name: 'CohortHeatmap',
  baseClass: 'vitals-cohort',
  messages: { group: 'cohortHeatmap', english: enCohortHeatmap },
  height: 320,
  // The toolbar above the grid: the metric switch and the colour key.
  reserve: () => 40,
  skeleton: 'bars',
  Content: CohortHeatmapContent,
});

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

function validMaxWidth(value: number | undefined): number {
  if (value === undefined) return DEFAULT_MAX_INTERVAL_WIDTH;
  if (typeof value === 'number' && value >= 0) return value;
  warnOnce(
    `CohortHeatmap: maxIntervalWidth must be a number ≥ 0, got ${String(value)}; using ${DEFAULT_MAX_INTERVAL_WIDTH}.`,
  );
  return DEFAULT_MAX_INTERVAL_WIDTH;
}

function validMinSize(value: number | undefined): number {
  if (value === undefined) return DEFAULT_MIN_COHORT_SIZE;
  if (Number.isFinite(value) && value >= 0) return value;
  warnOnce(
    `CohortHeatmap: minCohortSize must be a number ≥ 0, got ${String(value)}; using ${DEFAULT_MIN_COHORT_SIZE}.`,
  );
  return DEFAULT_MIN_COHORT_SIZE;
}

/**
 * One heatmap, or one per segment with `compareBy: 'segment'` (raw snapshots only); retention is a
 * share, so every heatmap already reads on the same 0–100 % colour scale.
 */
function CohortHeatmapContent(props: ChartContentProps<CohortHeatmapProps>) {
  const { snapshots, from, to, grain, onInvalid } = props;
  const maxCohorts = validBound(props.maxCohorts, 'maxCohorts');
  const maxAge = validBound(props.maxAge, 'maxAge');
  return bySegment(props, {
    component: 'CohortHeatmap',
    drawn: 'heatmap',
    deps: [from, to, grain, maxCohorts, maxAge],
    compute: (segment) =>
      cohortRetention(snapshots ?? [], { from, to, grain, onInvalid, maxCohorts, maxAge, segment }),
    Single: CohortHeatmapSingle,
  });
}

function CohortHeatmapSingle({
  data,
  snapshots,
  from,
  to,
  grain,
  segment,
  onInvalid,
  metric: metricProp,
  defaultMetric = 'logo',
  onMetricChange,
  minCohortSize: minSizeProp,
  maxIntervalWidth: maxWidthProp,
  maxCohorts: maxCohortsProp,
  maxAge: maxAgeProp,
  shell,
  select,
}: ChartContentProps<CohortHeatmapProps>) {
  const { format } = useVitals();
  const m = useMessages('cohortHeatmap', enCohortHeatmap);
  const captionId = useId();
  const [metric, setMetric] = useControllableState<CohortMetric>({
    value: validMetric(metricProp, 'metric'),
    defaultValue: validMetric(defaultMetric, 'defaultMetric') ?? 'logo',
    onChange: onMetricChange,
    name: "CohortHeatmap's `metric`",
  });
  const minCohortSize = validMinSize(minSizeProp);
  const maxIntervalWidth = validMaxWidth(maxWidthProp);
  const maxCohorts = validBound(maxCohortsProp, 'maxCohorts');
  const maxAge = validBound(maxAgeProp, 'maxAge');
  // `data` is checked like raw input (a NaN or a missing field is the error state naming it);
  // `null` or no data at all is the empty state.
  const result = useCohortRetention(
    snapshots !== undefined
      ? { snapshots, from, to, grain, segment, onInvalid, maxCohorts, maxAge }
      : data == null
        ? undefined
        : { data },
  );
  if (result.error) {
    return (
      <ChartShell
        shell={shell}
        status={{ state: 'error', error: result.error, issues: result.issues }}
      />
    );
  }
  const table = result.data;
  if (!table || table.cohorts.length === 0) {
    return <ChartShell shell={shell} status={{ state: 'empty', message: m.empty }} />;
  }

  const model = cohortHeatmapModel(table, {
    metric,
    minCohortSize,
    maxIntervalWidth,
    maxCohorts,
    maxAge,
  });
  const omitted = omittedText(model, table.grain, format, m);
  const shown = model.rows.map((row) => row.cohort);
  const context: CohortTextContext = {
    metric,
    grain: table.grain,
    minCohortSize,
    lastPeriod: table.lastPeriod,
    format,
    m,
  };
  const { title } = shell;
  const keyAges = [1, 3, 6, 12].filter((age) => age < model.ages.length);

  return (
    <ChartShell
      shell={shell}
      status={{
        state: 'ready',
        summary: `${heatmapSummary(model, pooledRetentionByAge(shown, metric, keyAges), context)}${omitted ? ` ${omitted}` : ''}`,
        kpis: (
          <span className="vitals-kpi" data-metric="cohorts">
            {m.cohorts} <strong>{format.count(model.rows.length)}</strong>
          </span>
        ),
        skipped: result.issues,
        note: (
          <div className="vitals-cohort-toolbar">
            <MetricToggle metric={metric} onChange={setMetric} m={m} />
            <CohortLegend
              format={format}
              minCohortSize={minCohortSize}
              maxIntervalWidth={maxIntervalWidth}
              level={
                model.rows.flatMap((row) => row.cells).find((cell) => cell.interval)?.interval
                  ?.level ?? DEFAULT_CONFIDENCE
              }
              domain={model.domain}
              scale={model.scale}
              m={m}
            />
            {omitted && (
              <p className="vitals-chart-note vitals-cohort-omitted" role="note">
                {omitted}
              </p>
            )}
          </div>
        ),
        table: {
          caption: `${fill(m.tableCaption, {
            title: typeof title === 'string' ? title : shell.defaultTitle,
            metric: m.metricInSentence[metric],
          })}${omitted ? `. ${omitted}` : ''}`,
          rowHeader: m.cohort,
          columns: heatmapTableColumns(model, table.grain, format, m),
          rows: heatmapTableRows(model, context),
        },
        plot: (width) => (
          <CohortHeatmapGrid
            model={model}
            context={context}
            density={heatmapDensity(width, model.ages.length)}
            fit={heatmapFit(width, model.ages.length)}
            captionId={captionId}
            onSelect={
              select &&
              ((cohort, age) =>
                select({
                  cohort,
                  age,
                  // A cell's retained accounts, from the rows only, for the cell opened.
                  ...(snapshots !== undefined && age !== undefined
                    ? accountsPart('CohortHeatmap', () =>
                        cohortCellAccounts(snapshots, {
                          cohort,
                          age,
                          grain: table.grain,
                          onInvalid,
                        }),
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
