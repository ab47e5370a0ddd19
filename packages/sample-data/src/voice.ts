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
  seed?: number;
  /** @default 400 */
  responses?: number;
  /** Which survey: NPS (0–10), CSAT (1–5) or CES (1–7, higher is easier). @default 'nps' */
  survey?: 'nps' | 'csat' | 'ces';
  /** Months of answers ending at `endPeriod`. @default 6 */
  months?: number;
  /** @default '2025-12' */
  endPeriod?: string;
  /** Number of distinct accounts answering. @default 120 */
  accounts?: number;
}

/** Relative weights of each score, per survey: a realistic B2B skew. */
const WEIGHTS: Record<'nps' | 'csat' | 'ces', { min: number; weights: number[] }> = {
  // NPS ≈ +30: about 50 % promoters, 30 % passives, 20 % detractors.
  nps: { min: 0, weights: [1, 1, 1, 2, 2, 4, 9, 12, 18, 24, 26] },
  csat: { min: 1, weights: [4, 6, 12, 38, 40] },
  ces: { min: 1, weights: [3, 5, 8, 14, 24, 28, 18] },
};

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
  const { min, weights } = WEIGHTS[survey];
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
