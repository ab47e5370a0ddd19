import { throwMustBe } from '../core/errors';
import { readConfidence, wilsonInterval } from '../core/interval';
import { OptionReader } from '../core/options';
import { MAX_SCALE } from './csat';
import { buildGroups, readGroupOptions } from './groups';
import { distributionOf, meanScore, readScores } from './responses';
import type { CesOptions, CesResult, SurveyResponseInput } from './types';

/**
 * The default agree threshold: the first point above the scale's midpoint, `⌊(1 + scale) / 2⌋ + 1`
 * (5 on a 7-point scale, 4 on 5, 6 on 10).
 *
 * @example
 * defaultAgreeMin(7); // 5
 */
export function defaultAgreeMin(scale: number): number {
  return agreeMinOf(readScale('defaultAgreeMin', scale));
}

const agreeMinOf = (scale: number) => Math.floor((1 + scale) / 2) + 1;
const flip = (score: number, scale: number) => scale + 1 - score;

/** A scale argument: an integer from 2 to {@link MAX_SCALE}. */
function readScale(functionName: string, scale: unknown): number {
  if (typeof scale !== 'number' || !Number.isInteger(scale) || scale < 2 || scale > MAX_SCALE) {
    throwMustBe(functionName, 'scale', `an integer from 2 to ${MAX_SCALE}`, scale);
  }
  return scale;
}

/**
 * Reverses a score on a 1..scale scale, `scale + 1 − score`; flipping twice gives the score back.
 *
 * @example
 * flipScore(2, 7); // 6
 */
export function flipScore(score: number, scale: number): number {
  readScale('flipScore', scale);
  if (typeof score !== 'number' || !Number.isInteger(score) || score < 1 || score > scale) {
    throwMustBe('flipScore', 'score', `an integer from 1 to ${scale}`, score);
  }
  return flip(score, scale);
}

/**
 * Customer effort score (CES): the `mean` of 1..scale answers, `agreeShare` (share at or above
 * `agreeMin`) and `normalized = mean / scale`, all higher-is-easier (scores are flipped first with
 * `higherIsEasier: false`); `null` figures with no responses. `interval` is the Wilson score interval
 * of `agreeShare` at `confidence` (default 0.95, see {@link wilsonInterval}); `lowSample` is true
 * below `lowSampleThreshold` (default 30) responses.
 *
 * With `groupBy: 'segment' | 'channel'` (or ready-made `segments`) the result also carries
 * `groups`, at most `maxGroups` (default 12) with the rest pooled into "Other".
 *
 * @example
 * ces([3, 3, 3], { scale: 5 }).normalized; // 3 / 5 = 0.6
 * ces([2, 6], { higherIsEasier: false }).mean; // flipped to 6 and 2: 4
 */
export function ces(
  responses: readonly SurveyResponseInput[],
  options: CesOptions = {},
): CesResult {
  const reader = new OptionReader('ces', options);
  const policy = reader.policy();
  const scale = reader.integer('scale', 7, 2, MAX_SCALE);
  const higherIsEasier = reader.boolean('higherIsEasier', true);
  const agreeMin = reader.integer('agreeMin', agreeMinOf(scale), 1, scale);
  const lowSampleThreshold = reader.integer('lowSampleThreshold', 30, 0, Number.MAX_SAFE_INTEGER);
  const confidence = readConfidence(reader);
  const grouping = readGroupOptions<CesResult>(reader);
  reader.done();
  const range = { min: 1, max: scale };
  const {
    scores: raw,
    issues,
    keys,
  } = readScores('ces', responses, range, policy, grouping.by ?? undefined);
  const base: CesOptions = {
    onInvalid: policy,
    scale,
    higherIsEasier,
    agreeMin,
    lowSampleThreshold,
    confidence,
  };
  const groups = buildGroups(grouping, raw, keys, {
    functionName: 'ces',
    compute: (rows) => ces(rows, base),
    // Pooled distributions are already higher-is-easier: read them unflipped, report as asked.
    fromScores: (pooled) => ({
      ...ces(pooled, { ...base, higherIsEasier: true }),
      higherIsEasier,
    }),
  });

  const scores = higherIsEasier ? raw : raw.map((score) => flip(score, scale));
  const agreeing = scores.filter((score) => score >= agreeMin).length;
  const total = scores.length;
  const mean = meanScore(scores);
  return {
    mean,
    agreeShare: total === 0 ? null : agreeing / total,
    interval: wilsonInterval(agreeing, total, confidence),
    lowSample: total < lowSampleThreshold,
    lowSampleThreshold,
    normalized: mean === null ? null : mean / scale,
    total,
    agreeing,
    distribution: distributionOf(scores, range),
    scale,
    agreeMin,
    higherIsEasier,
    reason: total === 0 ? 'no-responses' : null,
    issues,
    ...groups,
  };
}
