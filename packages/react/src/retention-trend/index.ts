export { RetentionTrend } from './RetentionTrend';
export type { RetentionTrendProps } from './RetentionTrend';
export type { RetentionTrendMetric, RetentionTrendPoint, RetentionTrendWindow } from './trend.data';
export { retentionTrendDomain, retentionTrendGeometry } from './trend.geometry';
export type {
  RetentionTrendBand,
  RetentionTrendGeometry,
  RetentionTrendLayout,
  RetentionTrendMark,
  RetentionTrendPanel,
} from './trend.geometry';
