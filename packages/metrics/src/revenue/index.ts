export { mrrMovements } from './mrrMovements';
export { grossRevenueRetention, netRevenueRetention } from './rates';
export { retention } from './retention';
export type { RetentionInput, RetentionSummary } from './retention';
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
} from './types';
