import { scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';

/** Which way a value moved. */
export type ChangeDirection = 'up' | 'down' | 'flat';

/** Whether a change is good news: `positive`, `negative`, or `neutral` when nothing changed. */
export type ChangeTone = 'positive' | 'negative' | 'neutral';

/** A value's change against a previous value. */
export interface MetricChange {
  /** value − previous. */
  delta: number;
  /** delta / |previous|, or `null` when the previous value is 0. */
  relative: number | null;
  direction: ChangeDirection;
  /** Good or bad news, respecting whether higher is better. */
  tone: ChangeTone;
}

/**
 * The change from `previous` to `value`, toned by whether higher is better; `null` when either is
 * missing.
 *
 * @example
 * metricChange(90, 100, false); // { delta: -10, relative: -0.1, direction: 'down', tone: 'positive' }
 */
export function metricChange(
  value: number | null,
  previous: number | null | undefined,
  higherIsBetter = true,
): MetricChange | null {
  if (value === null || previous === null || previous === undefined) return null;
  const delta = value - previous;
  const direction: ChangeDirection = delta > 0 ? 'up' : delta < 0 ? 'down' : 'flat';
  const tone: ChangeTone =
    direction === 'flat'
      ? 'neutral'
      : (direction === 'up') === higherIsBetter
        ? 'positive'
        : 'negative';
  return { delta, relative: previous === 0 ? null : delta / Math.abs(previous), direction, tone };
}

/** One point of a history, with its period when known. */
export interface HistoryPoint {
  period?: string | undefined;
  value: number | null;
}

/** The history's first, last, lowest and highest values (nulls skipped), or `null` if none. */
export interface HistoryStats {
  first: HistoryPoint & { value: number };
  last: HistoryPoint & { value: number };
  min: HistoryPoint & { value: number };
  max: HistoryPoint & { value: number };
  /** How many points have a value. */
  count: number;
}

/** Reads `history` (plain numbers or `{ period, value }`) into points. */
export function historyPoints(
  history: ReadonlyArray<number | null | HistoryPoint> | undefined,
): HistoryPoint[] {
  return (history ?? []).map((item) =>
    item !== null && typeof item === 'object' ? item : { value: item },
  );
}

/** First, last, lowest and highest of a history, skipping `null` (and non-finite) values. */
export function historyStats(points: readonly HistoryPoint[]): HistoryStats | null {
  const valued = points.filter(
    (p): p is HistoryPoint & { value: number } => p.value !== null && Number.isFinite(p.value),
  );
  if (valued.length === 0) return null;
  return {
    first: valued[0]!,
    last: valued.at(-1)!,
    min: valued.reduce((a, b) => (b.value < a.value ? b : a)),
    max: valued.reduce((a, b) => (b.value > a.value ? b : a)),
    count: valued.length,
  };
}

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
  const y = scaleLinear()
    .domain(low === high ? [low - 1, high + 1] : [low, high])
    .range([layout.height - inset, inset]);
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
}): MetricCardProblem[] {
  const problems: MetricCardProblem[] = [];
  const check = (field: string, value: unknown) => {
    if (!isFiniteOrNull(value)) {
      problems.push({ field, message: `${FINITE_OR_NULL}, got ${shown(value)}` });
    }
  };
  check('value', props.value);
  if (props.previousValue !== undefined) check('previousValue', props.previousValue);
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
