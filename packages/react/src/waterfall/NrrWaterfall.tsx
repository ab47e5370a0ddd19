import {
  type Grain,
  type InvalidRowPolicy,
  type MovementTotals,
  type MrrMovements,
  type MrrSnapshot,
  movementAccounts,
  mrrMovements,
} from '@vitals/metrics';
import { useRetention } from '@vitals/metrics/react';
import type { ReactNode } from 'react';
import {
  type ChartContentProps,
  ChartShell,
  type ChartProps,
  defineChart,
} from '../internal/chart';
import { enCommon, enWaterfall } from '../messages/en';
import { accountsPart } from '../internal/markAccounts';
import { fill, plural } from '../messages/template';
import { useMessages } from '../messages/useMessages';
import { useVitals } from '../provider/context';
import type { SegmentChartProps } from '../internal/segments';
import { NrrWaterfallPlot } from './NrrWaterfallPlot';
import {
  type WaterfallView,
  waterfallGeometry,
  waterfallRunningExtent,
} from './waterfall.geometry';
import { WaterfallViewToggle } from './WaterfallViewToggle';
import { useControllableState } from '../internal/useControllableState';
import { axisLabels } from '../provider/ticks';
import { bySegment } from '../internal/SegmentMultiples';
import { rateText, stepValueText, waterfallSummary, waterfallTableRows } from './waterfall.text';

/** Props of {@link NrrWaterfall}: either `data`, or `snapshots` with a window. */
export interface NrrWaterfallProps extends ChartProps, SegmentChartProps {
  /** Movements from `mrrMovements()`, or pre-aggregated totals from your warehouse. */
  data?: MovementTotals | MrrMovements | null | undefined;
  /** Raw MRR snapshots; the component computes the movements for `from`/`to` or `period`. */
  snapshots?: readonly MrrSnapshot[] | undefined;
  /** Starting period of the window (`'YYYY-MM'`, `'2025-Q1'` or `'2025'` by `grain`), with `snapshots`. */
  from?: string | undefined;
  /** Ending period of the window, with `snapshots`. */
  to?: string | undefined;
  /**
   * A one-period window ending at this period, with `snapshots`. Given with `from`/`to`, the chart
   * shows the error state (a `MetricsInputError` naming `options.period`): neither window wins.
   */
  period?: string | undefined;
  /**
   * The length of a period, with `snapshots`: at `'quarter'` or `'year'` the window compares the
   * MRR at the end of its periods' last months, and `from`/`to`/`period` take `'2025-Q1'` or
   * `'2025'` labels.
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
   * Continues past retained MRR with + new and + reactivation to ending MRR.
   * @default false
   */
  showNewAndReactivation?: boolean | undefined;
  /**
   * The y axis. `'full'` starts at zero, so the totals' heights compare; `'zoomed'` starts just
   * below the lowest running MRR, so movements small against the totals (+$2,428 on $634K) are
   * visible, and says so: a break mark on the axis and across the total bars, "Axis starts at
   * $600K" under the header and in the text alternative. Left out, the chart picks `'zoomed'` when
   * the running MRR moves by less than a tenth of its highest value, and the reader switches with
   * the header toggle (shown when the movements are that small, or the view is zoomed). Given, the view is controlled: the toggle
   * calls `onViewChange`. When no zoomed view exists (the movements are all zero), the axis is full.
   * @default picked from the data
   */
  view?: WaterfallView | undefined;
  /** Called when the reader switches the y axis with the header toggle. @default undefined */
  onViewChange?: ((view: WaterfallView) => void) | undefined;
}

/**
 * An NRR waterfall: starting MRR → + expansion → − contraction → − churn → retained MRR, with NRR
 * and GRR labelled, a text alternative, a data table and keyboard-reachable bars.
 *
 * `onSelect` gets the step (`movement`), the window's end (`period`) and, from `snapshots` or an
 * `mrrMovements()` result, the `accounts` behind the step with their amounts (they sum to the
 * step; see `movementAccounts`); pre-aggregated totals have no accounts to give.
 *
 * @example
 * <NrrWaterfall snapshots={rows} from="2024-12" to="2025-12" />
 * <NrrWaterfall data={mrrMovements(rows, { period: '2025-12' })} />
 *
 * The plot is 280 px tall by default (`height`).
 */
export const NrrWaterfall: (props: NrrWaterfallProps) => ReactNode = defineChart({
  name: 'NrrWaterfall',
  baseClass: 'vitals-waterfall',
  messages: { group: 'waterfall', english: enWaterfall },
  height: 280,
  skeleton: 'bars',
  Content: NrrWaterfallContent,
});

const NO_TOTALS: MovementTotals = {
  startingMrr: 0,
  expansionMrr: 0,
  contractionMrr: 0,
  churnedMrr: 0,
};

/** One waterfall, or one per segment with `compareBy: 'segment'` (raw snapshots only). */
function NrrWaterfallContent(props: ChartContentProps<NrrWaterfallProps>) {
  const { snapshots, from, to, period, grain, onInvalid, showNewAndReactivation = false } = props;
  return bySegment(props, {
    component: 'NrrWaterfall',
    deps: [from, to, period, grain, showNewAndReactivation],
    compute: (segment) =>
      mrrMovements(snapshots ?? [], {
        ...({ from, to, period } as { from: string; to: string }),
        grain,
        segment,
        onInvalid,
      }),
    extent: (movements) => waterfallRunningExtent(movements, showNewAndReactivation),
    Single: NrrWaterfallSingle,
  });
}

