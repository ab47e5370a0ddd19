export { MetricCard } from './MetricCard';
export type { MetricCardProps } from './MetricCard';
export { sparklineGeometry } from './metric-card.model';
export type { MetricInterval, SparklineGeometry } from './metric-card.model';
export type { MetricBenchmark, MetricFormat } from './metric-card.text';
export type { MetricCardMetric } from './metric-card.metric';
