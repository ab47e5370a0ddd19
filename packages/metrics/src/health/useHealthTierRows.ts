import { useMemo } from 'react';
import type { ValidationIssue } from '../core/errors';
import { type HookResult, hookShape, settleInput } from '../core/hook';
import { readHookInput } from './hookInput';
import { scoreHealth } from './scoreHealth';
import { type HealthTierRows, type HealthTierRowsOptions, healthTierRows } from './tierRows';
import type { HealthResult, HealthScores } from './types';
import type { UseHealthScoresInput } from './useHealthScores';

/**
 * Input of {@link useHealthTierRows}: accounts with a scorecard to score (and `scoreHealth`'s
 * options), or `scoreHealth`'s result as `data` with the accounts to join; with the history, trend
 * window and tiers of `healthTierRows` either way.
 */
export type UseHealthTierRowsInput =
  | (UseHealthScoresInput & Omit<HealthTierRowsOptions, 'accounts' | 'scorecard'>)
  | ({ data: HealthScores | readonly HealthResult[] } & HealthTierRowsOptions);

/** The fields of either form, each read once (by `readHookInput`). */
type Fields = Partial<Record<keyof UseHealthTierRowsInput | 'data', unknown>>;

function compute(fields: Fields): { data: HealthTierRows; issues: readonly ValidationIssue[] } {
  const { data, accounts, scorecard, overrides, asOf, onInvalid, history, trendDays, tiers } =
    fields as UseHealthScoresInput & HealthTierRowsOptions & { data?: HealthScores };
  if (data !== undefined) {
    const options = { accounts, scorecard, tiers, history, asOf, trendDays, onInvalid };
    const rows = healthTierRows(data, options);
    return { data: rows, issues: rows.issues };
  }
  const scores = scoreHealth(accounts, scorecard, { overrides, asOf, onInvalid });
  const rows = healthTierRows(scores, {
    accounts,
    scorecard,
    tiers,
    history,
    asOf,
    trendDays,
    onInvalid,
  });
  return { data: rows, issues: [...scores.issues, ...rows.issues] };
}

/**
 * The rows of a health tier list (`healthTierRows`: each account's result with its name, MRR,
 * tier label, severity, trend and sparkline), memoised on its inputs; idle on `undefined`,
 * `{ error }` on bad input, never throws during render.
 *
 * @example
 * const { data } = useHealthTierRows({ accounts, scorecard: SCORECARD_ADOPTION_FIRST, history });
 * data?.rows.filter((row) => row.tier === 'critical').map((row) => `${row.name}: ${row.trend}`);
 */
export function useHealthTierRows(
  input: UseHealthTierRowsInput | undefined,
): HookResult<HealthTierRows> {
  const { fields, failed } = readHookInput('useHealthTierRows', input, [
    'data',
    'accounts',
    'scorecard',
    'overrides',
    'asOf',
    'onInvalid',
    'history',
    'trendDays',
    'tiers',
  ] as const);
  const { data, accounts, scorecard, overrides, asOf, onInvalid, history, trendDays, tiers } =
    fields;
  const shape = hookShape(input);
  return useMemo(
    () => failed ?? settleInput('useHealthTierRows', input, () => compute(fields)),
    // The fields are the dependencies; `shape` tells undefined, null and objects apart.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [
      shape,
      failed,
      data,
      accounts,
      scorecard,
      overrides,
      asOf,
      onInvalid,
      history,
      trendDays,
      tiers,
    ],
  );
}