function NrrWaterfallSingle({
  data,
  snapshots,
  from,
  to,
  period,
  grain,
  segment,
  onInvalid,
  showNewAndReactivation = false,
  shell,
  select,
  domain,
  view,
  onViewChange,
}: ChartContentProps<NrrWaterfallProps> & { domain?: [number, number] | undefined }) {
  const { format } = useVitals();
  // `'auto'` until the reader (or the host) picks one.
  const [viewShown, setView] = useControllableState<WaterfallView | 'auto'>({
    value: view,
    defaultValue: 'auto',
    onChange: onViewChange as ((next: WaterfallView | 'auto') => void) | undefined,
    name: "NrrWaterfall's `view`",
  });
  const m = useMessages('waterfall', enWaterfall);
  const common = useMessages('common', enCommon);
  const hasInput = snapshots !== undefined || (data !== undefined && data !== null);
  const result = useRetention(
    snapshots !== undefined
      ? ({ snapshots, from, to, period, grain, segment, onInvalid } as Parameters<
          typeof useRetention
        >[0])
      : { data: data ?? NO_TOTALS },
  );
  const { height } = shell;
  if (!hasInput || (snapshots !== undefined && snapshots.length === 0)) {
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
  if (result.error || !result.data) {
    return (
      <ChartShell
        shell={shell}
        status={{
          state: 'error',
          error: result.error ?? new Error('no result'),
          issues: result.issues,
        }}
      />
    );
  }
  const { movements, netRevenueRetention: nrr, grossRevenueRetention: grr } = result.data;
  if (nrr === null) {
    const message =
      'from' in movements ? fill(m.noStartingMrrAt, { period: movements.from }) : m.noStartingMrr;
    return <ChartShell shell={shell} status={{ state: 'empty', message }} />;
  }
  const layout = (width: number) =>
    waterfallGeometry(movements, {
      width,
      height,
      includeNewAndReactivation: showNewAndReactivation,
      domain,
      view: viewShown,
      labelText: (step) => stepValueText(step, format),
    });
  // Words, table and the axis's range do not depend on the width: lay out once for them.
  const { steps, domain: yDomain, breakY, autoView, view: drawn } = layout(640);
  // The toggle is offered where zooming matters: the movements are small, or the view is zoomed.
  const offerToggle = autoView === 'zoomed' || drawn === 'zoomed';
  const axisStart =
    breakY === null ? undefined : axisLabels(format, [yDomain[0], yDomain[1]], 'currency')[0]!;
  const summary = waterfallSummary(steps, nrr, grr, format, m);
  const months = 'from' in movements ? windowMonths(movements.from, movements.to) : null;

  return (
    <ChartShell
      shell={shell}
      status={{
        state: 'ready',
        summary:
          axisStart === undefined
            ? summary
            : `${summary} ${fill(m.summaryAxisStartsAt, { value: axisStart })}`,
        note: axisStart !== undefined && (
          <p className="vitals-waterfall-axis-note">
            <svg
              className="vitals-waterfall-axis-note-mark"
              width={14}
              height={10}
              aria-hidden="true"
            >
              <path d="M1 9 L6 1 M8 9 L13 1" />
            </svg>
            {fill(m.axisStartsAt, { value: axisStart })}
          </p>
        ),
        kpis: (
          <>
            {months !== null && (
              <span className="vitals-kpi-window">
                {plural(m.kpiWindow, format.locale, months, { count: format.count(months) })}
              </span>
            )}
            <span className="vitals-kpi" data-metric="nrr">
              <abbr title={common.nrr}>NRR</abbr> <strong>{rateText(nrr, format)}</strong>
            </span>
            <span className="vitals-kpi" data-metric="grr">
              <abbr title={common.grr}>GRR</abbr> <strong>{rateText(grr, format)}</strong>
            </span>
            {/* Small multiples share one scale: their view follows the prop, with no toggle each. */}
            {offerToggle && domain === undefined && (
              <WaterfallViewToggle view={drawn} onChange={setView} m={m} />
            )}
          </>
        ),
        skipped: result.issues,
        table: {
          rowHeader: m.tableStep,
          columns: [
            { id: 'change', header: m.tableChange },
            { id: 'running', header: m.tableRunning },
          ],
          rows: waterfallTableRows(steps, format, m),
        },
        plot: (width) => (
          <NrrWaterfallPlot
            geometry={layout(width)}
            format={format}
            width={width}
            height={height}
            messages={m}
            onSelect={
              select &&
              ((step) =>
                select({
                  movement: step.id,
                  period: 'to' in movements ? movements.to : undefined,
                  ...accountsPart('NrrWaterfall', () => movementAccounts(movements, step.id)),
                }))
            }
          />
        ),
      }}
    />
  );
}

/** Months from `from` to `to` (`'2025-03'`, `'2025-Q1'` or `'2025'`), or null for other labels. */
function windowMonths(from: string, to: string): number | null {
  const month = (period: string) => {
    const [year, part = 'Q4'] = period.split('-');
    return Number(year) * 12 + (part[0] === 'Q' ? Number(part.slice(1)) * 3 : Number(part));
  };
  const months = month(to) - month(from);
  return months > 0 ? months : null;
}
