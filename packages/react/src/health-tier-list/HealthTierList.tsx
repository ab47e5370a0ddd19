import { useTable } from '@tanstack/react-table';
import {
  type HealthAccount,
  type HealthHistoryRow,
  type HealthOverride,
  type HealthResult,
  type HealthScores,
  type HealthTier,
  type InvalidRowPolicy,
  type Scorecard,
  type SegmentScorecards,
  UNKNOWN_TIER,
} from '@vitals/metrics';
import { type UseHealthTierRowsInput, useHealthTierRows } from '@vitals/metrics/react';
import { type MouseEvent, type ReactNode, type Ref, forwardRef, useId, useMemo } from 'react';
import {
  type ChartProps,
  type ChartSelection,
  type ChartShellBase,
  ChartShell,
  VitalsErrorBoundary,
  rootPropsOf,
} from '../internal/chart';
import { tierName } from '../health-distribution/health-distribution.text';
import { enHealthTierList } from '../messages/en';
import { fill } from '../messages/template';
import type { HealthTierListMessages } from '../messages/types';
import { useMessages } from '../messages/useMessages';
import { useVitals } from '../provider/context';
import { defaultTierListColumns } from './columns';
import { downloadCsv } from '../internal/csv';
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

/**
 * Props of {@link HealthTierList}: `accounts` with a `scorecard`, or `data` with the `accounts`.
 * The host props of every component (`variant`, `id`, `style`, `data-*`, `aria-*`, `ref`,
 * `onSelect`) come from `ChartProps`; a list has no separate data table, so no `defaultShowTable`.
 */
