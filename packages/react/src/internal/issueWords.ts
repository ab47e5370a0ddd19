import type { ValidationIssue } from '@vitals/metrics';

/**
 * Every word the error state and the skipped-rows note say about bad rows, in one place (until the
 * provider's `messages` carry them). A row is named by its CSV line when one is known (`Line 149`),
 * else by its position counted from 1 with the array index beside it (`Row 148 (index 147)`), so
 * index 0 is never called "Row 0".
 */
export const issueWords = {
  /** The row an issue is about: `Line 149`, `Row 148 (index 147)`, or `null` for an option. */
  row(index: number | null, line: number | null | undefined): string | null {
    if (typeof line === 'number') return `Line ${line}`;
    return index === null ? null : `Row ${index + 1} (index ${index})`;
  },
  /** One issue as a list item: `Line 149, mrr: must be a finite number ≥ 0, got -40`. */
  issue(row: string | null, issue: ValidationIssue): string {
    return `${row === null ? '' : `${row}, `}${issue.field}: ${issue.message}`;
  },
  /** The error state's headline when rows are bad. */
  invalidRows(rows: number): string {
    return `This chart can't be drawn: ${rows} row${rows === 1 ? ' is' : 's are'} invalid.`;
  },
  /** The error state's headline when the problem is not in a row. */
  failed(message: string): string {
    return `This chart can't be drawn: ${message}`;
  },
  /** The control that shows the issues past the first few. */
  showMore(count: number): string {
    return `Show ${count} more problem${count === 1 ? '' : 's'}`;
  },
  /** The skipped-rows note (`onInvalid: 'skip'`); it opens to name each skipped row. */
  skipped(count: number): string {
    return `${count} invalid row${count === 1 ? ' was' : 's were'} skipped.`;
  },
  /** The control that names the skipped rows. */
  showSkipped(count: number): string {
    return count === 1 ? 'Show which' : `Show which ${count}`;
  },
};
