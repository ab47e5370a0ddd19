// The cohorts family: its pure functions and types are exported from here.
export { cohortRetention } from './cohortRetention';
export { pooledRetentionByAge } from './pooledRetentionByAge';
export { cohortTotals } from './cohortTotals';
export { cohortCellAccounts } from './cohortCellAccounts';
export type { CohortCellAccountsOptions } from './cohortCellAccounts';
export type { CohortTotals } from './cohortTotals';
export type { AgeAverage, CohortMetric } from './pooledRetentionByAge';
export type {
  Cohort,
  CohortCell,
  CohortGrain,
  CohortNullReason,
  CohortOmissions,
  CohortRetention,
  CohortRetentionOptions,
} from './types';
