// Hooks of the health family.
export { useHealthScores } from './useHealthScores';
export type { UseHealthScoresInput } from './useHealthScores';
export { useHealthTiers } from './useHealthTiers';
export type { UseHealthTiersInput } from './useHealthTiers';
export { useSustainedRisk } from './useSustainedRisk';
export type { UseSustainedRiskInput } from './useSustainedRisk';
