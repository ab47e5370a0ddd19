import type { InvalidRowPolicy, MovementTotals, MrrMovements, MrrSnapshot } from '@vitals/metrics';
import { useRetention } from '@vitals/metrics/react';
import type { ReactNode } from 'react';
import { ChartBoundary } from '../internal/ChartBoundary';
import { ChartFrame } from '../internal/ChartFrame';
import { ChartEmpty, ChartError, ChartLoading, SkippedRowsNote } from '../internal/ChartStates';
import { enCommon, enWaterfall } from '../messages/en';
import { fill } from '../messages/template';
import { useMessages } from '../messages/useMessages';
import { useVitals } from '../provider/context';
import { NrrWaterfallPlot } from './NrrWaterfallPlot';
import { waterfallGeometry } from './waterfall.geometry';
import { rateText, stepValueText, waterfallSummary, waterfallTableRows } from './waterfall.text';

/** Props of {@link NrrWaterfall}: either `data`, or `snapshots` with a window. */
export interface NrrWaterfallProps {
  /** Movements from `mrrMovements()`, or pre-aggregated totals from your warehouse. */
  data?: MovementTotals | MrrMovements | null | undefined;
  /** Raw MRR snapshots; the component computes the movements for `from`/`to` or `period`. */
  snapshots?: readonly MrrSnapshot[] | undefined;
  /** Starting month of the window (`'YYYY-MM'`), with `snapshots`. */
  from?: string | undefined;
  /** Ending month of the window (`'YYYY-MM'`), with `snapshots`. */
  to?: string | undefined;
  /** A one-month window ending at this month, with `snapshots`. */
  period?: string | undefined;
  /**
   * What to do with bad rows: `'throw'` shows the error state listing them; `'skip'` draws from
   * the good rows.
   * @default 'throw'
   */
  onInvalid?: InvalidRowPolicy | undefined;
  /**
   * Continues past retained MRR with + new and + reactivation to ending MRR.
   * @default false
   */
  showNewAndReactivation?: boolean | undefined;
  /**
   * Shows a loading placeholder instead of the chart.
   * @default false
   */
  loading?: boolean | undefined;
  /**
   * The chart's heading.
   * @default the `waterfall.title` message ('Net revenue retention' in English)
   */
  title?: ReactNode | undefined;
  /**
   * Height of the plot in pixels; the width follows the container.
   * @default 280
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
 * An NRR waterfall: starting MRR → + expansion → − contraction → − churn → retained MRR, with NRR
 * and GRR labelled, a text alternative, a data table and keyboard-reachable bars.
 *
 * @example
 * <NrrWaterfall snapshots={rows} from="2024-12" to="2025-12" />
 * <NrrWaterfall data={mrrMovements(rows, { period: '2025-12' })} />
 */
export function NrrWaterfall(props: NrrWaterfallProps) {
  const m = useMessages('waterfall', enWaterfall);
  const title = props.title ?? m.title;
  return (
    <ChartBoundary baseClass="vitals-waterfall" title={title} className={props.className}>
      <NrrWaterfallContent {...props} title={title} />
    </ChartBoundary>
  );
}

const NO_TOTALS: MovementTotals = {
  startingMrr: 0,
  expansionMrr: 0,
  contractionMrr: 0,
  churnedMrr: 0,
};

function NrrWaterfallContent({
  data,
  snapshots,
  from,
  to,
  period,
  onInvalid,
  showNewAndReactivation = false,
  loading = false,
  title,
  height = 280,
  defaultShowTable = false,
  className,
}: NrrWaterfallProps & { title: ReactNode }) {
  const { format } = useVitals();
  const m = useMessages('waterfall', enWaterfall);
  const common = useMessages('common', enCommon);
  const hasInput = snapshots !== undefined || (data !== undefined && data !== null);
  const result = useRetention(
    snapshots !== undefined
      ? ({ snapshots, from, to, period, onInvalid } as Parameters<typeof useRetention>[0])
      : { data: data ?? NO_TOTALS },
  );
  const state = { baseClass: 'vitals-waterfall', title, className };

  if (loading) return <ChartLoading {...state} label={m.loading} />;
  if (!hasInput || (snapshots !== undefined && snapshots.length === 0)) {
    return <ChartEmpty {...state} message={m.empty} />;
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
  const { movements, netRevenueRetention: nrr, grossRevenueRetention: grr } = result.data;
  if (nrr === null) {
    const message =
      'from' in movements ? fill(m.noStartingMrrAt, { period: movements.from }) : m.noStartingMrr;
    return <ChartEmpty {...state} message={message} />;
  }
  const layout = (width: number) =>
    waterfallGeometry(movements, {
      width,
      height,
      includeNewAndReactivation: showNewAndReactivation,
      labelText: (step) => stepValueText(step, format),
    });
  // Words and table do not depend on the width: lay out once at any width for them.
  const steps = layout(640).steps;

  return (
    <ChartFrame
      baseClass="vitals-waterfall"
      className={className}
      title={title}
      summary={waterfallSummary(steps, nrr, grr, format, m)}
      kpis={
        <>
          <span className="vitals-kpi" data-metric="nrr">
            <abbr title={common.nrr}>NRR</abbr> <strong>{rateText(nrr, format)}</strong>
          </span>
          <span className="vitals-kpi" data-metric="grr">
            <abbr title={common.grr}>GRR</abbr> <strong>{rateText(grr, format)}</strong>
          </span>
        </>
      }
      note={<SkippedRowsNote issues={result.issues} />}
      table={{
        caption:
          typeof title === 'string' ? fill(common.tableCaption, { title }) : m.tableFallbackCaption,
        rowHeader: m.tableStep,
        columns: [
          { id: 'change', header: m.tableChange },
          { id: 'running', header: m.tableRunning },
        ],
        rows: waterfallTableRows(steps, format, m),
      }}
      defaultShowTable={defaultShowTable}
    >
      {(width, ids) => (
        <NrrWaterfallPlot
          geometry={layout(width)}
          format={format}
          width={width}
          height={height}
          tooltipId={ids.tooltip}
          messages={m}
        />
      )}
    </ChartFrame>
  );
}
