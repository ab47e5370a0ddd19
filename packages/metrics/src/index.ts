/**
 * `@vitals/metrics`: customer-success metrics as pure functions. No React, no runtime
 * dependencies; runs in Node, workers and the browser. Hooks live at `@vitals/metrics/react`.
 *
 * One folder per metric family; each family's `index.ts` lists what it exports.
 */
export * from './core';
export * from './revenue';
export * from './cohorts';
export * from './voice';
export * from './engagement';
export * from './benchmarks';
export * from './health';
