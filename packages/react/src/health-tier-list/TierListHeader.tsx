import { useEffect, useRef } from 'react';
import type { TierListTable } from './tierList.features';

const ORDINALS = ['1st', '2nd', '3rd'];

/** The select-all box of the shown rows, indeterminate when some are selected. */
function SelectAll({ table, hasSelection }: { table: TierListTable; hasSelection: boolean }) {
  const ref = useRef<HTMLInputElement>(null);
  // Both checks visit every shown row: skip them while nothing is selected (100,000 rows).
  const isAll = hasSelection && table.getIsAllPageRowsSelected();
  const isSome = hasSelection && table.getIsSomePageRowsSelected();
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = isSome && !isAll;
  }, [isSome, isAll]);
  return (
    <input
      ref={ref}
      type="checkbox"
      aria-label="Select all shown accounts"
      checked={isAll}
      onChange={(event) => table.toggleAllPageRowsSelected(event.target.checked)}
    />
  );
}

/**
 * The sticky header row: one sort button per sortable column (Shift adds a column to the sort),
 * `aria-sort` on the column that sorts first, and the position of further sort columns in words.
 */
export function TierListHeader({
  table,
  isSelectable,
  hasSelection,
}: {
  table: TierListTable;
  isSelectable: boolean;
  /** Whether any row is selected (TanStack's `rowSelection` is not empty). */
  hasSelection: boolean;
}) {
  const sortCount = table.atoms.sorting?.get().length ?? 0;
  return (
    <thead>
      {table.getHeaderGroups().map((group) => (
        <tr key={group.id} aria-rowindex={1}>
          <th scope="col" className="vitals-tier-list-control">
            {isSelectable ? (
              <SelectAll table={table} hasSelection={hasSelection} />
            ) : (
              <span className="vitals-visually-hidden">Selection</span>
            )}
          </th>
          <th scope="col" className="vitals-tier-list-control">
            <span className="vitals-visually-hidden">Details</span>
          </th>
          {group.headers.map((header) => {
            const column = header.column;
            const sorted = column.getIsSorted();
            const sortIndex = column.getSortIndex();
            const align = column.columnDef.meta?.align ?? 'start';
            const ariaSort =
              sorted && sortIndex === 0
                ? sorted === 'asc'
                  ? 'ascending'
                  : 'descending'
                : undefined;
            if (header.isPlaceholder) return <th key={header.id} scope="col" />;
            return (
              <th
                key={header.id}
                scope="col"
                aria-sort={ariaSort}
                data-align={align}
                className={`vitals-tier-list-heading vitals-tier-list-heading-${column.id}`}
              >
                {column.getCanSort() ? (
                  <button
                    type="button"
                    className="vitals-tier-list-sort"
                    data-sorted={sorted || undefined}
                    onClick={column.getToggleSortingHandler()}
                  >
                    <table.FlexRender header={header} />
                    {sorted && (
                      <span className="vitals-tier-list-sort-mark" aria-hidden="true">
                        {sorted === 'asc' ? '▲' : '▼'}
                        {sortCount > 1 ? sortIndex + 1 : ''}
                      </span>
                    )}
                    {sorted && sortIndex > 0 && (
                      <span className="vitals-visually-hidden">
                        {`, sorted ${ORDINALS[sortIndex] ?? `${sortIndex + 1}th`}, ${
                          sorted === 'asc' ? 'ascending' : 'descending'
                        }`}
                      </span>
                    )}
                  </button>
                ) : (
                  <table.FlexRender header={header} />
                )}
              </th>
            );
          })}
        </tr>
      ))}
    </thead>
  );
}
