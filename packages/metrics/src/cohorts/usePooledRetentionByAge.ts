import { useMemo } from 'react';
import { type HookResult, hookFields, hookShape, settleInput } from '../core/hook';
import type { MrrSnapshot } from '../core/mrrSnapshot';
import { arr, checkShape } from '../core/resultShape';
import { cohortRetention } from './cohortRetention';
import { COHORT, COHORT_RETENTION } from './shapes';
import { type AgeAverage, type CohortMetric, pooledRetentionByAge } from './pooledRetentionByAge';
import type { Cohort, CohortRetention, CohortRetentionOptions } from './types';

/** What {@link usePooledRetentionByAge} pools: the metric and the ages. */
export interface PooledRetentionByAgeOptions {
  /** Accounts still paying (`'logo'`) or MRR kept (`'revenue'`). */
  metric: CohortMetric;
  /** The ages to pool, e.g. `[1, 3, 6, 12]`. */
  ages: readonly number[];
}

/**
 * Input of {@link usePooledRetentionByAge}: raw snapshots with the options of `cohortRetention`, or
 * its result (or its `cohorts`) as `data`; with the metric and the ages either way.
 */
export type UsePooledRetentionByAgeInput = PooledRetentionByAgeOptions &
  (
    | ({ snapshots: readonly MrrSnapshot[] } & CohortRetentionOptions)
    | { data: CohortRetention | readonly Cohort[] }
  );

/**
 * Retention at each age pooled over the cohorts that reached it (`pooledRetentionByAge`),
 * memoised on its inputs; idle on `undefined`, `{ error }` on bad input, never throws during
 * render.
 *
 * @example
 * const { data } = usePooledRetentionByAge({ snapshots, metric: 'logo', ages: [1, 3, 12] });
 * data?.map((average) => `month ${average.age}: ${average.retention}`);
 */
export function usePooledRetentionByAge(
  input: UsePooledRetentionByAgeInput | undefined,
): HookResult<AgeAverage[]> {
  const { snapshots, data, from, to, grain, onInvalid, duplicateRows, metric, ages } = hookFields<
    | 'snapshots'
    | 'data'
    | 'from'
    | 'to'
    | 'grain'
    | 'onInvalid'
    | 'duplicateRows'
    | 'metric'
    | 'ages'
  >(input);
  const shape = hookShape(input);
  return useMemo(
    () =>
      settleInput('usePooledRetentionByAge', input, (given) => {
        if ('data' in given) {
          // Checked like raw input first, so a bad cell is named by its path.
          const cohorts = Array.isArray(given.data)
            ? checkShape<readonly Cohort[]>('usePooledRetentionByAge', given.data, arr(COHORT()))
            : checkShape<CohortRetention>('usePooledRetentionByAge', given.data, COHORT_RETENTION())
                .cohorts;
          return { data: pooledRetentionByAge(cohorts, given.metric, given.ages), issues: [] };
        }
        const { snapshots: rows, metric: which, ages: list, ...options } = given;
        const table = cohortRetention(rows, options);
        return { data: pooledRetentionByAge(table.cohorts, which, list), issues: table.issues };
      }),
    // The fields are the dependencies; `shape` tells undefined, null and objects apart.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [shape, snapshots, data, from, to, grain, onInvalid, duplicateRows, metric, ages],
  );
}
