import { type OnChangeFn, type Updater, functionalUpdate } from '@tanstack/react-table';
import { useCallback, useState } from 'react';
import { DEFAULT_COLUMN_VISIBILITY } from './columns';
import type { TierListState } from './tierList.features';

/** TanStack's `on*Change` handlers for the list's state slices, passed through unchanged. */
export interface TierListStateHandlers {
  /** Called with TanStack's updater when the sorting changes. */
  onSortingChange?: OnChangeFn<TierListState['sorting']>;
  /** Called with TanStack's updater when the column filters change. */
  onColumnFiltersChange?: OnChangeFn<TierListState['columnFilters']>;
  /** Called with TanStack's updater when the search text (global filter) changes. */
  onGlobalFilterChange?: OnChangeFn<TierListState['globalFilter']>;
  /** Called with TanStack's updater when the selected rows change. */
  onRowSelectionChange?: OnChangeFn<TierListState['rowSelection']>;
  /** Called with TanStack's updater when the expanded rows change. */
  onExpandedChange?: OnChangeFn<TierListState['expanded']>;
  /** Called with TanStack's updater when the shown columns change. */
  onColumnVisibilityChange?: OnChangeFn<TierListState['columnVisibility']>;
  /** Called with TanStack's updater when the column order changes. */
  onColumnOrderChange?: OnChangeFn<TierListState['columnOrder']>;
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
  state: Partial<TierListState> | undefined,
  initialState: Partial<TierListState> | undefined,
  handlers: TierListStateHandlers,
): { state: TierListState; handlers: Required<TierListStateHandlers> } {
  const init = { ...DEFAULTS, ...initialState };
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
