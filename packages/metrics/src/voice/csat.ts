import { readConfidence, wilsonInterval } from '../core/interval';
import { OptionReader } from '../core/options';
import { buildGroups, readGroupOptions } from './groups';
import { distributionOf, meanScore, readScores } from './responses';
import type { CsatOptions, CsatResult, SurveyResponseInput } from './types';

/** The largest scale accepted, to keep distributions a sensible size. */
export const MAX_SCALE = 100;

/**
 * Customer satisfaction (CSAT): `satisfied / total`, the share of 1..scale answers at or above
 * `satisfiedMin` (top-two-box by default), with the mean and the distribution; `score` is `null`
 * with no responses. Benchmark: 0.8–0.9. `interval` is the Wilson score interval of that share at
 * `confidence` (default 0.95, see {@link wilsonInterval}); `lowSample` is true below
 * `lowSampleThreshold` (default 30) responses.
 *
 * With `groupBy: 'segment' | 'channel'` (or ready-made `segments`) the result also carries
 * `groups`, at most `maxGroups` (default 12) with the rest pooled into "Other".
 *
 * @example
 * csat([5, 4, 4, 3, 1]).score; // 3 / 5 = 0.6
 * csat(responses, { groupBy: 'channel', maxGroups: 5 }).groups; // up to 5 rows, the last 'Other'
 * csat([10, 9, 7], { scale: 10 }).score; // 2 / 3
 */
export function csat(
  responses: readonly SurveyResponseInput[],
  options: CsatOptions = {},
): CsatResult {
  const reader = new OptionReader('csat', options);
  const policy = reader.policy();
  const scale = reader.integer('scale', 5, 2, MAX_SCALE);
  const satisfiedMin = reader.integer('satisfiedMin', scale - 1, 1, scale);
  const lowSampleThreshold = reader.integer('lowSampleThreshold', 30, 0, Number.MAX_SAFE_INTEGER);
  const confidence = readConfidence(reader);
  const grouping = readGroupOptions<CsatResult>(reader);
  reader.done();
  const range = { min: 1, max: scale };
  const { scores, issues, keys } = readScores(
    'csat',
    responses,
    range,
    policy,
    grouping.by ?? undefined,
  );
  const base: CsatOptions = {
    onInvalid: policy,
    scale,
    satisfiedMin,
    lowSampleThreshold,
    confidence,
  };
  const groups = buildGroups(grouping, scores, keys, {
    functionName: 'csat',
    compute: (rows) => csat(rows, base),
    fromScores: (pooled) => csat(pooled, base),
  });

  const satisfied = scores.filter((score) => score >= satisfiedMin).length;
  const total = scores.length;
  return {
    score: total === 0 ? null : satisfied / total,
    satisfied,
    total,
    interval: wilsonInterval(satisfied, total, confidence),
    lowSample: total < lowSampleThreshold,
    lowSampleThreshold,
    mean: meanScore(scores),
    distribution: distributionOf(scores, range),
    scale,
    satisfiedMin,
    reason: total === 0 ? 'no-responses' : null,
    issues,
    ...groups,
  };
}
