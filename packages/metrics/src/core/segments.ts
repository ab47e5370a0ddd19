import { showValue, throwInputError } from './errors';
import { NEVER_PAID, type RowIndex } from './rowIndex';

/**
 * One segment value (`'SMB'`) or several (`['SMB', 'Mid-Market']`): the accounts of those
 * segments only.
 */
export type SegmentFilter = string | readonly string[];

/** The segment option of every function that reads MRR snapshots. */
export interface SegmentOptions {
  /**
   * Keep only the accounts of this segment (or of any of these segments). An account belongs to
   * the segment named by its first row that names one; an account with no segment is left out of
   * every filter. The window, the last month of the data and the row issues still come from all
   * the rows, so the segments of one book add up to the book.
   * @default every account
   */
  segment?: SegmentFilter | undefined;
}

/**
 * Reads `options.segment`: `undefined`, a non-empty string or a non-empty array of non-empty
 * strings; the set of segment values to keep, or `null` for every account.
 */
export function readSegmentFilter(functionName: string, value: unknown): Set<string> | null {
  if (value === undefined) return null;
  const isName = (name: unknown) => typeof name === 'string' && name.length > 0;
  if (isName(value)) return new Set([value as string]);
  if (Array.isArray(value) && value.length > 0 && value.every(isName)) {
    return new Set(value as string[]);
  }
  throwInputError(
    functionName,
    'options.segment',
    `must be a segment name or a non-empty array of segment names, got ${showValue(value)}`,
    value,
  );
}

/**
 * The part of a row index that belongs to the accounts of the given segments: the same columns,
 * compacted, with the same currency, last month and issues (they describe the whole input).
 */
export function restrictToSegments(index: RowIndex, keep: Set<string> | null): RowIndex {
  if (keep === null) return index;
  const { accountIds, segments, firstPaid, start, months, amounts } = index;
  const kept: number[] = [];
  let rows = 0;
  for (let a = 0; a < accountIds.length; a++) {
    const segment = segments[a];
    if (segment !== undefined && keep.has(segment)) {
      kept.push(a);
      rows += start[a + 1]! - start[a]!;
    }
  }
  const nextStart = new Int32Array(kept.length + 1);
  const nextFirstPaid = new Int32Array(kept.length).fill(NEVER_PAID);
  const nextMonths = new Int32Array(rows);
  const nextAmounts = new Float64Array(rows);
  let at = 0;
  kept.forEach((a, k) => {
    nextStart[k] = at;
    nextFirstPaid[k] = firstPaid[a]!;
    nextMonths.set(months.subarray(start[a]!, start[a + 1]!), at);
    nextAmounts.set(amounts.subarray(start[a]!, start[a + 1]!), at);
    at += start[a + 1]! - start[a]!;
  });
  nextStart[kept.length] = at;
  return {
    ...index,
    accountIds: kept.map((a) => accountIds[a]!),
    segments: kept.map((a) => segments[a]),
    firstPaid: nextFirstPaid,
    start: nextStart,
    months: nextMonths,
    amounts: nextAmounts,
  };
}

/**
 * A key that changes only when a segment filter changes, for hooks' memo dependencies (an array
 * literal is a new object on every render).
 */
export function segmentKey(value: unknown): unknown {
  return Array.isArray(value) ? JSON.stringify(value) : value;
}
