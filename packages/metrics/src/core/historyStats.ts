import { type ValidationIssue, assertNoIssues, mustBe, showValue, throwMustBe } from './errors';
import { readOwn } from './read';

/** One point of a history, with its period when known. */
export interface HistoryPoint {
  period?: string | undefined;
  value: number | null;
}

/** A history's first, last, lowest and highest points (the result of {@link historyStats}). */
export interface HistoryStats {
  first: HistoryPoint & { value: number };
  last: HistoryPoint & { value: number };
  /** The lowest point (the first of equal ones). */
  min: HistoryPoint & { value: number };
  /** The highest point (the first of equal ones). */
  max: HistoryPoint & { value: number };
  /** How many points have a value. */
  count: number;
}

const isFiniteOrNull = (value: unknown) =>
  value === null || (typeof value === 'number' && Number.isFinite(value));

/**
 * Reads a history (plain numbers, `null` for a gap, or `{ period, value }`, oldest first) into
 * points, each read once: a value that is not a finite number or `null`, or a period that is not a
 * string, is a `MetricsInputError` naming the point's index and field (`value`, `period`, `row`).
 *
 * @example
 * historyPoints([3, null, { period: '2025-03', value: 5 }]);
 * // [{ value: 3 }, { value: null }, { period: '2025-03', value: 5 }]
 */
export function historyPoints(
  history: ReadonlyArray<number | null | HistoryPoint> | undefined,
): HistoryPoint[] {
  if (history === undefined) return [];
  if (!Array.isArray(history)) {
    throwMustBe(
      'historyPoints',
      'history',
      'an array of numbers, null or { period, value }',
      history,
    );
  }
  const issues: ValidationIssue[] = [];
  const points: HistoryPoint[] = [];
  for (let index = 0; index < history.length; index++) {
    const item: unknown = history[index];
    if (item === null || typeof item === 'number') {
      if (isFiniteOrNull(item)) points.push({ value: item });
      else {
        const message = `must be a finite number or null, got ${showValue(item)}`;
        issues.push({ index, field: 'value', message, value: item });
      }
      continue;
    }
    if (typeof item !== 'object' || Array.isArray(item)) {
      issues.push(mustBe(index, 'row', 'a number, null or { period, value }', item));
      continue;
    }
    let value: unknown;
    let period: unknown;
    try {
      value = readOwn(item, 'value');
      period = readOwn(item, 'period');
    } catch {
      issues.push({ index, field: 'row', message: 'could not be read: reading it threw' });
      continue;
    }
    const before = issues.length;
    if (!isFiniteOrNull(value)) {
      issues.push(mustBe(index, 'value', 'a finite number or null', value));
    }
    if (period !== undefined && typeof period !== 'string') {
      issues.push(mustBe(index, 'period', "a period label such as '2025-03'", period));
    }
    if (issues.length > before) continue;
    points.push(
      period === undefined
        ? { value: value as number | null }
        : { period: period as string, value: value as number | null },
    );
  }
  assertNoIssues('historyPoints', issues);
  return points;
}

/**
 * The first, last, lowest and highest points of a history (numbers, `null` gaps or
 * `{ period, value }`, oldest first; gaps skipped) and how many have a value; `null` when none
 * does. Bad points are a `MetricsInputError` as in {@link historyPoints}.
 *
 * @example
 * historyStats([1.02, null, { period: '2025-03', value: 0.98 }, 1.12]);
 * // { first: { value: 1.02 }, last: { value: 1.12 }, min: { period: '2025-03', value: 0.98 },
 * //   max: { value: 1.12 }, count: 3 }
 */
export function historyStats(
  history: ReadonlyArray<number | null | HistoryPoint> | undefined,
): HistoryStats | null {
  let stats: HistoryStats | null = null;
  for (const point of historyPoints(history)) {
    if (point.value === null) continue;
    const valued = point as HistoryPoint & { value: number };
    if (stats === null) {
      stats = { first: valued, last: valued, min: valued, max: valued, count: 1 };
      continue;
    }
    stats.last = valued;
    if (valued.value < stats.min.value) stats.min = valued;
    if (valued.value > stats.max.value) stats.max = valued;
    stats.count++;
  }
  return stats;
}
