import { useMemo } from 'react';
import { type HookResult, hookFields, hookShape, settleInput } from '../core/hook';
import { checkShape } from '../core/resultShape';
import { segmentKey } from '../core/segments';
import { MOVEMENTS } from './shapes';
import { type RetentionInput, type RetentionSummary, retention } from './retention';

/**
 * NRR, GRR, gross and net MRR churn, expansion rate, logo churn and customer retention for a
 * window, memoised on its inputs; never throws during render.
 *
 * Pass raw `snapshots` with `{ from, to }` or `{ period }` (and `segment`), or precomputed movements as `data`.
 * Bad rows come back as `error` (a `MetricsInputError` listing each row), or, with
 * `onInvalid: 'skip'`, as `issues` beside the data.
 *
 * @example
 * const { data, error } = useRetention({ snapshots, from: '2025-03', to: '2026-03' });
 */
export function useRetention(input: RetentionInput): HookResult<RetentionSummary> {
  const record = hookFields<
    | 'snapshots'
    | 'data'
    | 'from'
    | 'to'
    | 'period'
    | 'grain'
    | 'onInvalid'
    | 'duplicateRows'
    | 'offsetReactivation'
    | 'logoChurnDenominator'
    | 'segment'
  >(input);
  const {
    snapshots,
    data,
    from,
    to,
    period,
    grain,
    onInvalid,
    duplicateRows,
    offsetReactivation,
    logoChurnDenominator,
    segment,
  } = record;
  const segments = segmentKey(segment);
  const shape = hookShape(input);
  return useMemo(
    () =>
      settleInput('useRetention', input, (given) => {
        // A precomputed `data` is checked like raw input first, so a bad amount is named by path.
        if ('data' in given) checkShape('useRetention', given.data, MOVEMENTS());
        return retention(given);
      }),
    // The input object itself is usually a new literal each render: depend on its fields.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [
      shape,
      snapshots,
      data,
      from,
      to,
      period,
      grain,
      onInvalid,
      duplicateRows,
      offsetReactivation,
      logoChurnDenominator,
      segments,
    ],
  );
}
