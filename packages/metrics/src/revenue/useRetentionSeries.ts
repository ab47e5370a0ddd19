import { useMemo } from 'react';
import type { ValidationIssue } from '../core/errors';
import { type HookResult, hookFields, hookShape, settleInput } from '../core/hook';
import type { MrrSnapshot } from '../core/mrrSnapshot';
import { segmentKey } from '../core/segments';
import {
  type RetentionSeries,
  type RetentionSeriesOptions,
  type RetentionSeriesPoint,
  type RetentionWindow,
  readRetentionPoints,
  retentionSeries,
} from './retentionSeries';

/** Input of {@link useRetentionSeries}: raw snapshots with a window, or points computed elsewhere. */
export type UseRetentionSeriesInput =
  | ({ snapshots: readonly MrrSnapshot[] } & RetentionSeriesOptions)
  | {
      data: readonly RetentionSeriesPoint[];
      /**
       * Which window the precomputed points cover.
       * @default 'month'
       */
      window?: RetentionWindow | undefined;
    };

function compute(input: UseRetentionSeriesInput): {
  data: RetentionSeries;
  issues: readonly ValidationIssue[];
} {
  if ('data' in input) {
    const window = input.window ?? 'month';
    // Checked like raw rows: each bad point named by its index and field (readRetentionPoints).
    const series: RetentionSeries = { window, points: readRetentionPoints(input.data), issues: [] };
    return { data: series, issues: [] };
  }
  const { snapshots, ...options } = input;
  const data = retentionSeries(snapshots, options);
  return { data, issues: data.issues };
}

/**
 * NRR, GRR and logo churn month by month, one month or the trailing twelve months per point
 * (`retentionSeries`), memoised on its inputs; idle on `undefined`, `{ error }` on bad input, never
 * throws during render.
 *
 * @example
 * const { data } = useRetentionSeries({ snapshots, from: '2025-01', to: '2025-12', window: 'ttm' });
 * data?.points.map((point) => point.nrr);
 */
export function useRetentionSeries(
  input: UseRetentionSeriesInput | undefined,
): HookResult<RetentionSeries> {
  const { snapshots, data, from, to, window, onInvalid, duplicateRows, segment } = hookFields<
    'snapshots' | 'data' | 'from' | 'to' | 'window' | 'onInvalid' | 'duplicateRows' | 'segment'
  >(input);
  const segments = segmentKey(segment);
  const shape = hookShape(input);
  return useMemo(
    () => settleInput('useRetentionSeries', input, compute),
    // The input object itself is usually a new literal each render: depend on its fields.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [shape, snapshots, data, from, to, window, onInvalid, duplicateRows, segments],
  );
}
