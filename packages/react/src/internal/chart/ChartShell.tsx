import type { ValidationIssue } from '@vitals/metrics';
import { type CSSProperties, type ReactNode, type Ref, useId, useState } from 'react';
import { csvFileName } from '../csv';
import { DataTable, type DataTableColumn, type DataTableRow } from '../DataTable';
import { IssueItems, SkippedRowsNote, invalidRowCount } from '../ChartStates';
import { useElementWidth } from '../useElementWidth';
import { ChartSkeleton, type SkeletonShape } from './ChartSkeleton';
import { ErrorWords } from './ErrorBoundary';
import type { ChartVariant } from './types';
import { fill } from '../../messages/template';
import { useCommonWords } from '../issueWords';
import { type ComponentNoun, useShellWords } from './words';

/** What `defineChart` works out once for every state of a chart: its frame and its size. */
export interface ChartShellBase {
  /** The chart's name, e.g. `'NrrWaterfall'`: `ChartSelection.component`. */
  name: string;
  /** Stable base class, e.g. `vitals-waterfall`. */
  baseClass: string;
  noun: ComponentNoun;
  skeleton: SkeletonShape;
  /** The loading state's announcement: `Loading net revenue retention…`. */
  loadingLabel: string;
  title: ReactNode;
  /** The chart's default title, for words about it when `title` is not a string. */
  defaultTitle: string;
  className: string | undefined;
  variant: ChartVariant;
  /** The `height` prop, resolved to the chart's default. */
  height: number;
  /** The whole plot's height (several panels, axes): the height every state keeps. */
  plotHeight: number;
  /** Extra height the ready chart puts between header and plot (a legend, a note). */
  reserve: number;
  defaultShowTable: boolean;
  /** Pass-through props for the root: `id`, `style`, `data-*`, `aria-*` and `ref`. */
  rootProps: Record<string, unknown> & { ref?: Ref<HTMLElement>; style?: CSSProperties };
}

/** What the chart draws when it has data. */
export interface ReadyChart {
  /** The chart's text alternative: a sentence with the key numbers, built from formatted values. */
  summary: string;
  /** Headline figures shown beside the title. */
  kpis?: ReactNode;
  /** Issues of the rows skipped with `onInvalid: 'skip'`: a note naming them (nothing if none). */
  skipped?: readonly ValidationIssue[] | undefined;
  /** Shown between header and plot: a legend, a note. */
  note?: ReactNode;
  /** The equivalent data table; its caption defaults to "<title>: data". */
  table: {
    caption?: string | undefined;
    rowHeader: string;
    columns: readonly DataTableColumn[];
    rows: readonly DataTableRow[];
  };
  /** Draws the plot for the container's measured width. */
  plot: (width: number) => ReactNode;
}

/** The four states of a chart. */
export type ChartStatus =
  | { state: 'loading' }
  | { state: 'empty'; message: string }
  | { state: 'error'; error: Error; issues?: readonly ValidationIssue[] | undefined }
  | ({ state: 'ready' } & ReadyChart);

/** Props of {@link ChartShell}. */
export interface ChartShellProps {
  shell: ChartShellBase;
  status: ChartStatus;
}

/**
 * Every state of every chart in one frame: the root (`figure` when ready, `section` otherwise)
 * with the pass-through props, the header, and a plot area that keeps the chart's height in the
 * loading (a skeleton shaped like the chart), empty and error states, so a dashboard does not
 * jump as data arrives. The plot area follows its container's width and never holds it open.
 */
