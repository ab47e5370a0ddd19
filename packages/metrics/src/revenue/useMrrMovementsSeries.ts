import { useMemo } from 'react';
import type { ValidationIssue } from '../core/errors';
import { checkShape } from '../core/resultShape';
import { segmentKey } from '../core/segments';
import { type HookResult, hookFields, hookShape, settleInput } from '../core/hook';
import { mrrMovementsSeries } from './mrrMovementsSeries';
import { MOVEMENTS_SERIES } from './shapes';
import type { TotalsWith } from './totals';
import type { MrrMovementsSeriesEntry, MrrMovementsSeriesOptions, MrrSnapshot } from './types';

/** One precomputed entry of a series: movement totals labelled with their period. */
export type SeriesEntryData = TotalsWith<
  'startingMrr' | 'expansionMrr' | 'contractionMrr' | 'churnedMrr'
> & {
  period: string;
};

/** Input of {@link useMrrMovementsSeries}: raw snapshots with a window, or a series computed elsewhere. */
export type UseMrrMovementsSeriesInput =
  | ({ snapshots: readonly MrrSnapshot[] } & MrrMovementsSeriesOptions)
  | { data: readonly SeriesEntryData[] };

function compute(input: UseMrrMovementsSeriesInput): {
  data: readonly (MrrMovementsSeriesEntry | SeriesEntryData)[];
  issues: readonly ValidationIssue[];
} {
  if ('data' in input) {
    // Checked like raw input (every amount and period a chart reads), then passed through as is.
    checkShape('useMrrMovementsSeries', input.data, MOVEMENTS_SERIES());
    return { data: input.data, issues: [] };
  }
  const { snapshots, ...options } = input;
  const data = mrrMovementsSeries(snapshots, options);
  return { data, issues: data[0]?.issues ?? [] };
}

/**
 * One single-period movement per period from `from` (exclusive) to `to`, memoised on its inputs;
 * never throws during render. The data behind a movements-over-time chart.
 *
 * Pass raw `snapshots` with `{ from, to }` (and `grain`, `segment`, `includeAccounts`, `onInvalid`), or a
 * precomputed series as `data` (each entry checked, then returned as is).
 *
 * @example
 * const { data } = useMrrMovementsSeries({ snapshots, from: '2024-01', to: '2025-12' });
 */
export function useMrrMovementsSeries(
  input: { snapshots: readonly MrrSnapshot[] } & MrrMovementsSeriesOptions,
): HookResult<MrrMovementsSeriesEntry[]>;
export function useMrrMovementsSeries<TEntry extends SeriesEntryData>(input: {
  data: readonly TEntry[];
}): HookResult<readonly TEntry[]>;
export function useMrrMovementsSeries(
  input: UseMrrMovementsSeriesInput,
): HookResult<readonly (MrrMovementsSeriesEntry | SeriesEntryData)[]> {
  const { snapshots, data, from, to, grain, includeAccounts, onInvalid, duplicateRows, segment } =
    hookFields<
      | 'snapshots'
      | 'data'
      | 'from'
      | 'to'
      | 'grain'
      | 'includeAccounts'
      | 'onInvalid'
      | 'duplicateRows'
      | 'segment'
    >(input);
  const segments = segmentKey(segment);
  const shape = hookShape(input);
  return useMemo(
    () => settleInput('useMrrMovementsSeries', input, compute),
    // The input object itself is usually a new literal each render: depend on its fields.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [shape, snapshots, data, from, to, grain, includeAccounts, onInvalid, duplicateRows, segments],
  );
}
