export { useMrrMovements } from './useMrrMovements';
export type { MovementsData, UseMrrMovementsInput } from './useMrrMovements';
export { useMrrMovementsSeries } from './useMrrMovementsSeries';
export type { SeriesEntryData, UseMrrMovementsSeriesInput } from './useMrrMovementsSeries';
export { useRetention } from './useRetention';
export { useReconcileConventions } from './useReconcileConventions';
export type { UseReconcileConventionsInput } from './useReconcileConventions';
export { useRetentionSeries } from './useRetentionSeries';
export type { UseRetentionSeriesInput } from './useRetentionSeries';
