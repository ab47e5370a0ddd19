import {
  type InvalidRowPolicy,
  type ValidationIssue,
  assertNoIssues,
  showValue,
} from '../core/errors';
import { parseInstant } from '../core/calendar';
import { assertArray } from '../core/options';
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

/**
 * Whether a row is valid, without allocating: the hot path for millions of answers. Only rows
 * that fail it go through {@link rowIssues}, which says why.
 */
function isValidRow(row: unknown, scale: Scale): boolean {
  if (typeof row === 'number') return isScore(row, scale);
  if (row === null || typeof row !== 'object') return false;
  const { score, accountId, date, segment, channel } = row as Record<string, unknown>;
  return (
    isScore(score, scale) &&
    (accountId === undefined || (typeof accountId === 'string' && accountId.length > 0)) &&
    (date === undefined || parseInstant(date) !== null) &&
    (segment === undefined || typeof segment === 'string') &&
    (channel === undefined || typeof channel === 'string')
  );
}

function rowIssues(row: unknown, index: number, scale: Scale): ValidationIssue[] {
  if (typeof row === 'number') {
    const issue = scoreIssue(row, index, scale);
    return issue === null ? [] : [issue];
  }
  if (row === null || typeof row !== 'object') {
    return [
      {
        index,
        field: 'row',
        message: `must be a score or an object { score, … }, got ${showValue(row)}`,
        value: row,
      },
    ];
  }
  const { score, accountId, date, segment, channel } = row as Record<string, unknown>;
  const issues: ValidationIssue[] = [];
  const issue = scoreIssue(score, index, scale);
  if (issue !== null) issues.push(issue);
  if (accountId !== undefined && (typeof accountId !== 'string' || accountId.length === 0)) {
    issues.push({
      index,
      field: 'accountId',
      message: `must be a non-empty string when given, got ${showValue(accountId)}`,
      value: accountId,
    });
  }
  if (date !== undefined && parseInstant(date) === null) {
    issues.push({
      index,
      field: 'date',
      message: `must be a date 'YYYY-MM-DD', an ISO 8601 date-time or a valid Date when given, got ${showValue(date)}`,
      value: date,
    });
  }
  for (const [field, value] of [
    ['segment', segment],
    ['channel', channel],
  ] as const) {
    if (value !== undefined && typeof value !== 'string') {
      issues.push({
        index,
        field,
        message: `must be a string when given, got ${showValue(value)}`,
        value,
      });
    }
  }
  return issues;
}

/**
 * Validates survey responses against an integral scale and returns their scores. Bad rows throw
 * (all listed) or, under `'skip'`, are left out and returned as issues.
 */
export function readScores(
  functionName: string,
  responses: readonly SurveyResponseInput[],
  scale: Scale,
  policy: InvalidRowPolicy,
): { scores: number[]; issues: ValidationIssue[] } {
  assertArray(functionName, 'responses', responses, 'scores or objects { score, … }');
  const scores: number[] = [];
  const issues: ValidationIssue[] = [];
  for (let index = 0; index < responses.length; index++) {
    const row = responses[index];
    if (isValidRow(row, scale)) {
      scores.push(typeof row === 'number' ? row : row!.score);
      continue;
    }
    const found = rowIssues(row, index, scale);
    // The two checks are one rule; should they ever disagree, the row counts rather than vanishes.
    if (found.length === 0) scores.push(typeof row === 'number' ? row : row!.score);
    else issues.push(...found);
  }
  if (policy === 'throw') assertNoIssues(functionName, issues);
  return { scores, issues };
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
