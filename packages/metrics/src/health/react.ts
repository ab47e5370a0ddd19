// Hooks of the health family.
export { useHealthScores } from './useHealthScores';
export type { UseHealthScoresInput } from './useHealthScores';
export { useHealthTiers } from './useHealthTiers';
export type { UseHealthTiersInput } from './useHealthTiers';
export { useHealthTierRows } from './useHealthTierRows';
export type { UseHealthTierRowsInput } from './useHealthTierRows';
export { useSustainedRisk } from './useSustainedRisk';
export type { UseSustainedRiskInput } from './useSustainedRisk';
