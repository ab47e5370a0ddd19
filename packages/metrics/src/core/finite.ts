import { MetricsInputError } from './errors';

/**
 * The largest total Vitals adds up: `Number.MAX_VALUE` less one part in a million (about
 * 1.797e308). The margin covers the rounding of up to a billion additions, so no part of a total,
 * added in any order, can round past the largest double to `Infinity` (SPEC §2: finite input
 * never yields `NaN` or `±Infinity`).
 */
export const SAFE_TOTAL = Number.MAX_VALUE * (1 - 1e-6);

/** The words every overflow message carries (SPEC §2). */
export const TOO_LARGE = 'too large to sum safely';

/**
 * `value` when it is a finite number; otherwise (a sum or ratio of finite inputs that overflowed
 * to `±Infinity`, or `NaN` from `Infinity − Infinity`) throws a `MetricsInputError` naming
 * `field` (and `index` for a row) with the message "… too large to sum safely". The one check a
 * result goes through before it is returned, so hot loops stay free of per-row checks.
 */
export function finite(
  functionName: string,
  field: string,
  value: number,
  index: number | null = null,
  what = 'the result',
): number {
  if (value - value === 0) return value;
  throw new MetricsInputError(functionName, [
    {
      index,
      field,
      message: `makes ${what} ${TOO_LARGE} (it would not be a finite number)`,
    },
  ]);
}
