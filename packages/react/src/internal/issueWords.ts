import type { ValidationIssue } from '@vitals/metrics';
import { enCommon } from '../messages/en';
import { fill, plural } from '../messages/template';
import type { CommonMessages } from '../messages/types';
import { useMessages } from '../messages/useMessages';
import { DEFAULT_CONTEXT, useVitals } from '../provider/context';
import type { Formatters } from '../provider/format';

// Every word the error state and the skipped-rows note say about bad rows, in one place, from the
// provider's `common` messages. Plain functions rather than one object, so a bundle keeps only the
// words its component says.

/** The shared words and the formatters their counts go through. */
export interface CommonWords {
  m: CommonMessages;
  format: Formatters;
}

/** English outside a provider: what the pure helpers default to. */
const ENGLISH: CommonWords = { m: enCommon, format: DEFAULT_CONTEXT.format };

/** The nearest provider's shared words and formatters. */
export function useCommonWords(): CommonWords {
  return { m: useMessages('common', enCommon), format: useVitals().format };
}

/**
 * The row an issue is about: `Line 149` when its CSV line is known, else its position counted from
 * 1 with the array index beside it, `Row 148 (index 147)` (index 0 is never "Row 0"), or `null`
 * for an issue about an option.
 */
export function rowWords(
  index: number | null,
  line: number | null | undefined,
  { m }: CommonWords = ENGLISH,
): string | null {
  if (typeof line === 'number') return fill(m.issueLine, { line });
  return index === null ? null : fill(m.issueRow, { row: index + 1, index });
}

/** One issue as a list item: `Line 149, mrr: must be a finite number ≥ 0, got -40`. */
export function issueItemWords(row: string | null, issue: ValidationIssue): string {
  return `${row === null ? '' : `${row}, `}${issue.field}: ${issue.message}`;
}

/** The control that shows the issues past the first few. */
export function showMoreWords(count: number, { m, format }: CommonWords = ENGLISH): string {
  return plural(m.showMoreProblems, format.locale, count, { count: format.count(count) });
}

/** The skipped-rows note (`onInvalid: 'skip'`); it opens to name each skipped row. */
export function skippedWords(count: number, { m, format }: CommonWords = ENGLISH): string {
  return plural(m.skippedRows, format.locale, count, { count: format.count(count) });
}
