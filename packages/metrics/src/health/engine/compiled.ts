import type {
  HealthAccount,
  HealthModel,
  HealthTier,
  MissingPolicy,
  NormalizerType,
  Scorecard,
  SignalValue,
} from '../types';

// A scorecard after validation (see `compileScorecard.ts`): flat arrays the scoring loop reads, and
// the score of one present value of one measure.

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

/**
 * What a `range` measure multiplies its value and bounds by before subtracting: 1, or ½ when
 * `max − min` overflows (e.g. min −1e308, max 1e308), so that the span is always finite. Scaling
 * by 1 changes nothing; by ½, only the last bit of subnormal values.
 */
export function rangeScale(min: number, max: number): number {
  return Number.isFinite(max - min) ? 1 : 0.5;
}

/** The raw signal value a cell of `ScoreBlock.values` holds (see `scoreBlock.ts`). */
export function decodeValue(v: number): Exclude<SignalValue, undefined> {
  if (v !== v) return null;
  if (v === Number.POSITIVE_INFINITY) return true;
  if (v === Number.NEGATIVE_INFINITY) return false;
  return v;
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
