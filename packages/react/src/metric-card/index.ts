export { MetricCard } from './MetricCard';
export type { MetricCardProps } from './MetricCard';
export { historyStats, metricChange, sparklineGeometry } from './metric-card.model';
export type {
  ChangeDirection,
  ChangeTone,
  HistoryPoint,
  HistoryStats,
  MetricChange,
  SparklineGeometry,
} from './metric-card.model';
export type { MetricBenchmark, MetricFormat } from './metric-card.text';
