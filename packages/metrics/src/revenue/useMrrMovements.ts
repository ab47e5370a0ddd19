import { useMemo } from 'react';
import type { ValidationIssue } from '../core/errors';
import { type HookResult, hookFields, hookShape, settleInput } from '../core/hook';
import { mrrMovements } from './mrrMovements';
import type { TotalsWith } from './totals';
import { checkShape } from '../core/resultShape';
import { segmentKey } from '../core/segments';
import { MOVEMENTS } from './shapes';
import type { MrrMovements, MrrMovementsOptions, MrrSnapshot } from './types';

/** Input of {@link useMrrMovements}: raw snapshots with a window, or movements computed elsewhere. */
export type UseMrrMovementsInput<TData extends MovementsData = MovementsData> =
  ({ snapshots: readonly MrrSnapshot[] } & MrrMovementsOptions) | { data: TData };

/** Precomputed movements: an {@link mrrMovements} result or pre-aggregated totals. */
export type MovementsData = TotalsWith<
  'startingMrr' | 'expansionMrr' | 'contractionMrr' | 'churnedMrr'
>;

function compute(input: UseMrrMovementsInput): {
  data: MrrMovements | MovementsData;
  issues: readonly ValidationIssue[];
} {
  if ('data' in input) {
    // Checked like raw input (every amount a chart reads), then passed through as is.
    checkShape('useMrrMovements', input.data, MOVEMENTS());
    return { data: input.data, issues: [] };
  }
  const { snapshots, ...options } = input;
  const data = mrrMovements(snapshots, options);
  return { data, issues: data.issues };
}

/**
 * The MRR movements of a window (new, expansion, reactivation, contraction, churn), memoised on
 * its inputs; never throws during render.
 *
 * Pass raw `snapshots` with `{ from, to }` or `{ period }` (and `grain`, `segment`, `onInvalid`), or
 * precomputed movements as `data` (checked, then returned as is).
 *
 * @example
 * const { data, error } = useMrrMovements({ snapshots, period: '2025-03' });
 */
export function useMrrMovements(
  input: { snapshots: readonly MrrSnapshot[] } & MrrMovementsOptions,
): HookResult<MrrMovements>;
export function useMrrMovements<TData extends MovementsData>(input: {
  data: TData;
}): HookResult<TData>;
export function useMrrMovements(
  input: UseMrrMovementsInput,
): HookResult<MrrMovements | MovementsData> {
  const { snapshots, data, from, to, period, grain, onInvalid, duplicateRows, segment } =
    hookFields<
      | 'snapshots'
      | 'data'
      | 'from'
      | 'to'
      | 'period'
      | 'grain'
      | 'onInvalid'
      | 'duplicateRows'
      | 'segment'
    >(input);
  const segments = segmentKey(segment);
  const shape = hookShape(input);
  return useMemo(
    () => settleInput('useMrrMovements', input, compute),
    // The input object itself is usually a new literal each render: depend on its fields.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [shape, snapshots, data, from, to, period, grain, onInvalid, duplicateRows, segments],
  );
}
