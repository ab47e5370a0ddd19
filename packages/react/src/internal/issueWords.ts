import type { ValidationIssue } from '@vitals/metrics';

// Every word the error state and the skipped-rows note say about bad rows, in one place (until the
// provider's `messages` carry them). Plain functions rather than one object, so a bundle keeps
// only the words its component says.

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

/**
 * The row an issue is about: `Line 149` when its CSV line is known, else its position counted from
 * 1 with the array index beside it, `Row 148 (index 147)` (index 0 is never "Row 0"), or `null`
 * for an issue about an option.
 */
export function rowWords(index: number | null, line: number | null | undefined): string | null {
  if (typeof line === 'number') return `Line ${line}`;
  return index === null ? null : `Row ${index + 1} (index ${index})`;
}

/** One issue as a list item: `Line 149, mrr: must be a finite number ≥ 0, got -40`. */
export function issueItemWords(row: string | null, issue: ValidationIssue): string {
  return `${row === null ? '' : `${row}, `}${issue.field}: ${issue.message}`;
}

/** The error state's headline: how many rows are bad, or the error's own message. */
export function cannotDrawWords(rows: number, message: string): string {
  return `This chart can't be drawn: ${
    rows > 0 ? `${rows} row${plural(rows, ' is', 's are')} invalid.` : message
  }`;
}

/** The control that shows the issues past the first few. */
export function showMoreWords(count: number): string {
  return `Show ${count} more problem${plural(count, '', 's')}`;
}

/** The skipped-rows note (`onInvalid: 'skip'`); it opens to name each skipped row. */
export function skippedWords(count: number): string {
  return `${count} invalid row${plural(count, ' was', 's were')} skipped.`;
}
