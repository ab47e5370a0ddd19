export { mrrMovements } from './mrrMovements';
export { mrrMovementsSeries } from './mrrMovementsSeries';
export { mrrSegments } from './mrrSegments';
export { mrrMovementsSummary } from './movementsSummary';
export { movementAccounts } from './movementAccounts';
export type { MovementStep, MovementsWithAccounts } from './movementAccounts';
export type {
  MovementsSummaryPeak,
  MovementsSummaryPeriod,
  MrrMovementsSummary,
} from './movementsSummary';
export {
  expansionRate,
  grossRevenueRetention,
  netNewMrr,
  netRevenueChurnRate,
  netRevenueRetention,
  quickRatio,
  revenueChurnRate,
} from './rates';
export type { NetRevenueChurnOptions, QuickRatioOptions } from './rates';
export { arpa, customerRetentionRate, logoChurnRate } from './accountRates';
export type { LogoChurnOptions } from './accountRates';
export { annualizeRate, arr, monthlyRate } from './annualize';
export {
  customerLifetimeValue,
  ltvToCac,
  retentionCost,
  retentionCostRatio,
} from './lifetimeValue';
export type { LifetimeValueFromChurn, LifetimeValueFromLifetime } from './lifetimeValue';
export { CONVENTION_PRESETS, reconcileConventions } from './conventions';
export type {
  Convention,
  ConventionAccount,
  ConventionCause,
  ConventionCitation,
  ConventionDifference,
  ConventionId,
  ConventionMetric,
  ConventionOptions,
  ConventionReconciliation,
  ConventionResult,
  ConventionRule,
  ConventionSource,
  CustomConvention,
  ReconcileConventionsOptions,
} from './conventions';
export { retention } from './retention';
export { readRetentionPoints, retentionSeries, retentionSeriesPoint } from './retentionSeries';
export type {
  RetentionPointTotals,
  RetentionSeries,
  RetentionSeriesOptions,
  RetentionSeriesPoint,
  RetentionWindow,
} from './retentionSeries';
export type {
  RetentionInput,
  RetentionRate,
  RetentionRateOptions,
  RetentionSummary,
  RetentionTotals,
} from './retention';
export type { TotalsField, TotalsWith } from './totals';
export type {
  AccountMovement,
  AccountMovementKind,
  DuplicateRowPolicy,
  DuplicateRowsOptions,
  Grain,
  GrainOptions,
  MovementPeriod,
  MovementTotals,
  MovementWindow,
  MrrMovements,
  MrrMovementsOptions,
  MrrMovementsSeriesEntry,
  MrrMovementsSeriesOptions,
  MrrSnapshot,
  NullReason,
  SegmentFilter,
  SegmentOptions,
} from './types';
