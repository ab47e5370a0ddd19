import { type ValidationOptions, showValue } from '../core/errors';
import type { MarkAccount } from '../core/markAccounts';
import { OptionReader } from '../core/options';
import { MAX_SCALE } from './csat';
import { UNSET_GROUP } from './groups';
import { readScores } from './responses';
import type { SurveyResponseInput } from './types';

/** The part of a survey's answers a mark stands for. */
export type SurveyPart =
  'promoter' | 'passive' | 'detractor' | 'satisfied' | 'unsatisfied' | 'agree' | 'disagree';

/** Options of {@link surveyAccounts}: which survey, which mark, and the survey's own options. */
export interface SurveyAccountsOptions extends ValidationOptions {
  /** The survey the responses answer: `'nps'` (0–10), `'csat'` or `'ces'`. */
  survey: 'nps' | 'csat' | 'ces';
  /** Keep the responses in this part (`'promoter'`… for NPS, `'satisfied'`… for CSAT, `'agree'`… for CES). */
  part?: SurveyPart | undefined;
  /** Keep the responses with this score (on the reported scale: CES scores are flipped first with `higherIsEasier: false`). */
  score?: number | undefined;
  /** Keep the responses of this segment (`'Not set'`, the unset row's name, for responses without one). */
  segment?: string | undefined;
  /** Keep the responses of this channel (`'Not set'` for responses without one). */
  channel?: string | undefined;
  /** CSAT and CES: the highest score. @default 5 (CSAT), 7 (CES) */
  scale?: number | undefined;
  /** CSAT: the lowest satisfied score. @default scale − 1 */
  satisfiedMin?: number | undefined;
  /** CES: the lowest agreeing score on the reported scale. @default the first point above the midpoint */
  agreeMin?: number | undefined;
  /** CES: whether a higher raw score means less effort. @default true */
  higherIsEasier?: boolean | undefined;
}

const PARTS: Record<SurveyAccountsOptions['survey'], readonly SurveyPart[]> = {
  nps: ['promoter', 'passive', 'detractor'],
  csat: ['satisfied', 'unsatisfied'],
  ces: ['agree', 'disagree'],
};

/**
 * The accounts behind a mark of a survey breakdown (drill-through, SPEC §9): the responses in a
 * part, a score, a segment or a channel (every filter given must hold), one entry per responding
 * account, `value` = how many of its responses the mark holds, most first. Responses without an
 * `accountId` (and bare scores) name no account and are left out, so the values sum to the mark's
 * count exactly when every response carries one; `undefined` when no valid response names an
 * account (the data has no accounts to give). Parts are read as `nps`, `csat` and `ces` read
 * them: promoters 9–10, passives 7–8, detractors 0–6; satisfied at or above `satisfiedMin`; agree
 * at or above `agreeMin`. Bad rows throw a `MetricsInputError` (or are skipped with
 * `{ onInvalid: 'skip' }`), as in `nps`.
 *
 * @example
 * surveyAccounts(responses, { survey: 'nps', part: 'detractor' }); // [{ accountId: 'acme', value: 2 }, …]
 */
export function surveyAccounts(
  responses: readonly SurveyResponseInput[],
  options: SurveyAccountsOptions,
): MarkAccount[] | undefined {
  const reader = new OptionReader('surveyAccounts', options);
  const policy = reader.policy();
  const survey = reader.raw('survey');
  const kind = survey === 'nps' || survey === 'csat' || survey === 'ces' ? survey : null;
  if (kind === null) {
    reader.reject('survey', `must be 'nps', 'csat' or 'ces', got ${showValue(survey)}`, survey);
  }
  const scale = kind === 'nps' ? 10 : reader.integer('scale', kind === 'ces' ? 7 : 5, 2, MAX_SCALE);
  const min = kind === 'nps' ? 0 : 1;
  const satisfiedMin = reader.integer('satisfiedMin', scale - 1, 1, scale);
  const agreeMin = reader.integer('agreeMin', Math.floor((1 + scale) / 2) + 1, 1, scale);
  const higherIsEasier = reader.boolean('higherIsEasier', true);
  const part = reader.raw('part');
  if (part !== undefined && (kind === null || !PARTS[kind].includes(part as SurveyPart))) {
    reader.reject(
      'part',
      `must be one of ${kind ? PARTS[kind].join(', ') : 'the survey’s parts'}, got ${showValue(part)}`,
      part,
    );
  }
  const score = reader.raw('score');
  if (score !== undefined && !(Number.isInteger(score) && (score as number) >= min)) {
    reader.reject('score', `must be a score on the survey's scale, got ${showValue(score)}`, score);
  }
  const segment = reader.raw('segment');
  const channel = reader.raw('channel');
  for (const [name, value] of [
    ['segment', segment],
    ['channel', channel],
  ] as const) {
    if (value !== undefined && typeof value !== 'string') {
      reader.reject(name, `must be a string, got ${showValue(value)}`, value);
    }
  }
  if (segment !== undefined && channel !== undefined) {
    reader.reject(
      'channel',
      'must be left out when segment is given (one grouping at a time)',
      channel,
    );
  }
  reader.done();

  const by = segment !== undefined ? 'segment' : channel !== undefined ? 'channel' : undefined;
  const group = (segment ?? channel) as string | undefined;
  const accountIds: unknown[] = [];
  const { scores, keys } = readScores(
    'surveyAccounts',
    responses,
    { min, max: scale },
    policy,
    by,
    accountIds,
  );
  const partOf = (s: number): SurveyPart =>
    kind === 'nps'
      ? s >= 9
        ? 'promoter'
        : s >= 7
          ? 'passive'
          : 'detractor'
      : kind === 'csat'
        ? s >= satisfiedMin
          ? 'satisfied'
          : 'unsatisfied'
        : s >= agreeMin
          ? 'agree'
          : 'disagree';
  const counts = new Map<string, number>();
  let named = false;
  for (let i = 0; i < scores.length; i++) {
    const accountId = accountIds[i];
    if (typeof accountId !== 'string') continue;
    named = true;
    const reported = kind === 'ces' && !higherIsEasier ? scale + 1 - scores[i]! : scores[i]!;
    if (score !== undefined && reported !== score) continue;
    if (part !== undefined && partOf(reported) !== part) continue;
    if (group !== undefined) {
      const key = keys[i];
      // Grouped as `groupResponses` groups: a missing or blank value is the unset row.
      const name = typeof key === 'string' && key.trim() !== '' ? key : UNSET_GROUP;
      if (name !== group) continue;
    }
    counts.set(accountId, (counts.get(accountId) ?? 0) + 1);
  }
  if (!named) return undefined;
  const out: MarkAccount[] = [];
  for (const [accountId, value] of counts) out.push({ accountId, value });
  return out.sort((a, b) => b.value! - a.value!);
}
