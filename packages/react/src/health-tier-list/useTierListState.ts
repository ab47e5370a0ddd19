import { type OnChangeFn, type Updater, functionalUpdate } from '@tanstack/react-table';
import { useCallback, useState } from 'react';
import { DEFAULT_COLUMN_VISIBILITY } from './columns';
import type { TierListState } from './tierList.features';

/** TanStack's `on*Change` handlers for the list's state slices, passed through unchanged. */
export interface TierListStateHandlers {
  /** Called with TanStack's updater when the sorting changes. */
  onSortingChange?: OnChangeFn<TierListState['sorting']> | undefined;
  /** Called with TanStack's updater when the column filters change. */
  onColumnFiltersChange?: OnChangeFn<TierListState['columnFilters']> | undefined;
  /** Called with TanStack's updater when the search text (global filter) changes. */
  onGlobalFilterChange?: OnChangeFn<TierListState['globalFilter']> | undefined;
  /** Called with TanStack's updater when the selected rows change. */
  onRowSelectionChange?: OnChangeFn<TierListState['rowSelection']> | undefined;
  /** Called with TanStack's updater when the expanded rows change. */
  onExpandedChange?: OnChangeFn<TierListState['expanded']> | undefined;
  /** Called with TanStack's updater when the shown columns change. */
  onColumnVisibilityChange?: OnChangeFn<TierListState['columnVisibility']> | undefined;
  /** Called with TanStack's updater when the column order changes. */
  onColumnOrderChange?: OnChangeFn<TierListState['columnOrder']> | undefined;
}

/** "At risk first": the most severe tier first, then the most MRR at stake. */
export const AT_RISK_FIRST: TierListState['sorting'] = [
  { id: 'tier', desc: false },
  { id: 'mrr', desc: true },
];

const DEFAULTS: TierListState = {
  sorting: AT_RISK_FIRST,
  columnFilters: [],
  globalFilter: '',
  rowSelection: {},
  expanded: {},
  columnVisibility: DEFAULT_COLUMN_VISIBILITY,
  columnOrder: [],
};

/**
 * One state slice, controlled when `value` is given and uncontrolled otherwise. The handler gets
 * TanStack's updater (a value or a function of the previous value) either way, so a vendor can
 * pass `setState` straight in, or only listen.
 */
function useSlice<T>(
  value: T | undefined,
  initial: T,
  onChange: OnChangeFn<T> | undefined,
): [T, OnChangeFn<T>] {
  const [own, setOwn] = useState(initial);
  const isControlled = value !== undefined;
  const set = useCallback(
    (updater: Updater<T>) => {
      if (!isControlled) setOwn((previous) => functionalUpdate(updater, previous));
      onChange?.(updater);
    },
    [isControlled, onChange],
  );
  return [isControlled ? value : own, set];
}

/**
 * The list's TanStack state: each slice from `state` when controlled, else held here from
 * `initialState` (then the defaults), with the vendor's `on*Change` called on every change.
 */
export function useTierListState(
  state: { [TKey in keyof TierListState]?: TierListState[TKey] | undefined } | undefined,
  initialState: { [TKey in keyof TierListState]?: TierListState[TKey] | undefined } | undefined,
  handlers: TierListStateHandlers,
): {
  state: TierListState;
  handlers: { [TKey in keyof TierListStateHandlers]-?: NonNullable<TierListStateHandlers[TKey]> };
} {
  // Slice by slice, so an `initialState` key set to `undefined` keeps its default.
  const init: TierListState = {
    sorting: initialState?.sorting ?? DEFAULTS.sorting,
    columnFilters: initialState?.columnFilters ?? DEFAULTS.columnFilters,
    globalFilter: initialState?.globalFilter ?? DEFAULTS.globalFilter,
    rowSelection: initialState?.rowSelection ?? DEFAULTS.rowSelection,
    expanded: initialState?.expanded ?? DEFAULTS.expanded,
    columnVisibility: initialState?.columnVisibility ?? DEFAULTS.columnVisibility,
    columnOrder: initialState?.columnOrder ?? DEFAULTS.columnOrder,
  };
  const [sorting, onSortingChange] = useSlice(
    state?.sorting,
    init.sorting,
    handlers.onSortingChange,
  );
  const [columnFilters, onColumnFiltersChange] = useSlice(
    state?.columnFilters,
    init.columnFilters,
    handlers.onColumnFiltersChange,
  );
  const [globalFilter, onGlobalFilterChange] = useSlice<TierListState['globalFilter']>(
    state?.globalFilter,
    init.globalFilter,
    handlers.onGlobalFilterChange,
  );
  const [rowSelection, onRowSelectionChange] = useSlice(
    state?.rowSelection,
    init.rowSelection,
    handlers.onRowSelectionChange,
  );
  const [expanded, onExpandedChange] = useSlice(
    state?.expanded,
    init.expanded,
    handlers.onExpandedChange,
  );
  const [columnVisibility, onColumnVisibilityChange] = useSlice(
    state?.columnVisibility,
    init.columnVisibility,
    handlers.onColumnVisibilityChange,
  );
  const [columnOrder, onColumnOrderChange] = useSlice(
    state?.columnOrder,
    init.columnOrder,
    handlers.onColumnOrderChange,
  );
  return {
    state: {
      sorting,
      columnFilters,
      globalFilter,
      rowSelection,
      expanded,
      columnVisibility,
      columnOrder,
    },
    handlers: {
      onSortingChange,
      onColumnFiltersChange,
      onGlobalFilterChange,
      onRowSelectionChange,
      onExpandedChange,
      onColumnVisibilityChange,
      onColumnOrderChange,
    },
  };
}
