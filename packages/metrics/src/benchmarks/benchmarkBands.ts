import { resolveBenchmark } from './resolve';
import type { BenchmarkBands, BenchmarkMetric, BenchmarkOptions, BenchmarkRange } from './types';

/**
 * A metric's benchmark as four ranges of values, one per rating, for drawing bands behind a chart:
 * the edges of `options.table` (default {@link DEFAULT_BENCHMARKS}) for `options.segment`, converted
 * to `options.period` for rates over time, in ascending order of value.
 *
 * A value falls in exactly one range, and that range's rating is what
 * {@link rateAgainstBenchmark} returns for it with the same options.
 *
 * @example
 * benchmarkBands('logoChurn', { segment: 'SMB' }).ranges;
 * // [{ rating: 'excellent', min: null, max: 0.03, includesMin: false, includesMax: true },
 * //  { rating: 'good', min: 0.03, max: 0.05, includesMin: false, includesMax: true }, …]
 */
export function benchmarkBands(
  metric: BenchmarkMetric,
  options?: BenchmarkOptions,
): BenchmarkBands {
  const resolved = resolveBenchmark('benchmarkBands', metric, options);
  const { definition, thresholds } = resolved;
  const { excellent, good, fair } = thresholds;
  let ranges: BenchmarkRange[];
  if (definition.direction === 'higher-is-better') {
    // A value reaches an edge from above: an inclusive edge belongs to the better range.
    ranges = [
      {
        rating: 'poor',
        min: null,
        max: fair.value,
        includesMin: false,
        includesMax: !fair.inclusive,
      },
      {
        rating: 'fair',
        min: fair.value,
        max: good.value,
        includesMin: fair.inclusive,
        includesMax: !good.inclusive,
      },
      {
        rating: 'good',
        min: good.value,
        max: excellent.value,
        includesMin: good.inclusive,
        includesMax: !excellent.inclusive,
      },
      {
        rating: 'excellent',
        min: excellent.value,
        max: null,
        includesMin: excellent.inclusive,
        includesMax: false,
      },
    ];
  } else {
    // A value reaches an edge from below: an inclusive edge belongs to the better range.
    ranges = [
      {
        rating: 'excellent',
        min: null,
        max: excellent.value,
        includesMin: false,
        includesMax: excellent.inclusive,
      },
      {
        rating: 'good',
        min: excellent.value,
        max: good.value,
        includesMin: !excellent.inclusive,
        includesMax: good.inclusive,
      },
      {
        rating: 'fair',
        min: good.value,
        max: fair.value,
        includesMin: !good.inclusive,
        includesMax: fair.inclusive,
      },
      {
        rating: 'poor',
        min: fair.value,
        max: null,
        includesMin: !fair.inclusive,
        includesMax: false,
      },
    ];
  }
  return {
    metric,
    label: definition.label,
    unit: definition.unit,
    direction: definition.direction,
    segment: resolved.segment,
    period: resolved.period,
    thresholds,
    ranges,
    source: resolved.entry.source,
  };
}
