import { useVirtualizer } from '@tanstack/react-virtual';
import {
  type KeyboardEvent,
  type MouseEvent,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useElementWidth } from '../internal/useElementWidth';
import type { Formatters } from '../provider/format';
import type { TierListTable, TierListTableRow } from './tierList.features';
import type { TierListTableMeta } from './tierList.text';
import { GROUP_HEIGHT, type TierListLines, lineSizing } from './tierList.lines';
import type { TierListRow } from './tierList.model';
import { CardsLayoutContext, cardRolesFor } from './cardRoles';
import { TierListHeader } from './TierListHeader';
import { TierListDataRow, TierListDetailRow, TierListGroupRow } from './TierListRows';

/** Height of the sticky header row, in pixels (the CSS sets the same). */
export const HEADER_HEIGHT = 40;
/** Below this width of the list (not of the viewport: a host's sidebar) accounts are cards. */
export const CARDS_BELOW = 640;

/** Props of {@link TierListGrid}. */
export interface TierListGridProps {
  table: TierListTable;
  /** The lines to render (accounts, group headers, details), read by index. */
  lines: TierListLines<TierListTableRow>;
  format: Formatters;
  height: number;
  rowHeight: number;
  isSelectable: boolean;
  captionId: string;
  caption: string;
  onRowClick?: ((row: TierListRow, event: MouseEvent) => void) | undefined;
  onRowAction?: ((row: TierListRow) => void) | undefined;
  /** Shown in the body when filters leave no rows. */
  empty: React.ReactNode;
}

/**
 * The list as a real `<table>` whose body is virtualised: only the lines in view (plus a few) are
 * in the DOM, with spacer rows keeping the scroll height, `aria-rowcount` on the table and
 * `aria-rowindex` on every line so screen readers hear the full count. One line at a time is in
 * the tab order (roving focus); arrow keys, Page Up/Down, Home and End move it.
 *
 * Narrower than {@link CARDS_BELOW} the same table is drawn as stacked cards (`data-layout="cards"`,
 * CSS only): name, score and tier on top, the other columns as label and value pairs below (each
 * cell's `data-label`), measured one by one. As a table, the list is as tall as its header and the
 * whole rows that fit `height` (plus a sideways scrollbar's height): no row is cut at the bottom.
 */
