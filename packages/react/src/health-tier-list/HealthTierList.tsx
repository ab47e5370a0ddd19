import { useTable } from '@tanstack/react-table';
import type {
  HealthAccount,
  HealthHistoryRow,
  HealthOverride,
  HealthResult,
  HealthScores,
  HealthTier,
  InvalidRowPolicy,
  Scorecard,
  SegmentScorecards,
} from '@vitals/metrics';
import { type UseHealthTierRowsInput, useHealthTierRows } from '@vitals/metrics/react';
import { type MouseEvent, type ReactNode, useId, useMemo } from 'react';
import { ChartBoundary } from '../internal/ChartBoundary';
import { ChartEmpty, ChartError, ChartLoading } from '../internal/ChartStates';
import { useVitals } from '../provider/context';
import { defaultTierListColumns } from './columns';
import { downloadCsv } from './csv';
import {
  type TierListColumnDef,
  type TierListColumnMeta,
  type TierListState,
  hasActiveFilter,
  tierListFeatures,
} from './tierList.features';
import { tierListCsv } from './tierList.export';
import { tierListLines } from './tierList.lines';
import { tierListCounts, type TierListRow } from './tierList.model';
import { type TierListTableMeta, dateTexts } from './tierList.text';
import { TierListGrid } from './TierListGrid';
import { TierListToolbar } from './TierListToolbar';
import { type TierListStateHandlers, useTierListState } from './useTierListState';

/** Props of {@link HealthTierList}: `accounts` with a `scorecard`, or `data` with the `accounts`. */
export interface HealthTierListProps extends TierListStateHandlers {
  /** Results of `scoreHealth` (or its `accounts` array); join them with `accounts` for names. */
  data?: HealthScores | readonly HealthResult[] | null | undefined;
  /** The accounts: scored with `scorecard` when `data` is absent, else joined by id. */
  accounts?: readonly HealthAccount[] | undefined;
  /** The scorecard (or one per segment); needed for labels, drivers and next-tier paths. */
  scorecard?: Scorecard | SegmentScorecards | undefined;
  /** Manual overrides, with `accounts` and `scorecard`. */
  overrides?: readonly HealthOverride[] | undefined;
  /**
   * `'YYYY-MM-DD'`: "today" for overrides, renewals and the trend window.
   * @default today's date (UTC)
   */
  asOf?: string | undefined;
  /** Daily scores (`{ accountId, date, score }`): adds the trend and its sparkline. */
  history?: readonly HealthHistoryRow[] | undefined;
  /**
   * Days of the trend window.
   * @default 30
   */
  trendDays?: number | undefined;
  /**
   * The tiers that label, colour, sort and group the accounts.
   * @default the scorecard's tiers, else DEFAULT_TIERS
   */
  tiers?: readonly HealthTier[] | undefined;
  /**
   * What to do with bad rows: `'throw'` shows the error state listing them; `'skip'` lists the
   * good rows.
   * @default 'throw'
   */
  onInvalid?: InvalidRowPolicy | undefined;
  /**
   * TanStack column definitions (see `tierListColumnHelper`).
   * @default defaultTierListColumns
   */
  columns?: readonly TierListColumnDef[] | undefined;
  /** Controlled TanStack state slices; pair each with its `on*Change`. */
  state?: { [TKey in keyof TierListState]?: TierListState[TKey] | undefined } | undefined;
  /**
   * Starting state of the uncontrolled slices.
   * @default sorting "at risk first" (tier, then MRR), the segment column hidden
   */
  initialState?: { [TKey in keyof TierListState]?: TierListState[TKey] | undefined } | undefined;
  /**
   * Gathers accounts under one header per tier with its count and MRR.
   * @default false
   */
  groupByTier?: boolean | undefined;
  /**
   * Shows selection boxes (Space selects the focused row).
   * @default true
   */
  enableRowSelection?: boolean | undefined;
  /** Called when a row is clicked (not its checkbox or buttons). */
  onRowClick?: ((row: TierListRow, event: MouseEvent) => void) | undefined;
  /** The row's main action, run by Enter on the focused row (else Enter shows its details). */
  onRowAction?: ((row: TierListRow) => void) | undefined;
  /**
   * Shows a loading skeleton.
   * @default false
   */
  loading?: boolean | undefined;
  /** The host's own error (a failed fetch): shown as the error state. */
  error?: Error | null | undefined;
  /**
   * The list's heading.
   * @default 'At-risk accounts'
   */
  title?: ReactNode | undefined;
  /**
   * Height of the scrolling list in pixels.
   * @default 480
   */
  height?: number | undefined;
  /**
   * Height of one account row in pixels.
   * @default 52
   */
  rowHeight?: number | undefined;
  /**
   * File name of the CSV export.
   * @default 'health-tier-list.csv'
   */
  exportFileName?: string | undefined;
  /** Extra class on the root element. */
  className?: string | undefined;
}

/**
 * The at-risk work queue: every account with its MRR, score, tier, trend, top drivers, next-tier
 * path, renewal and owner, sorted at-risk first, filterable, searchable, selectable, expandable,
 * exportable to CSV and virtualised to 100,000 rows. Built on TanStack Table v9: pass its state
 * slices and handlers straight through.
 *
 * @example
 * <HealthTierList accounts={accounts} scorecard={SCORECARD_ADOPTION_FIRST} history={history} />
 * <HealthTierList data={scoreHealth(accounts, card)} accounts={accounts} scorecard={card} />
 */
export function HealthTierList(props: HealthTierListProps) {
  const title = props.title ?? 'At-risk accounts';
  return (
    <ChartBoundary baseClass="vitals-tier-list" title={title} className={props.className}>
      <HealthTierListContent {...props} title={title} />
    </ChartBoundary>
  );
}

