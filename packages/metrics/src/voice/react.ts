// Hooks of the voice family.
export { useCes } from './useCes';
export type { UseCesInput } from './useCes';
export { useCsat } from './useCsat';
export type { UseCsatInput } from './useCsat';
export { useNps } from './useNps';
export type { UseNpsInput } from './useNps';
export type { SurveyInput } from './survey';
