import { useMemo } from 'react';
import { type HookResult, hookFields, hookShape, settleInput } from '../core/hook';
import type { MrrSnapshot } from '../core/mrrSnapshot';
import { cohortRetention } from './cohortRetention';
import type { CohortRetention, CohortRetentionOptions } from './types';

/** Input of {@link useCohortRetention}: the snapshots and the options of `cohortRetention`. */
export interface UseCohortRetentionInput extends CohortRetentionOptions {
  /** MRR snapshots, one row per account and month (rows of the same month are summed). */
  snapshots: readonly MrrSnapshot[];
}

/**
 * Cohort retention (logo and revenue, per cohort and age) from raw snapshots, memoised on its
 * inputs; never throws during render.
 *
 * Recomputes only when `snapshots` (by reference), `from`, `to`, `grain`, `onInvalid` or `duplicateRows` change.
 * Bad rows come back as `error` (a `MetricsInputError` listing each row), or, with
 * `onInvalid: 'skip'`, as `issues` beside the data.
 *
 * @example
 * const { data, error } = useCohortRetention({ snapshots, grain: 'quarter', from: '2024-Q1' });
 */
export function useCohortRetention(input: UseCohortRetentionInput): HookResult<CohortRetention> {
  // `undefined` is idle and `null` an error result, never a throw during render (SPEC §8).
  const { snapshots, from, to, grain, onInvalid, duplicateRows } = hookFields<
    keyof UseCohortRetentionInput
  >(input) as UseCohortRetentionInput;
  const shape = hookShape(input);
  return useMemo(
    () =>
      settleInput('useCohortRetention', input, () => {
        const data = cohortRetention(snapshots, { from, to, grain, onInvalid, duplicateRows });
        return { data, issues: data.issues };
      }),
    // The fields are the dependencies; `shape` tells undefined, null and objects apart.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [shape, snapshots, from, to, grain, onInvalid, duplicateRows],
  );
}
