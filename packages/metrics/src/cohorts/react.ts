// Hooks of the cohorts family.
export { useCohortRetention } from './useCohortRetention';
export type { UseCohortRetentionInput } from './useCohortRetention';
