import { throwMustBe } from '../core/errors';
import { RATED, resolveBenchmark } from './resolve';
import type {
  BenchmarkBound,
  BenchmarkDirection,
  BenchmarkMetric,
  BenchmarkOptions,
  BenchmarkRating,
} from './types';

/** Whether `value` reaches an edge: ≥ (or >) when higher is better, ≤ (or <) when lower is. */
export function reaches(
  value: number,
  bound: BenchmarkBound,
  direction: BenchmarkDirection,
): boolean {
  if (direction === 'higher-is-better')
    return bound.inclusive ? value >= bound.value : value > bound.value;
  return bound.inclusive ? value <= bound.value : value < bound.value;
}

/**
 * Rates a metric's value against its benchmark: the best of `excellent`, `good`, `fair` whose edge
 * the value reaches (≥ the edge when higher is better, ≤ when lower is better; `>`/`<` for
 * exclusive edges), else `poor`; `null` for a `null` value.
 *
 * Thresholds come from `options.table` (default {@link DEFAULT_BENCHMARKS}), for `options.segment`
 * when the metric has per-segment thresholds (logo churn: `'SMB'`, `'Mid-Market'`,
 * `'Enterprise'`). A rate over another period than its thresholds is compared after converting the
 * thresholds to the value's period (for churn, monthly = 1 − (1 − annual)^(1/12), which is the same
 * as annualising the value with 1 − (1 − monthly)^12), so the rating always matches the bands
 * {@link benchmarkBands} draws.
 *
 * @example
 * rateAgainstBenchmark('nrr', 1.12); // 'good' (above 100 %, below the 120 % top quartile)
 * rateAgainstBenchmark('logoChurn', 0.004, { segment: 'Enterprise' }); // 'excellent': 0.4 % a month is 4.7 % a year
 * rateAgainstBenchmark('nps', null); // null
 */
export function rateAgainstBenchmark(
  metric: BenchmarkMetric,
  value: number | null,
  options?: BenchmarkOptions,
): BenchmarkRating | null {
  const benchmark = resolveBenchmark('rateAgainstBenchmark', metric, options);
  if (value === null || value === undefined) return null;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throwMustBe('rateAgainstBenchmark', 'value', 'a finite number or null', value);
  }
  const { direction } = benchmark.definition;
  for (const rating of RATED) {
    if (reaches(value, benchmark.thresholds[rating], direction)) return rating;
  }
  return 'poor';
}
