import type { Grain, InvalidRowPolicy, MrrSnapshot } from '@vitals/metrics';
import {
  type HookResult,
  type UseMrrMovementsSeriesInput,
  useMrrMovementsSeries,
} from '@vitals/metrics/react';
import type { ReactNode } from 'react';
import { ChartBoundary } from '../internal/ChartBoundary';
import { ChartFrame } from '../internal/ChartFrame';
import { ChartEmpty, ChartError, ChartLoading, SkippedRowsNote } from '../internal/ChartStates';
import { useVitals } from '../provider/context';
import { MovementsLegend } from './MovementsLegend';
import { MrrMovementsPlot } from './MrrMovementsPlot';
import { type MovementsPeriodInput, movementsGeometry, netMovement } from './movements.geometry';
import { movementColumns, movementsSummary, movementsTableRows } from './movements.text';
import { enCommon, enMovements } from '../messages/en';
import { fill } from '../messages/template';
import { useMessages } from '../messages/useMessages';
import { periodLabel } from '../internal/time';

/** Props of {@link MrrMovementsChart}: either `data`, or `snapshots` with `from` and `to`. */
export interface MrrMovementsChartProps {
  /**
   * A series from `mrrMovementsSeries()` (or your warehouse): one entry per period with `period`,
   * `expansionMrr`, `contractionMrr`, `churnedMrr`, `startingMrr` and optionally `newMrr` and
   * `reactivationMrr` (missing ones count as zero).
   */
  data?: ReadonlyArray<MovementsPeriodInput & { startingMrr: number }> | null | undefined;
  /** Raw MRR snapshots; the component computes one movement per period with `from` < P ≤ `to`. */
  snapshots?: readonly MrrSnapshot[] | undefined;
  /** The first starting point (`'YYYY-MM'`, or `'YYYY-Qn'` at quarter grain), with `snapshots`. */
  from?: string | undefined;
  /** The last period shown, with `snapshots`. */
  to?: string | undefined;
  /**
   * The length of each column, with `snapshots`: a quarter's movements compare the MRR at the end
   * of each quarter's last month.
   * @default 'month'
   */
  grain?: Grain | undefined;
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
   * @default the `movements.title` message ('MRR movements' in English)
   */
  title?: ReactNode | undefined;
  /**
   * Height of the plot in pixels; the width follows the container.
   * @default 300
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
 * Stacked MRR movements per period: new, expansion and reactivation above zero, contraction and
 * churn below, and a line through each period's net change; with a legend, a text alternative, a
 * data table and a keyboard-reachable column per period.
 *
 * @example
 * <MrrMovementsChart snapshots={rows} from="2024-12" to="2025-12" />
 * <MrrMovementsChart data={mrrMovementsSeries(rows, { from: '2024-12', to: '2025-12' })} />
 */
export function MrrMovementsChart(props: MrrMovementsChartProps) {
  const m = useMessages('movements', enMovements);
  const title = props.title ?? m.title;
  return (
    <ChartBoundary baseClass="vitals-movements" title={title} className={props.className}>
      <MrrMovementsContent {...props} title={title} />
    </ChartBoundary>
  );
}

/** The hook's two overloads joined, so one call site takes either input. */
const useSeries = useMrrMovementsSeries as (
  input: UseMrrMovementsSeriesInput,
) => HookResult<readonly MovementsPeriodInput[]>;

const NO_SERIES: readonly (MovementsPeriodInput & { startingMrr: number })[] = [];

function MrrMovementsContent({
  data,
  snapshots,
  from,
  to,
  grain,
  onInvalid,
  loading = false,
  title,
  height = 300,
  defaultShowTable = false,
  className,
}: MrrMovementsChartProps & { title: ReactNode }) {
  const { format } = useVitals();
  const m = useMessages('movements', enMovements);
  const common = useMessages('common', enCommon);
  const hasWindow = from !== undefined && to !== undefined;
  const result = useSeries(
    snapshots !== undefined && hasWindow
      ? { snapshots, from, to, grain, onInvalid, includeAccounts: false }
      : { data: data ?? NO_SERIES },
  );
  const state = { baseClass: 'vitals-movements', title, className };

  if (loading) return <ChartLoading {...state} label={m.loading} />;
  const noRows = snapshots !== undefined && snapshots.length === 0;
  if ((snapshots === undefined && (data === undefined || data === null)) || noRows) {
    return <ChartEmpty {...state} message={m.empty} />;
  }
  if (snapshots !== undefined && !hasWindow) {
    const missing = new Error(
      'it needs a window: pass `from` and `to` (for example from="2024-12" to="2025-12").',
    );
    return <ChartError {...state} error={missing} />;
  }
  if (result.error || !result.data) {
    return (
      <ChartError
        {...state}
        error={result.error ?? new Error('no result')}
        issues={result.issues}
      />
    );
  }
  const series = result.data;
  if (series.length === 0) {
    return <ChartEmpty {...state} message={m.noPeriods} />;
  }
  const net = series.reduce((sum, p) => sum + netMovement(p), 0);
  const layout = (width: number) =>
    movementsGeometry(series, {
      width,
      height,
      tickLabel: (period) => periodLabel(period, format.locale, 'short'),
    });

  return (
    <ChartFrame
      baseClass="vitals-movements"
      className={className}
      title={title}
      summary={movementsSummary(series, format, m)}
      kpis={
        <span className="vitals-kpi" data-metric="net">
          {m.netNewMrr} <strong>{format.signedCurrency(net)}</strong>
        </span>
      }
      note={
        <>
          <SkippedRowsNote issues={result.issues} />
          <MovementsLegend messages={m} legend={common.legend} />
        </>
      }
      table={{
        caption:
          typeof title === 'string' ? fill(common.tableCaption, { title }) : m.tableFallbackCaption,
        rowHeader: m.tablePeriod,
        columns: movementColumns(m),
        rows: movementsTableRows(series, format),
      }}
      defaultShowTable={defaultShowTable}
    >
      {(width, ids) => (
        <MrrMovementsPlot
          geometry={layout(width)}
          series={series}
          format={format}
          messages={m}
          width={width}
          height={height}
          tooltipId={ids.tooltip}
        />
      )}
    </ChartFrame>
  );
}
