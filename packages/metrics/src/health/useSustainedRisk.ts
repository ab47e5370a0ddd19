import { useMemo } from 'react';
import { type HookResult, hookFields, hookShape, settleInput } from '../core/hook';
import { type SustainedBelow, type SustainedBelowOptions, sustainedBelow } from './history';
import type { HealthHistoryRow } from './types';

/** Input of {@link useSustainedRisk}: the score history and `sustainedBelow`'s options. */
export interface UseSustainedRiskInput extends SustainedBelowOptions {
  history: readonly HealthHistoryRow[];
}

/**
 * Accounts below the health threshold for a sustained run (see `sustainedBelow`: below 70 for 5
 * days by default), memoised on its inputs; never throws during render.
 *
 * @example
 * const { data } = useSustainedRisk({ history, asOf: '2025-03-31' });
 * data?.accounts.map((a) => `${a.accountId} since ${a.since}`);
 */
export function useSustainedRisk(input: UseSustainedRiskInput): HookResult<SustainedBelow> {
  const { history, threshold, days, asOf, onInvalid } = hookFields<keyof UseSustainedRiskInput>(
    input,
  ) as UseSustainedRiskInput;
  const shape = hookShape(input);
  return useMemo(
    () =>
      settleInput('useSustainedRisk', input, () => {
        const data = sustainedBelow(history, { threshold, days, asOf, onInvalid });
        return { data, issues: data.issues };
      }),
    // The fields are the dependencies; `shape` tells undefined, null and objects apart.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [shape, history, threshold, days, asOf, onInvalid],
  );
}
