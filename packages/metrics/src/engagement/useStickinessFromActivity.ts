import { useMemo } from 'react';
import { checkShape } from '../core/resultShape';
import { STICKINESS } from './shapes';
import { type HookResult, hookFields, hookShape, settleInput } from '../core/hook';
import { stickinessFromActivity } from './stickinessFromActivity';
import type { ActivityEvent, StickinessFromActivityOptions, StickinessResult } from './types';

/** Input of {@link useStickinessFromActivity}: activity events with a month, or a result computed elsewhere. */
export type UseStickinessFromActivityInput =
  | ({ events: readonly ActivityEvent[] } & StickinessFromActivityOptions)
  | { data: StickinessResult };

/**
 * Stickiness of one month from raw activity events (`stickinessFromActivity`: mean daily users over
 * the month's days / monthly users), memoised on its inputs; idle on `undefined`, `{ error }` on
 * bad input, never throws during render.
 *
 * @example
 * const { data } = useStickinessFromActivity({ events, month: '2025-02' });
 * data?.stickiness; // 0.21
 */
export function useStickinessFromActivity(
  input: UseStickinessFromActivityInput | undefined,
): HookResult<StickinessResult> {
  const { events, data, month, onInvalid } = hookFields<'events' | 'data' | 'month' | 'onInvalid'>(
    input,
  );
  const shape = hookShape(input);
  return useMemo(
    () =>
      settleInput('useStickinessFromActivity', input, (given) => {
        if ('data' in given) {
          checkShape('useStickinessFromActivity', given.data, STICKINESS());
          return { data: given.data, issues: [] };
        }
        const { events: rows, ...options } = given;
        const result = stickinessFromActivity(rows, options);
        return { data: result, issues: result.issues };
      }),
    // The fields are the dependencies; `shape` tells undefined, null and objects apart.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [shape, events, data, month, onInvalid],
  );
}
