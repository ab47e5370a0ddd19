import { type ValidationIssue, showValue, mustBe } from '../../core/errors';
import type { HealthModel, NormalizerType } from '../types';
import { isFiniteNumber, issue, scoreIssue } from './checks';
import { type CompiledMeasure, Kind } from './compiled';

/** What a normalizer adds to a compiled measure. */
export type CompiledNormalizer = Omit<
  CompiledMeasure,
  'id' | 'categoryIndex' | 'categoryId' | 'signal' | 'weight' | 'path'
>;

/** The fields a normalizer fills, at their defaults; each type's check fills its own. */
type Fields = Omit<CompiledNormalizer, 'kind' | 'type'>;

/** A normalizer type's check: pushes an issue per bad field of `n` and fills `into`. */
type Check = (
  n: Record<string, unknown>,
  path: string,
  into: Fields,
  issues: ValidationIssue[],
) => void;

function finite(n: Record<string, unknown>, key: string, path: string, issues: ValidationIssue[]) {
  const value = n[key];
  if (!isFiniteNumber(value)) {
    issues.push(mustBe(null, `${path}.${key}`, 'a finite number', value));
  }
  return value as number;
}

const checkRange: Check = (n, path, into, issues) => {
  into.min = finite(n, 'min', path, issues);
  into.max = finite(n, 'max', path, issues);
  if (isFiniteNumber(into.min) && isFiniteNumber(into.max) && into.min >= into.max) {
    issues.push(
      issue(
        `${path}.min`,
        `must be less than max (${into.max}), got ${into.min}; use 'steps' for a single threshold`,
        into.min,
      ),
    );
  }
  if (n.invert !== undefined && typeof n.invert !== 'boolean') {
    issues.push(mustBe(null, `${path}.invert`, 'a boolean', n.invert));
  }
  into.invert = n.invert === true;
};

const checkSteps: Check = (n, path, into, issues) => {
  if (!Array.isArray(n.steps) || n.steps.length === 0) {
    issues.push(mustBe(null, `${path}.steps`, 'a non-empty array of { min, score }', n.steps));
    return;
  }
  const seen = new Map<number, number>();
  const steps: Array<{ min: number; score: number }> = [];
  n.steps.forEach((step: unknown, i) => {
    const at = `${path}.steps[${i}]`;
    const s = (step ?? {}) as Record<string, unknown>;
    const min = finite(s, 'min', at, issues);
    if (isFiniteNumber(min)) {
      if (seen.has(min)) {
        issues.push(
          issue(`${at}.min`, `duplicates ${path}.steps[${seen.get(min)}].min (${min})`, min),
        );
      } else {
        seen.set(min, i);
      }
    }
    const bad = scoreIssue(`${at}.score`, s.score);
    if (bad) issues.push(bad);
    steps.push({ min, score: s.score as number });
  });
  steps.sort((a, b) => a.min - b.min);
  into.stepMins = steps.map((s) => s.min);
  into.stepScores = steps.map((s) => s.score);
};

const checkBoolean: Check = (n, path, into, issues) => {
  for (const key of ['whenTrue', 'whenFalse'] as const) {
    if (n[key] === undefined) continue;
    const bad = scoreIssue(`${path}.${key}`, n[key]);
    if (bad) issues.push(bad);
    into[key] = n[key] as number;
  }
};

const checkCustom: Check = (n, path, into, issues) => {
  if (typeof n.score !== 'function') {
    issues.push(mustBe(null, `${path}.score`, 'a function (value, account) => score', n.score));
  }
  into.custom = n.score as CompiledMeasure['custom'];
};

const checkPoints: Check = (n, path, into, issues) => {
  into.points = finite(n, 'points', path, issues);
};

/** Each normalizer type: its kind for the scoring loop, and its check. */
const TYPES: Record<NormalizerType, { kind: Kind; check: Check | null }> = {
  range: { kind: Kind.Range, check: checkRange },
  steps: { kind: Kind.Steps, check: checkSteps },
  boolean: { kind: Kind.Boolean, check: checkBoolean },
  percentile: { kind: Kind.Percentile, check: null },
  custom: { kind: Kind.Custom, check: checkCustom },
  points: { kind: Kind.Points, check: checkPoints },
};

/**
 * Checks one measure's `normalize` (under `path`, e.g. `scorecard.categories[0].measures[1]
 * .normalize`) for a scorecard of `model`, pushing an issue per bad field; returns the measure's
 * normalizer fields, or `null` when it has an issue.
 */
export function compileNormalizer(
  normalize: unknown,
  path: string,
  model: HealthModel,
  issues: ValidationIssue[],
): CompiledNormalizer | null {
  if (normalize === null || typeof normalize !== 'object') {
    issues.push(mustBe(null, path, 'a normalizer object', normalize));
    return null;
  }
  const n = normalize as Record<string, unknown>;
  const type = n.type as NormalizerType;
  if (typeof type !== 'string' || !Object.hasOwn(TYPES, type)) {
    issues.push(
      issue(
        `${path}.type`,
        `is not a known normalizer (range, steps, boolean, percentile, custom, points), got ${showValue(n.type)}`,
        n.type,
      ),
    );
    return null;
  }
  const before = issues.length;
  if (model === 'points' && type !== 'points') {
    issues.push(issue(`${path}.type`, `must be 'points' in the points model, got '${type}'`, type));
  }
  if (model !== 'points' && type === 'points') {
    issues.push(
      issue(
        `${path}.type`,
        `'points' is allowed only in the points model (scorecard.model is '${model}')`,
        type,
      ),
    );
  }
  const fields: Fields = {
    min: 0,
    max: 0,
    invert: false,
    stepMins: [],
    stepScores: [],
    whenTrue: 100,
    whenFalse: 0,
    points: 0,
    custom: null,
  };
  const { kind, check } = TYPES[type];
  check?.(n, path, fields, issues);
  return issues.length > before ? null : { ...fields, kind, type };
}
