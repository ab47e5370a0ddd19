import {
  MetricsInputError,
  type ValidationIssue,
  showValue,
  throwInputError,
  mustBe,
} from '../core/errors';
import { thrownIssue } from './own';
import type { HealthTier } from './types';

/** The tier id of a `null` score. */
export const UNKNOWN_TIER = 'unknown';

/**
 * The common green/yellow/red split of SPEC §6: healthy ≥ 80, at-risk ≥ 50, critical below 50.
 * `critical` starts at `-Infinity` so that it is a floor for every model.
 *
 * @example
 * healthTier(72, DEFAULT_TIERS); // 'at-risk'
 */
export const DEFAULT_TIERS: readonly HealthTier[] = /* @__PURE__ */ Object.freeze([
  { id: 'healthy', label: 'Healthy', min: 80, tone: 'positive' },
  { id: 'at-risk', label: 'At risk', min: 50, tone: 'notice' },
  { id: 'critical', label: 'Critical', min: -Infinity, tone: 'negative' },
]);

/**
 * Tiers for the additive `points` model, from the points-scoring article quoted in SPEC §6: loyal
 * ≥ 80, satisfied ≥ 50, needs improvement ≥ 0, code red below 0. The article leaves the bands
 * 0–20 and 40–50 unassigned; this preset closes those gaps downward as SPEC §6 says, so
 * "needs improvement" covers every score from 0 up to (not including) 50, and "code red" starts
 * at `-Infinity`.
 *
 * @example
 * healthTier(65, POINTS_TIERS); // 'satisfied'
 */
export const POINTS_TIERS: readonly HealthTier[] = /* @__PURE__ */ Object.freeze([
  { id: 'loyal', label: 'Loyal', min: 80, tone: 'positive' },
  { id: 'satisfied', label: 'Satisfied', min: 50, tone: 'positive' },
  { id: 'needs-improvement', label: 'Needs improvement', min: 0, tone: 'notice' },
  { id: 'code-red', label: 'Code red', min: -Infinity, tone: 'negative' },
]);

const TONES = new Set(['positive', 'notice', 'negative', 'neutral']);

/**
 * Every problem with a tier list, each naming its field under `path`; a getter that throws while
 * the list is read is one issue naming `path`.
 */
export function tierIssues(tiers: unknown, path: string): ValidationIssue[] {
  try {
    return checkTiers(tiers, path);
  } catch (error) {
    return [thrownIssue(null, path, error)];
  }
}

function checkTiers(tiers: unknown, path: string): ValidationIssue[] {
  if (!Array.isArray(tiers) || tiers.length === 0) {
    return [mustBe(null, path, 'a non-empty array of tiers', tiers)];
  }
  const issues: ValidationIssue[] = [];
  const seen = new Map<string, number>();
  tiers.forEach((tier: unknown, i) => {
    const at = `${path}[${i}]`;
    if (tier === null || typeof tier !== 'object') {
      issues.push(mustBe(null, at, 'an object', tier));
      return;
    }
    const { id, label, min, tone } = tier as Record<string, unknown>;
    if (typeof id !== 'string' || id.length === 0 || id === UNKNOWN_TIER) {
      issues.push(mustBe(null, `${at}.id`, "a non-empty string other than 'unknown'", id));
    } else if (seen.has(id)) {
      issues.push({
        index: null,
        field: `${at}.id`,
        message: `duplicates ${path}[${seen.get(id)}].id '${id}'`,
        value: id,
      });
    } else {
      seen.set(id, i);
    }
    if (typeof label !== 'string') {
      issues.push(mustBe(null, `${at}.label`, 'a string', label));
    }
    if (typeof min !== 'number' || Number.isNaN(min) || min === Number.POSITIVE_INFINITY) {
      issues.push(mustBe(null, `${at}.min`, 'a number or -Infinity', min));
    }
    if (typeof tone !== 'string' || !TONES.has(tone)) {
      issues.push(
        mustBe(null, `${at}.tone`, "'positive', 'notice', 'negative' or 'neutral'", tone),
      );
    }
  });
  return issues;
}

/** The tiers sorted from the highest `min` to the lowest, for lookup. */
export function sortTiersDescending(tiers: readonly HealthTier[]): HealthTier[] {
  return [...tiers].sort((a, b) => b.min - a.min);
}

/**
 * A score as compared with tier floors: rounded to 9 decimals (SPEC §2), so the
 * 79.99999999999999 that weights 0.1 and 0.2 give for measures all scoring 80 is tier 80. A score
 * too large to scale by 1e9 is already whole to 9 decimals and is compared as it is.
 */
export function tierScore(score: number): number {
  const rounded = Math.round(score * 1e9) / 1e9;
  return Number.isFinite(rounded) ? rounded : score;
}

/** The id of the tier with the highest `min` ≤ `score` (rounded, see {@link tierScore}) in tiers sorted descending. */
export function lookupTier(score: number | null, descending: readonly HealthTier[]): string {
  if (score === null || Number.isNaN(score)) return UNKNOWN_TIER;
  const compared = tierScore(score);
  for (const tier of descending) if (tier.min <= compared) return tier.id;
  return UNKNOWN_TIER;
}

/**
 * Maps one score to a tier id: the tier with the highest `min` ≤ `score`, or `'unknown'` for a
 * `null` score or one below every tier. Throws `MetricsInputError` on an invalid tier list.
 *
 * @example
 * healthTier(85); // 'healthy'
 * healthTier(null); // 'unknown'
 * healthTier(-20, POINTS_TIERS); // 'code-red'
 */
export function healthTier(
  score: number | null,
  tiers: readonly HealthTier[] = DEFAULT_TIERS,
): string {
  if (score !== null && (typeof score !== 'number' || !Number.isFinite(score))) {
    throwInputError(
      'healthTier',
      'score',
      `must be a finite number or null, got ${showValue(score)}`,
      score,
    );
  }
  const issues = tierIssues(tiers, 'tiers');
  if (issues.length > 0) throw new MetricsInputError('healthTier', issues);
  return lookupTier(score, sortTiersDescending(tiers));
}
