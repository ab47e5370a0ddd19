import { type ValidationIssue, mustBe, showValue } from '../core/errors';
import { parseDay } from '../core/calendar';
import type { CompiledScorecard } from './engine';
import { THREW, readFields, thrownIssue } from './own';
import { lookupTier } from './tiers';
import type { HealthOverride, HealthResult } from './types';

/** An override that passed validation and has not expired, with its position in the input. */
export interface ActiveOverride {
  /** The override as given (shown as `overriddenBy`). */
  override: HealthOverride;
  index: number;
  /** Its `score` and `tier`, read once when it was checked. */
  score: number | undefined;
  tier: string | undefined;
}

const isNonEmpty = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0;

/**
 * Validates overrides and keeps, per account, the last one that has not expired on `asOf`.
 *
 * An override applies through the whole of its `expiresAt` day: it is active when
 * `asOf ≤ expiresAt` and ignored from the next day on. Bad overrides are reported under
 * `options.overrides[i]` (and `options.asOf` when a date is needed but missing).
 */
export function activeOverrides(
  overrides: unknown,
  asOf: unknown,
  issues: ValidationIssue[],
): Map<string, ActiveOverride> {
  const active = new Map<string, ActiveOverride>();
  if (overrides === undefined) return active;
  if (!Array.isArray(overrides)) {
    issues.push(mustBe(null, 'options.overrides', 'an array of overrides', overrides));
    return active;
  }
  let asOfDay: number | null = null;
  if (asOf !== undefined) {
    asOfDay = parseDay(asOf);
    if (asOfDay === null) {
      issues.push(mustBe(null, 'options.asOf', "a date 'YYYY-MM-DD'", asOf));
    }
  }
  let askedForAsOf = asOf !== undefined;
  for (let i = 0; i < overrides.length; i++) {
    const at = `options.overrides[${i}]`;
    let raw: unknown;
    try {
      raw = (overrides as unknown[])[i];
    } catch (error) {
      issues.push(thrownIssue(null, at, error));
      continue;
    }
    if (raw === null || typeof raw !== 'object') {
      issues.push(mustBe(null, at, 'an object', raw));
      continue;
    }
    const before = issues.length;
    const read = readFields(
      raw,
      ['accountId', 'score', 'tier', 'reason', 'author', 'expiresAt'],
      null,
      issues,
      `${at}.`,
    );
    if (read === THREW) continue;
    const o = read;
    if (!isNonEmpty(o.accountId)) {
      issues.push(mustBe(null, `${at}.accountId`, 'a non-empty string', o.accountId));
    }
    if (o.score === undefined && o.tier === undefined) {
      issues.push({ index: null, field: at, message: 'must set score or tier (or both)' });
    }
    if (o.score !== undefined && (typeof o.score !== 'number' || !Number.isFinite(o.score))) {
      issues.push(mustBe(null, `${at}.score`, 'a finite number', o.score));
    }
    if (o.tier !== undefined && !isNonEmpty(o.tier)) {
      issues.push(mustBe(null, `${at}.tier`, 'a tier id', o.tier));
    }
    if (!isNonEmpty(o.reason)) {
      issues.push({
        index: null,
        field: `${at}.reason`,
        message: `must say why, as a non-empty string, got ${showValue(o.reason)}`,
        value: o.reason,
      });
    }
    if (o.author !== undefined && typeof o.author !== 'string') {
      issues.push(mustBe(null, `${at}.author`, 'a string', o.author));
    }
    let expires: number | null = null;
    if (o.expiresAt !== undefined) {
      expires = parseDay(o.expiresAt);
      if (expires === null) {
        issues.push(mustBe(null, `${at}.expiresAt`, "a date 'YYYY-MM-DD'", o.expiresAt));
      } else if (!askedForAsOf) {
        askedForAsOf = true;
        issues.push({
          index: null,
          field: 'options.asOf',
          message: `is needed because ${at} has expiresAt; pass today's date as 'YYYY-MM-DD' (scoring reads no clock)`,
        });
      }
    }
    if (issues.length > before) continue;
    if (expires !== null && (asOfDay === null || asOfDay > expires)) continue;
    active.set(o.accountId as string, {
      override: raw as HealthOverride,
      index: i,
      score: o.score as number | undefined,
      tier: o.tier as string | undefined,
    });
  }
  return active;
}

/**
 * Checks an active override against the account's scorecard: the tier must be one of its tiers,
 * and the score must be 0–100 outside the points model. Returns the issue, or `null` when it fits.
 */
export function overrideProblem(
  active: ActiveOverride,
  card: CompiledScorecard,
): ValidationIssue | null {
  const { index, score, tier } = active;
  const at = `options.overrides[${index}]`;
  if (tier !== undefined && !card.tiers.some((t) => t.id === tier)) {
    const ids = card.tiers.map((t) => `'${t.id}'`).join(', ');
    return mustBe(null, `${at}.tier`, `one of the scorecard's tiers (${ids})`, tier);
  }
  if (score !== undefined && card.model !== 'points' && (score < 0 || score > 100)) {
    return {
      index: null,
      field: `${at}.score`,
      message: `must be from 0 to 100 for the ${card.model} model, got ${score}`,
      value: score,
    };
  }
  return null;
}

/**
 * Replaces a computed result's score/tier with a checked override (its values as read when it was
 * checked), keeping the computed ones.
 */
export function applyOverride(
  result: HealthResult,
  active: ActiveOverride,
  card: CompiledScorecard,
): void {
  result.computed = { score: result.score, tier: result.tier };
  result.overriddenBy = active.override;
  if (active.score !== undefined) result.score = active.score;
  result.tier = active.tier ?? lookupTier(active.score!, card.tiersDescending);
}
