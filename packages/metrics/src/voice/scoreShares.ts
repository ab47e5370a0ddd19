import { type ValidationIssue, assertNoIssues, showValue } from '../core/errors';
import { assertArray } from '../core/options';
import type { ScoreCount } from './types';

/** One score of a distribution with its share of the responses (see {@link scoreShares}). */
export interface ScoreShare extends ScoreCount {
  /** `count / Σ counts`, a fraction; `null` when the distribution holds no responses. */
  share: number | null;
}

/**
 * Each score of a survey distribution (`nps`, `csat` or `ces`'s `distribution`) with its share of
 * all the responses counted in it, in the same order. The shares are exact fractions (not rounded
 * to sum to 100 %); all `null` when no one answered. A score or count that is not a whole number
 * (counts ≥ 0) is a `MetricsInputError` naming its index and field.
 *
 * @example
 * scoreShares(csat([5, 5, 4, 2]).distribution);
 * // [{ score: 1, count: 0, share: 0 }, { score: 2, count: 1, share: 0.25 }, …,
 * //  { score: 5, count: 2, share: 0.5 }]
 */
export function scoreShares(distribution: readonly ScoreCount[]): ScoreShare[] {
  assertArray('scoreShares', 'distribution', distribution, '{ score, count }');
  const issues: ValidationIssue[] = [];
  let total = 0;
  for (let index = 0; index < distribution.length; index++) {
    const bar: unknown = distribution[index];
    const { score, count } =
      bar !== null && typeof bar === 'object' ? (bar as Record<string, unknown>) : {};
    if (typeof score !== 'number' || !Number.isSafeInteger(score)) {
      const message = `must be a whole number, got ${showValue(score)}`;
      issues.push({ index, field: 'score', message, value: score });
    }
    if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 0) {
      const message = `must be a whole number ≥ 0, got ${showValue(count)}`;
      issues.push({ index, field: 'count', message, value: count });
    } else total += count;
  }
  assertNoIssues('scoreShares', issues);
  return distribution.map(({ score, count }) => ({
    score,
    count,
    share: total === 0 ? null : count / total,
  }));
}
