import {
  type ColumnDef,
  type CreatedFilterFn,
  type CreatedSortFn,
  type DisplayColumnDef,
  type Row,
  type RowModel,
  type ReactTable,
  type Table,
  type TableFeature,
  type TableState,
  columnFilteringFeature,
  columnOrderingFeature,
  columnVisibilityFeature,
  createColumnHelper,
  createFilteredRowModel,
  createSortedRowModel,
  filterFn_arrIncludesSome,
  filterFn_equalsString,
  filterFn_includesString,
  globalFilteringFeature,
  rowExpandingFeature,
  rowSelectionFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  sortFn_datetime,
  sortFn_text,
  tableFeatures,
} from '@tanstack/react-table';
import type { CsvValue } from '../internal/csv';
import type { TierListRow } from './tierList.model';
import type { TierListTableMeta } from './tierList.text';

/** One CSV column of the export. */
export interface TierListExportField {
  /** The CSV header: text, or read from the table's meta (the list's words in the reader's language). */
  header: string | ((meta: TierListTableMeta) => string);
  value: (row: TierListRow, meta: TierListTableMeta) => CsvValue;
}

/** What a column of the list may say about itself beyond TanStack's own column options. */
export interface TierListColumnMeta {
  /** Width of the column in pixels (the table's layout is fixed so rows never jump). @default 140 */
  width?: number | undefined;
  /** Numbers align to the end, words to the start. @default 'start' */
  align?: 'start' | 'end' | undefined;
  /**
   * The CSV columns this column exports, or `false` for none.
   * @default one CSV column: the column's string header (else its id) and the cell's value
   */
  exportAs?: readonly TierListExportField[] | false | undefined;
  /** Searched by the text search box. @default false */
  isSearchable?: boolean | undefined;
}

/**
 * TanStack's column filtering without the two empty filter maps its stock feature gives every row
 * when the row is built: the filtered row model sets them again on every row whenever it runs, and
 * the list runs that model only while a filter or search is set (`manualFiltering` otherwise, see
 * {@link hasActiveFilter}), so at 100,000 rows they were 200,000 objects for the garbage collector.
 */
const columnFilteringFeatureWithoutRowMaps: typeof columnFilteringFeature = {
  ...columnFilteringFeature,
};
delete columnFilteringFeatureWithoutRowMaps.initRowInstanceData;

/** Whether any column filter or the search is set (else the filtered row model is skipped). */
export function hasActiveFilter(state: Pick<TierListState, 'columnFilters' | 'globalFilter'>) {
  const search = state.globalFilter as unknown;
  return (
    state.columnFilters.length > 0 || (search !== undefined && search !== null && search !== '')
  );
}

/**
 * The TanStack Table v9 features the list runs on, for typing your own column definitions:
 * sorting, column and global filters, row selection, expanding, column visibility and order, with
 * the sorted and filtered row models. Written out (not `typeof` the features object) so the
 * public types carry TanStack's names instead of its `any`-typed factories.
 */
export interface TierListFeatures {
  rowSortingFeature: TableFeature;
  columnFilteringFeature: TableFeature;
  globalFilteringFeature: TableFeature;
  rowSelectionFeature: TableFeature;
  rowExpandingFeature: TableFeature;
  columnVisibilityFeature: TableFeature;
  columnOrderingFeature: TableFeature;
  filteredRowModel: (
    table: Table<TierListFeatures, TierListRow>,
  ) => () => RowModel<TierListFeatures, TierListRow>;
  sortedRowModel: (
    table: Table<TierListFeatures, TierListRow>,
  ) => () => RowModel<TierListFeatures, TierListRow>;
  sortFns: Record<
    'alphanumeric' | 'basic' | 'datetime' | 'text',
    CreatedSortFn<TierListFeatures, TierListRow>
  >;
  filterFns: Record<
    'arrIncludesSome' | 'equalsString' | 'includesString',
    CreatedFilterFn<TierListFeatures, TierListRow>
  >;
  tableMeta: TierListTableMeta;
  columnMeta: TierListColumnMeta;
}

/** The features object the list's table runs on (see {@link TierListFeatures}). */
export const tierListFeatures: TierListFeatures = tableFeatures({
  rowSortingFeature,
  columnFilteringFeature: columnFilteringFeatureWithoutRowMaps,
  globalFilteringFeature,
  rowSelectionFeature,
  rowExpandingFeature,
  columnVisibilityFeature,
  columnOrderingFeature,
  filteredRowModel: createFilteredRowModel(),
  sortedRowModel: createSortedRowModel(),
  sortFns: {
    alphanumeric: sortFn_alphanumeric,
    basic: sortFn_basic,
    datetime: sortFn_datetime,
    text: sortFn_text,
  },
  filterFns: {
    arrIncludesSome: filterFn_arrIncludesSome,
    equalsString: filterFn_equalsString,
    includesString: filterFn_includesString,
  },
  tableMeta: {} as TierListTableMeta,
  columnMeta: {} as TierListColumnMeta,
});

/**
 * A column of the list: a TanStack column definition over {@link TierListRow}, whatever the type
 * of its cell value (a list mixes columns of different value types).
 */
export type TierListColumnDef = ColumnDef<TierListFeatures, TierListRow, unknown>;

/** The React TanStack table over the list's rows (as `useTable` returns it). */
export type TierListTable = ReactTable<TierListFeatures, TierListRow>;

/** A TanStack row of the list. */
export type TierListTableRow = Row<TierListFeatures, TierListRow>;

/** TanStack's state slices the list uses; each is controlled (`state`) or uncontrolled. */
export type TierListState = Pick<
  TableState<TierListFeatures>,
  | 'sorting'
  | 'columnFilters'
  | 'globalFilter'
  | 'rowSelection'
  | 'expanded'
  | 'columnVisibility'
  | 'columnOrder'
>;

/** Builds the list's columns; each is a {@link TierListColumnDef} whatever its value type. */
export interface TierListColumnHelper {
  /**
   * A data column: `accessor` reads the cell's value from a row, typed in `cell`, `sortFn` and the
   * column's other options.
   */
  accessor<TValue>(
    accessor: (row: TierListRow, index: number) => TValue,
    column: DisplayColumnDef<TierListFeatures, TierListRow, TValue>,
  ): TierListColumnDef;
  /** A column without a value of its own (actions, a composite cell). */
  display(column: DisplayColumnDef<TierListFeatures, TierListRow>): TierListColumnDef;
}

const tanstackColumnHelper = createColumnHelper<TierListFeatures, TierListRow>();

/**
 * The column helper for the list's rows, to add columns beside the defaults.
 *
 * @example
 * const seats = tierListColumnHelper.accessor((row) => row.account?.signals.seatsUsed, {
 *   id: 'seats', header: 'Seats used', meta: { align: 'end' },
 * });
 * <HealthTierList columns={[...defaultTierListColumns, seats]} … />
 */
export const tierListColumnHelper: TierListColumnHelper = {
  // TanStack types a column by its value type; a list holds columns of every value type, so the
  // helper returns them as one type (TanStack's own `columns` helper widens them to `any`).
  accessor: (accessor, column) =>
    tanstackColumnHelper.accessor(accessor, column) as unknown as TierListColumnDef,
  display: (column) => tanstackColumnHelper.display(column),
};
