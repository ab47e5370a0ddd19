import { useEffect, useRef } from 'react';
import { fill } from '../messages/template';
import type { HealthTierListMessages } from '../messages/types';
import { useCardRoles } from './cardRoles';
import type { TierListTable } from './tierList.features';

/** The select-all box of the shown rows, indeterminate when some are selected. */
function SelectAll({
  table,
  hasSelection,
  label,
}: {
  table: TierListTable;
  hasSelection: boolean;
  label: string;
}) {
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
      aria-label={label}
      checked={isAll}
      onChange={(event) => table.toggleAllPageRowsSelected(event.target.checked)}
    />
  );
}

/**
 * The sticky header row: one sort button per sortable column (Shift adds a column to the sort),
 * `aria-sort` on the column that sorts first with an arrow beside its name, and further sort
 * columns with a muted arrow and their place (2, 3…), their place in words for screen readers.
 */
export function TierListHeader({
  table,
  isSelectable,
  hasSelection,
  messages: m,
}: {
  table: TierListTable;
  isSelectable: boolean;
  /** The list's words in the reader's language. */
  messages: HealthTierListMessages;
  /** Whether any row is selected (TanStack's `rowSelection` is not empty). */
  hasSelection: boolean;
}) {
  const cardRole = useCardRoles();
  return (
    <thead {...cardRole('rowgroup')}>
      {table.getHeaderGroups().map((group) => (
        <tr key={group.id} {...cardRole('row')} aria-rowindex={1}>
          <th scope="col" {...cardRole('columnheader')} className="vitals-tier-list-control">
            {isSelectable ? (
              <SelectAll table={table} hasSelection={hasSelection} label={m.selectAll} />
            ) : (
              <span className="vitals-visually-hidden">{m.selectionColumn}</span>
            )}
          </th>
          <th scope="col" {...cardRole('columnheader')} className="vitals-tier-list-control">
            <span className="vitals-visually-hidden">{m.detailsColumn}</span>
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
            if (header.isPlaceholder)
              return <th key={header.id} scope="col" {...cardRole('columnheader')} />;
            return (
              <th
                key={header.id}
                scope="col"
                {...cardRole('columnheader')}
                aria-sort={ariaSort}
                data-align={align}
                className={`vitals-tier-list-heading vitals-tier-list-heading-${column.id}`}
              >
                {column.getCanSort() ? (
                  <button
                    type="button"
                    className="vitals-tier-list-sort"
                    data-sorted={sorted || undefined}
                    data-later={sorted && sortIndex > 0 ? sortIndex + 1 : undefined}
                    onClick={column.getToggleSortingHandler()}
                  >
                    <table.FlexRender header={header} />
                    {/* An arrow drawn by the CSS: up ascending, down descending, two-way (on hover)
                        for a column not sorted; a further sort column's arrow is muted, with its
                        place (data-later) beside it. */}
                    <span className="vitals-tier-list-sort-mark" />
                    {sorted && sortIndex > 0 && (
                      <span className="vitals-visually-hidden">
                        {fill(m.sortedLater, {
                          position: sortIndex + 1,
                          direction: sorted === 'asc' ? m.ascending : m.descending,
                        })}
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
