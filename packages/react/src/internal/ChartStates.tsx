import type { ValidationIssue } from '@vitals/metrics';
import type { ReactNode } from 'react';
import {
  cannotDrawWords,
  issueItemWords,
  rowWords,
  showMoreWords,
  skippedWords,
  useCommonWords,
  type CommonWords,
} from './issueWords';
import { useIssueLine } from './rowLines';

/** Issues listed before the rest fold away behind a "Show N more problems" control. */
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

/** One `<li>` per issue, each naming its row (by CSV line when known) and field. */
function IssueItems({ issues }: { issues: readonly ValidationIssue[] }) {
  const lineOf = useIssueLine();
  const words = useCommonWords();
  return issues.map((issue, i) => (
    <li key={i} data-index={issue.index ?? undefined}>
      {issueItemWords(rowWords(issue.index, lineOf(issue), words), issue)}
    </li>
  ));
}

/**
 * Names the problem in plain words and lists every bad row: the first few at once, the rest behind
 * a native disclosure (`<details>`), so the list stays short, works by keyboard and renders on the
 * server without script.
 */
export function ChartError({
  baseClass,
  title,
  className,
  error,
  issues = [],
}: StateProps & { error: Error; issues?: readonly ValidationIssue[] | undefined }) {
  const words = useCommonWords();
  const rowIssues = issues.filter((issue) => issue.index !== null);
  const rest = rowIssues.slice(MAX_ISSUES);
  return (
    <section className={classes(baseClass, className)} data-state="error">
      <div className="vitals-chart-header">
        <span className="vitals-chart-title">{title}</span>
      </div>
      <div className="vitals-chart-error" role="alert">
        <p className="vitals-chart-message">
          {cannotDrawWords(invalidRowCount(rowIssues), error.message, words)}
        </p>
        {rowIssues.length > 0 && (
          <ul className="vitals-issue-list">
            <IssueItems issues={rowIssues.slice(0, MAX_ISSUES)} />
          </ul>
        )}
        {rest.length > 0 && (
          <details className="vitals-issue-more">
            <summary>{showMoreWords(rest.length, words)}</summary>
            <ul className="vitals-issue-list">
              <IssueItems issues={rest} />
            </ul>
          </details>
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
export function skippedRowsText(
  issues: readonly ValidationIssue[],
  words?: CommonWords,
): string | null {
  const count = invalidRowCount(issues);
  return count === 0 ? null : skippedWords(count, words);
}

/**
 * The visible note that rows were skipped (`onInvalid: 'skip'`), or nothing. It opens, as a native
 * disclosure, to name every skipped row and why.
 */
export function SkippedRowsNote({ issues }: { issues: readonly ValidationIssue[] }) {
  const text = skippedRowsText(issues, useCommonWords());
  if (text === null) return null;
  return (
    <div className="vitals-chart-note" role="note">
      <details className="vitals-issue-more">
        <summary>{text}</summary>
        <ul className="vitals-issue-list">
          <IssueItems issues={issues.filter((issue) => issue.index !== null)} />
        </ul>
      </details>
    </div>
  );
}
