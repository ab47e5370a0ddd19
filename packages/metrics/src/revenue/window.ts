import { showValue, throwInputError, throwMustBe } from '../core/errors';
import {
  type Grain,
  type GrainIndex,
  type MonthIndex,
  formatGrainPeriod,
  isGrain,
  lastMonthOf,
  parseGrainPeriod,
} from '../core/calendar';
import type { GrainOptions, MovementPeriod, MovementWindow } from './types';

/** A window resolved to period indexes of its grain. */
export interface ResolvedWindow {
  grain: Grain;
  /** The starting period. */
  from: GrainIndex;
  /** The ending period, after `from`. */
  to: GrainIndex;
}

const EXPECTED: Readonly<Record<Grain, string>> = {
  month: "a month 'YYYY-MM'",
  quarter: "a quarter 'YYYY-Qn' or a month 'YYYY-MM' (read as its quarter)",
  year: "a year 'YYYY' or a month 'YYYY-MM' (read as its year)",
};

function readGrain(functionName: string, value: unknown): Grain {
  if (value === undefined) return 'month';
  if (!isGrain(value)) {
    throwMustBe(functionName, 'options.grain', "'month', 'quarter' or 'year'", value);
  }
  return value as Grain;
}

function readPeriod(functionName: string, field: string, value: unknown, grain: Grain): GrainIndex {
  const period = parseGrainPeriod(value, grain);
  if (period === null) {
    throwMustBe(functionName, `options.${field}`, EXPECTED[grain], value);
  }
  return period!;
}

/**
 * Reads `{ from, to }` or `{ period }` (and `grain`) into period indexes, with `from` strictly before
 * `to`; `{ period: P }` is the one-period window from P − 1 to P. Both `period` and `from`/`to`
 * is a `MetricsInputError` naming `options.period`.
 */
export function resolveWindow(
  functionName: string,
  options: Partial<MovementWindow & MovementPeriod> & GrainOptions,
): ResolvedWindow {
  if (options === null || typeof options !== 'object') {
    throwInputError(functionName, 'options', `must be an object, got ${showValue(options)}`);
  }
  const grain = readGrain(functionName, options.grain);
  if (options.period !== undefined && (options.from !== undefined || options.to !== undefined)) {
    // Two windows: neither silently wins.
    throwInputError(
      functionName,
      'options.period',
      `cannot be combined with options.from or options.to: pass { period } or { from, to }, got period ${showValue(options.period)}`,
      options.period,
    );
  }
  if (options.period !== undefined) {
    const to = readPeriod(functionName, 'period', options.period, grain);
    if (to === 0) {
      // The calendar starts at 0000-01: there is no period before the first one to start from.
      throwInputError(
        functionName,
        'options.period',
        `must have a ${grain} before it within years 0000–9999, got ${showValue(options.period)}`,
        options.period,
      );
    }
    return { grain, from: to - 1, to };
  }
  if (options.from === undefined || options.to === undefined) {
    throwInputError(
      functionName,
      'options',
      "needs a window: pass { from: 'YYYY-MM', to: 'YYYY-MM' } or { period: 'YYYY-MM' }",
    );
  }
  const from = readPeriod(functionName, 'from', options.from, grain);
  const to = readPeriod(functionName, 'to', options.to, grain);
  if (from >= to) {
    throwInputError(
      functionName,
      'options.to',
      `must be after from (${formatGrainPeriod(from, grain)}), got ${formatGrainPeriod(to, grain)}`,
      options.to,
    );
  }
  return { grain, from, to };
}

/** The month whose ending MRR stands for each period from `from` to `to` (SPEC §3: its last month). */
export function pointsOf(window: ResolvedWindow, consecutive: boolean): MonthIndex[] {
  const { grain, from, to } = window;
  if (!consecutive) return [lastMonthOf(from, grain), lastMonthOf(to, grain)];
  const points: MonthIndex[] = [];
  for (let period = from; period <= to; period++) points.push(lastMonthOf(period, grain));
  return points;
}
