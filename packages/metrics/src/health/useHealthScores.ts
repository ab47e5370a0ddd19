import { useMemo } from 'react';
import { type HookResult, hookShape, settleInput } from '../core/hook';
import { readHookInput } from './hookInput';
import { scoreHealth } from './scoreHealth';
import type {
  HealthAccount,
  HealthScores,
  Scorecard,
  ScoreHealthOptions,
  SegmentScorecards,
} from './types';

/** Input of {@link useHealthScores}: the accounts, the scorecard(s) and `scoreHealth`'s options. */
export interface UseHealthScoresInput extends ScoreHealthOptions {
  accounts: readonly HealthAccount[];
  /** One scorecard, or `{ scorecards, fallback }` per segment. */
  scorecard: Scorecard | SegmentScorecards;
}

/**
 * Health scores of accounts (see `scoreHealth`), memoised on its inputs; idle on `undefined`, never
 * throws during render. Bad rows and bad scorecards come back as `error`; with `onInvalid: 'skip'`, skipped rows
 * come back as `issues` beside the data.
 *
 * @example
 * const { data, error } = useHealthScores({ accounts, scorecard: SCORECARD_ADOPTION_FIRST });
 */
export function useHealthScores(input: UseHealthScoresInput | undefined): HookResult<HealthScores> {
  const { fields, failed } = readHookInput('useHealthScores', input, [
    'accounts',
    'scorecard',
    'overrides',
    'asOf',
    'onInvalid',
  ] as const);
  const { accounts, scorecard, overrides, asOf, onInvalid } = fields as UseHealthScoresInput;
  const shape = hookShape(input);
  return useMemo(
    () =>
      failed ??
      settleInput('useHealthScores', input, () => {
        const scores = scoreHealth(accounts, scorecard, { overrides, asOf, onInvalid });
        return { data: scores, issues: scores.issues };
      }),
    // The fields are the dependencies; `shape` tells undefined, null and objects apart.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [shape, failed, accounts, scorecard, overrides, asOf, onInvalid],
  );
}
