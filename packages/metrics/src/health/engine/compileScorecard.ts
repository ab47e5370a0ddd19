import { MetricsInputError, type ValidationIssue, mustBe } from '../../core/errors';
import { thrownIssue } from '../own';
import { DEFAULT_TIERS, sortTiersDescending, tierIssues } from '../tiers';
import type { HealthModel, HealthTier, MissingPolicy, Scorecard } from '../types';
import { isFiniteNumber, issue } from './checks';
import { compileNormalizer } from './compileNormalizer';
import {
  type CompiledCategory,
  type CompiledMeasure,
  type CompiledScorecard,
  Kind,
} from './compiled';

const MODELS = new Set<HealthModel>(['weighted', 'worst-of', 'points']);
const POLICIES = new Set<MissingPolicy>(['reweight', 'zero', 'neutral']);

/**
 * Every problem with a scorecard, each naming its field under `path` (e.g. `scorecard`); a getter
 * or Proxy trap that throws while the scorecard is read is one issue naming `path`.
 */
export function scorecardIssues(
  scorecard: unknown,
  path: string,
): { issues: ValidationIssue[]; compiled: CompiledScorecard | null } {
  try {
    return checkScorecard(scorecard, path);
  } catch (error) {
    if (error instanceof MetricsInputError) throw error;
    return { issues: [thrownIssue(null, path, error)], compiled: null };
  }
}

/** Validates a scorecard, throwing a `MetricsInputError` that names every bad field. */
export function compileScorecard(
  functionName: string,
  scorecard: unknown,
  path = 'scorecard',
): CompiledScorecard {
  const { issues, compiled } = scorecardIssues(scorecard, path);
  if (compiled === null) throw new MetricsInputError(functionName, issues);
  return compiled;
}

function checkScorecard(
  scorecard: unknown,
  path: string,
): { issues: ValidationIssue[]; compiled: CompiledScorecard | null } {
  const issues: ValidationIssue[] = [];
  if (scorecard === null || typeof scorecard !== 'object' || Array.isArray(scorecard)) {
    issues.push(mustBe(null, path, 'a scorecard object', scorecard));
    return { issues, compiled: null };
  }
  const card = scorecard as Record<string, unknown>;
  const { model, missing } = checkModel(card, path, issues);
  const tiers = (card.tiers ?? DEFAULT_TIERS) as HealthTier[];
  checkTiers(tiers, model, path, issues);
  if (!Array.isArray(card.categories) || card.categories.length === 0) {
    issues.push(
      mustBe(null, `${path}.categories`, 'a non-empty array of categories', card.categories),
    );
    return { issues, compiled: null };
  }
  const { categories, measures } = checkCategories(card.categories, model, path, issues);
  if (issues.length > 0) return { issues, compiled: null };

  scaleCategoryWeights(categories, measures);
  const percentileSignals = [
    ...new Set(measures.filter((m) => m.kind === Kind.Percentile).map((m) => m.signal)),
  ];
  return {
    issues,
    compiled: {
      model,
      missing,
      tiers: [...tiers],
      tiersDescending: sortTiersDescending(tiers),
      categories,
      measures,
      percentileSignals,
      source: scorecard as Scorecard,
    },
  };
}

/** `model` and `missing`, with their defaults. */
function checkModel(
  card: Record<string, unknown>,
  path: string,
  issues: ValidationIssue[],
): { model: HealthModel; missing: MissingPolicy } {
  const model = (card.model ?? 'weighted') as HealthModel;
  if (!MODELS.has(model)) {
    issues.push(mustBe(null, `${path}.model`, "'weighted', 'worst-of' or 'points'", card.model));
  }
  const missing = (card.missing ?? 'reweight') as MissingPolicy;
  if (!POLICIES.has(missing)) {
    issues.push(mustBe(null, `${path}.missing`, "'reweight', 'zero' or 'neutral'", card.missing));
  } else if (model === 'points' && missing === 'neutral') {
    issues.push(
      issue(
        `${path}.missing`,
        `'neutral' (a score of 50) has no meaning in the points model; use 'reweight' or 'zero'`,
        missing,
      ),
    );
  }
  return { model, missing };
}

/** The tiers, and a floor every score of the model reaches. */
function checkTiers(
  tiers: HealthTier[],
  model: HealthModel,
  path: string,
  issues: ValidationIssue[],
): void {
  const tierProblems = tierIssues(tiers, `${path}.tiers`);
  issues.push(...tierProblems);
  if (tierProblems.length > 0) return;
  const lowest = Math.min(...tiers.map((t) => t.min));
  if (model === 'points' && lowest !== Number.NEGATIVE_INFINITY) {
    issues.push(
      issue(
        `${path}.tiers`,
        `has no floor: points scores are unbounded, so the lowest tier needs min: -Infinity (the lowest min is ${lowest})`,
      ),
    );
  } else if (lowest > 0) {
    issues.push(
      issue(
        `${path}.tiers`,
        `has no floor: scores from 0 up to ${lowest} would have no tier; give the lowest tier min: 0 or -Infinity`,
      ),
    );
  }
}

