import {
  type InvalidRowPolicy,
  type ValidationIssue,
  assertNoIssues,
  mustBe,
  showValue,
} from '../core/errors';
import { DATE_RULE, parseInstant } from '../core/calendar';
import { assertArray } from '../core/options';
import { READ_FAILED, isPolluted, mayInherit, readOwn, readRow, unreadable } from '../core/read';
import type { ScoreCount, SurveyResponseInput } from './types';

/** An integral survey scale, inclusive at both ends. */
export interface Scale {
  min: number;
  max: number;
}

function scoreIssue(score: unknown, index: number, scale: Scale): ValidationIssue | null {
  if (
    typeof score === 'number' &&
    Number.isInteger(score) &&
    score >= scale.min &&
    score <= scale.max
  )
    return null;
  return {
    index,
    field: 'score',
    message: `must be an integer from ${scale.min} to ${scale.max}, got ${showValue(score)}`,
    value: score,
  };
}

const isScore = (score: unknown, scale: Scale) =>
  typeof score === 'number' && Number.isInteger(score) && score >= scale.min && score <= scale.max;

/** The fields of a response object, in the order its issues are listed. */
const FIELDS = ['score', 'accountId', 'date', 'segment', 'channel'] as const;

/**
 * Adds the issues of one response object, from its fields read once (in {@link FIELDS} order),
 * and says whether it had none.
 */
function checkFields(
  values: readonly unknown[],
  index: number,
  scale: Scale,
  issues: ValidationIssue[],
): boolean {
  // No allocation for a valid row: the hot path for millions of answers.
  const before = issues.length;
  const score = values[0];
  if (!isScore(score, scale)) issues.push(scoreIssue(score, index, scale)!);
  const accountId = values[1];
  if (accountId !== undefined && (typeof accountId !== 'string' || accountId.length === 0)) {
    issues.push(mustBe(index, 'accountId', 'a non-empty string when given', accountId));
  }
  const date = values[2];
  if (date !== undefined && parseInstant(date) === null) {
    issues.push(mustBe(index, 'date', `${DATE_RULE} when given`, date));
  }
  for (let at = 3; at < 5; at++) {
    const value = values[at];
    if (value !== undefined && typeof value !== 'string') {
      issues.push(mustBe(index, FIELDS[at]!, 'a string when given', value));
    }
  }
  return issues.length === before;
}

/**
 * Reads a response object's fields once each into `values` (in {@link FIELDS} order): plain
 * objects directly, others own properties only. A getter that throws is an issue on its field.
 */
function readResponse(
  row: object,
  own: boolean,
  values: unknown[],
  index: number,
  issues: ValidationIssue[],
): boolean {
  const fields = row as Record<string, unknown>;
  let at = 0;
  try {
    values[0] = own ? readOwn(row, 'score') : fields.score;
    at = 1;
    values[1] = own ? readOwn(row, 'accountId') : fields.accountId;
    at = 2;
    values[2] = own ? readOwn(row, 'date') : fields.date;
    at = 3;
    values[3] = own ? readOwn(row, 'segment') : fields.segment;
    at = 4;
    values[4] = own ? readOwn(row, 'channel') : fields.channel;
    return true;
  } catch {
    issues.push(unreadable(index, FIELDS[at]!));
    return false;
  }
}

/**
 * Validates survey responses against an integral scale and returns their scores. Bad rows throw
 * (all listed) or, under `'skip'`, are left out and returned as issues. Each row and each field
 * is read once, own properties only (SPEC §2), so a getter or Proxy cannot answer one value to
 * the check and another to the count; a getter that throws is an issue naming its field. With
 * `accountIds`, each valid score's `accountId` (or `undefined`) is pushed onto it, in step.
 */
export function readScores(
  functionName: string,
  responses: readonly SurveyResponseInput[],
  scale: Scale,
  policy: InvalidRowPolicy,
  groupBy?: 'segment' | 'channel',
  accountIds?: unknown[],
): { scores: number[]; issues: ValidationIssue[]; keys: unknown[] } {
  assertArray(functionName, 'responses', responses, 'scores or objects { score, … }');
  const scores: number[] = [];
  const issues: ValidationIssue[] = [];
  // With `groupBy`, the grouping field of each valid score, read in the same single pass.
  const keys: unknown[] = [];
  const keyAt = groupBy === 'segment' ? 3 : 4;
  const values: unknown[] = [];
  const polluted = isPolluted(FIELDS);
  for (let index = 0; index < responses.length; index++) {
    const row = readRow(responses, index, issues);
    if (typeof row === 'number') {
      if (isScore(row, scale)) {
        scores.push(row);
        if (groupBy) keys.push(undefined);
        accountIds?.push(undefined);
      } else issues.push(scoreIssue(row, index, scale)!);
    } else if (row === null || typeof row !== 'object') {
      if (row !== READ_FAILED) {
        issues.push(mustBe(index, 'row', 'a score or an object { score, … }', row));
      }
    } else if (readResponse(row, mayInherit(row, polluted), values, index, issues)) {
      if (checkFields(values, index, scale, issues)) {
        scores.push(values[0] as number);
        if (groupBy) keys.push(values[keyAt]);
        accountIds?.push(values[1]);
      }
    }
  }
  if (policy === 'throw') assertNoIssues(functionName, issues);
  return { scores, issues, keys };
}

/** Counts each score of the scale, every score present and in order. */
export function distributionOf(scores: readonly number[], scale: Scale): ScoreCount[] {
  const counts = Array.from({ length: scale.max - scale.min + 1 }, (_, i) => ({
    score: scale.min + i,
    count: 0,
  }));
  for (const score of scores) counts[score - scale.min]!.count++;
  return counts;
}

/** The mean of integer scores, or `null` for none (integers sum exactly in a double). */
export function meanScore(scores: readonly number[]): number | null {
  if (scores.length === 0) return null;
  let sum = 0;
  for (const score of scores) sum += score;
  return sum / scores.length;
}
