import { MetricsInputError, type ValidationIssue } from '../core/errors';
import type { CsvIssue } from './types';

/**
 * Adds its CSV line to every issue of a metric function that read rows from a CSV reader:
 * `issue.index` is the row's index in `csv.rows`, so its line is `csv.lines[index]`. A message
 * that points at another row (`duplicate of row 3`) is rewritten to point at that row's line.
 * Issues that already carry a `line` keep it; an issue about an option gets `line: null`.
 *
 * Pass the caught error (any other error is thrown again, untouched), or the `issues` of a result
 * computed with `onInvalid: 'skip'`.
 *
 * @example
 * const csv = readMrrSnapshotsCsv(text);
 * const result = mrrMovements(csv.rows, { period: '2025-03', onInvalid: 'skip' });
 * withCsvLines(result.issues, csv); // [{ index: 147, line: 149, field: 'mrr', message: … }]
 */
export function withCsvLines(
  errorOrIssues: unknown,
  csv: { readonly lines: readonly number[] },
): CsvIssue[] {
  let issues: readonly ValidationIssue[];
  if (errorOrIssues instanceof MetricsInputError) issues = errorOrIssues.issues;
  else if (Array.isArray(errorOrIssues)) issues = errorOrIssues as ValidationIssue[];
  else throw errorOrIssues;
  const lineOf = (index: number) => csv.lines[index] ?? null;
  return issues.map((issue) => {
    if (typeof (issue as Partial<CsvIssue>).line === 'number') return issue as CsvIssue;
    const line = issue.index === null ? null : lineOf(issue.index);
    const message = issue.message.replace(/\bduplicate of row (\d+)\b/, (text, row: string) => {
      const other = lineOf(Number(row));
      return other === null ? text : `duplicate of line ${other}`;
    });
    return { ...issue, message, line };
  });
}
