export { CohortHeatmap, DEFAULT_MIN_COHORT_SIZE } from './CohortHeatmap';
export type { CohortHeatmapProps } from './CohortHeatmap';
export {
  cohortHeatmapModel,
  cellRetention,
  heatmapDensity,
  moveInGrid,
  pooledRetentionByAge,
} from './cohort.geometry';
export type {
  AgeAverage,
  CohortHeatmapModel,
  CohortHeatmapModelOptions,
  CohortMetric,
  GridPosition,
  HeatmapCell,
  HeatmapCellState,
  HeatmapDensity,
  HeatmapRow,
} from './cohort.geometry';
export {
  COHORT_LEVELS,
  cohortPalette,
  contrastRatio,
  pickTextColor,
  relativeLuminance,
  retentionLevel,
} from './cohort.color';
export type { CohortSwatch, CohortTheme, TextColorChoice } from './cohort.color';
