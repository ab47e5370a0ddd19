/** One column of a chart's data table. */
export interface DataTableColumn {
  id: string;
  header: string;
  /** Numbers align right, words left. @default 'end' */
  align?: 'start' | 'end';
}

/** One row: an optional row header (the thing measured) and one formatted cell per column. */
export interface DataTableRow {
  id: string;
  /** Shown as the row's `<th scope="row">`. */
  header: string;
  /** Formatted text per column id (row header excluded). */
  cells: Record<string, string>;
  /** Extra state for styling, e.g. `{ 'data-tone': 'negative' }`. */
  data?: Record<`data-${string}`, string> | undefined;
}

/** Props of {@link DataTable}. */
export interface DataTableProps {
  id: string;
  caption: string;
  /** The header of the row-header column, e.g. "Step". */
  rowHeader: string;
  columns: readonly DataTableColumn[];
  rows: readonly DataTableRow[];
  /** Visible, or kept only for screen readers. */
  isVisible: boolean;
}

/**
 * The table every chart carries: the same numbers as the marks, always present for screen readers
 * and shown on request.
 */
export function DataTable({ id, caption, rowHeader, columns, rows, isVisible }: DataTableProps) {
  // The hiding class sits on a wrapper: a wide table ignores a 1 px width and would widen the page.
  // Shown, the wrapper scrolls sideways and so must be reachable by keyboard (a named region).
  return (
    <div
      className={
        isVisible ? 'vitals-data-table-wrap' : 'vitals-data-table-wrap vitals-visually-hidden'
      }
      {...(isVisible ? { role: 'region', 'aria-label': caption, tabIndex: 0 } : {})}
    >
      <table id={id} className="vitals-data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{rowHeader}</th>
            {columns.map((column) => (
              <th key={column.id} scope="col" data-align={column.align ?? 'end'}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} {...row.data}>
              <th scope="row">{row.header}</th>
              {columns.map((column) => (
                <td key={column.id} data-align={column.align ?? 'end'}>
                  {row.cells[column.id] ?? '—'}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
