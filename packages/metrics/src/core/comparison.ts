import { type Grain, formatGrainPeriod, isGrain, parseGrainPeriod } from './calendar';
import { showValue, throwInputError } from './errors';
import type { HistoryPoint } from './historyStats';

/**
 * What a figure is compared with:
 * - `'previous-period'`: the period just before (a window: the window of the same length just
 *   before it);
 * - `'previous-year'`: the same period a year earlier (12 months, 4 quarters or 1 year back).
 */
export type CompareTo = 'previous-period' | 'previous-year';

/** Periods of each grain in a year. */
const PER_YEAR: Readonly<Record<Grain, number>> = { month: 12, quarter: 4, year: 1 };

function readCompareTo(functionName: string, value: unknown): CompareTo {
  if (value === 'previous-period' || value === 'previous-year') return value;
  throwInputError(
    functionName,
    'compareTo',
    `must be 'previous-period' or 'previous-year', got ${showValue(value)}`,
    value,
  );
}

/** The grain a label is written in: `'2025-Q1'` a quarter, `'2025'` a year, else a month. */
function grainOfLabel(value: unknown): Grain {
  if (typeof value === 'string' && /^\d{4}-Q[1-4]$/.test(value)) return 'quarter';
  if (typeof value === 'string' && /^\d{4}$/.test(value)) return 'year';
  return 'month';
}

function readLabel(functionName: string, field: string, value: unknown, grain: Grain): number {
  const index = parseGrainPeriod(value, grain);
  if (index === null) {
    throwInputError(
      functionName,
      field,
      `must be a period 'YYYY-MM', 'YYYY-Qn' or 'YYYY', got ${showValue(value)}`,
      value,
    );
  }
  return index!;
}

function shifted(functionName: string, field: string, index: number, grain: Grain): string {
  if (index < 0) {
    throwInputError(
      functionName,
      field,
      'has no comparison period within years 0000–9999',
      formatGrainPeriod(index + 1, grain),
    );
  }
  return formatGrainPeriod(index, grain);
}

/**
 * The period a period is compared with, in the same grain as its label: the one before
 * (`'previous-period'`) or the same one a year earlier (`'previous-year'`).
 *
 * @example
 * comparisonPeriod('2025-03', 'previous-year'); // '2024-03'
 * comparisonPeriod('2025-Q1', 'previous-period'); // '2024-Q4'
 */
export function comparisonPeriod(period: string, compareTo: CompareTo): string {
  const mode = readCompareTo('comparisonPeriod', compareTo);
  const grain = grainOfLabel(period);
  const index = readLabel('comparisonPeriod', 'period', period, grain);
  const back = mode === 'previous-year' ? PER_YEAR[grain] : 1;
  return shifted('comparisonPeriod', 'period', index - back, grain);
}

/** A window between two period ends, as `mrrMovements` and `retentionSeries` take it. */
export interface ComparisonWindow {
  from: string;
  to: string;
  /** @default 'month' */
  grain?: Grain | undefined;
}

/**
 * The window a window is compared with: the window of the same length that ends where this one
 * starts (`'previous-period'`), or the same window a year earlier (`'previous-year'`). Labels come
 * back in the window's grain.
 *
 * @example
 * comparisonWindow({ from: '2025-01', to: '2025-04' }, 'previous-period'); // { from: '2024-10', to: '2025-01' }
 * comparisonWindow({ from: '2025-Q1', to: '2025-Q2', grain: 'quarter' }, 'previous-year');
 * // { from: '2024-Q1', to: '2024-Q2' }
 */
export function comparisonWindow(
  window: ComparisonWindow,
  compareTo: CompareTo,
): { from: string; to: string } {
  const mode = readCompareTo('comparisonWindow', compareTo);
  if (window === null || typeof window !== 'object') {
    throwInputError('comparisonWindow', 'window', `must be { from, to }, got ${showValue(window)}`);
  }
  const grain = window.grain ?? 'month';
  if (!isGrain(grain)) {
    throwInputError(
      'comparisonWindow',
      'window.grain',
      `must be 'month', 'quarter' or 'year', got ${showValue(grain)}`,
      grain,
    );
  }
  const from = readLabel('comparisonWindow', 'window.from', window.from, grain);
  const to = readLabel('comparisonWindow', 'window.to', window.to, grain);
  if (to <= from) {
    throwInputError(
      'comparisonWindow',
      'window.to',
      `must be after window.from, got ${showValue(window.to)}`,
      window.to,
    );
  }
  const back = mode === 'previous-year' ? PER_YEAR[grain] : to - from;
  return {
    from: shifted('comparisonWindow', 'window.from', from - back, grain),
    to: shifted('comparisonWindow', 'window.to', to - back, grain),
  };
}

/**
 * The point of a history that its last point is compared with: the point labelled with the last
 * point's comparison period when the points carry periods, otherwise (previous period only) the
 * point just before the last. `null` when the history has no such point.
 *
 * @example
 * comparisonPoint(
 *   [{ period: '2024-03', value: 0.97 }, { period: '2025-02', value: 1.0 }, { period: '2025-03', value: 1.02 }],
 *   'previous-year',
 * ); // { period: '2024-03', value: 0.97 }
 */
export function comparisonPoint(
  points: readonly HistoryPoint[],
  compareTo: CompareTo,
): HistoryPoint | null {
  const mode = readCompareTo('comparisonPoint', compareTo);
  const last = points.at(-1);
  if (last === undefined) return null;
  if (last.period === undefined) {
    return mode === 'previous-period' && points.length > 1 ? points.at(-2)! : null;
  }
  const period = comparisonPeriod(last.period, mode);
  return points.find((point) => point.period === period) ?? null;
}