export function TierListGrid({
  table,
  lines,
  format,
  height,
  rowHeight,
  isSelectable,
  captionId,
  caption,
  onRowClick,
  onRowAction,
  empty,
}: TierListGridProps) {
  const scrollRef = useRef<HTMLDivElement | null>(null);
  const [widthRef, width] = useElementWidth<HTMLDivElement>(1200);
  const setScroll = useCallback(
    (node: HTMLDivElement | null) => {
      scrollRef.current = node;
      widthRef(node);
    },
    [widthRef],
  );
  const isCards = width < CARDS_BELOW;
  // The height of a sideways scrollbar (0 when none, or when it overlays), added to the height.
  const [gutter, setGutter] = useState(0);
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const focusRequest = useRef<string | null>(null);
  const columns = table.getVisibleLeafColumns();
  const columnCount = columns.length + 2;

  // A card's first guess (each is measured once drawn).
  const lineHeight = isCards ? 240 : rowHeight;
  // New only when the lines or the row height change: see `lineSizing`.
  const sizing = useMemo(() => lineSizing(lines, lineHeight), [lines, lineHeight]);
  // TanStack Virtual hands back fresh functions every render, so React Compiler leaves this alone.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer<HTMLDivElement, HTMLTableRowElement>({
    count: lines.count,
    getScrollElement: () => scrollRef.current,
    ...sizing,
    overscan: 6,
    initialRect: { width, height },
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    useFlushSync: false,
  });
  const virtualItems = virtualizer.getVirtualItems();
  const paddingTop = virtualItems.length > 0 ? virtualItems[0]!.start - HEADER_HEIGHT : 0;
  const paddingBottom =
    virtualItems.length > 0
      ? virtualizer.getTotalSize() - (virtualItems[virtualItems.length - 1]!.end - HEADER_HEIGHT)
      : 0;

  const isRendered =
    activeKey !== null && virtualItems.some((v) => lines.keyAt(v.index) === activeKey);
  const tabStopKey = isRendered ? activeKey : lines.keyAt(virtualItems[0]?.index ?? 0);

  const moveTo = useCallback(
    (index: number) => {
      const to = Math.max(0, Math.min(lines.count - 1, index));
      const key = lines.keyAt(to);
      if (key === undefined) return;
      focusRequest.current = key;
      setActiveKey(key);
      virtualizer.scrollToIndex(to, { align: 'auto' });
    },
    [lines, virtualizer],
  );

  // Moves DOM focus to the requested line once it is rendered (it may need a scroll first).
  useEffect(() => {
    let attempts = 0;
    let frame = 0;
    const tryFocus = () => {
      const key = focusRequest.current;
      if (key === null || !scrollRef.current) return;
      const line = scrollRef.current.querySelector<HTMLElement>(
        `tr[data-key="${key.replace(/["\\]/g, '\\$&')}"]`,
      );
      if (line) {
        focusRequest.current = null;
        line.focus({ preventScroll: false });
      } else if (attempts++ < 10) {
        frame = requestAnimationFrame(tryFocus);
      }
    };
    tryFocus();
    return () => cancelAnimationFrame(frame);
  });

  // Measures the sideways scrollbar whenever the width or the columns change.
  useEffect(() => {
    const scroller = scrollRef.current;
    if (scroller) setGutter(scroller.offsetHeight - scroller.clientHeight - 2 * scroller.clientTop);
  }, [width, columns.length]);

  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    const line = (event.target as HTMLElement).closest<HTMLElement>('tr[data-key]');
    if (!line || line !== event.target) return;
    // Every rendered line carries its virtual index; the key check guards against a stale one.
    const index = Number(line.dataset.index);
    const item = lines.at(index);
    if (!item || item.key !== line.dataset.key) return;
    const page = Math.max(1, Math.floor((height - HEADER_HEIGHT) / lineHeight) - 1);
    const row = item.kind === 'group' ? null : item.row;
    let handled = true;
    switch (event.key) {
      case 'ArrowDown':
        moveTo(index + 1);
        break;
      case 'ArrowUp':
        moveTo(index - 1);
        break;
      case 'PageDown':
        moveTo(index + page);
        break;
      case 'PageUp':
        moveTo(index - page);
        break;
      case 'Home':
        moveTo(0);
        break;
      case 'End':
        moveTo(lines.count - 1);
        break;
      case ' ':
        if (row && item.kind === 'row' && isSelectable) row.toggleSelected();
        else handled = false;
        break;
      case 'Enter':
        if (row && item.kind === 'row') {
          if (onRowAction) onRowAction(row.original);
          else row.toggleExpanded();
        } else handled = false;
        break;
      case 'ArrowRight':
        if (row && item.kind === 'row' && !row.getIsExpanded()) row.toggleExpanded(true);
        break;
      case 'ArrowLeft':
        if (row && item.kind === 'row' && row.getIsExpanded()) row.toggleExpanded(false);
        else if (item.kind === 'detail') {
          moveTo(index - 1);
          row?.toggleExpanded(false);
        }
        break;
      default:
        handled = false;
    }
    if (handled) event.preventDefault();
  };

  const handleRowClick = useCallback(
    (row: TierListTableRow, event: MouseEvent<HTMLTableRowElement>) => {
      setActiveKey(row.original.id);
      if ((event.target as HTMLElement).closest('button, input, a, select, label')) return;
      onRowClick?.(row.original, event);
    },
    [onRowClick],
  );
  const columnsKey = columns.map((column) => column.id).join(',');
  const { meta } = table.options;
  const { messages, tierLabel } = meta as TierListTableMeta;
  // Each column's header in words, shown beside its value in a card (a header that is not text
  // shows no label).
  let labels: Record<string, string> | undefined;
  if (isCards) {
    labels = {};
    for (const header of table.getFlatHeaders()) {
      const text = header.column.columnDef.header;
      const label = typeof text === 'function' ? text(header.getContext()) : text;
      if (typeof label === 'string') labels[header.column.id] = label;
    }
  }
  const rows = Math.floor((height - HEADER_HEIGHT - 2) / rowHeight);
  const cardRole = cardRolesFor(isCards);
  const viewHeight = isCards
    ? height
    : HEADER_HEIGHT + Math.max(1, rows) * rowHeight + 2 + Math.max(0, gutter);

  return (
    // Roving focus: the rows are the focus targets; this wrapper only records which one has focus.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div
      ref={setScroll}
      className="vitals-tier-list-scroll"
      data-layout={isCards ? 'cards' : 'table'}
      style={{ height: viewHeight }}
      onFocus={(event) => {
        const key = (event.target as HTMLElement).dataset?.key;
        if (key !== undefined && key !== activeKey) setActiveKey(key);
      }}
    >
      <CardsLayoutContext.Provider value={isCards}>
        <table
          {...cardRole('table')}
          className="vitals-tier-list-table"
          aria-rowcount={lines.count + 1}
          aria-labelledby={captionId}
        >
          <caption id={captionId} className="vitals-visually-hidden">
            {caption}
          </caption>
          <colgroup>
            <col style={{ width: 40 }} />
            <col style={{ width: 40 }} />
            {columns.map((column) => (
              <col key={column.id} style={{ width: column.columnDef.meta?.width ?? 140 }} />
            ))}
          </colgroup>
          <TierListHeader
            messages={messages}
            table={table}
            isSelectable={isSelectable}
            hasSelection={Object.keys(table.atoms.rowSelection.get()).length > 0}
          />
          {/* Keys of the focusable rows (tabIndex, roving), handled once for the whole body. */}
          {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
          <tbody {...cardRole('rowgroup')} onKeyDown={onKeyDown}>
            {lines.count === 0 && (
              <tr {...cardRole('row')} aria-rowindex={2}>
                <td {...cardRole('cell')} colSpan={columnCount} className="vitals-tier-list-empty">
                  {empty}
                </td>
              </tr>
            )}
            {paddingTop > 0 && (
              <tr aria-hidden="true" className="vitals-tier-list-spacer">
                <td colSpan={columnCount} style={{ height: paddingTop }} />
              </tr>
            )}
            {virtualItems.map((virtual) => {
              const item = lines.at(virtual.index)!;
              const common = {
                rowIndex: virtual.index + 2,
                index: virtual.index,
                isTabStop: item.key === tabStopKey,
              };
              if (item.kind === 'group') {
                return (
                  <TierListGroupRow
                    key={item.key}
                    {...common}
                    item={item}
                    columnCount={columnCount}
                    format={format}
                    style={{ height: GROUP_HEIGHT }}
                    tierLabel={tierLabel}
                    messages={messages}
                  />
                );
              }
              if (item.kind === 'detail') {
                return (
                  <TierListDetailRow
                    key={item.key}
                    {...common}
                    row={item.row}
                    columnCount={columnCount}
                    format={format}
                    measureRef={virtualizer.measureElement}
                    messages={messages}
                  />
                );
              }
              return (
                <TierListDataRow
                  key={item.key}
                  {...common}
                  table={table}
                  row={item.row}
                  isSelectable={isSelectable}
                  isSelected={item.row.getIsSelected()}
                  isExpanded={item.row.getIsExpanded()}
                  height={isCards ? undefined : rowHeight}
                  labels={labels}
                  measureRef={isCards ? virtualizer.measureElement : undefined}
                  columnsKey={columnsKey}
                  meta={meta}
                  onRowClick={handleRowClick}
                  messages={messages}
                />
              );
            })}
            {paddingBottom > 0 && (
              <tr aria-hidden="true" className="vitals-tier-list-spacer">
                <td colSpan={columnCount} style={{ height: paddingBottom }} />
              </tr>
            )}
          </tbody>
        </table>
      </CardsLayoutContext.Provider>
    </div>
  );
}
