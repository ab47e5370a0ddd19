import { mrrMovements } from './mrrMovements';
import { grossRevenueRetention, netRevenueRetention } from './rates';
import type { MovementTotals, MrrMovements, MrrMovementsOptions, MrrSnapshot, NullReason } from './types';
import type { ValidationIssue } from '../core/errors';

/** Input of {@link retention}: raw snapshots with a window, or movements computed elsewhere. */
export type RetentionInput =
  | ({ snapshots: readonly MrrSnapshot[] } & MrrMovementsOptions)
  | { data: MovementTotals | MrrMovements };

/** Retention rates for one window, with the movements they were computed from. */
export interface RetentionSummary {
  /** The movement totals behind the rates (so a tooltip can show the formula with real numbers). */
  movements: MovementTotals | MrrMovements;
  /** NRR, or `null` (see `reason`). */
  netRevenueRetention: number | null;
  /** GRR, or `null` (see `reason`). */
  grossRevenueRetention: number | null;
  /** Why the rates are `null`, or `null` when they are numbers. */
  reason: NullReason | null;
}

/**
 * Computes NRR and GRR for a window from raw snapshots or from movement totals. This is what
 * `useRetention` memoises; call it directly outside React.
 *
 * @example
 * retention({ snapshots, from: '2025-03', to: '2026-03' }).netRevenueRetention; // trailing-twelve-month NRR
 */
export function retention(input: RetentionInput): { data: RetentionSummary; issues: ValidationIssue[] } {
  let movements: MovementTotals | MrrMovements;
  let issues: ValidationIssue[] = [];
  if ('data' in input) {
    movements = input.data;
  } else {
    const { snapshots, ...options } = input;
    const computed = mrrMovements(snapshots, options);
    movements = computed;
    issues = computed.issues;
  }
  const nrr = netRevenueRetention(movements);
  const grr = grossRevenueRetention(movements);
  return {
    data: {
      movements,
      netRevenueRetention: nrr,
      grossRevenueRetention: grr,
      reason: nrr === null ? 'no-starting-mrr' : null,
    },
    issues,
  };
}
