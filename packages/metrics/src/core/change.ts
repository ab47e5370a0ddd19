import { throwMustBe } from './errors';
import { finite } from './finite';
import { readOptions } from './options';
import { readOwn } from './read';

/** Which way a value moved. */
export type ChangeDirection = 'up' | 'down' | 'flat';

/** Whether a change is good news: `positive`, `negative`, or `neutral` when nothing changed. */
export type ChangeTone = 'positive' | 'negative' | 'neutral';

/** A value's change against a previous value (the result of {@link metricChange}). */
export interface MetricChange {
  /** value − previous. */
  delta: number;
  /** delta / |previous|, or `null` when the previous value is 0. */
  relative: number | null;
  direction: ChangeDirection;
  /** Good or bad news, respecting whether higher is better. */
  tone: ChangeTone;
}

/** Options of {@link metricChange}. */
export interface MetricChangeOptions {
  /**
   * Whether a higher value is good news (NRR) or bad news (churn).
   * @default true
   */
  higherIsBetter?: boolean | undefined;
}

const isFiniteOrNull = (value: unknown) =>
  value === null || (typeof value === 'number' && Number.isFinite(value));

/**
 * The change from `previous` to `value`: the difference, the relative change (against
 * |previous|, `null` when it is 0), its direction and whether it is good news; `null` when either
 * value is missing (`null`, or `previous` left out). A value that is not a finite number or `null`
 * is a `MetricsInputError` naming `value` or `previous`.
 *
 * @example
 * metricChange(90, 100, { higherIsBetter: false });
 * // { delta: -10, relative: -0.1, direction: 'down', tone: 'positive' }
 */
export function metricChange(
  value: number | null,
  previous: number | null | undefined,
  options?: MetricChangeOptions,
): MetricChange | null {
  options = readOptions('metricChange', options);
  const higherIsBetter = readOwn(options, 'higherIsBetter') ?? true;
  if (typeof higherIsBetter !== 'boolean') {
    throwMustBe('metricChange', 'options.higherIsBetter', 'true or false', higherIsBetter);
  }
  if (!isFiniteOrNull(value)) {
    throwMustBe('metricChange', 'value', 'a finite number or null', value);
  }
  if (previous !== undefined && !isFiniteOrNull(previous)) {
    throwMustBe('metricChange', 'previous', 'a finite number, null or left out', previous);
  }
  if (value === null || previous === null || previous === undefined) return null;
  const delta = finite('metricChange', 'value', value - previous, null, 'the change');
  const direction: ChangeDirection = delta > 0 ? 'up' : delta < 0 ? 'down' : 'flat';
  const tone: ChangeTone =
    direction === 'flat'
      ? 'neutral'
      : (direction === 'up') === higherIsBetter
        ? 'positive'
        : 'negative';
  const relative =
    previous === 0
      ? null
      : finite('metricChange', 'previous', delta / Math.abs(previous), null, 'the relative change');
  return { delta, relative, direction, tone };
}
