import { useMemo } from 'react';
import { checkShape } from '../core/resultShape';
import { TIME_TO_VALUE } from './shapes';
import { type HookResult, hookFields, hookShape, settleInput } from '../core/hook';
import { timeToValue } from './timeToValue';
import type { TimeToValueAccount, TimeToValueOptions, TimeToValueResult } from './types';

/** Input of {@link useTimeToValue}: accounts with their dates, or a result computed elsewhere. */
export type UseTimeToValueInput =
  ({ accounts: readonly TimeToValueAccount[] } & TimeToValueOptions) | { data: TimeToValueResult };

/**
 * Days from start to first value (`timeToValue`: median, p90, mean and the accounts still
 * waiting), memoised on its inputs; idle on `undefined`, `{ error }` on bad input, never throws
 * during render.
 *
 * @example
 * const { data } = useTimeToValue({ accounts });
 * data?.median; // 20
 */
export function useTimeToValue(
  input: UseTimeToValueInput | undefined,
): HookResult<TimeToValueResult> {
  const { accounts, data, onInvalid } = hookFields<'accounts' | 'data' | 'onInvalid'>(input);
  const shape = hookShape(input);
  return useMemo(
    () =>
      settleInput('useTimeToValue', input, (given) => {
        if ('data' in given) {
          const data = checkShape<TimeToValueResult>('useTimeToValue', given.data, TIME_TO_VALUE());
          return { data, issues: [] };
        }
        const { accounts: rows, ...options } = given;
        const result = timeToValue(rows, options);
        return { data: result, issues: result.issues };
      }),
    // The fields are the dependencies; `shape` tells undefined, null and objects apart.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [shape, accounts, data, onInvalid],
  );
}
