// Hooks of the cohorts family.
export { useCohortRetention } from './useCohortRetention';
export type { UseCohortRetentionInput } from './useCohortRetention';
export { usePooledRetentionByAge } from './usePooledRetentionByAge';
export type {
  PooledRetentionByAgeOptions,
  UsePooledRetentionByAgeInput,
} from './usePooledRetentionByAge';
