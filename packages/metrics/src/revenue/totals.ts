import { type ValidationIssue, assertNoIssues, showValue } from '../core/errors';
import type { MovementTotals } from './types';

/**
 * Checks that the named fields of a movement result (or a pre-aggregated total) are finite numbers
 * ≥ 0, and throws a {@link MetricsInputError} naming each bad field otherwise.
 */
export function readTotals<TField extends keyof MovementTotals>(
  functionName: string,
  totals: MovementTotals,
  fields: readonly TField[],
): Pick<Required<MovementTotals>, TField> {
  if (totals === null || typeof totals !== 'object') {
    assertNoIssues(functionName, [
      {
        index: null,
        field: 'movements',
        message: `must be an mrrMovements() result or an object of movement totals, got ${showValue(totals)}`,
      },
    ]);
  }
  const issues: ValidationIssue[] = [];
  for (const field of fields) {
    const value = totals[field];
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      issues.push({ index: null, field, message: `must be a finite number ≥ 0, got ${showValue(value)}`, value });
    }
  }
  assertNoIssues(functionName, issues);
  return totals as Pick<Required<MovementTotals>, TField>;
}
