import { type ReactNode, useId, useState } from 'react';
import { DataTable, type DataTableColumn, type DataTableRow } from './DataTable';
import { useElementWidth } from './useElementWidth';
import { enCommon } from '../messages/en';
import { useMessages } from '../messages/useMessages';

/** Props of {@link ChartFrame}. */
export interface ChartFrameProps {
  /** Stable base class of the component, e.g. `vitals-waterfall`. */
  baseClass: string;
  className?: string | undefined;
  title: ReactNode;
  /** The chart's text alternative: a sentence with the key numbers, built from formatted values. */
  summary: string;
  /** Headline figures shown beside the title. */
  kpis?: ReactNode;
  /** A short visible note under the header (e.g. skipped rows, low sample). */
  note?: ReactNode;
  /** The equivalent data table. */
  table: {
    caption: string;
    rowHeader: string;
    columns: readonly DataTableColumn[];
    rows: readonly DataTableRow[];
  };
  /**
   * Shows the data table from the start.
   * @default false
   */
  defaultShowTable?: boolean;
  /** Width used on the server and before the first measurement. @default 640 */
  fallbackWidth?: number;
  /** Draws the plot for the container's measured width; `ids.tooltip` is free for a tooltip. */
  children: (width: number, ids: { tooltip: string }) => ReactNode;
}

/**
 * The accessible shell every chart shares: a `figure` named by its title and described by its text
 * alternative, headline figures, a data-table toggle, a width-tracking plot area, and the table.
 */
export function ChartFrame({
  baseClass,
  className,
  title,
  summary,
  kpis,
  note,
  table,
  defaultShowTable = false,
  fallbackWidth = 640,
  children,
}: ChartFrameProps) {
  const id = useId();
  const m = useMessages('common', enCommon);
  const [isTableVisible, setTableVisible] = useState(defaultShowTable);
  const [bodyRef, width] = useElementWidth<HTMLDivElement>(fallbackWidth);
  const ids = {
    title: `${id}-title`,
    summary: `${id}-summary`,
    table: `${id}-table`,
    tooltip: `${id}-tooltip`,
  };
  return (
    <figure
      className={['vitals-chart', baseClass, className].filter(Boolean).join(' ')}
      data-state="ready"
      aria-labelledby={ids.title}
      aria-describedby={ids.summary}
    >
      <figcaption className="vitals-chart-header">
        <span id={ids.title} className="vitals-chart-title">
          {title}
        </span>
        {kpis && <span className="vitals-kpis">{kpis}</span>}
        <button
          type="button"
          className="vitals-table-toggle"
          aria-expanded={isTableVisible}
          aria-controls={ids.table}
          onClick={() => setTableVisible((visible) => !visible)}
        >
          {isTableVisible ? m.hideTable : m.showTable}
        </button>
      </figcaption>
      <p id={ids.summary} className="vitals-visually-hidden">
        {summary}
      </p>
      {note}
      <div ref={bodyRef} className="vitals-chart-body">
        {children(width, { tooltip: ids.tooltip })}
      </div>
      <DataTable id={ids.table} isVisible={isTableVisible} {...table} />
    </figure>
  );
}
