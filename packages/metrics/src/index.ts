/**
 * `@vitals/metrics`: customer-success metrics as pure functions. No React, no runtime
 * dependencies; runs in Node, workers and the browser. Hooks live at `@vitals/metrics/react`.
 */
export { MetricsInputError } from './core/errors';
export type { InvalidRowPolicy, ValidationIssue, ValidationOptions } from './core/errors';
export { compensatedSum } from './core/sum';
export type { HookResult } from './core/hook';

export { mrrMovements } from './revenue/mrrMovements';
export { grossRevenueRetention, netRevenueRetention } from './revenue/rates';
export { retention } from './revenue/retention';
export type { RetentionInput, RetentionSummary } from './revenue/retention';
export type {
  AccountMovement,
  AccountMovementKind,
  MovementPeriod,
  MovementTotals,
  MovementWindow,
  MrrMovements,
  MrrMovementsOptions,
  MrrSnapshot,
  NullReason,
} from './revenue/types';
