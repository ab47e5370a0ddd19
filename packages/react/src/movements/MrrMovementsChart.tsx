import {
  type Grain,
  type InvalidRowPolicy,
  type MovementsWithAccounts,
  type MrrSnapshot,
  movementAccounts,
  mrrMovements,
  mrrMovementsSeries,
  mrrMovementsSummary,
} from '@vitals/metrics';
import {
  type HookResult,
  type UseMrrMovementsSeriesInput,
  useMrrMovementsSeries,
} from '@vitals/metrics/react';
import type { ReactNode } from 'react';
import {
  type ChartContentProps,
  ChartShell,
  type ChartProps,
  defineChart,
} from '../internal/chart';
import { useVitals } from '../provider/context';
import { MovementsLegend } from './MovementsLegend';
import { MrrMovementsPlot } from './MrrMovementsPlot';
import {
  type MovementsPeriodInput,
  movementsExtent,
  movementsGeometry,
} from './movements.geometry';
import { bySegment } from '../internal/SegmentMultiples';
import type { SegmentChartProps } from '../internal/segments';
import { movementColumns, movementsSummary, movementsTableRows } from './movements.text';
import { enCommon, enMovements } from '../messages/en';
import { useMessages } from '../messages/useMessages';
import { periodLabel } from '../internal/time';
import { accountsPart } from '../internal/markAccounts';

/** Props of {@link MrrMovementsChart}: either `data`, or `snapshots` with `from` and `to`. */
export interface MrrMovementsChartProps extends ChartProps, SegmentChartProps {
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
}

/**
 * Stacked MRR movements per period: new, expansion and reactivation above zero, contraction and
 * churn below, and a line through each period's net change; with a legend, a text alternative, a
 * data table and keyboard-reachable marks: each stacked segment is one mark (one tab stop for the
 * chart; arrow keys left and right between periods, up and down between a period's movements).
 *
 * `onSelect` gets the mark's `period`, its `movement` and its `accounts`: that period's accounts
 * with that movement, `value` their amount in it (they sum to the segment; see
 * `movementAccounts`). A period without movements is one mark with no `movement`, its accounts
 * those whose MRR changed (none). From `snapshots` the accounts are computed for the opened
 * period only; from `data`, when its entries carry them
 * (`mrrMovementsSeries(rows, { …, includeAccounts: true })`).
 *
 * @example
 * <MrrMovementsChart snapshots={rows} from="2024-12" to="2025-12" />
 * <MrrMovementsChart data={mrrMovementsSeries(rows, { from: '2024-12', to: '2025-12' })} />
 *
 * The plot is 300 px tall by default (`height`).
 */
export const MrrMovementsChart: (props: MrrMovementsChartProps) => ReactNode = defineChart({
  name: 'MrrMovementsChart',
  baseClass: 'vitals-movements',
  messages: { group: 'movements', english: enMovements },
  height: 300,
  reserve: () => 32,
  skeleton: 'columns',
  Content: MrrMovementsContent,
});

/** The hook's two overloads joined, so one call site takes either input. */
const useSeries = useMrrMovementsSeries as (
  input: UseMrrMovementsSeriesInput,
) => HookResult<readonly MovementsPeriodInput[]>;

const NO_SERIES: readonly (MovementsPeriodInput & { startingMrr: number })[] = [];

/** One chart, or one per segment with `compareBy: 'segment'` (raw snapshots only). */
function MrrMovementsContent(props: ChartContentProps<MrrMovementsChartProps>) {
  const { snapshots, from, to, grain, onInvalid } = props;
  return bySegment(props, {
    component: 'MrrMovementsChart',
    ready: from !== undefined && from !== '' && to !== undefined && to !== '',
    deps: [from, to, grain],
    compute: (segment) =>
      mrrMovementsSeries(snapshots ?? [], { from: from!, to: to!, grain, segment, onInvalid }),
    extent: (series) => movementsExtent(series),
    Single: MrrMovementsSingle,
  });
}

function MrrMovementsSingle({
  data,
  snapshots,
  from,
  to,
  grain,
  segment,
  onInvalid,
  shell,
  select,
  domain,
}: ChartContentProps<MrrMovementsChartProps> & { domain?: [number, number] | undefined }) {
  const { format } = useVitals();
  const m = useMessages('movements', enMovements);
  const common = useMessages('common', enCommon);
  const hasWindow = from !== undefined && to !== undefined;
  const result = useSeries(
    snapshots !== undefined && hasWindow
      ? { snapshots, from, to, grain, segment, onInvalid, includeAccounts: false }
      : { data: data ?? NO_SERIES },
  );
  const { height } = shell;
  const noRows = snapshots !== undefined && snapshots.length === 0;
  if ((snapshots === undefined && (data === undefined || data === null)) || noRows) {
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
  if (snapshots !== undefined && !hasWindow) {
    const missing = new Error(
      'it needs a window: pass `from` and `to` (for example from="2024-12" to="2025-12").',
    );
    return <ChartShell shell={shell} status={{ state: 'error', error: missing }} />;
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
  const series = result.data;
  if (series.length === 0) {
    return <ChartShell shell={shell} status={{ state: 'empty', message: m.noPeriods }} />;
  }
  const net = mrrMovementsSummary(series).netMrr;
  const layout = (width: number) =>
    movementsGeometry(series, {
      width,
      height,
      domain,
      tickLabel: (period) => periodLabel(period, format.locale, 'short'),
    });

  return (
    <ChartShell
      shell={shell}
      status={{
        state: 'ready',
        summary: movementsSummary(series, format, m),
        kpis: (
          <span className="vitals-kpi" data-metric="net">
            {m.netNewMrr} <strong>{format.signedCurrency(net)}</strong>
          </span>
        ),
        skipped: result.issues,
        note: (
          <>
            <MovementsLegend messages={m} legend={common.legend} />
          </>
        ),
        table: {
          rowHeader: m.tablePeriod,
          columns: movementColumns(m),
          rows: movementsTableRows(series, format),
        },
        plot: (width) => (
          <MrrMovementsPlot
            geometry={layout(width)}
            series={series}
            format={format}
            messages={m}
            width={width}
            height={height}
            onSelect={
              select &&
              ((period, movement) =>
                select({
                  period,
                  ...(movement === null ? {} : { movement }),
                  // A mark's accounts: from the rows, only for the period opened (the series is
                  // computed without them); from `data`, when its entries carry them.
                  ...accountsPart('MrrMovementsChart', () =>
                    movementAccounts(
                      snapshots !== undefined
                        ? mrrMovements(snapshots, { period, grain, onInvalid })
                        : (series.find(
                            (entry) => entry.period === period,
                          ) as MovementsWithAccounts),
                      movement ?? 'net',
                    ),
                  ),
                }))
            }
          />
        ),
      }}
    />
  );
}
