// The benchmarks family: its pure functions and types are exported from here.
export { benchmarkBands } from './benchmarkBands';
export { rateAgainstBenchmark } from './rateAgainstBenchmark';
export { DEFAULT_BENCHMARKS } from './table';
export type {
  BenchmarkBands,
  BenchmarkBound,
  BenchmarkCompounding,
  BenchmarkDefinition,
  BenchmarkDirection,
  BenchmarkEntry,
  BenchmarkMetric,
  BenchmarkOptions,
  BenchmarkPeriod,
  BenchmarkRange,
  BenchmarkRating,
  BenchmarkThresholds,
  BenchmarkTable,
  BenchmarkUnit,
} from './types';
