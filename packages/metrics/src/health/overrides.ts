import { type ValidationIssue, showValue } from '../core/errors';
import type { CompiledScorecard } from './compile';
import { parseDay } from '../core/calendar';
import { lookupTier } from './tiers';
import type { HealthOverride, HealthResult } from './types';

/** An override that passed validation and has not expired, with its position in the input. */
export interface ActiveOverride {
  override: HealthOverride;
  index: number;
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
    issues.push({
      index: null,
      field: 'options.overrides',
      message: `must be an array of overrides, got ${showValue(overrides)}`,
      value: overrides,
    });
    return active;
  }
  let asOfDay: number | null = null;
  if (asOf !== undefined) {
    asOfDay = parseDay(asOf);
    if (asOfDay === null) {
      issues.push({
        index: null,
        field: 'options.asOf',
        message: `must be a date 'YYYY-MM-DD', got ${showValue(asOf)}`,
        value: asOf,
      });
    }
  }
  let askedForAsOf = asOf !== undefined;
  overrides.forEach((raw: unknown, i) => {
    const at = `options.overrides[${i}]`;
    if (raw === null || typeof raw !== 'object') {
      issues.push({
        index: null,
        field: at,
        message: `must be an object, got ${showValue(raw)}`,
        value: raw,
      });
      return;
    }
    const o = raw as Record<string, unknown>;
    const before = issues.length;
    if (!isNonEmpty(o.accountId)) {
      issues.push({
        index: null,
        field: `${at}.accountId`,
        message: `must be a non-empty string, got ${showValue(o.accountId)}`,
        value: o.accountId,
      });
    }
    if (o.score === undefined && o.tier === undefined) {
      issues.push({ index: null, field: at, message: 'must set score or tier (or both)' });
    }
    if (o.score !== undefined && (typeof o.score !== 'number' || !Number.isFinite(o.score))) {
      issues.push({
        index: null,
        field: `${at}.score`,
        message: `must be a finite number, got ${showValue(o.score)}`,
        value: o.score,
      });
    }
    if (o.tier !== undefined && !isNonEmpty(o.tier)) {
      issues.push({
        index: null,
        field: `${at}.tier`,
        message: `must be a tier id, got ${showValue(o.tier)}`,
        value: o.tier,
      });
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
      issues.push({
        index: null,
        field: `${at}.author`,
        message: `must be a string, got ${showValue(o.author)}`,
        value: o.author,
      });
    }
    let expires: number | null = null;
    if (o.expiresAt !== undefined) {
      expires = parseDay(o.expiresAt);
      if (expires === null) {
        issues.push({
          index: null,
          field: `${at}.expiresAt`,
          message: `must be a date 'YYYY-MM-DD', got ${showValue(o.expiresAt)}`,
          value: o.expiresAt,
        });
      } else if (!askedForAsOf) {
        askedForAsOf = true;
        issues.push({
          index: null,
          field: 'options.asOf',
          message: `is needed because ${at} has expiresAt; pass today's date as 'YYYY-MM-DD' (scoring reads no clock)`,
        });
      }
    }
    if (issues.length > before) return;
    if (expires !== null && (asOfDay === null || asOfDay > expires)) return;
    active.set(o.accountId as string, { override: raw as HealthOverride, index: i });
  });
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
  const { override, index } = active;
  const at = `options.overrides[${index}]`;
  if (override.tier !== undefined && !card.tiers.some((t) => t.id === override.tier)) {
    const ids = card.tiers.map((t) => `'${t.id}'`).join(', ');
    return {
      index: null,
      field: `${at}.tier`,
      message: `must be one of the scorecard's tiers (${ids}), got ${showValue(override.tier)}`,
      value: override.tier,
    };
  }
  if (
    override.score !== undefined &&
    card.model !== 'points' &&
    (override.score < 0 || override.score > 100)
  ) {
    return {
      index: null,
      field: `${at}.score`,
      message: `must be from 0 to 100 for the ${card.model} model, got ${override.score}`,
      value: override.score,
    };
  }
  return null;
}

/** Replaces a computed result's score/tier with a checked override, keeping the computed ones. */
export function applyOverride(
  result: HealthResult,
  override: HealthOverride,
  card: CompiledScorecard,
): void {
  result.computed = { score: result.score, tier: result.tier };
  result.overriddenBy = override;
  if (override.score !== undefined) result.score = override.score;
  result.tier = override.tier ?? lookupTier(override.score!, card.tiersDescending);
}
