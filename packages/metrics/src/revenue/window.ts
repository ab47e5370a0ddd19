import { assertNoIssues, showValue } from '../core/errors';
import { type MonthIndex, formatPeriod, parsePeriod } from '../core/period';
import type { MovementPeriod, MovementWindow } from './types';

/** A window resolved to month indexes. */
export interface ResolvedWindow {
  from: MonthIndex;
  to: MonthIndex;
}

function readMonth(functionName: string, field: string, value: unknown): MonthIndex {
  const month = parsePeriod(value);
  if (month === null) {
    assertNoIssues(functionName, [
      { index: null, field: `options.${field}`, message: `must be a month 'YYYY-MM', got ${showValue(value)}`, value },
    ]);
  }
  return month!;
}

/** Reads `{ from, to }` or `{ period }` into month indexes, with `from` strictly before `to`. */
export function resolveWindow(
  functionName: string,
  options: Partial<MovementWindow & MovementPeriod> | undefined,
): ResolvedWindow {
  if (options?.period !== undefined) {
    const to = readMonth(functionName, 'period', options.period);
    return { from: to - 1, to };
  }
  if (options?.from === undefined || options.to === undefined) {
    assertNoIssues(functionName, [
      {
        index: null,
        field: 'options',
        message: "needs a window: pass { from: 'YYYY-MM', to: 'YYYY-MM' } or { period: 'YYYY-MM' }",
      },
    ]);
  }
  const from = readMonth(functionName, 'from', options!.from);
  const to = readMonth(functionName, 'to', options!.to);
  if (from >= to) {
    assertNoIssues(functionName, [
      {
        index: null,
        field: 'options.to',
        message: `must be after from (${formatPeriod(from)}), got ${formatPeriod(to)}`,
        value: options!.to,
      },
    ]);
  }
  return { from, to };
}
