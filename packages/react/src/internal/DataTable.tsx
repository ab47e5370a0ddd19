import { type CsvMode, dataTableCsv, downloadCsv } from './csv';

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
  /**
   * The CSV downloads offered above the shown table: as displayed and raw (see `dataTableCsv`).
   * @default none
   */
  download?: DataTableDownload | undefined;
}

/** What the data table's CSV downloads need: the file's base name, the locale and the words. */
export interface DataTableDownload {
  /** The file name without `.csv`, e.g. from the chart's title. */
  fileName: string;
  /** The locale the cells are formatted in (to read their numbers back for the raw file). */
  locale: string;
  /** The currency of the money cells, whose sign the raw file leaves out. */
  currency?: string | undefined;
  /** The buttons' words: as displayed, and raw. */
  labels: Record<CsvMode, string>;
}

/**
 * The table every chart carries: the same numbers as the marks, always present for screen readers
 * and shown on request.
 */
export function DataTable(props: DataTableProps) {
  const { id, caption, rowHeader, columns, rows, isVisible, download } = props;
  const save = (mode: CsvMode) => {
    if (!download) return;
    const text = dataTableCsv(
      { rowHeader, columns, rows },
      mode,
      download.locale,
      download.currency,
    );
    downloadCsv(`${download.fileName}${mode === 'raw' ? '-raw' : ''}.csv`, text);
  };
  // The hiding class sits on a wrapper: a wide table ignores a 1 px width and would widen the page.
  // Shown, the wrapper scrolls sideways and so must be reachable by keyboard (a named region).
  const table = (
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
  // Offered only while the table is shown: a hidden table adds no tab stops to the chart. The
  // table keeps its place in the tree either way, so showing it does not remount it.
  return (
    <>
      {download && isVisible && (
        <div className="vitals-data-table-actions">
          {(['displayed', 'raw'] as const).map((mode) => (
            <button
              key={mode}
              type="button"
              className="vitals-table-toggle vitals-data-table-download"
              onClick={() => save(mode)}
            >
              {download.labels[mode]}
            </button>
          ))}
        </div>
      )}
      {table}
    </>
  );
}
