import { type CSSProperties, type MouseEvent, type Ref, memo } from 'react';
import { fill, plural } from '../messages/template';
import type { HealthTierListMessages } from '../messages/types';
import type { Formatters } from '../provider/format';
import { RowTabStopContext } from './AccountLink';
import { useCardRoles } from './cardRoles';
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
  labels,
  measureRef,
  onRowClick,
  messages: m,
}: Omit<LineProps, 'style'> & {
  table: TierListTable;
  row: TierListTableRow;
  isSelectable: boolean;
  isSelected: boolean;
  isExpanded: boolean;
  /** The row's height; none for a card (measured with `measureRef`). */
  height: number | undefined;
  /** Each column's header in words, by column id, for a card's label and value pairs. */
  labels: Record<string, string> | undefined;
  measureRef: Ref<HTMLTableRowElement> | undefined;
  /** The visible column ids, so hiding or moving a column re-renders the line. */
  columnsKey: string;
  /** The table's formatters, so a new locale re-renders the line. */
  meta: unknown;
  onRowClick: (row: TierListTableRow, event: MouseEvent<HTMLTableRowElement>) => void;
  messages: HealthTierListMessages;
}) {
  const data = row.original;
  const cardRole = useCardRoles();
  return (
    <RowTabStopContext.Provider value={isTabStop}>
      <tr
        {...cardRole('row')}
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
        ref={measureRef}
        onClick={(event) => onRowClick(row, event)}
      >
        <td {...cardRole('cell')} className="vitals-tier-list-control">
          {isSelectable && (
            <input
              type="checkbox"
              tabIndex={-1}
              checked={isSelected}
              aria-label={fill(m.selectAccount, { name: data.name })}
              onChange={(event) => row.toggleSelected(event.target.checked)}
            />
          )}
        </td>
        <td {...cardRole('cell')} className="vitals-tier-list-control">
          <button
            type="button"
            tabIndex={-1}
            className="vitals-tier-list-expand"
            aria-expanded={isExpanded}
            aria-label={fill(isExpanded ? m.hideDetails : m.showDetails, { name: data.name })}
            onClick={() => row.toggleExpanded()}
          />
        </td>
        {row.getVisibleCells().map((cell) => {
          const meta = cell.column.columnDef.meta;
          const Tag = cell.column.id === 'account' ? 'th' : 'td';
          return (
            <Tag
              key={cell.id}
              scope={Tag === 'th' ? 'row' : undefined}
              {...cardRole(Tag === 'th' ? 'rowheader' : 'cell')}
              className={`vitals-tier-list-cell vitals-tier-list-cell-${cell.column.id}`}
              data-align={meta?.align ?? 'start'}
              data-label={labels?.[cell.column.id]}
            >
              <table.FlexRender cell={cell} />
            </Tag>
          );
        })}
      </tr>
    </RowTabStopContext.Provider>
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
  messages: m,
}: LineProps & {
  row: TierListTableRow;
  columnCount: number;
  format: Formatters;
  measureRef: Ref<HTMLTableRowElement>;
  messages: HealthTierListMessages;
}) {
  const data = row.original;
  const { result } = data;
  const points = new Intl.NumberFormat(format.locale, { maximumFractionDigits: 1 });
  const cardRole = useCardRoles();
  return (
    <tr
      {...cardRole('row')}
      className="vitals-tier-list-detail"
      data-key={`${data.id}:detail`}
      data-index={index}
      aria-rowindex={rowIndex}
      tabIndex={isTabStop ? 0 : -1}
      ref={measureRef}
    >
      <td {...cardRole('cell')} colSpan={columnCount}>
        <div className="vitals-tier-list-detail-body">
          <section aria-label={fill(m.categoryScoresOf, { name: data.name })}>
            <p className="vitals-tier-list-detail-title">{m.categoryScores}</p>
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
                {result.overriddenBy.author
                  ? fill(m.overriddenBy, {
                      reason: result.overriddenBy.reason,
                      author: result.overriddenBy.author,
                    })
                  : fill(m.overridden, { reason: result.overriddenBy.reason })}
              </p>
            )}
          </section>
          <table className="vitals-tier-list-contributions">
            <caption>{fill(m.contributionsCaption, { name: data.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{m.contributionColumns.measure}</th>
                <th scope="col">{m.contributionColumns.value}</th>
                <th scope="col">{m.contributionColumns.measureScore}</th>
                <th scope="col">{m.contributionColumns.points}</th>
              </tr>
            </thead>
            <tbody>
              {result.contributions.map((item) => (
                <tr key={`${item.categoryId}:${item.measureId}`}>
                  <th scope="row">{measureLabel(data, item.measureId)}</th>
                  <td>{signalText(item.value, format.locale, m)}</td>
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
  tierLabel,
  messages: m,
}: LineProps & {
  item: Extract<TierListItem<unknown>, { kind: 'group' }>;
  columnCount: number;
  format: Formatters;
  /** The label of a tier id in the reader's language. */
  tierLabel: (tierId: string) => string;
  messages: HealthTierListMessages;
}) {
  const cardRole = useCardRoles();
  return (
    <tr
      {...cardRole('row')}
      className="vitals-tier-list-group"
      data-key={item.key}
      data-index={index}
      data-tier={item.tier}
      data-tone={item.tone}
      aria-rowindex={rowIndex}
      tabIndex={isTabStop ? 0 : -1}
      style={style}
    >
      <th scope="rowgroup" {...cardRole('rowheader')} colSpan={columnCount}>
        <span className="vitals-tier-list-badge" data-tier={item.tier} data-tone={item.tone}>
          {tierLabel(item.tier)}
        </span>{' '}
        <span className="vitals-tier-list-group-totals">
          {fill(m.groupTotals, {
            accounts: plural(m.groupAccounts, format.locale, item.count, {
              count: format.count(item.count),
            }),
            mrr: format.currency(item.mrr),
          })}
        </span>
      </th>
    </tr>
  );
}
