import { useMemo } from 'react';
import { type HookResult, settle } from '../core/hook';
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
  const { history, threshold, days, asOf, onInvalid } = input;
  return useMemo(
    () =>
      settle(() => {
        const data = sustainedBelow(history, { threshold, days, asOf, onInvalid });
        return { data, issues: data.issues };
      }),
    [history, threshold, days, asOf, onInvalid],
  );
}
