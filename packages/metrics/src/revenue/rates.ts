import { readTotals } from './totals';
import type { MovementTotals } from './types';

/**
 * Net revenue retention (NRR): how much the customers you had at the start pay now, expansion
 * included, as a fraction of what they paid then.
 *
 * `NRR = (S + expansion − contraction − churn) / S`, with S the starting MRR. New and reactivated
 * accounts are never in the starting cohort, so they never enter NRR. `null` when S = 0.
 *
 * Takes an {@link mrrMovements} result or a pre-aggregated object of totals.
 *
 * @example
 * netRevenueRetention({ startingMrr: 10_000, expansionMrr: 5_000, contractionMrr: 500, churnedMrr: 1_500 }); // 1.3
 */
export function netRevenueRetention(movements: MovementTotals): number | null {
  const t = readTotals('netRevenueRetention', movements, [
    'startingMrr',
    'expansionMrr',
    'contractionMrr',
    'churnedMrr',
  ]);
  if (t.startingMrr === 0) return null;
  return (t.startingMrr + t.expansionMrr - t.contractionMrr - t.churnedMrr) / t.startingMrr;
}

/**
 * Gross revenue retention (GRR): the share of starting MRR kept, counting losses only.
 *
 * `GRR = (S − contraction − churn) / S`, with S the starting MRR; always ≤ NRR. `null` when S = 0.
 *
 * @example
 * grossRevenueRetention({ startingMrr: 100_000, expansionMrr: 0, contractionMrr: 2_000, churnedMrr: 5_000 }); // 0.93
 */
export function grossRevenueRetention(movements: MovementTotals): number | null {
  const t = readTotals('grossRevenueRetention', movements, ['startingMrr', 'contractionMrr', 'churnedMrr']);
  if (t.startingMrr === 0) return null;
  return (t.startingMrr - t.contractionMrr - t.churnedMrr) / t.startingMrr;
}
