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
  const higher = definition.direction === 'higher-is-better';
  // Ratings and the edges between them in ascending order of value. An inclusive edge belongs to
  // the better range: the one above it when higher is better, the one below it when lower is.
  const ratings = higher
    ? (['poor', 'fair', 'good', 'excellent'] as const)
    : (['excellent', 'good', 'fair', 'poor'] as const);
  const edges = higher ? [fair, good, excellent] : [excellent, good, fair];
  const ranges: BenchmarkRange[] = ratings.map((rating, position) => {
    const below = edges[position - 1];
    const above = edges[position];
    return {
      rating,
      min: below ? below.value : null,
      max: above ? above.value : null,
      includesMin: below ? below.inclusive === higher : false,
      includesMax: above ? above.inclusive !== higher : false,
    };
  });
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