/** The categories and their measures, flattened in scorecard order. */
function checkCategories(
  list: unknown[],
  model: HealthModel,
  path: string,
  issues: ValidationIssue[],
): { categories: CompiledCategory[]; measures: CompiledMeasure[] } {
  const categories: CompiledCategory[] = [];
  const measures: CompiledMeasure[] = [];
  const categoryIds = new Map<string, number>();
  const measureIds = new Map<string, string>();
  let weightSum = 0;
  let categoryWeightsValid = true;
  list.forEach((raw: unknown, c) => {
    const at = `${path}.categories[${c}]`;
    if (raw === null || typeof raw !== 'object') {
      issues.push(mustBe(null, at, 'a category object', raw));
      return;
    }
    const category = raw as Record<string, unknown>;
    const id = category.id;
    if (typeof id !== 'string' || id.length === 0) {
      issues.push(mustBe(null, `${at}.id`, 'a non-empty string', id));
    } else if (categoryIds.has(id)) {
      issues.push(
        issue(`${at}.id`, `duplicates ${path}.categories[${categoryIds.get(id)}].id '${id}'`, id),
      );
    } else {
      categoryIds.set(id, c);
    }
    const weight = category.weight;
    if (model === 'weighted' || weight !== undefined) {
      if (!isFiniteNumber(weight) || weight < 0) {
        issues.push(mustBe(null, `${at}.weight`, 'a finite number ≥ 0', weight));
        categoryWeightsValid = false;
      } else {
        weightSum += weight;
      }
    }
    const start = measures.length;
    if (!Array.isArray(category.measures) || category.measures.length === 0) {
      issues.push(
        mustBe(null, `${at}.measures`, 'a non-empty array of measures', category.measures),
      );
      return;
    }
    let measureWeightSum = 0;
    let measureWeightsValid = true;
    category.measures.forEach((rawMeasure: unknown, m) => {
      const measure = checkMeasure(rawMeasure, `${at}.measures[${m}]`, model, measureIds, issues);
      if (measure === 'bad weight' || measure === 'not an object') measureWeightsValid = false;
      else measureWeightSum += measure.weight;
      if (typeof measure !== 'object' || measure.normalizer === null) return;
      measures.push({
        ...measure.normalizer,
        id: measure.id,
        categoryIndex: categories.length,
        categoryId: id as string,
        signal: measure.signal,
        weight: measure.weight,
        path: `${at}.measures[${m}]`,
      });
    });
    if (model !== 'points' && measureWeightsValid && measureWeightSum <= 0) {
      issues.push(
        issue(`${at}.measures`, `needs at least one measure with a weight > 0 (every weight is 0)`),
      );
    }
    categories.push({
      id: id as string,
      weight: isFiniteNumber(weight) ? weight : 0,
      start,
      end: measures.length,
    });
  });
  if (model === 'weighted' && categoryWeightsValid && weightSum <= 0) {
    issues.push(
      issue(
        `${path}.categories`,
        `needs at least one category with a weight > 0 (every weight is 0)`,
      ),
    );
  }
  return { categories, measures };
}

/**
 * One measure at `at`: its id (unique in `measureIds`), signal, weight and normalizer, or why its
 * weight cannot be counted (`'bad weight'`, `'not an object'`).
 */
function checkMeasure(
  raw: unknown,
  at: string,
  model: HealthModel,
  measureIds: Map<string, string>,
  issues: ValidationIssue[],
):
  | {
      id: string;
      signal: string;
      weight: number;
      normalizer: ReturnType<typeof compileNormalizer>;
    }
  | 'bad weight'
  | 'not an object' {
  if (raw === null || typeof raw !== 'object') {
    issues.push(mustBe(null, at, 'a measure object', raw));
    return 'not an object';
  }
  const measure = raw as Record<string, unknown>;
  const id = measure.id;
  if (typeof id !== 'string' || id.length === 0) {
    issues.push(mustBe(null, `${at}.id`, 'a non-empty string', id));
  } else if (measureIds.has(id)) {
    issues.push(
      issue(
        `${at}.id`,
        `duplicates ${measureIds.get(id)}.id '${id}'; measure ids are unique within a scorecard`,
        id,
      ),
    );
  } else {
    measureIds.set(id, at);
  }
  if (typeof measure.signal !== 'string' || measure.signal.length === 0) {
    issues.push(
      mustBe(null, `${at}.signal`, 'a non-empty string (a key of account.signals)', measure.signal),
    );
  }
  const weight = measure.weight ?? 1;
  const weightValid = isFiniteNumber(weight) && weight >= 0;
  if (!weightValid) {
    issues.push(mustBe(null, `${at}.weight`, 'a finite number ≥ 0', measure.weight));
  }
  const normalizer = compileNormalizer(measure.normalize, `${at}.normalize`, model, issues);
  if (!weightValid) return 'bad weight';
  return { id: id as string, signal: measure.signal as string, weight, normalizer };
}

/**
 * Scales weights by one power of two so that the largest is at most 1 when the largest exceeds
 * 1e100: weighted sums of scores up to 100 then cannot overflow, and every ratio of weights (all
 * the scores depend on) is unchanged, bit for bit, because scaling by a power of two is exact.
 */
function scaleWeights(weights: number[]): number[] {
  let largest = 0;
  for (const w of weights) if (w > largest) largest = w;
  if (!(largest > 1e100)) return weights;
  const scale = 2 ** -Math.ceil(Math.log2(largest));
  return weights.map((w) => w * scale);
}

/** Scales the category weights, and each category's measure weights, as {@link scaleWeights} says. */
function scaleCategoryWeights(categories: CompiledCategory[], measures: CompiledMeasure[]): void {
  const categoryWeights = scaleWeights(categories.map((c) => c.weight));
  categories.forEach((category, c) => {
    category.weight = categoryWeights[c]!;
    const scaled = scaleWeights(
      measures.slice(category.start, category.end).map((measure) => measure.weight),
    );
    for (let j = category.start; j < category.end; j++) {
      measures[j]!.weight = scaled[j - category.start]!;
    }
  });
}
