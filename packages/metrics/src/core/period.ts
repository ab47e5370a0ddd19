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

/** The length of the periods a view is built from. */
export type Grain = 'month' | 'quarter' | 'year';

/**
 * A period of a grain as an integer: the month index at month grain, `year × 4 + quarter − 1` at
 * quarter grain, the year at year grain. Consecutive periods differ by 1.
 */
export type GrainIndex = number;

const MONTHS_PER_GRAIN: Readonly<Record<Grain, number>> = { month: 1, quarter: 3, year: 12 };
const QUARTER = /^(\d{4})-Q([1-4])$/;
const YEAR = /^(\d{4})$/;

/** Whether `value` names a grain. */
export function isGrain(value: unknown): value is Grain {
  return value === 'month' || value === 'quarter' || value === 'year';
}

/**
 * Reads a period of `grain`: a month or date is taken as the period that contains it; at quarter
 * grain `'2025-Q1'` and at year grain `'2025'` are read as labels. `null` when unreadable.
 */
export function parseGrainPeriod(value: unknown, grain: Grain): GrainIndex | null {
  const month = parsePeriod(value);
  if (month !== null) return Math.floor(month / MONTHS_PER_GRAIN[grain]);
  if (typeof value !== 'string') return null;
  const match =
    grain === 'quarter' ? QUARTER.exec(value) : grain === 'year' ? YEAR.exec(value) : null;
  if (match === null) return null;
  return grain === 'quarter' ? Number(match[1]) * 4 + Number(match[2]) - 1 : Number(match[1]);
}

/** Labels a period of `grain`: `'2025-01'` (month), `'2025-Q1'` (quarter) or `'2025'` (year). */
export function formatGrainPeriod(index: GrainIndex, grain: Grain): string {
  if (grain === 'month') return formatPeriod(index);
  if (grain === 'quarter') {
    const year = Math.floor(index / 4);
    return `${String(year).padStart(4, '0')}-Q${index - year * 4 + 1}`;
  }
  return String(index).padStart(4, '0');
}

/** The last month of a period: the month whose ending MRR is the period's MRR (SPEC §3). */
export function lastMonthOf(index: GrainIndex, grain: Grain): MonthIndex {
  const length = MONTHS_PER_GRAIN[grain];
  return index * length + length - 1;
}