export interface HealthTierListProps
  extends Omit<ChartProps, 'defaultShowTable' | 'title' | 'height'>, TierListStateHandlers {
  /**
   * Results of `scoreHealth` (or its `accounts` array), checked like raw input
   * (`useHealthTierRows`: a `NaN` score is the error state naming `results.score`); join them with
   * `accounts` for names.
   */
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
  /** Called when a row is clicked (not its checkbox or buttons), before `onSelect`. */
  onRowClick?: ((row: TierListRow, event: MouseEvent) => void) | undefined;
  /**
   * The row's main action, run by Enter on the focused row, before `onSelect`. Without it and
   * without `onSelect`, Enter shows the row's details.
   */
  onRowAction?: ((row: TierListRow) => void) | undefined;
  /** The host's own error (a failed fetch): shown as the error state. */
  error?: Error | null | undefined;
  /**
   * The list's heading.
   * @default 'At-risk accounts' (the `healthTierList` messages' `title`)
   */
  title?: ReactNode | undefined;
  /**
   * Most height of the scrolling list in pixels: as a table it is as tall as its header and the
   * whole rows that fit (no row cut at the bottom); as cards (below 640 px wide) exactly this.
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
}

/**
 * The at-risk work queue: every account with its MRR, score, tier, trend, top drivers, next-tier
 * path, renewal and owner, sorted at-risk first, filterable, searchable, selectable, expandable,
 * exportable to CSV and virtualised to 100,000 rows. Built on TanStack Table v9: pass its state
 * slices and handlers straight through.
 *
 * It is a list, not a chart, but keeps the host contract of every component: its own error
 * boundary (its words say "list"), loading, empty and error states at the list's height, `variant`,
 * pass-through props and `ref` on its root, and `onSelect({ component: 'HealthTierList', tier,
 * accounts: [{ accountId, value: mrr }] })` on a row click or Enter (after `onRowClick` /
 * `onRowAction`, which keep working). Space toggles the row's selection box. With `getAccountHref`,
 * each account's name is the host's link: Tab from the focused row reaches it, a click on it is not
 * a row click.
 *
 * @example
 * <HealthTierList accounts={accounts} scorecard={SCORECARD_ADOPTION_FIRST} history={history} />
 * <HealthTierList data={scoreHealth(accounts, card)} accounts={accounts} scorecard={card} />
 */
export const HealthTierList: (props: HealthTierListProps) => ReactNode = forwardRef<
  HTMLElement,
  HealthTierListProps
>(function HealthTierList(props, ref: Ref<HTMLElement>) {
  const m = useMessages('healthTierList', enHealthTierList);
  const height = props.height ?? 480;
  const shell: ChartShellBase = {
    name: 'HealthTierList',
    baseClass: 'vitals-tier-list',
    noun: 'list',
    skeleton: 'bars',
    loadingLabel: m.loading,
    title: props.title ?? m.title,
    defaultTitle: m.title,
    className: props.className,
    variant: props.variant === 'bare' ? 'bare' : 'card',
    height,
    // The toolbar above the rows and the header row: every state keeps the ready list's height.
    plotHeight: height,
    reserve: TOOLBAR_HEIGHT,
    defaultShowTable: false,
    rootProps: { ...rootPropsOf(props), ref },
  };
  return (
    <VitalsErrorBoundary
      noun="list"
      fallback={(error) => <ChartShell shell={shell} status={{ state: 'error', error }} />}
    >
      {props.loading ? (
        <ChartShell shell={shell} status={{ state: 'loading' }} />
      ) : (
        <HealthTierListContent {...props} shell={shell} messages={m} />
      )}
    </VitalsErrorBoundary>
  );
}) as unknown as (props: HealthTierListProps) => ReactNode;
(HealthTierList as { displayName?: string }).displayName = 'HealthTierList';

/** About the toolbar's height above the rows, kept by the loading, empty and error states. */
const TOOLBAR_HEIGHT = 56;
const NO_ACCOUNTS: readonly HealthAccount[] = [];
const today = () => new Date().toISOString().slice(0, 10);

interface ShellParts {
  shell: ChartShellBase;
  messages: HealthTierListMessages;
}

function HealthTierListContent(props: HealthTierListProps & ShellParts) {
  const { data, accounts, scorecard, error, shell, messages: m } = props;
  const isRaw = data === undefined || data === null;
  const { overrides, asOf, onInvalid, history, trendDays, tiers } = props;
  // The rows come from `healthTierRows`: scored here from accounts and a scorecard, or joined from
  // `data` (checked like raw input). Idle (undefined) while there is nothing to score.
  let input: UseHealthTierRowsInput | undefined;
  if (!isRaw) {
    input = { data, accounts, scorecard, tiers, history, asOf, trendDays, onInvalid };
  } else if (scorecard) {
    const raw = { accounts: accounts ?? NO_ACCOUNTS, scorecard, overrides, asOf, onInvalid };
    input = { ...raw, history, trendDays, tiers };
  }
  const built = useHealthTierRows(input);
  // The default tiers in the reader's language; a custom tier's label as the host wrote it.
  const builtTiers = built.data?.tiers;
  const shownTiers = useMemo(
    () =>
      builtTiers?.map((tier) => ({
        ...tier,
        label: tierName({ tier: tier.id, label: tier.label }, m.tiers),
      })),
    [builtTiers, m.tiers],
  );

  if (error) return <ChartShell shell={shell} status={{ state: 'error', error }} />;
  if (isRaw && accounts && !scorecard) {
    return (
      <ChartShell shell={shell} status={{ state: 'error', error: new Error(m.needsScorecard) }} />
    );
  }
  if (built.error) {
    return (
      <ChartShell
        shell={shell}
        status={{ state: 'error', error: built.error, issues: built.issues }}
      />
    );
  }
  if (!built.data || !shownTiers || built.data.rows.length === 0) {
    return <ChartShell shell={shell} status={{ state: 'empty', message: m.empty }} />;
  }
  return <TierListReady {...props} rows={built.data.rows} tiers={shownTiers} />;
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
  onSelect,
  getAccountHref,
  rowHeight = 52,
  exportFileName = 'health-tier-list.csv',
  shell,
  messages: m,
  onSortingChange,
  onColumnFiltersChange,
  onGlobalFilterChange,
  onRowSelectionChange,
  onExpandedChange,
  onColumnVisibilityChange,
}: Omit<HealthTierListProps, 'tiers'> &
  ShellParts & {
    rows: readonly TierListRow[];
    tiers: readonly HealthTier[];
  }) {
  const handlerProps = {
    onSortingChange,
    onColumnFiltersChange,
    onGlobalFilterChange,
    onRowSelectionChange,
    onExpandedChange,
    onColumnVisibilityChange,
  };
  const { format } = useVitals();
  const id = useId();
  const day = asOf ?? today();
  const { state, handlers } = useTierListState(controlled, initialState, handlerProps);
  const meta = useMemo<TierListTableMeta>(() => {
    const labels = new Map(tiers.map((tier) => [tier.id, tier.label]));
    if (!labels.has(UNKNOWN_TIER)) labels.set(UNKNOWN_TIER, m.tiers.unknown);
    return {
      format,
      dates: dateTexts(format.locale, day),
      tierLabel: (tierId) => labels.get(tierId) ?? tierId,
      trendDays,
      messages: m,
      getAccountHref,
    };
  }, [format, day, tiers, trendDays, m, getAccountHref]);

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

  const counts = useMemo(
    () => tierListCounts(rows, tiers, m.tiers.unknown),
    [rows, tiers, m.tiers.unknown],
  );

  const clearFilters = () => {
    table.resetColumnFilters(true);
    table.setGlobalFilter('');
  };
  const { title, height } = shell;
  const titleText = typeof title === 'string' ? title : m.fallbackTitle;
  // `onSelect` follows the list's own callbacks: a click runs `onRowClick` then `onSelect`; Enter
  // runs `onRowAction` then `onSelect` (with either, Enter no longer toggles details: Right does).
  const selectRow =
    onSelect &&
    ((row: TierListRow) =>
      onSelect({
        component: shell.name,
        tier: row.tier,
        accounts: [{ accountId: row.id, value: row.mrr ?? undefined }],
      } satisfies ChartSelection));
  const rowClick =
    onRowClick || selectRow
      ? (row: TierListRow, event: MouseEvent) => {
          onRowClick?.(row, event);
          selectRow?.(row);
        }
      : undefined;
  const rowAction =
    onRowAction || selectRow
      ? (row: TierListRow) => {
          onRowAction?.(row);
          selectRow?.(row);
        }
      : undefined;

  return (
    <section
      {...shell.rootProps}
      className={['vitals-chart', 'vitals-tier-list', shell.className].filter(Boolean).join(' ')}
      data-variant={shell.variant}
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
        messages={m}
      />
      <TierListGrid
        table={table}
        lines={lines}
        format={format}
        height={height}
        rowHeight={rowHeight}
        isSelectable={enableRowSelection}
        captionId={`${id}-caption`}
        caption={fill(m.caption, {
          title: titleText,
          enter: rowAction ? m.enterOpens : m.enterShowsDetails,
        })}
        onRowClick={rowClick}
        onRowAction={rowAction}
        empty={
          <div className="vitals-tier-list-empty-body">
            <p className="vitals-chart-message">{m.noMatch}</p>
            <button type="button" className="vitals-tier-list-button" onClick={clearFilters}>
              {m.clearFilters}
            </button>
          </div>
        }
      />
    </section>
  );
}
