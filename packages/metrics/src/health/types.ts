import type { ValidationIssue, ValidationOptions } from '../core/errors';

/** How a scorecard turns category scores into one account score (SPEC §6). */
export type HealthModel = 'weighted' | 'worst-of' | 'points';

/** What a measure whose signal is `null`/`undefined` counts as (SPEC §6). */
export type MissingPolicy = 'reweight' | 'zero' | 'neutral';

/** The meaning of a tier, used for colour and for `tierChanges`; never a colour itself. */
export type HealthTone = 'positive' | 'notice' | 'negative' | 'neutral';

/**
 * One band of scores: an account is in the tier with the highest `min` ≤ its score.
 * SPEC §6 calls this type `Tier`.
 */
export interface HealthTier {
  /** Stable id, e.g. `'healthy'`, shown as `data-tier`. */
  id: string;
  /** What a person reads, e.g. `'Healthy'`. */
  label: string;
  /** The lowest score in this tier (inclusive); `-Infinity` for a floor that catches everything. */
  min: number;
  /** What the tier means. */
  tone: HealthTone;
}

/** Turns one raw signal into a score: 0–100 for the bounded models, points for `points`. */
export type Normalizer =
  | {
      /** Linear between `min` (0) and `max` (100), clamped; reversed when `invert`. */
      type: 'range';
      min: number;
      max: number;
      /** Score 100 at `min` and 0 at `max` (fewer is better, e.g. open tickets). @default false */
      invert?: boolean | undefined;
    }
  | {
      /** The score of the highest step whose `min` ≤ the value; 0 below every step. */
      type: 'steps';
      steps: ReadonlyArray<{ min: number; score: number }>;
    }
  | {
      /** `whenTrue` for `true` (or a non-zero number), `whenFalse` for `false` (or 0). */
      type: 'boolean';
      /** @default 100 */
      whenTrue?: number | undefined;
      /** @default 0 */
      whenFalse?: number | undefined;
    }
  | {
      /** The account's rank among the accounts that have a value for this signal, 0–100. */
      type: 'percentile';
    }
  | {
      /** Your own function; its result is clamped to 0–100 and must be a finite number. */
      type: 'custom';
      score: (value: number, account: HealthAccount) => number;
    }
  | {
      /** `points × value`, unbounded; only in the `points` model. */
      type: 'points';
      points: number;
    };

/** The kind of a normalizer. */
export type NormalizerType = Normalizer['type'];

/** One measure: a signal of the account and how to score it. */
export interface Measure {
  /** Unique within the scorecard. */
  id: string;
  label?: string | undefined;
  /** Relative weight inside its category; weights need not sum to anything. @default 1 */
  weight?: number | undefined;
  /** The key in `account.signals` this measure reads. */
  signal: string;
  normalize: Normalizer;
}

/** A group of measures with its weight in the account score. */
export interface HealthCategory {
  /** Unique within the scorecard. */
  id: string;
  label?: string | undefined;
  /** Relative weight in the `weighted` model (ignored by `worst-of` and `points`); ≥ 0. */
  weight: number;
  measures: readonly Measure[];
}

/** A declarative health scorecard (SPEC §6). */
export interface Scorecard {
  /** How category scores combine. @default 'weighted' */
  model?: HealthModel | undefined;
  categories: readonly HealthCategory[];
  /** @default DEFAULT_TIERS */
  tiers?: readonly HealthTier[] | undefined;
  /** @default 'reweight' */
  missing?: MissingPolicy | undefined;
}

/** One scorecard per segment, and the one for accounts whose segment has none. */
export interface SegmentScorecards {
  /** Keyed by `account.segment`, e.g. `{ Enterprise: a, SMB: b }`. */
  scorecards: Record<string, Scorecard>;
  /** Used for accounts with no segment or a segment not listed; without it they are bad rows. */
  fallback?: Scorecard | undefined;
}

/** A raw signal value; `null`/`undefined` means missing. */
export type SignalValue = number | boolean | null | undefined;

/** An account as health scoring reads it. SPEC §6 calls this type `Account`. */
export interface HealthAccount {
  id: string;
  name?: string | undefined;
  segment?: string | undefined;
  /** Monthly recurring revenue in major units; used by `healthTierDistribution`. */
  mrr?: number | undefined;
  renewalDate?: string | undefined;
  owner?: string | undefined;
  signals: Record<string, SignalValue>;
}

/** A person's decision that replaces an account's computed score or tier until it expires. */
export interface HealthOverride {
  accountId: string;
  /** The score to show instead of the computed one; the tier follows from it unless `tier` is set. */
  score?: number | undefined;
  /** The tier id to show instead of the computed one. */
  tier?: string | undefined;
  /** Why, in words the team will read. */
  reason: string;
  author?: string | undefined;
  /** `'YYYY-MM-DD'`, the last day on which the override applies (inclusive). */
  expiresAt?: string | undefined;
}

/** Options of {@link scoreHealth}. */
export interface ScoreHealthOptions extends ValidationOptions {
  /** Manual overrides; the last unexpired one for an account wins. @default [] */
  overrides?: readonly HealthOverride[] | undefined;
  /**
   * `'YYYY-MM-DD'`: the day against which `expiresAt` is judged. Required as soon as an override
   * has `expiresAt` (scoring reads no clock).
   * @default undefined
   */
  asOf?: string | undefined;
}

/** One category's score for one account. */
export interface CategoryScore {
  id: string;
  /** 0–100 (points sub-total in the `points` model), or `null` when none of its measures is present. */
  score: number | null;
}

/** What one measure adds to one account's score. */
export interface Contribution {
  categoryId: string;
  measureId: string;
  /** The raw signal, or `null` when missing. */
  value: number | boolean | null;
  /**
   * The measure's own score: 0–100 in the bounded models (the policy's 0 or 50 when missing under
   * `zero`/`neutral`, `null` under `reweight`); points × value in the `points` model.
   */
  score: number | null;
  /** What it adds to the account score; the contributions of one account sum to its score. */
  points: number;
}

/** The score and tier the scorecard computed, kept when an override replaces them. */
export interface ComputedHealth {
  score: number | null;
  tier: string;
}

/** One account's health (SPEC §6 "Results"). */
export interface HealthResult {
  accountId: string;
  /** The score shown: the override's when one applies, else the computed one. */
  score: number | null;
  /** The tier id shown, or `'unknown'` when the score is `null`. */
  tier: string;
  /**
   * In scorecard order. Built on first read (an enumerable getter on the plain result object);
   * every later read returns the same array.
   */
  categories: readonly CategoryScore[];
  /**
   * Every measure, largest absolute `points` first, ties in scorecard order. Built on first read
   * (an enumerable getter on the plain result object); every later read returns the same array.
   */
  contributions: readonly Contribution[];
  /** The override that replaced the computed score/tier, when one applies. */
  overriddenBy?: HealthOverride | undefined;
  /** What the scorecard computed, present exactly when `overriddenBy` is. */
  computed?: ComputedHealth | undefined;
}

/** The result of {@link scoreHealth}. */
export interface HealthScores {
  /** One result per valid account, in input order. */
  accounts: readonly HealthResult[];
  /** Rows and overrides skipped under `onInvalid: 'skip'` (empty otherwise). */
  issues: readonly ValidationIssue[];
}

/** One day's score of one account. */
export interface HealthHistoryRow {
  accountId: string;
  /** `'YYYY-MM-DD'`. */
  date: string;
  /** `null` means no score that day. */
  score: number | null;
}
