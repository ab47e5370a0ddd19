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
  return (
    <section className={classes(baseClass, className)} data-state="error">
      <div className="vitals-chart-header">
        <span className="vitals-chart-title">{title}</span>
      </div>
      <div className="vitals-chart-error" role="alert">
        <p className="vitals-chart-message">
          {rowIssues.length > 0
            ? `This chart can't be drawn: ${rowIssues.length} row${rowIssues.length === 1 ? ' is' : 's are'} invalid.`
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
