import type { ValidationIssue } from '@vitals/metrics';
import type { ReactNode } from 'react';

const MAX_ISSUES = 5;

/** Props shared by the non-ready states of every chart. */
interface StateProps {
  /** Stable base class of the component, e.g. `vitals-waterfall`. */
  baseClass: string;
  title: ReactNode;
  className?: string | undefined;
}

function classes(baseClass: string, className?: string) {
  return ['vitals-chart', baseClass, className].filter(Boolean).join(' ');
}

/** A placeholder with the chart's shape, announced to screen readers as busy. */
export function ChartLoading({
  baseClass,
  title,
  className,
  label,
}: StateProps & { label: string }) {
  return (
    <section
      className={classes(baseClass, className)}
      data-state="loading"
      aria-busy="true"
      aria-label={label}
    >
      <div className="vitals-chart-header">
        <span className="vitals-chart-title">{title}</span>
      </div>
      <div className="vitals-skeleton" />
      <p className="vitals-visually-hidden" role="status">
        {label}
      </p>
    </section>
  );
}

/** Says in words why there is nothing to draw. */
export function ChartEmpty({
  baseClass,
  title,
  className,
  message,
}: StateProps & { message: string }) {
  return (
    <section className={classes(baseClass, className)} data-state="empty">
      <div className="vitals-chart-header">
        <span className="vitals-chart-title">{title}</span>
      </div>
      <p className="vitals-chart-message">{message}</p>
    </section>
  );
}

/** Names the problem in plain words and lists the first bad rows, never throwing into the host. */
export function ChartError({
  baseClass,
  title,
  className,
  error,
  issues = [],
}: StateProps & { error: Error; issues?: readonly ValidationIssue[] | undefined }) {
  const rowIssues = issues.filter((issue) => issue.index !== null);
  const rows = invalidRowCount(rowIssues);
  return (
    <section className={classes(baseClass, className)} data-state="error">
      <div className="vitals-chart-header">
        <span className="vitals-chart-title">{title}</span>
      </div>
      <div className="vitals-chart-error" role="alert">
        <p className="vitals-chart-message">
          {rowIssues.length > 0
            ? `This chart can't be drawn: ${rows} row${rows === 1 ? ' is' : 's are'} invalid.`
            : `This chart can't be drawn: ${error.message}`}
        </p>
        {rowIssues.length > 0 && (
          <ul className="vitals-issue-list">
            {rowIssues.slice(0, MAX_ISSUES).map((issue) => (
              <li key={`${issue.index}-${issue.field}`}>
                Row {issue.index}, {issue.field}: {issue.message}
              </li>
            ))}
            {rowIssues.length > MAX_ISSUES && <li>…and {rowIssues.length - MAX_ISSUES} more.</li>}
          </ul>
        )}
      </div>
    </section>
  );
}

/**
 * How many rows the issues name: a row with several bad fields counts once, and issues about an
 * option rather than a row do not count.
 */
export function invalidRowCount(issues: readonly ValidationIssue[]): number {
  return new Set(issues.flatMap((issue) => (issue.index === null ? [] : [issue.index]))).size;
}

/** "3 invalid rows were skipped.", or `null` when no row was. */
export function skippedRowsText(issues: readonly ValidationIssue[]): string | null {
  const count = invalidRowCount(issues);
  if (count === 0) return null;
  return `${count} invalid row${count === 1 ? ' was' : 's were'} skipped.`;
}

/** The visible note that rows were skipped (`onInvalid: 'skip'`), or nothing. */
export function SkippedRowsNote({ issues }: { issues: readonly ValidationIssue[] }) {
  const text = skippedRowsText(issues);
  if (text === null) return null;
  return (
    <p className="vitals-chart-note" role="note">
      {text}
    </p>
  );
}
