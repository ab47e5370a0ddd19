'use client';
/**
 * `@vitals/metrics/react`: one hook per metric family, each `useX(input) → { data, error, issues }`,
 * memoised on its inputs and never throwing during render.
 */
export { useRetention } from './revenue/useRetention';
export type { HookResult } from './core/hook';
export type { RetentionInput, RetentionSummary } from './revenue/retention';
