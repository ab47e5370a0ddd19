import { useMemo } from 'react';
import { type HookResult, hookFields, hookShape, settleInput } from '../core/hook';
import type { MrrSnapshot } from '../core/mrrSnapshot';
import { checkShape } from '../core/resultShape';
import { segmentKey } from '../core/segments';
import { cohortRetention } from './cohortRetention';
import { COHORT_RETENTION } from './shapes';
import type { CohortRetention, CohortRetentionOptions } from './types';

/**
 * Input of {@link useCohortRetention}: the snapshots and the options of `cohortRetention`, or a
 * result computed elsewhere as `data` (checked like raw input, then returned as is).
 */
export type UseCohortRetentionInput =
  | (CohortRetentionOptions & {
      /** MRR snapshots, one row per account and month (rows of the same month are summed). */
      snapshots: readonly MrrSnapshot[];
    })
  | { data: CohortRetention };

/**
 * Cohort retention (logo and revenue, per cohort and age) from raw snapshots, memoised on its
 * inputs; never throws during render.
 *
 * Recomputes only when `snapshots` (by reference), `from`, `to`, `grain`, `onInvalid`,
 * `duplicateRows`, `maxCohorts`, `maxAge` or `segment` (by value) change. Bad rows come back as `error` (a
 * `MetricsInputError` listing each row), or, with `onInvalid: 'skip'`, as `issues` beside the
 * data. A precomputed `data` with a `NaN`, a missing field or a wrong shape is `{ error }` naming
 * its path (`data.cohorts[0].cells[2].logoRetention`).
 *
 * @example
 * const { data, error } = useCohortRetention({ snapshots, grain: 'quarter', from: '2024-Q1' });
 */
export function useCohortRetention(
  input: UseCohortRetentionInput | undefined,
): HookResult<CohortRetention> {
  // `undefined` is idle and `null` an error result, never a throw during render (SPEC §8).
  const {
    snapshots,
    data,
    from,
    to,
    grain,
    onInvalid,
    duplicateRows,
    maxCohorts,
    maxAge,
    segment,
  } = hookFields<
    | 'snapshots'
    | 'data'
    | 'from'
    | 'to'
    | 'grain'
    | 'onInvalid'
    | 'duplicateRows'
    | 'maxCohorts'
    | 'maxAge'
    | 'segment'
  >(input);
  const segments = segmentKey(segment);
  const shape = hookShape(input);
  return useMemo(
    () =>
      settleInput('useCohortRetention', input, (given) => {
        if ('data' in given) {
          return {
            data: checkShape<CohortRetention>('useCohortRetention', data, COHORT_RETENTION()),
            issues: [],
          };
        }
        const result = cohortRetention(given.snapshots, {
          from: given.from,
          to: given.to,
          grain: given.grain,
          onInvalid: given.onInvalid,
          duplicateRows: given.duplicateRows,
          maxCohorts: given.maxCohorts,
          maxAge: given.maxAge,
          segment: given.segment,
        });
        return { data: result, issues: result.issues };
      }),
    // The fields are the dependencies; `shape` tells undefined, null and objects apart.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [
      shape,
      snapshots,
      data,
      from,
      to,
      grain,
      onInvalid,
      duplicateRows,
      maxCohorts,
      maxAge,
      segments,
    ],
  );
}
