import type { ValidationIssue } from '@vitals/metrics';
import {
  issueItemWords,
  rowWords,
  skippedWords,
  useCommonWords,
  type CommonWords,
} from './issueWords';
import { useIssueLine } from './rowLines';

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

/** Each issue as a list item naming its row (by CSV line when known) and field. */
export function IssueItems({ issues }: { issues: readonly ValidationIssue[] }) {
  const lineOf = useIssueLine();
  const words = useCommonWords();
  return issues.map((issue, i) => (
    <li key={i} data-index={issue.index ?? undefined}>
      {issueItemWords(rowWords(issue.index, lineOf(issue), words), issue)}
    </li>
  ));
}
