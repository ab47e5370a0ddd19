import { useMemo } from 'react';
import type { ValidationIssue } from '../core/errors';
import { checkShape } from '../core/resultShape';
import { type HookResult, hookFields, hookShape, settleInput } from '../core/hook';
import {
  type ConventionReconciliation,
  type ReconcileConventionsOptions,
  reconcileConventions,
} from './conventions';
import { RECONCILIATION } from './shapes';
import type { MrrSnapshot } from './types';

/** Input of {@link useReconcileConventions}: raw snapshots with a window, or a result computed elsewhere. */
export type UseReconcileConventionsInput =
  | ({ snapshots: readonly MrrSnapshot[] } & ReconcileConventionsOptions)
  | { data: ConventionReconciliation };

function compute(input: UseReconcileConventionsInput): {
  data: ConventionReconciliation;
  issues: readonly ValidationIssue[];
} {
  if ('data' in input) {
    // Checked like raw input (every value a ConventionDiff reads), then passed through as is.
    const data = checkShape<ConventionReconciliation>(
      'useReconcileConventions',
      input.data,
      RECONCILIATION(),
    );
    return { data, issues: Array.isArray(data.issues) ? data.issues : [] };
  }
  const { snapshots, ...options } = input;
  const data = reconcileConventions(snapshots, options);
  return { data, issues: data.issues };
}

/**
 * {@link reconcileConventions}, memoised on its inputs; never throws during render. Pass raw
 * `snapshots` with `{ from, to }` or `{ period }` and optional `conventions`, or a precomputed
 * result as `data` (e.g. from a server).
 *
 * @example
 * const { data, error } = useReconcileConventions({ snapshots, from: '2025-01', to: '2025-04' });
 */
export function useReconcileConventions(
  input: UseReconcileConventionsInput | undefined,
): HookResult<ConventionReconciliation> {
  const { snapshots, data, from, to, period, grain, onInvalid, duplicateRows, conventions } =
    hookFields<
      | 'snapshots'
      | 'data'
      | 'from'
      | 'to'
      | 'period'
      | 'grain'
      | 'onInvalid'
      | 'duplicateRows'
      | 'conventions'
    >(input);
  const shape = hookShape(input);
  return useMemo(
    () => settleInput('useReconcileConventions', input, compute),
    // The input object itself is usually a new literal each render: depend on its fields.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [shape, snapshots, data, from, to, period, grain, onInvalid, duplicateRows, conventions],
  );
}
