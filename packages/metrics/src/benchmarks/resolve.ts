import {
  type ValidationIssue,
  assertNoIssues,
  mustBe,
  showValue,
  throwInputError,
  throwMustBe,
} from '../core/errors';
import { finite } from '../core/finite';
import { orDefault, readOptions } from '../core/options';
import { DEFAULT_BENCHMARKS } from './table';
import type {
  BenchmarkBound,
  BenchmarkCompounding,
  BenchmarkDefinition,
  BenchmarkEntry,
  BenchmarkMetric,
  BenchmarkOptions,
  BenchmarkPeriod,
  BenchmarkRating,
  BenchmarkThresholds,
} from './types';

/** The ratings that have an edge, best first; anything past `fair` is poor. */
export const RATED: readonly Exclude<BenchmarkRating, 'poor'>[] = ['excellent', 'good', 'fair'];

/** One metric's benchmark, resolved for a segment and converted to the caller's period. */
export interface ResolvedBenchmark {
  metric: BenchmarkMetric;
  definition: BenchmarkDefinition;
  entry: BenchmarkEntry;
  /** The table segment used, or `null` for the default entry. */
  segment: string | null;
  /** The period the thresholds below are in, or `null` for metrics that are not rates. */
  period: BenchmarkPeriod | null;
  /** The entry's thresholds, converted to `period`. */
  thresholds: BenchmarkThresholds;
}

const PERIODS: readonly BenchmarkPeriod[] = ['monthly', 'annual'];
const DIRECTIONS = ['higher-is-better', 'lower-is-better'];

const normalise = (segment: string) => segment.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

function pickEntry(
  functionName: string,
  metric: string,
  definition: BenchmarkDefinition,
  segment: string | undefined,
): { entry: BenchmarkEntry; segment: string | null } {
  const segments = definition.segments ?? {};
  if (segment !== undefined) {
    if (typeof segment !== 'string') {
      throwMustBe(functionName, 'options.segment', 'a string', segment);
    }
    const key = Object.hasOwn(segments, segment)
      ? segment
      : Object.keys(segments).find((name) => normalise(name) === normalise(segment));
    if (key !== undefined) return { entry: segments[key]!, segment: key };
  }
  if (definition.default !== undefined) return { entry: definition.default, segment: null };
  const known = Object.keys(segments)
    .map((name) => `'${name}'`)
    .join(', ');
  return throwInputError(
    functionName,
    'options.segment',
    segment === undefined
      ? `is required: ${metric} benchmarks depend on the segment (one of ${known})`
      : `has no ${metric} benchmark, got ${showValue(segment)}; known segments: ${known}`,
    segment,
  );
}

function entryIssues(
  where: string,
  definition: BenchmarkDefinition,
  entry: BenchmarkEntry,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const thresholds = entry?.thresholds as Partial<BenchmarkThresholds> | undefined;
  if (thresholds === null || typeof thresholds !== 'object') {
    return [
      {
        index: null,
        field: `${where}.thresholds`,
        message: 'must be an object with excellent, good and fair edges',
      },
    ];
  }
  const bounds: number[] = [];
  for (const rating of RATED) {
    const bound = thresholds[rating] as Partial<BenchmarkBound> | undefined;
    if (
      bound === null ||
      typeof bound !== 'object' ||
      typeof bound.value !== 'number' ||
      !Number.isFinite(bound.value) ||
      typeof bound.inclusive !== 'boolean'
    ) {
      issues.push({
        index: null,
        field: `${where}.thresholds.${rating}`,
        message: 'must be { value: a finite number, inclusive: true or false }',
        value: bound,
      });
    } else {
      bounds.push(bound.value);
    }
  }
  if (issues.length === 0) {
    const [excellent, good, fair] = bounds as [number, number, number];
    const ordered =
      definition.direction === 'higher-is-better'
        ? excellent >= good && good >= fair
        : excellent <= good && good <= fair;
    if (!ordered) {
      issues.push({
        index: null,
        field: `${where}.thresholds`,
        message: `must run from excellent to fair in the ${definition.direction} direction, got ${excellent}, ${good}, ${fair}`,
      });
    }
  }
  if (entry.period !== undefined && !PERIODS.includes(entry.period)) {
    issues.push(mustBe(null, `${where}.period`, "'monthly' or 'annual'", entry.period));
  }
  return issues;
}

