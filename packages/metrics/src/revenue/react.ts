export { useMrrMovements } from './useMrrMovements';
export type { MovementsData, UseMrrMovementsInput } from './useMrrMovements';
export { useMrrMovementsSeries } from './useMrrMovementsSeries';
export type { SeriesEntryData, UseMrrMovementsSeriesInput } from './useMrrMovementsSeries';
export { useRetention } from './useRetention';
export { useRetentionSeries } from './useRetentionSeries';
export type { UseRetentionSeriesInput } from './useRetentionSeries';
