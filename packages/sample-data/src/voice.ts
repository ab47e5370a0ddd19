import { createRandom } from './random';
import { SAMPLE_SEGMENTS, type SampleSegment } from './generate';

/** One survey answer, as `nps`, `csat` and `ces` take it. */
export interface SampleSurveyResponse {
  score: number;
  accountId: string;
  /** `'YYYY-MM-DD'`. */
  date: string;
  segment: SampleSegment;
  channel: 'email' | 'in-app' | 'support';
}

/** Options of {@link generateSurveyResponses}. */
export interface SurveyResponsesOptions {
  /** @default 42 */
  seed?: number | undefined;
  /** @default 400 */
  responses?: number | undefined;
  /** Which survey: NPS (0–10), CSAT (1–5) or CES (1–7, higher is easier). @default 'nps' */
  survey?: 'nps' | 'csat' | 'ces' | undefined;
  /** Months of answers ending at `endPeriod`. @default 6 */
  months?: number | undefined;
  /** @default '2025-12' */
  endPeriod?: string | undefined;
  /** Number of distinct accounts answering. @default 120 */
  accounts?: number | undefined;
  /**
   * The highest score, for a survey on a non-standard scale (a 10-point CSAT, a 5-point CES): the
   * survey's usual distribution is stretched over `min`..`scale`. NPS is always 0–10.
   * @default 10 for NPS, 5 for CSAT, 7 for CES
   */
  scale?: number | undefined;
}

/** Relative weights of each score, per survey: a realistic B2B skew. */
const WEIGHTS: Record<'nps' | 'csat' | 'ces', { min: number; weights: number[] }> = {
  // NPS ≈ +30: about 50 % promoters, 30 % passives, 20 % detractors.
  nps: { min: 0, weights: [1, 1, 1, 2, 2, 4, 9, 12, 18, 24, 26] },
  csat: { min: 1, weights: [4, 6, 12, 38, 40] },
  ces: { min: 1, weights: [3, 5, 8, 14, 24, 28, 18] },
};

/** The survey's weights, resampled (linear interpolation) onto `min`..`scale` when that differs. */
function weightsFor(survey: 'nps' | 'csat' | 'ces', scale: number | undefined): number[] {
  const { min, weights } = WEIGHTS[survey];
  const usual = min + weights.length - 1;
  if (scale === undefined || scale === usual) return weights;
  if (survey === 'nps' || !Number.isInteger(scale) || scale < min + 2 || scale > 100) {
    throw new RangeError(
      `generateSurveyResponses: scale must be a whole number from ${min + 2} to 100 for ${survey === 'nps' ? 'CSAT or CES (NPS is always 0–10)' : survey.toUpperCase()}, got ${scale}`,
    );
  }
  const count = scale - min + 1;
  return Array.from({ length: count }, (_, k) => {
    const at = (k / (count - 1)) * (weights.length - 1);
    const low = Math.floor(at);
    const high = Math.min(weights.length - 1, low + 1);
    return weights[low]! + (weights[high]! - weights[low]!) * (at - low);
  });
}

/**
 * Generates survey responses with realistic score distributions, spread over months, accounts,
 * segments and channels (Enterprise answers a little more warmly than SMB). Deterministic.
 */
export function generateSurveyResponses(
  options: SurveyResponsesOptions = {},
): SampleSurveyResponse[] {
  const {
    seed = 42,
    responses = 400,
    survey = 'nps',
    months = 6,
    endPeriod = '2025-12',
    accounts = 120,
  } = options;
  const match = /^(\d{4})-(\d{2})$/.exec(endPeriod);
  if (!match)
    throw new RangeError(
      `generateSurveyResponses: endPeriod must be 'YYYY-MM', got '${endPeriod}'`,
    );
  const last = Number(match[1]) * 12 + Number(match[2]) - 1;
  const random = createRandom(seed ^ 0x7015);
  const { min } = WEIGHTS[survey];
  const weights = weightsFor(survey, options.scale);
  const total = weights.reduce((sum, w) => sum + w, 0);
  const out: SampleSurveyResponse[] = [];
  for (let i = 0; i < responses; i++) {
    const account = random.int(1, accounts);
    const segment = SAMPLE_SEGMENTS[account % 10 === 0 ? 2 : account % 3 === 0 ? 1 : 0]!;
    let roll = random.next() * total;
    let index = 0;
    while (index < weights.length - 1 && roll >= weights[index]!) roll -= weights[index++]!;
    if (segment === 'Enterprise' && index < weights.length - 1 && random.chance(0.25)) index++;
    const month = last - random.int(0, months - 1);
    const year = Math.floor(month / 12);
    out.push({
      score: min + index,
      accountId: `acct-${String(account).padStart(String(accounts).length, '0')}`,
      date: `${year}-${String(month - year * 12 + 1).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`,
      segment,
      channel: random.pick(['email', 'in-app', 'support'] as const),
    });
  }
  return out;
}
