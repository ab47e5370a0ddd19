import { MetricsInputError, type ValidationIssue, showValue } from '../core/errors';
import { thrownIssue } from './own';
import { DEFAULT_TIERS, sortTiersDescending, tierIssues } from './tiers';
import type {
  HealthAccount,
  HealthModel,
  HealthTier,
  MissingPolicy,
  NormalizerType,
  Scorecard,
} from './types';

/** Normalizer kinds as small integers, so that the scoring loop switches on a number. */
export const Kind = {
  Range: 0,
  Steps: 1,
  Boolean: 2,
  Percentile: 3,
  Custom: 4,
  Points: 5,
} as const;
/** One of {@link Kind}'s values. */
export type Kind = (typeof Kind)[keyof typeof Kind];

/** One measure, validated and flattened for the scoring loop. */
export interface CompiledMeasure {
  id: string;
  categoryIndex: number;
  categoryId: string;
  signal: string;
  weight: number;
  kind: Kind;
  type: NormalizerType;
  /** `range`: bounds and direction. */
  min: number;
  max: number;
  invert: boolean;
  /** `steps`: mins ascending and their scores. */
  stepMins: number[];
  stepScores: number[];
  /** `boolean`. */
  whenTrue: number;
  whenFalse: number;
  /** `points`. */
  points: number;
  /** `custom`. */
  custom: ((value: number, account: HealthAccount) => number) | null;
  /** The scorecard field of this measure, for messages. */
  path: string;
}

/** One category, validated: its measures are `measures[start..end)`. */
export interface CompiledCategory {
  id: string;
  weight: number;
  start: number;
  end: number;
}

/** A scorecard, validated and flattened. */
export interface CompiledScorecard {
  model: HealthModel;
  missing: MissingPolicy;
  tiers: HealthTier[];
  /** Tiers sorted from the highest `min` down. */
  tiersDescending: HealthTier[];
  categories: CompiledCategory[];
  measures: CompiledMeasure[];
  /** Signals read by at least one `percentile` measure. */
  percentileSignals: string[];
  source: Scorecard;
}

const MODELS = new Set<HealthModel>(['weighted', 'worst-of', 'points']);
const POLICIES = new Set<MissingPolicy>(['reweight', 'zero', 'neutral']);
const TYPES = new Set<NormalizerType>([
  'range',
  'steps',
  'boolean',
  'percentile',
  'custom',
  'points',
]);

const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

function issue(field: string, message: string, value?: unknown): ValidationIssue {
  return { index: null, field, message, value };
}

function scoreIssue(field: string, value: unknown): ValidationIssue | null {
  return isFiniteNumber(value) && value >= 0 && value <= 100
    ? null
    : issue(field, `must be a score from 0 to 100, got ${showValue(value)}`, value);
}

function blankMeasure(): Omit<
  CompiledMeasure,
  'id' | 'categoryIndex' | 'categoryId' | 'signal' | 'weight' | 'kind' | 'type' | 'path'
