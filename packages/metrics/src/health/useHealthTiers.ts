import { useMemo } from 'react';
import { type HookResult, hookShape, settleInput } from '../core/hook';
import { readHookInput } from './hookInput';
import { type HealthTierDistribution, healthTierDistribution } from './distribution';
import { isSegmentScorecards, scoreHealth } from './scoreHealth';
import { DEFAULT_TIERS } from './tiers';
import type { HealthTier } from './types';
import type { UseHealthScoresInput } from './useHealthScores';

/** Input of {@link useHealthTiers}: what `useHealthScores` takes, and the tiers to list. */
export interface UseHealthTiersInput extends UseHealthScoresInput {
  /**
   * The tiers to list, even when empty.
   * @default the scorecard's tiers (DEFAULT_TIERS for segment scorecards or when it has none)
   */
  tiers?: readonly HealthTier[] | undefined;
}

/**
 * Account counts and summed MRR per health tier, the data behind a distribution chart, memoised on
 * its inputs; idle on `undefined`, never throws during render.
 *
 * @example
 * const { data } = useHealthTiers({ accounts, scorecard: SCORECARD_ADOPTION_FIRST });
 * data?.buckets.map((b) => `${b.label}: ${b.count} accounts, ${b.mrr} MRR`);
 */
export function useHealthTiers(
  input: UseHealthTiersInput | undefined,
): HookResult<HealthTierDistribution> {
  const { fields, failed } = readHookInput('useHealthTiers', input, [
    'accounts',
    'scorecard',
    'overrides',
    'asOf',
    'onInvalid',
    'tiers',
  ] as const);
  const { accounts, scorecard, overrides, asOf, onInvalid, tiers } = fields as UseHealthTiersInput;
  const shape = hookShape(input);
  return useMemo(
    () =>
      failed ??
      settleInput('useHealthTiers', input, () => {
        const scores = scoreHealth(accounts, scorecard, { overrides, asOf, onInvalid });
        // `null` tiers are a bad option (healthTierDistribution says so), not the default.
        const list =
          tiers !== undefined
            ? tiers
            : isSegmentScorecards(scorecard)
              ? DEFAULT_TIERS
              : (scorecard.tiers ?? DEFAULT_TIERS);
        const data = healthTierDistribution(scores.accounts, accounts, { tiers: list, onInvalid });
        return { data, issues: [...scores.issues, ...data.issues] };
      }),
    // The fields are the dependencies; `shape` tells undefined, null and objects apart.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [shape, failed, accounts, scorecard, overrides, asOf, onInvalid, tiers],
  );
}
