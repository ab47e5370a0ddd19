import type { HistoryPoint } from '@vitals/metrics';
import { scalePoint } from 'd3-scale';
import { linearScale } from '../internal/chart/layout';
import { line } from 'd3-shape';

/** A laid-out sparkline: its path (broken at gaps) and the last point's position. */
export interface SparklineGeometry {
  path: string;
  last: { x: number; y: number } | null;
}

/**
 * Lays out a sparkline across `width` × `height` with `inset` pixels of room for the end dot:
 * x by position in the history, y from the lowest to the highest value (a flat history sits in the
 * middle). Gaps (`null`) break the line.
 */
export function sparklineGeometry(
  points: readonly HistoryPoint[],
  layout: { width: number; height: number; inset?: number },
): SparklineGeometry {
  const inset = layout.inset ?? 3;
  const isValued = (p: HistoryPoint) => p.value !== null && Number.isFinite(p.value);
  const values = points.filter(isValued).map((p) => p.value!);
  if (values.length === 0) return { path: '', last: null };
  const low = Math.min(...values);
  const high = Math.max(...values);
  // First point at the left inset, last at the right one; a lone point stays at the left.
  const x = scalePoint<number>()
    .domain(points.map((_, index) => index))
    .range([inset, Math.max(inset, layout.width - inset)])
    .align(0);
  const y = linearScale(low === high ? [low - 1, high + 1] : [low, high], [
    layout.height - inset,
    inset,
  ]);
  let lastIndex = points.length - 1;
  while (!isValued(points[lastIndex]!)) lastIndex--;
  return {
    path:
      line<HistoryPoint>()
        .defined(isValued)
        .x((_, index) => x(index)!)
        .y((p) => y(p.value!))(points) ?? '',
    last: { x: x(lastIndex)!, y: y(points[lastIndex]!.value!) },
  };
}

/** One unusable number given to a card: which prop (`value`, `history[3].value`) and what is wrong. */
export interface MetricCardProblem {
  field: string;
  message: string;
}

/** A value as a message shows it: `NaN`, `Infinity`, `'12'`, `an array`, `an object`. */
function shown(value: unknown): string {
  if (typeof value === 'string') return `'${value.length > 40 ? `${value.slice(0, 40)}…` : value}'`;
  if (typeof value === 'number' || typeof value === 'boolean' || value == null) {
    return String(value);
  }
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a value of type ${typeof value}`;
}

const isFiniteOrNull = (value: unknown) =>
  value === null || (typeof value === 'number' && Number.isFinite(value));

const FINITE_OR_NULL = 'must be a finite number or null';

/**
 * Every number a card was given that it cannot show: `value` (a finite number or `null`),
 * `previousValue` (the same, or left out) and each `history` entry (a finite number, `null` or
 * `{ period?, value }`). Empty when all of them are usable.
 *
 * @example
 * metricCardProblems({ value: NaN, history: [1, '2'] });
 * // [{ field: 'value', message: 'must be a finite number or null, got NaN' },
 * //  { field: 'history[1]', message: "must be a finite number, null or { period, value }, got '2'" }]
 */
export function metricCardProblems(props: {
  value: unknown;
  previousValue?: unknown;
  history?: unknown;
  interval?: unknown;
}): MetricCardProblem[] {
  const problems: MetricCardProblem[] = [];
  const check = (field: string, value: unknown) => {
    if (!isFiniteOrNull(value)) {
      problems.push({ field, message: `${FINITE_OR_NULL}, got ${shown(value)}` });
    }
  };
  check('value', props.value);
  if (props.previousValue !== undefined) check('previousValue', props.previousValue);
  problems.push(...intervalProblems(props.interval));
  const { history } = props;
  if (history == null) return problems;
  if (!Array.isArray(history)) {
    problems.push({ field: 'history', message: `must be an array, got ${shown(history)}` });
    return problems;
  }
  history.forEach((item: unknown, index) => {
    const field = `history[${index}]`;
    if (item === null || typeof item === 'number') return check(field, item);
    if (typeof item !== 'object' || Array.isArray(item) || !('value' in item)) {
      problems.push({
        field,
        message: `must be a finite number, null or { period, value }, got ${shown(item)}`,
      });
      return;
    }
    const point = item as { period?: unknown; value: unknown };
    check(`${field}.value`, point.value);
    if (point.period !== undefined && typeof point.period !== 'string') {
      problems.push({
        field: `${field}.period`,
        message: `must be a period label such as '2025-03', got ${shown(point.period)}`,
      });
    }
  });
  return problems;
}

/** A value's interval as `MetricCard` takes it: `{ low, high, level? }` on the value's scale. */
export interface MetricInterval {
  low: number;
  high: number;
  /** The confidence level, a fraction. @default 0.95 */
  level?: number | undefined;
}

const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

/** What is wrong with an `interval` prop (absent and `null` are fine). */
function intervalProblems(interval: unknown): MetricCardProblem[] {
  if (interval === undefined || interval === null) return [];
  if (typeof interval !== 'object' || Array.isArray(interval)) {
    return [
      { field: 'interval', message: `must be { low, high, level? }, got ${shown(interval)}` },
    ];
  }
  const { low, high, level } = interval as Record<string, unknown>;
  const problems: MetricCardProblem[] = [];
  if (!isFiniteNumber(low))
    problems.push({ field: 'interval.low', message: `must be a finite number, got ${shown(low)}` });
  if (!isFiniteNumber(high))
    problems.push({
      field: 'interval.high',
      message: `must be a finite number, got ${shown(high)}`,
    });
  if (isFiniteNumber(low) && isFiniteNumber(high) && low > high)
    problems.push({
      field: 'interval.high',
      message: `must not be below low (${low}), got ${high}`,
    });
  if (level !== undefined && !(isFiniteNumber(level) && level > 0 && level < 1))
    problems.push({
      field: 'interval.level',
      message: `must be a fraction between 0 and 1, got ${shown(level)}`,
    });
  return problems;
}

/**
 * Whether a change from `previous` is within noise: the previous value lies inside the current
 * value's interval (bounds included), so sampling alone could explain the change. `false` without
 * an interval or a previous value, and for no change at all (that is "no change", not noise).
 *
 * @example
 * isWithinNoise(0.75, 0.78, { low: 0.66, high: 0.83 }); // true
 */
export function isWithinNoise(
  value: number | null,
  previous: number | null | undefined,
  interval: MetricInterval | null | undefined,
): boolean {
  if (value === null || previous === null || previous === undefined || !interval) return false;
  if (value === previous) return false;
  return previous >= interval.low && previous <= interval.high;
}
