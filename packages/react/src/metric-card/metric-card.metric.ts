import { type BenchmarkMetric, DEFAULT_BENCHMARKS } from '@vitals/metrics';
import type { MetricBenchmark, MetricFormat } from './metric-card.text';

/**
 * The figures a card knows by name: every metric with a benchmark in `@vitals/metrics`
 * (`DEFAULT_BENCHMARKS`), and the revenue figures without one.
 */
export type MetricCardMetric =
  | BenchmarkMetric
  | 'mrr'
  | 'arr'
  | 'arpa'
  | 'ltv'
  | 'revenueChurn'
  | 'netRevenueChurn'
  | 'expansionRate'
  | 'customerRetention'
  | 'quickRatio'
  | 'ces';

/** What a card takes from its `metric`: how to write it, which way is good news, its benchmark. */
export interface MetricCardDefaults {
  format: Exclude<MetricFormat, (value: number) => string>;
  higherIsBetter: boolean;
  /** The benchmark to rate against, when the metric has one that needs no segment. */
  benchmark: MetricBenchmark | undefined;
}

/** The metrics without a benchmark: format and direction. */
const OTHERS: Readonly<
  Record<Exclude<MetricCardMetric, BenchmarkMetric>, Omit<MetricCardDefaults, 'benchmark'>>
> = {
  mrr: { format: 'currency', higherIsBetter: true },
  arr: { format: 'currency', higherIsBetter: true },
  arpa: { format: 'currency', higherIsBetter: true },
  ltv: { format: 'currency', higherIsBetter: true },
  revenueChurn: { format: 'percent', higherIsBetter: false },
  netRevenueChurn: { format: 'percent', higherIsBetter: false },
  expansionRate: { format: 'percent', higherIsBetter: true },
  customerRetention: { format: 'percent', higherIsBetter: true },
  quickRatio: { format: 'count', higherIsBetter: true },
  // Customer effort: the mean of a 1–7 (or 1–5) scale, where a higher score means less effort.
  ces: { format: 'count', higherIsBetter: true },
};

/**
 * A card's format, direction and benchmark for a metric, or `null` for a name it does not know.
 * A benchmarked metric takes them from its `DEFAULT_BENCHMARKS` definition: a fraction is a
 * percentage (its change in percentage points), NPS, scores, days and ratios are plain numbers,
 * and the direction says whether a rise is good news. Logo churn's benchmark depends on the
 * segment, so it is left to the `benchmark` prop.
 *
 * @example
 * metricCardDefaults('nrr'); // { format: 'percent', higherIsBetter: true, benchmark: { metric: 'nrr' } }
 */
export function metricCardDefaults(metric: unknown): MetricCardDefaults | null {
  if (typeof metric !== 'string') return null;
  if (Object.prototype.hasOwnProperty.call(DEFAULT_BENCHMARKS, metric)) {
    const definition = DEFAULT_BENCHMARKS[metric as BenchmarkMetric];
    return {
      format: definition.unit === 'fraction' ? 'percent' : 'count',
      higherIsBetter: definition.direction === 'higher-is-better',
      benchmark: definition.default ? { metric: metric as BenchmarkMetric } : undefined,
    };
  }
  if (Object.prototype.hasOwnProperty.call(OTHERS, metric)) {
    return { ...OTHERS[metric as keyof typeof OTHERS], benchmark: undefined };
  }
  return null;
}