/** Converts a rate from one period to another (monotone increasing, so edges keep their order). */
export function convertRate(
  value: number,
  from: BenchmarkPeriod,
  to: BenchmarkPeriod,
  compounding: BenchmarkCompounding,
): number {
  if (from === to) return value;
  const exponent = from === 'monthly' ? 12 : 1 / 12;
  return compounding === 'churn' ? 1 - (1 - value) ** exponent : value ** exponent;
}

/**
 * Finds a metric's thresholds in the table for a segment, validates them (a table may come from
 * a user), and converts them to the period the caller's values cover.
 */
export function resolveBenchmark(
  functionName: string,
  metric: BenchmarkMetric,
  options: BenchmarkOptions | undefined,
): ResolvedBenchmark {
  options = readOptions(functionName, options);
  const table = orDefault(options.table, DEFAULT_BENCHMARKS);
  if (table === null || typeof table !== 'object' || Array.isArray(table)) {
    throwMustBe(functionName, 'options.table', 'a benchmark table', table);
  }
  const definition =
    typeof metric === 'string' && Object.hasOwn(table, metric) ? table[metric] : undefined;
  if (definition === undefined) {
    throwInputError(
      functionName,
      'metric',
      `has no entry in the benchmark table, got ${showValue(metric)}; known metrics: ${Object.keys(table).join(', ')}`,
      metric,
    );
  }
  const def = definition;
  const where = `options.table.${metric}`;
  if (def === null || typeof def !== 'object' || Array.isArray(def)) {
    throwMustBe(functionName, where, 'a benchmark definition', def);
  }
  if (!DIRECTIONS.includes(def.direction)) {
    throwMustBe(
      functionName,
      `${where}.direction`,
      "'higher-is-better' or 'lower-is-better'",
      def.direction,
    );
  }
  const { entry, segment } = pickEntry(functionName, metric, def, options.segment);
  const issues = entryIssues(
    segment === null ? `${where}.default` : `${where}.segments.${segment}`,
    def,
    entry,
  );
  assertNoIssues(functionName, issues);

  const requested = options.period;
  if (requested !== undefined && !PERIODS.includes(requested)) {
    throwMustBe(functionName, 'options.period', "'monthly' or 'annual'", requested);
  }
  if (entry.period === undefined) {
    if (requested !== undefined) {
      throwInputError(
        functionName,
        'options.period',
        `does not apply: ${metric} is not a rate over time, got ${showValue(requested)}`,
        requested,
      );
    }
    return { metric, definition: def, entry, segment, period: null, thresholds: entry.thresholds };
  }

  const period = requested ?? def.assumedPeriod ?? entry.period;
  if (period === entry.period) {
    return { metric, definition: def, entry, segment, period, thresholds: entry.thresholds };
  }
  const compounding = def.compounding;
  if (compounding !== 'churn' && compounding !== 'retention') {
    throwMustBe(
      functionName,
      `${where}.compounding`,
      `'churn' or 'retention' to compare a ${period} value with ${entry.period} thresholds`,
      compounding,
    );
  }
  const thresholds = {} as BenchmarkThresholds;
  const bad: ValidationIssue[] = [];
  for (const rating of RATED) {
    const { value, inclusive } = entry.thresholds[rating];
    const inRange = compounding === 'churn' ? value >= 0 && value <= 1 : value >= 0;
    if (!inRange) {
      bad.push({
        index: null,
        field: `${where}.thresholds.${rating}`,
        message: `must be ${compounding === 'churn' ? 'between 0 and 1' : '≥ 0'} to convert between periods, got ${value}`,
        value,
      });
    }
    thresholds[rating] = {
      // Compounding a huge rate (1e30 a month) overflows: an input error, not an Infinity edge.
      value: finite(
        functionName,
        `${where}.thresholds.${rating}`,
        convertRate(value, entry.period, period, compounding!),
      ),
      inclusive,
    };
  }
  assertNoIssues(functionName, bad);
  return { metric, definition: def, entry, segment, period, thresholds };
}
