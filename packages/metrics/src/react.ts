'use client';
/**
 * `@vitals/metrics/react`: one hook per metric family, each `useX(input) → { data, error, issues }`,
 * memoised on its inputs and never throwing during render.
 */
export type { HookResult } from './core/hook';
export * from './revenue/react';
export * from './cohorts/react';
export * from './voice/react';
export * from './engagement/react';
export * from './benchmarks/react';
export * from './health/react';