const NO_ACCOUNTS: readonly HealthAccount[] = [];
const today = () => new Date().toISOString().slice(0, 10);

function HealthTierListContent(props: HealthTierListProps & { title: ReactNode }) {
  const { data, accounts, scorecard, loading = false, error, title, className } = props;
  const common = { baseClass: 'vitals-tier-list', title, className };
  const isRaw = data === undefined || data === null;
  const { overrides, asOf, onInvalid, history, trendDays, tiers } = props;
  // The rows come from `healthTierRows`: scored here from accounts and a scorecard, or joined from
  // `data`. Idle (undefined) while there is nothing to score.
  let input: UseHealthTierRowsInput | undefined;
  if (!isRaw) {
    input = { data, accounts, scorecard, tiers, history, asOf, trendDays, onInvalid };
  } else if (scorecard) {
    const raw = { accounts: accounts ?? NO_ACCOUNTS, scorecard, overrides, asOf, onInvalid };
    input = { ...raw, history, trendDays, tiers };
  }
  const built = useHealthTierRows(input);

  if (loading) return <ChartLoading {...common} label="Loading accounts…" />;
  if (error) return <ChartError {...common} error={error} />;
  if (isRaw && accounts && !scorecard) {
    return (
      <ChartError
        {...common}
        error={new Error('pass a scorecard with the accounts to score them.')}
      />
    );
  }
  if (built.error) return <ChartError {...common} error={built.error} issues={built.issues} />;
  if (!built.data || built.data.rows.length === 0) {
    return (
      <ChartEmpty
        {...common}
        message="No accounts to show yet: the list fills in once accounts are scored."
      />
    );
  }
  return <TierListReady {...props} rows={built.data.rows} tiers={built.data.tiers} title={title} />;
}

function TierListReady({
  rows,
  tiers,
  asOf,
  trendDays = 30,
  columns = defaultTierListColumns,
  state: controlled,
  initialState,
  groupByTier = false,
  enableRowSelection = true,
  onRowClick,
  onRowAction,
  title,
  height = 480,
  rowHeight = 52,
  exportFileName = 'health-tier-list.csv',
  className,
  ...handlerProps
}: Omit<HealthTierListProps, 'tiers'> & {
  rows: readonly TierListRow[];
  tiers: readonly HealthTier[];
  title: ReactNode;
}) {
  const { format } = useVitals();
  const id = useId();
  const day = asOf ?? today();
  const { state, handlers } = useTierListState(controlled, initialState, handlerProps);
  const meta = useMemo<TierListTableMeta>(() => {
    const labels = new Map(tiers.map((tier) => [tier.id, tier.label]));
    return {
      format,
      dates: dateTexts(format.locale, day),
      tierLabel: (tierId) => labels.get(tierId) ?? tierId,
      trendDays,
    };
  }, [format, day, tiers, trendDays]);

  const table = useTable({
    features: tierListFeatures,
    columns,
    data: rows as TierListRow[],
    getRowId: (row) => row.id,
    state,
    ...handlers,
    meta,
    enableRowSelection,
    getRowCanExpand: () => true,
    enableSortingRemoval: false,
    // With no filter the filtered row model would only visit all rows to return them unchanged.
    manualFiltering: !hasActiveFilter(state),
    globalFilterFn: 'includesString',
    getColumnCanGlobalFilter: (column) =>
      (column.columnDef.meta as TierListColumnMeta | undefined)?.isSearchable === true,
  });

  const modelRows = table.getRowModel().rows;
  const expanded = state.expanded;
  const hasExpanded = expanded === true || Object.keys(expanded).length > 0;
  const lines = useMemo(
    () =>
      tierListLines(modelRows, {
        dataOf: (row) => row.original,
        isExpanded: (row) => expanded === true || expanded[row.id] === true,
        groupByTier,
        hasExpanded,
      }),
    [modelRows, groupByTier, hasExpanded, expanded],
  );

  const counts = useMemo(() => tierListCounts(rows, tiers), [rows, tiers]);

  const clearFilters = () => {
    table.resetColumnFilters(true);
    table.setGlobalFilter('');
  };
  const titleText = typeof title === 'string' ? title : 'Accounts by health';

  return (
    <section
      className={['vitals-chart', 'vitals-tier-list', className].filter(Boolean).join(' ')}
      data-state="ready"
      aria-labelledby={`${id}-title`}
    >
      <div className="vitals-chart-header">
        {/* Not a heading: the host page owns its heading levels; the section is named by this. */}
        <span className="vitals-chart-title" id={`${id}-title`}>
          {title}
        </span>
      </div>
      <TierListToolbar
        table={table}
        globalFilter={state.globalFilter}
        tiers={counts.tierOptions}
        segments={counts.segments}
        format={format}
        shownCount={modelRows.length}
        totalCount={rows.length}
        selectedCount={Object.keys(state.rowSelection).length}
        onExport={() => downloadCsv(exportFileName, tierListCsv(table))}
      />
      <TierListGrid
        table={table}
        lines={lines}
        format={format}
        height={height}
        rowHeight={rowHeight}
        isSelectable={enableRowSelection}
        captionId={`${id}-caption`}
        caption={`${titleText}. Arrow keys move between rows, Space selects, Enter ${
          onRowAction ? 'opens the account' : 'shows details'
        }, Right and Left arrows show and hide details.`}
        onRowClick={onRowClick}
        onRowAction={onRowAction}
        empty={
          <div className="vitals-tier-list-empty-body">
            <p className="vitals-chart-message">No accounts match these filters.</p>
            <button type="button" className="vitals-tier-list-button" onClick={clearFilters}>
              Clear filters
            </button>
          </div>
        }
      />
    </section>
  );
}
