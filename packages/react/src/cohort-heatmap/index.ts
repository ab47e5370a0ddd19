export { CohortHeatmap, DEFAULT_MIN_COHORT_SIZE } from './CohortHeatmap';
export type { CohortHeatmapProps } from './CohortHeatmap';
export { cohortHeatmapModel } from './cohort.geometry';
export type {
  CohortHeatmapModel,
  CohortHeatmapModelOptions,
  CohortMetric,
  HeatmapCell,
  HeatmapCellState,
  HeatmapRow,
} from './cohort.geometry';
export { cohortPalette } from './cohort.color';
export type { CohortSwatch, CohortTheme, TextColorChoice } from './cohort.color';
