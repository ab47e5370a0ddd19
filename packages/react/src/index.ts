'use client';
/**
 * `@vitals/react`: styled, accessible components for customer-success metrics. Import the styles
 * once: `import '@vitals/react/styles.css'`.
 *
 * The public API is this list and nothing else: the components, the provider, their props and the
 * types those props use. Geometry, text and CSV helpers stay internal (the numbers behind every
 * chart come from `@vitals/metrics`). `api/react.api.md` records this surface; `pnpm test` fails
 * when it changes without the report (`pnpm api:update`).
 */
export { VitalsProvider } from './provider/VitalsProvider';
export type { VitalsProviderProps } from './provider/VitalsProvider';
export { useVitals } from './provider/context';
export { RowLinesProvider } from './internal/rowLines';
export type { RowLinesProviderProps } from './internal/rowLines';
export type { VitalsContextValue, VitalsTheme } from './provider/context';
export type { Formatters, ValueFormatter, ValueKind } from './provider/format';

export type {
  ChartProps,
  ChartSelection,
  ChartVariant,
  PassThroughAttributes,
} from './internal/chart/types';
export type { SegmentChartProps } from './internal/segments';
// Every word: the shipped catalogues and their types (docs/i18n.md lists the keys).
export { messagesEn } from './messages/en';
export { messagesDe } from './messages/de';
export { messagesFr } from './messages/fr';
export { messagesEs } from './messages/es';
export { messagesJa } from './messages/ja';
export type {
  BenchmarkMessages,
  CesMessages,
  ChartTitleMessages,
  CohortGrainMessages,
  CohortHeatmapMessages,
  CohortMetricMessages,
  CommonMessages,
  ComparisonMessages,
  ConventionDiffMessages,
  CsatMessages,
  DeepPartial,
  HealthDistributionMessages,
  HealthTierListMessages,
  HealthTierNameMessages,
  MetricCardMessages,
  MetricCardReasonMessages,
  MovementKindMessages,
  MovementsMessages,
  NpsMessages,
  NpsPartMessages,
  RetentionTrendMessages,
  TierListColumnMessages,
  TierListCsvMessages,
  TrendMetricMessages,
  TrendWindowMessages,
  VitalsMessages,
  VitalsMessagesOverrides,
  VoiceMessages,
  WaterfallMessages,
  WaterfallStepMessages,
} from './messages/types';
export type { PluralMessage } from './messages/template';

export { NrrWaterfall } from './waterfall/NrrWaterfall';
export type { NrrWaterfallProps } from './waterfall/NrrWaterfall';
export type { WaterfallView } from './waterfall/waterfall.geometry';
export { MrrMovementsChart } from './movements/MrrMovementsChart';
export type { MrrMovementsChartProps } from './movements/MrrMovementsChart';
export type { MovementsPeriodInput } from './movements/movements.geometry';
export { RetentionTrend } from './retention-trend/RetentionTrend';
export type { RetentionTrendProps } from './retention-trend/RetentionTrend';
export type {
  RetentionTrendMetric,
  RetentionTrendPoint,
  RetentionTrendWindow,
} from './retention-trend/trend.data';
export { CohortHeatmap } from './cohort-heatmap/CohortHeatmap';
export type { CohortHeatmapProps } from './cohort-heatmap/CohortHeatmap';
export type { CohortMetric } from './cohort-heatmap/cohort.geometry';
export { HealthDistribution } from './health-distribution/HealthDistribution';
export type { HealthDistributionProps } from './health-distribution/HealthDistribution';
export type { HealthDistributionData } from '@vitals/metrics';
export type { HealthDistributionMeasure } from './health-distribution/health-distribution.geometry';
export { MetricCard } from './metric-card/MetricCard';
export type { MetricCardProps } from './metric-card/MetricCard';
export type { HistoryPoint } from '@vitals/metrics';
export type { MetricBenchmark, MetricFormat } from './metric-card/metric-card.text';
export type { MetricInterval } from './metric-card/metric-card.model';
export type { MetricCardMetric } from './metric-card/metric-card.metric';
export { ConventionDiff } from './conventions/ConventionDiff';
export type { ConventionDiffProps } from './conventions/ConventionDiff';
export { NpsBreakdown } from './voice/NpsBreakdown';
export type { NpsBreakdownProps } from './voice/NpsBreakdown';
export { CsatBreakdown } from './voice/CsatBreakdown';
export type { CsatBreakdownProps } from './voice/CsatBreakdown';
export type { SurveyBreakdownProps } from './voice/SurveyBreakdown';
export { CesBreakdown } from './voice/CesBreakdown';
export type { CesBreakdownProps } from './voice/CesBreakdown';
// Types of the breakdowns' props, defined with the functions in @vitals/metrics.
export type { NpsTrendInput, VoiceGroupBy, VoiceSegmentInput } from '@vitals/metrics';

// The health-tier list and what its `columns`, `state` and callbacks take.
export { HealthTierList } from './health-tier-list/HealthTierList';
export type { HealthTierListProps } from './health-tier-list/HealthTierList';
export { defaultTierListColumns } from './health-tier-list/columns';
export { tierListColumnHelper } from './health-tier-list/tierList.features';
export type {
  TierListColumnDef,
  TierListColumnHelper,
  TierListColumnMeta,
  TierListExportField,
  TierListFeatures,
  TierListState,
} from './health-tier-list/tierList.features';
export type { TierListStateHandlers } from './health-tier-list/useTierListState';
export type { TierListRow } from './health-tier-list/tierList.model';
export type { DateTexts, TierListTableMeta } from './health-tier-list/tierList.text';
export type { CsvValue } from './internal/csv';