export function ChartShell({ shell, status }: ChartShellProps) {
  const { rootProps, baseClass, className, variant, title } = shell;
  const id = useId();
  const root = {
    ...rootProps,
    className: ['vitals-chart', baseClass, className].filter(Boolean).join(' '),
    'data-variant': variant,
    'data-state': status.state,
  };
  const header = (extra?: ReactNode) => (
    <div className="vitals-chart-header">
      <span id={`${id}-title`} className="vitals-chart-title">
        {title}
      </span>
      {extra}
    </div>
  );
  const placeholder = { minHeight: shell.plotHeight + shell.reserve };

  if (status.state === 'ready') return <ReadyShell shell={shell} root={root} ready={status} />;
  if (status.state === 'loading') {
    const label = shell.loadingLabel;
    return (
      <section {...root} aria-busy="true" aria-label={label}>
        {header()}
        <div className="vitals-chart-body" style={placeholder}>
          <div style={{ height: shell.reserve }} />
          <ChartSkeleton shape={shell.skeleton} height={shell.plotHeight} />
        </div>
        <p className="vitals-visually-hidden" role="status">
          {label}
        </p>
      </section>
    );
  }
  return (
    <section {...root} aria-labelledby={`${id}-title`}>
      {header()}
      <div className="vitals-chart-body vitals-chart-placeholder" style={placeholder}>
        {status.state === 'empty' ? (
          <p className="vitals-chart-message">{status.message}</p>
        ) : (
          <div className="vitals-chart-error" role="alert">
            <ChartErrorWords noun={shell.noun} error={status.error} issues={status.issues} />
          </div>
        )}
      </div>
    </section>
  );
}

function ReadyShell({
  shell,
  root,
  ready,
}: {
  shell: ChartShellBase;
  root: Record<string, unknown>;
  ready: ReadyChart;
}) {
  const id = useId();
  const words = useShellWords();
  const { m, format } = useCommonWords();
  const [isTableVisible, setTableVisible] = useState(shell.defaultShowTable);
  const [bodyRef, width] = useElementWidth<HTMLDivElement>(640);
  return (
    <figure
      {...root}
      aria-labelledby={`${id}-title`}
      aria-describedby={[`${id}-summary`, root['aria-describedby']].filter(Boolean).join(' ')}
    >
      <figcaption className="vitals-chart-header">
        {/* Title and figures wrap inside their own box, so the toggle keeps the top-right corner. */}
        <span className="vitals-chart-heading">
          <span id={`${id}-title`} className="vitals-chart-title">
            {shell.title}
          </span>
          {ready.kpis && <span className="vitals-kpis">{ready.kpis}</span>}
        </span>
        <button
          type="button"
          className="vitals-table-toggle"
          aria-expanded={isTableVisible}
          aria-controls={`${id}-table`}
          onClick={() => setTableVisible((visible) => !visible)}
        >
          {isTableVisible ? words.hideTable : words.showTable}
        </button>
      </figcaption>
      <p id={`${id}-summary`} className="vitals-visually-hidden">
        {ready.summary}
      </p>
      {ready.skipped && <SkippedRowsNote issues={ready.skipped} />}
      {ready.note}
      <div ref={bodyRef} className="vitals-chart-body" style={{ minHeight: shell.plotHeight }}>
        {ready.plot(width)}
      </div>
      <DataTable
        id={`${id}-table`}
        isVisible={isTableVisible}
        {...ready.table}
        caption={
          ready.table.caption ??
          fill(m.tableCaption, {
            title: typeof shell.title === 'string' ? shell.title : shell.defaultTitle,
          })
        }
        download={{
          fileName: csvFileName(
            typeof shell.title === 'string' ? shell.title : shell.defaultTitle,
            'vitals',
          ).slice(0, -4),
          locale: format.locale,
          currency: format.currencyCode,
          labels: { displayed: m.downloadCsv, raw: m.downloadCsvRaw },
        }}
      />
    </figure>
  );
}

/** The error state's words: the reader's sentence, then the issue list or message behind a toggle. */
function ChartErrorWords({
  noun,
  error,
  issues = [],
}: {
  noun: ComponentNoun;
  error: Error;
  issues?: readonly ValidationIssue[] | undefined;
}) {
  const words = useShellWords();
  const rows = invalidRowCount(issues);
  const listed = issues.filter((issue) => issue.index !== null);
  return (
    <ErrorWords
      noun={noun}
      reason={rows > 0 ? words.invalidRows(rows) : undefined}
      detail={
        listed.length > 0 ? (
          <ul className="vitals-issue-list">
            <IssueItems issues={listed} />
          </ul>
        ) : (
          <p className="vitals-error-message">{error.message}</p>
        )
      }
    />
  );
}