> {
  return {
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
}

function compileNormalizer(
  normalize: unknown,
  path: string,
  model: HealthModel,
  issues: ValidationIssue[],
): (ReturnType<typeof blankMeasure> & { kind: Kind; type: NormalizerType }) | null {
  if (normalize === null || typeof normalize !== 'object') {
    issues.push(issue(path, `must be a normalizer object, got ${showValue(normalize)}`, normalize));
    return null;
  }
  const n = normalize as Record<string, unknown>;
  const type = n.type as NormalizerType;
  if (!TYPES.has(type)) {
    issues.push(
      issue(
        `${path}.type`,
        `is not a known normalizer (range, steps, boolean, percentile, custom, points), got ${showValue(n.type)}`,
        n.type,
      ),
    );
    return null;
  }
  const base = blankMeasure();
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
  switch (type) {
    case 'range': {
      if (!isFiniteNumber(n.min))
        issues.push(
          issue(`${path}.min`, `must be a finite number, got ${showValue(n.min)}`, n.min),
        );
      if (!isFiniteNumber(n.max))
        issues.push(
          issue(`${path}.max`, `must be a finite number, got ${showValue(n.max)}`, n.max),
        );
      if (isFiniteNumber(n.min) && isFiniteNumber(n.max) && n.min >= n.max) {
        issues.push(
          issue(
            `${path}.min`,
            `must be less than max (${n.max}), got ${n.min}; use 'steps' for a single threshold`,
            n.min,
          ),
        );
      }
      if (n.invert !== undefined && typeof n.invert !== 'boolean') {
        issues.push(
          issue(`${path}.invert`, `must be a boolean, got ${showValue(n.invert)}`, n.invert),
        );
      }
      base.min = n.min as number;
      base.max = n.max as number;
      base.invert = n.invert === true;
      break;
    }
    case 'steps': {
      if (!Array.isArray(n.steps) || n.steps.length === 0) {
        issues.push(
          issue(
            `${path}.steps`,
            `must be a non-empty array of { min, score }, got ${showValue(n.steps)}`,
            n.steps,
          ),
        );
        break;
      }
      const seen = new Map<number, number>();
      const steps: Array<{ min: number; score: number }> = [];
      n.steps.forEach((step: unknown, i) => {
        const at = `${path}.steps[${i}]`;
        const s = (step ?? {}) as Record<string, unknown>;
        if (!isFiniteNumber(s.min)) {
          issues.push(
            issue(`${at}.min`, `must be a finite number, got ${showValue(s.min)}`, s.min),
          );
        } else if (seen.has(s.min)) {
          issues.push(
            issue(
              `${at}.min`,
              `duplicates ${path}.steps[${seen.get(s.min)}].min (${s.min})`,
              s.min,
            ),
          );
        } else {
          seen.set(s.min, i);
        }
        const bad = scoreIssue(`${at}.score`, s.score);
        if (bad) issues.push(bad);
        steps.push({ min: s.min as number, score: s.score as number });
      });
      steps.sort((a, b) => a.min - b.min);
      base.stepMins = steps.map((s) => s.min);
      base.stepScores = steps.map((s) => s.score);
      break;
    }
    case 'boolean': {
      if (n.whenTrue !== undefined) {
        const bad = scoreIssue(`${path}.whenTrue`, n.whenTrue);
        if (bad) issues.push(bad);
        base.whenTrue = n.whenTrue as number;
      }
      if (n.whenFalse !== undefined) {
        const bad = scoreIssue(`${path}.whenFalse`, n.whenFalse);
        if (bad) issues.push(bad);
        base.whenFalse = n.whenFalse as number;
      }
      break;
    }
    case 'custom': {
      if (typeof n.score !== 'function') {
        issues.push(
          issue(
            `${path}.score`,
            `must be a function (value, account) => score, got ${showValue(n.score)}`,
            n.score,
          ),
        );
      }
      base.custom = n.score as CompiledMeasure['custom'];
      break;
    }
    case 'points': {
      if (!isFiniteNumber(n.points)) {
        issues.push(
          issue(`${path}.points`, `must be a finite number, got ${showValue(n.points)}`, n.points),
        );
      }
      base.points = n.points as number;
      break;
    }
    case 'percentile':
      break;
  }
  if (issues.length > before) return null;
  const kinds: Record<NormalizerType, Kind> = {
    range: Kind.Range,
    steps: Kind.Steps,
    boolean: Kind.Boolean,
    percentile: Kind.Percentile,
    custom: Kind.Custom,
    points: Kind.Points,
  };
  return { ...base, kind: kinds[type], type };
}

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

function checkScorecard(
  scorecard: unknown,
  path: string,
): { issues: ValidationIssue[]; compiled: CompiledScorecard | null } {
  const issues: ValidationIssue[] = [];
  if (scorecard === null || typeof scorecard !== 'object' || Array.isArray(scorecard)) {
    issues.push(issue(path, `must be a scorecard object, got ${showValue(scorecard)}`, scorecard));
    return { issues, compiled: null };
  }
  const card = scorecard as Record<string, unknown>;
  const model = (card.model ?? 'weighted') as HealthModel;
  if (!MODELS.has(model)) {
    issues.push(
      issue(
        `${path}.model`,
        `must be 'weighted', 'worst-of' or 'points', got ${showValue(card.model)}`,
        card.model,
      ),
    );
  }
  const missing = (card.missing ?? 'reweight') as MissingPolicy;
  if (!POLICIES.has(missing)) {
    issues.push(
      issue(
        `${path}.missing`,
        `must be 'reweight', 'zero' or 'neutral', got ${showValue(card.missing)}`,
        card.missing,
      ),
    );
  } else if (model === 'points' && missing === 'neutral') {
    issues.push(
      issue(
        `${path}.missing`,
        `'neutral' (a score of 50) has no meaning in the points model; use 'reweight' or 'zero'`,
        missing,
      ),
    );
  }

  const tiers = (card.tiers ?? DEFAULT_TIERS) as HealthTier[];
  const tierProblems = tierIssues(tiers, `${path}.tiers`);
  issues.push(...tierProblems);
  if (tierProblems.length === 0) {
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

  const categories: CompiledCategory[] = [];
  const measures: CompiledMeasure[] = [];
  if (!Array.isArray(card.categories) || card.categories.length === 0) {
    issues.push(
      issue(
        `${path}.categories`,
        `must be a non-empty array of categories, got ${showValue(card.categories)}`,
        card.categories,
      ),
    );
    return { issues, compiled: null };
  }
  const categoryIds = new Map<string, number>();
  const measureIds = new Map<string, string>();
  let weightSum = 0;
  let categoryWeightsValid = true;
  card.categories.forEach((raw: unknown, c) => {
    const at = `${path}.categories[${c}]`;
    if (raw === null || typeof raw !== 'object') {
      issues.push(issue(at, `must be a category object, got ${showValue(raw)}`, raw));
      return;
    }
    const category = raw as Record<string, unknown>;
    const id = category.id;
    if (typeof id !== 'string' || id.length === 0) {
      issues.push(issue(`${at}.id`, `must be a non-empty string, got ${showValue(id)}`, id));
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
        issues.push(
          issue(`${at}.weight`, `must be a finite number ≥ 0, got ${showValue(weight)}`, weight),
        );
        categoryWeightsValid = false;
      } else {
        weightSum += weight;
      }
    }
    const start = measures.length;
    if (!Array.isArray(category.measures) || category.measures.length === 0) {
      issues.push(
        issue(
          `${at}.measures`,
          `must be a non-empty array of measures, got ${showValue(category.measures)}`,
          category.measures,
        ),
      );
      return;
    }
    let measureWeightSum = 0;
    let measureWeightsValid = true;
    category.measures.forEach((rawMeasure: unknown, m) => {
      const mAt = `${at}.measures[${m}]`;
      if (rawMeasure === null || typeof rawMeasure !== 'object') {
        issues.push(
          issue(mAt, `must be a measure object, got ${showValue(rawMeasure)}`, rawMeasure),
        );
        measureWeightsValid = false;
        return;
      }
      const measure = rawMeasure as Record<string, unknown>;
      const measureId = measure.id;
      if (typeof measureId !== 'string' || measureId.length === 0) {
        issues.push(
          issue(`${mAt}.id`, `must be a non-empty string, got ${showValue(measureId)}`, measureId),
        );
      } else if (measureIds.has(measureId)) {
        issues.push(
          issue(
            `${mAt}.id`,
            `duplicates ${measureIds.get(measureId)}.id '${measureId}'; measure ids are unique within a scorecard`,
            measureId,
          ),
        );
      } else {
        measureIds.set(measureId, mAt);
      }
      if (typeof measure.signal !== 'string' || measure.signal.length === 0) {
        issues.push(
          issue(
            `${mAt}.signal`,
            `must be a non-empty string (a key of account.signals), got ${showValue(measure.signal)}`,
            measure.signal,
          ),
        );
      }
      const measureWeight = measure.weight ?? 1;
      if (!isFiniteNumber(measureWeight) || measureWeight < 0) {
        issues.push(
          issue(
            `${mAt}.weight`,
            `must be a finite number ≥ 0, got ${showValue(measure.weight)}`,
            measure.weight,
          ),
        );
        measureWeightsValid = false;
      } else {
        measureWeightSum += measureWeight;
      }
      const normalizer = compileNormalizer(measure.normalize, `${mAt}.normalize`, model, issues);
      if (normalizer === null) return;
      measures.push({
        ...normalizer,
        id: measureId as string,
        categoryIndex: categories.length,
        categoryId: id as string,
        signal: measure.signal as string,
        weight: measureWeight as number,
        path: mAt,
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
  if (issues.length > 0) return { issues, compiled: null };

  const categoryWeights = scaleWeights(categories.map((c) => c.weight));
  categories.forEach((category, c) => {
    category.weight = categoryWeights[c]!;
    const scaled = scaleWeights(
      measures.slice(category.start, category.end).map((measure) => measure.weight),
    );
    for (let j = category.start; j < category.end; j++)
      measures[j]!.weight = scaled[j - category.start]!;
  });
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

/**
 * What a `range` measure multiplies its value and bounds by before subtracting: 1, or ½ when
 * `max − min` overflows (e.g. min −1e308, max 1e308), so that the span is always finite. Scaling
 * by 1 changes nothing; by ½, only the last bit of subnormal values.
 */
export function rangeScale(min: number, max: number): number {
  return Number.isFinite(max - min) ? 1 : 0.5;
}

/** The normalised score of a present raw value for a non-percentile, non-custom measure. */
export function normalizeValue(measure: CompiledMeasure, value: number | boolean): number {
  const x = typeof value === 'boolean' ? (value ? 1 : 0) : value;
  switch (measure.kind) {
    case Kind.Range: {
      const scale = rangeScale(measure.min, measure.max);
      let t = (x * scale - measure.min * scale) / (measure.max * scale - measure.min * scale);
      t = t < 0 ? 0 : t > 1 ? 1 : t;
      return measure.invert ? 100 - t * 100 : t * 100;
    }
    case Kind.Steps: {
      const mins = measure.stepMins;
      let score = 0;
      for (let i = 0; i < mins.length; i++) {
        if (mins[i]! <= x) score = measure.stepScores[i]!;
        else break;
      }
      return score;
    }
    case Kind.Boolean:
      return x !== 0 ? measure.whenTrue : measure.whenFalse;
    case Kind.Points:
      return measure.points * x;
    default:
      throw new Error(`normalizeValue: ${measure.type} needs the population or the account`);
  }
}
