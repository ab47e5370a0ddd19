import { type CSSProperties, type MouseEvent, type Ref, memo } from 'react';
import type { Formatters } from '../provider/format';
import type { TierListTable, TierListTableRow } from './tierList.features';
import type { TierListItem } from './tierList.lines';
import { categoryLabel, measureLabel, signalText } from './tierList.text';

/** What every rendered line shares: its place for screen readers and its roving focus. */
interface LineProps {
  /** 1-based position among all lines, header row included (`aria-rowindex`). */
  rowIndex: number;
  /** The virtualiser's index, for measuring. */
  index: number;
  isTabStop: boolean;
  style?: CSSProperties;
}

/**
 * One account's line: selection box, details toggle and the visible columns' cells. Memoised:
 * while the list scrolls, only lines that come into view render. Everything that changes what a
 * line shows is a prop (`isSelected`, `isExpanded`, `columnsKey`, `meta`).
 */
export const TierListDataRow = memo(function TierListDataRow({
  table,
  row,
  rowIndex,
  index,
  isTabStop,
  isSelectable,
  isSelected,
  isExpanded,
  height,
  onRowClick,
}: Omit<LineProps, 'style'> & {
  table: TierListTable;
  row: TierListTableRow;
  isSelectable: boolean;
  isSelected: boolean;
  isExpanded: boolean;
  height: number;
  /** The visible column ids, so hiding or moving a column re-renders the line. */
  columnsKey: string;
  /** The table's formatters, so a new locale re-renders the line. */
  meta: unknown;
  onRowClick: (row: TierListTableRow, event: MouseEvent<HTMLTableRowElement>) => void;
}) {
  const data = row.original;
  return (
    <tr
      className="vitals-tier-list-row"
      data-key={data.id}
      data-index={index}
      data-tier={data.tier}
      data-tone={data.tone}
      data-state={isSelected ? 'selected' : undefined}
      data-expanded={isExpanded || undefined}
      aria-rowindex={rowIndex}
      tabIndex={isTabStop ? 0 : -1}
      style={{ height }}
      onClick={(event) => onRowClick(row, event)}
    >
      <td className="vitals-tier-list-control">
        {isSelectable && (
          <input
            type="checkbox"
            tabIndex={-1}
            checked={isSelected}
            aria-label={`Select ${data.name}`}
            onChange={(event) => row.toggleSelected(event.target.checked)}
          />
        )}
      </td>
      <td className="vitals-tier-list-control">
        <button
          type="button"
          tabIndex={-1}
          className="vitals-tier-list-expand"
          aria-expanded={isExpanded}
          aria-label={`${isExpanded ? 'Hide' : 'Show'} details of ${data.name}`}
          onClick={() => row.toggleExpanded()}
        >
          <span aria-hidden="true">{isExpanded ? '▾' : '▸'}</span>
        </button>
      </td>
      {row.getVisibleCells().map((cell) => {
        const meta = cell.column.columnDef.meta;
        const Tag = cell.column.id === 'account' ? 'th' : 'td';
        return (
          <Tag
            key={cell.id}
            scope={Tag === 'th' ? 'row' : undefined}
            className={`vitals-tier-list-cell vitals-tier-list-cell-${cell.column.id}`}
            data-align={meta?.align ?? 'start'}
          >
            <table.FlexRender cell={cell} />
          </Tag>
        );
      })}
    </tr>
  );
});

/** The expanded details of an account: category scores and every measure's contribution. */
export function TierListDetailRow({
  row,
  rowIndex,
  index,
  isTabStop,
  columnCount,
  format,
  measureRef,
}: LineProps & {
  row: TierListTableRow;
  columnCount: number;
  format: Formatters;
  measureRef: Ref<HTMLTableRowElement>;
}) {
  const data = row.original;
  const { result } = data;
  const points = new Intl.NumberFormat(format.locale, { maximumFractionDigits: 1 });
  return (
    <tr
      className="vitals-tier-list-detail"
      data-key={`${data.id}:detail`}
      data-index={index}
      aria-rowindex={rowIndex}
      tabIndex={isTabStop ? 0 : -1}
      ref={measureRef}
    >
      <td colSpan={columnCount}>
        <div className="vitals-tier-list-detail-body">
          <section aria-label={`Category scores of ${data.name}`}>
            <p className="vitals-tier-list-detail-title">Category scores</p>
            <ul className="vitals-tier-list-categories">
              {result.categories.map((category) => (
                <li key={category.id}>
                  <span>{categoryLabel(data, category.id)}</span>{' '}
                  <strong>{category.score === null ? '—' : format.count(category.score)}</strong>
                </li>
              ))}
            </ul>
            {result.overriddenBy && (
              <p className="vitals-tier-list-override">
                Overridden: {result.overriddenBy.reason}
                {result.overriddenBy.author ? ` (${result.overriddenBy.author})` : ''}
              </p>
            )}
          </section>
          <table className="vitals-tier-list-contributions">
            <caption>Contributions to the score of {data.name}</caption>
            <thead>
              <tr>
                <th scope="col">Measure</th>
                <th scope="col">Value</th>
                <th scope="col">Measure score</th>
                <th scope="col">Points</th>
              </tr>
            </thead>
            <tbody>
              {result.contributions.map((item) => (
                <tr key={`${item.categoryId}:${item.measureId}`}>
                  <th scope="row">{measureLabel(data, item.measureId)}</th>
                  <td>{signalText(item.value, format.locale)}</td>
                  <td>{item.score === null ? '—' : format.count(item.score)}</td>
                  <td>{points.format(item.points).replace(/^-/, '\u2212')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </td>
    </tr>
  );
}

/** The header line of one tier when the list is grouped: its name, account count and MRR. */
export function TierListGroupRow({
  item,
  rowIndex,
  index,
  isTabStop,
  columnCount,
  format,
  style,
}: LineProps & {
  item: Extract<TierListItem<unknown>, { kind: 'group' }>;
  columnCount: number;
  format: Formatters;
}) {
  return (
    <tr
      className="vitals-tier-list-group"
      data-key={item.key}
      data-index={index}
      data-tier={item.tier}
      data-tone={item.tone}
      aria-rowindex={rowIndex}
      tabIndex={isTabStop ? 0 : -1}
      style={style}
    >
      <th scope="rowgroup" colSpan={columnCount}>
        <span className="vitals-tier-list-badge" data-tier={item.tier} data-tone={item.tone}>
          {item.label}
        </span>{' '}
        <span className="vitals-tier-list-group-totals">
          {format.count(item.count)} {item.count === 1 ? 'account' : 'accounts'},{' '}
          {format.currency(item.mrr)} MRR
        </span>
      </th>
    </tr>
  );
}
