/**
 * Months are handled internally as integers (`year × 12 + month − 1`) so that month arithmetic is
 * exact and comparisons are cheap; they are formatted back to `'YYYY-MM'` in results.
 */
export type MonthIndex = number;

const PERIOD = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Parses `'YYYY-MM'` or `'YYYY-MM-DD'` (taken as its month) into a month index, or returns `null`
 * when the value is not a real calendar month or date.
 */
export function parsePeriod(value: unknown): MonthIndex | null {
  if (typeof value !== 'string') return null;
  const match = PERIOD.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  if (match[3] !== undefined) {
    const day = Number(match[3]);
    if (day < 1 || day > daysInMonth(year, month)) return null;
  }
  return year * 12 + (month - 1);
}

/** Formats a month index as `'YYYY-MM'`. */
export function formatPeriod(index: MonthIndex): string {
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}
