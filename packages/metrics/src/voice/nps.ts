import { npsInterval, readConfidence } from '../core/interval';
import { OptionReader } from '../core/options';
import { buildGroups, readGroupOptions } from './groups';
import { readTrend } from './periods';
import { distributionOf, readScores } from './responses';
import type { NpsOptions, NpsResult, SurveyResponseInput } from './types';

const NPS_SCALE = { min: 0, max: 10 };
const Z_95 = 1.96;

/**
 * Net Promoter Score: `100 × (promoters − detractors) / total` on 0–10 answers (promoters 9–10,
 * passives 7–8, detractors 0–6), from −100 to 100, with counts, shares, the 0–10 distribution and
 * a 95 % margin of error `1.96 × 100 × sqrt((p + d − (p − d)²) / total)` and a bounded `interval`
 * (the adjusted Wald of {@link npsInterval}, inside −100..100 at any sample size, at `confidence`,
 * default 0.95); `score` is `null` with no responses. Benchmarks: 30–50 good, 50 and above
 * excellent.
 *
 * With `groupBy: 'segment' | 'channel'` (or ready-made `segments`) the result also carries
 * `groups`, at most `maxGroups` (default 12) with the rest pooled into "Other"; with `trend`
 * (one entry per period) it carries one point per period, as {@link npsTrend} computes them.
 *
 * @example
 * const result = nps([10, 9, 9, 8, 7, 6, 3]);
 * result.score; // 100 × (3 − 2) / 7 ≈ 14.3
 * result.lowSample; // true: fewer than 30 responses
 * nps(responses, { groupBy: 'segment' }).groups; // [{ name: 'SMB', result: { score, … } }, …]
 */
export function nps(
  responses: readonly SurveyResponseInput[],
  options: NpsOptions = {},
): NpsResult {
  const reader = new OptionReader('nps', options);
  const policy = reader.policy();
  const lowSampleThreshold = reader.integer('lowSampleThreshold', 30, 0, Number.MAX_SAFE_INTEGER);
  const confidence = readConfidence(reader);
  const grouping = readGroupOptions<NpsResult>(reader);
  const trendInput = reader.raw('trend');
  reader.done();
  const { scores, issues, keys } = readScores(
    'nps',
    responses,
    NPS_SCALE,
    policy,
    grouping.by ?? undefined,
  );
  const base: NpsOptions = { onInvalid: policy, lowSampleThreshold, confidence };
  const extra = {
    ...buildGroups(grouping, scores, keys, {
      functionName: 'nps',
      compute: (rows) => nps(rows, base),
      fromScores: (pooled) => nps(pooled, base),
    }),
    ...(trendInput === undefined
      ? {}
      : { trend: readTrend('nps', 'options.trend', trendInput, base, nps) }),
  };
  return { ...npsOf(scores, lowSampleThreshold, confidence, issues), ...extra };
}

function npsOf(
  scores: readonly number[],
  lowSampleThreshold: number,
  confidence: number,
  issues: NpsResult['issues'],
): NpsResult {
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  for (const score of scores) {
    if (score >= 9) promoters++;
    else if (score >= 7) passives++;
    else detractors++;
  }
  const total = scores.length;
  const distribution = distributionOf(scores, NPS_SCALE);
  const lowSample = total < lowSampleThreshold;
  if (total === 0) {
    return {
      score: null,
      total,
      promoters,
      passives,
      detractors,
      promoterShare: null,
      passiveShare: null,
      detractorShare: null,
      distribution,
      marginOfError: null,
      interval: null,
      lowSample,
      lowSampleThreshold,
      reason: 'no-responses',
      issues,
    };
  }
  const p = promoters / total;
  const d = detractors / total;
  // p + d ≥ |p − d| ≥ (p − d)², so the variance is never negative; clamp rounding dust anyway.
  const variance = Math.max(0, p + d - (p - d) ** 2);
  return {
    score: (100 * (promoters - detractors)) / total,
    total,
    promoters,
    passives,
    detractors,
    promoterShare: p,
    passiveShare: passives / total,
    detractorShare: d,
    distribution,
    marginOfError: Z_95 * 100 * Math.sqrt(variance / total),
    interval: npsInterval(promoters, passives, detractors, confidence),
    lowSample,
    lowSampleThreshold,
    reason: null,
    issues,
  };
}
