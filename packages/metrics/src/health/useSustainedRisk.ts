import { useMemo } from 'react';
import { type HookResult, hookShape, settleInput } from '../core/hook';
import { readHookInput } from './hookInput';
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
  const { fields, failed } = readHookInput('useSustainedRisk', input, [
    'history',
    'threshold',
    'days',
    'asOf',
    'onInvalid',
  ] as const);
  const { history, threshold, days, asOf, onInvalid } = fields as UseSustainedRiskInput;
  const shape = hookShape(input);
  return useMemo(
    () =>
      failed ??
      settleInput('useSustainedRisk', input, () => {
        const data = sustainedBelow(history, { threshold, days, asOf, onInvalid });
        return { data, issues: data.issues };
      }),
    // The fields are the dependencies; `shape` tells undefined, null and objects apart.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [shape, failed, history, threshold, days, asOf, onInvalid],
  );
}
