import type { ValidationIssue } from '@vitals/metrics';
import { createContext, type ReactNode, useContext } from 'react';

const RowLinesContext = createContext<readonly number[] | null>(null);

/** Props of {@link RowLinesProvider}. */
export interface RowLinesProviderProps {
  /**
   * `lines[i]` is the source line of input row `i`: the `lines` of a `@vitals/metrics/csv` reader,
   * for charts given that reader's `rows`.
   */
  lines: readonly number[];
  /** The charts whose bad rows are named by line. */
  children?: ReactNode | undefined;
}

/**
 * Makes the error states and skipped-row notes of the charts inside it name bad rows by their CSV
 * line ("Line 149") instead of their position in the array ("Row 148 (index 147)").
 *
 * @example
 * const csv = readMrrSnapshotsCsv(text, { onInvalid: 'skip' });
 * <RowLinesProvider lines={csv.lines}>
 *   <NrrWaterfall snapshots={csv.rows} period="2025-03" onInvalid="skip" />
 * </RowLinesProvider>
 */
export function RowLinesProvider({ lines, children }: RowLinesProviderProps) {
  return <RowLinesContext.Provider value={lines}>{children}</RowLinesContext.Provider>;
}

/**
 * The line of the row an issue is about: its own `line` (an issue mapped with `withCsvLines`), else
 * the nearest {@link RowLinesProvider}'s line for its index, else `undefined`.
 */
export function useIssueLine(): (issue: ValidationIssue) => number | undefined {
  const lines = useContext(RowLinesContext);
  return (issue) => {
    const own = (issue as { line?: unknown }).line;
    if (typeof own === 'number') return own;
    return issue.index === null ? undefined : lines?.[issue.index];
  };
}
