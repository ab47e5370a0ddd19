import { type Combined, combine } from './combine';
import { type CompiledScorecard, Kind, decodeValue, normalizeValue, rangeScale } from './compiled';
import type { ValidationIssue } from '../../core/errors';
import { prototypeEnumeratesNothing, prototypeLacks, tooLargeIssue } from '../own';
import { percentileColumn } from './percentile';
import type { SignalLayout } from './signalLayout';
import { UNKNOWN_TIER, tierScore } from '../tiers';
import type { HealthResult } from '../types';

/**
 * The numbers of one `scoreHealth` call for the accounts of one scorecard, in typed arrays.
 *
 * Row-major: measure j of the account in row r is at `r * width + j`. A raw signal value is
 * stored as a number with `NaN` for missing and `+Infinity`/`-Infinity` for `true`/`false` (a valid
 * number signal is finite, so nothing collides).
 *
 * Only what a row's numbers cannot be recomputed from is kept: the raw values and the scores of
 * `custom` and `percentile` measures (they need the account or the population). A row's account
 * score is computed as soon as the row can be scored (at once, or after the whole population has
 * been read when a measure is a `percentile`); its category scores, measure scores and points are
 * recomputed, with the same arithmetic, when its result's `categories`/`contributions` are first
 * read (see `lazyResult.ts`).
 */
export interface ScoreBlock {
  card: CompiledScorecard;
  plan: Plan;
  /** Measures per row. */
  width: number;
  /** Rows filled: the accounts of this scorecard that passed validation, in input order. */
  size: number;
  /** Raw signal per row × measure (encoded as above). */
  values: Float64Array;
  /**
   * The score of each `custom` and `percentile` measure per row × measure (`NaN` when missing; other
   * measures' cells are unused), or `null` when the scorecard has neither.
   */
  stored: Float64Array | null;
  /**
   * The results of the rows read so far, when the scorecard ranks a signal (`percentile`): their
   * scores and tiers wait for the whole population. `null` when every row is scored as it is read.
   */
  pending: HealthResult[] | null;
  /**
   * Per measure, the value of the account being read when it is not a signal value (for its issue),
   * else `undefined` (see `readSignals.ts`).
   */
  got: unknown[];
  /**
   * True when `Object.prototype` enumerates no key (nobody added one), so that `for…in` over a
   * plain signals object lists only its own keys (see `readSignals.ts`).
   */
  plainSignals: boolean;
  /** The layout of the accounts' signals; `undefined` until learnt, `null` when they have none. */
  layout?: SignalLayout | null;
  /** Scratch for `combineRow`: one row's decoded values and measure scores. */
  rawRow?: Array<number | boolean | null>;
  scoreRow?: number[];
  /** Categories and contributions built so far, per row (see `lazyResult.ts`). */
  built?: Array<Combined | undefined>;
}

/**
 * Module-level copies of what the row loop uses from other modules: where modules are not bundled
 * (tsx, which runs `bench/health.bench.ts`), each use of an imported binding is a getter call, a
 * million of them per 100,000 accounts.
 */
const RANGE: number = Kind.Range;
const CUSTOM: number = Kind.Custom;
const PERCENTILE: number = Kind.Percentile;
const UNKNOWN: string = UNKNOWN_TIER;
const roundForTiers = tierScore;
const scoreOfValue = normalizeValue;

const Model = { Weighted: 0, WorstOf: 1, Points: 2 } as const;
type Model = (typeof Model)[keyof typeof Model];

const NEUTRAL = 50;

/** A compiled scorecard flattened into typed arrays for the row loop. */
export interface Plan {
  model: Model;
  /** The score of a missing measure: 0 (`zero`), 50 (`neutral`) or `NaN` (`reweight`: left out). */
  fill: number;
  /** The signal each measure reads. */
  signals: string[];
  /** Per measure, the first earlier measure that reads the same signal, or -1. */
  sharesWith: Int32Array;
  /** The measures whose `sharesWith` is not -1. */
  shared: number[];
  /** True when a measure is `custom` (its score is computed as each account is read). */
  custom: boolean;
  /**
   * Per measure, 1 when `Object.prototype` has its signal (`toString`, `constructor`, …), which a
   * plain read would find on an account without it: such a signal is always read with `Object.hasOwn`.
   */
  inherited: Uint8Array;
  kinds: Uint8Array;
  weights: Float64Array;
  /**
   * `range`: its scale (see `rangeScale`: 1, or ½ when max − min overflows), min × scale and
   * max × scale − min × scale; invert is 1 or 0.
   */
  scales: Float64Array;
  mins: Float64Array;
  spans: Float64Array;
  inverts: Uint8Array;
  /** Category c holds measures `categoryStart[c] .. categoryEnd[c] − 1`. */
  categoryStart: Int32Array;
  categoryEnd: Int32Array;
  categoryWeights: Float64Array;
  /** Tiers from the highest `min` down. */
  tierMins: Float64Array;
  tierIds: string[];
}

function planOf(card: CompiledScorecard): Plan {
  const { measures, categories } = card;
  const m = measures.length;
  const plan: Plan = {
    model:
      card.model === 'points'
        ? Model.Points
        : card.model === 'worst-of'
          ? Model.WorstOf
          : Model.Weighted,
    fill: card.missing === 'zero' ? 0 : card.missing === 'neutral' ? NEUTRAL : Number.NaN,
    signals: measures.map((measure) => measure.signal),
    sharesWith: Int32Array.from(measures, (measure, j) => {
      const first = measures.findIndex((other) => other.signal === measure.signal);
      return first < j ? first : -1;
    }),
    shared: [],
    custom: measures.some((measure) => measure.kind === Kind.Custom),
    inherited: Uint8Array.from(measures, (measure) => (prototypeLacks([measure.signal]) ? 0 : 1)),
    kinds: new Uint8Array(m),
    weights: new Float64Array(m),
    scales: new Float64Array(m),
    mins: new Float64Array(m),
    spans: new Float64Array(m),
    inverts: new Uint8Array(m),
    categoryStart: Int32Array.from(categories, (c) => c.start),
    categoryEnd: Int32Array.from(categories, (c) => c.end),
    categoryWeights: Float64Array.from(categories, (c) => c.weight),
    tierMins: Float64Array.from(card.tiersDescending, (t) => t.min),
    tierIds: card.tiersDescending.map((t) => t.id),
  };
  measures.forEach((measure, j) => {
    if (plan.sharesWith[j] !== -1) plan.shared.push(j);
    plan.kinds[j] = measure.kind;
    plan.weights[j] = measure.weight;
    const scale = rangeScale(measure.min, measure.max);
    plan.scales[j] = scale;
    plan.mins[j] = measure.min * scale;
    plan.spans[j] = measure.max * scale - measure.min * scale;
    plan.inverts[j] = measure.invert ? 1 : 0;
  });
  return plan;
}

/** Storage for up to `capacity` accounts of one scorecard. */
export function createBlock(card: CompiledScorecard, capacity: number): ScoreBlock {
  const m = card.measures.length;
  const needsStored = card.measures.some(
    (measure) => measure.kind === Kind.Custom || measure.kind === Kind.Percentile,
  );
  return {
    card,
    plan: planOf(card),
    width: m,
    size: 0,
    values: new Float64Array(capacity * m),
    stored: needsStored ? new Float64Array(capacity * m) : null,
    pending: card.percentileSignals.length > 0 ? [] : null,
    got: new Array<unknown>(m),
    plainSignals: prototypeEnumeratesNothing(),
  };
}

/** Ranks every filled row of each percentile measure (one sort per signal) into `stored`. */
export function rankPercentiles(block: ScoreBlock): void {
  const { plan, width, size, values, stored } = block;
  const { kinds } = plan;
  const ranked = new Set<string>();
  for (let j = 0; j < kinds.length; j++) {
    if (kinds[j] !== Kind.Percentile || ranked.has(plan.signals[j]!)) continue;
    const signal = plan.signals[j]!;
    ranked.add(signal);
    percentileColumn(values, j, width, size, stored!, Number.NaN);
    // Other percentile measures of the same signal share the ranks (and the sort).
    for (let k = j + 1; k < kinds.length; k++) {
      if (kinds[k] !== Kind.Percentile || plan.signals[k] !== signal) continue;
      for (let at = 0; at < size * width; at += width) stored![at + k] = stored![at + j]!;
    }
  }
}

/**
 * Row r's account score (`NaN` for none, `+Infinity` when a `points` sum overflows, which the caller
 * reports as a bad row: no other model can overflow, see `scaleWeights` and `rangeScale`): the arithmetic of `combine` (which builds a row's
 * categories and contributions when they are read, and is used by `nextTierPath`), in the same
 * order, without building anything.
 */
export function accountScore(block: ScoreBlock, r: number): number {
  const { plan, width, values } = block;
  const { model, fill, kinds, weights, scales, mins, spans, inverts } = plan;
  const { categoryStart, categoryEnd, categoryWeights } = plan;
  const base = r * width;
  let total = 0;
  let totalWeight = 0;
  let worst = Number.NaN;
  let present = 0;
  for (let c = 0; c < categoryWeights.length; c++) {
    let num = 0;
    let den = 0;
    let count = 0;
    for (let j = categoryStart[c]!; j < categoryEnd[c]!; j++) {
      const v = values[base + j]!;
      let m: number;
      if (v !== v) {
        m = fill;
        if (m !== m) continue;
      } else if (kinds[j] === RANGE) {
        const x = v === Number.POSITIVE_INFINITY ? 1 : v === Number.NEGATIVE_INFINITY ? 0 : v;
        let t = (x * scales[j]! - mins[j]!) / spans[j]!;
        t = t < 0 ? 0 : t > 1 ? 1 : t;
        m = inverts[j] === 1 ? 100 - t * 100 : t * 100;
      } else {
        m = measureScore(block, j, base + j, v);
      }
      count++;
      if (model === Model.Points) {
        num += m;
      } else {
        const w = weights[j]!;
        num += w * m;
        den += w;
      }
    }
    let score: number;
    if (model === Model.Points) {
      if (count === 0) continue;
      // ±Infinity or NaN: points × value, or their sum, overflowed (reported as a bad row).
      if (!(num - num === 0)) return Number.POSITIVE_INFINITY;
      score = num;
    } else {
      score = den > 0 ? num / den : Number.NaN;
    }
    if (score !== score) continue;
    present++;
    if (model === Model.Points) {
      total += score;
    } else if (model === Model.WorstOf) {
      if (present === 1 || score < worst) worst = score;
    } else {
      total += categoryWeights[c]! * score;
      totalWeight += categoryWeights[c]!;
    }
  }
  if (model === Model.Points) {
    if (present === 0) return Number.NaN;
    return total - total === 0 ? total : Number.POSITIVE_INFINITY;
  }
  if (model === Model.WorstOf) return worst;
  return totalWeight > 0 ? total / totalWeight : Number.NaN;
}

/** The score of measure j's present value `v`, stored at `at`. */
function measureScore(block: ScoreBlock, j: number, at: number, v: number): number {
  const kind = block.plan.kinds[j];
  if (kind === CUSTOM || kind === PERCENTILE) return block.stored![at]!;
  return scoreOfValue(block.card.measures[j]!, decodeValue(v) as number | boolean);
}

/** The tier id of a computed score of the block's scorecard (`'unknown'` for `NaN`). */
export function tierOf(block: ScoreBlock, score: number): string {
  if (score !== score) return UNKNOWN;
  const { tierMins, tierIds } = block.plan;
  const compared = roundForTiers(score);
  for (let k = 0; k < tierMins.length; k++) if (tierMins[k]! <= compared) return tierIds[k]!;
  return UNKNOWN;
}

/**
 * Row r's category scores and contributions (largest absolute points first), built by `combine`
 * from the row's stored values: new objects on every call.
 */
export function combineRow(block: ScoreBlock, r: number): Combined {
  const { card, width, values } = block;
  const count = card.measures.length;
  // Scratch, reused across rows: `combine` copies what it keeps into new objects.
  const raw = (block.rawRow ??= new Array<number | boolean | null>(count));
  const scores = (block.scoreRow ??= new Array<number>(count));
  for (let j = 0; j < count; j++) {
    const at = r * width + j;
    const v = values[at]!;
    raw[j] = decodeValue(v);
    scores[j] = v !== v ? Number.NaN : measureScore(block, j, at, v);
  }
  return combine(card, raw, scores);
}

/**
 * The issue for row `r` of a `points` block whose score overflowed: the first measure whose
 * `points × value` is not finite, else the sum of the account's points (SPEC §2: "too large to sum
 * safely").
 */
export function pointsOverflow(block: ScoreBlock, r: number, index: number): ValidationIssue {
  const { card, width, values } = block;
  for (let j = 0; j < card.measures.length; j++) {
    const v = values[r * width + j]!;
    if (v !== v) continue;
    const measure = card.measures[j]!;
    const points = normalizeValue(measure, decodeValue(v) as number | boolean);
    if (!Number.isFinite(points)) {
      return tooLargeIssue(
        index,
        `signals.${measure.signal}`,
        `score: ${measure.path}.normalize.points × the value`,
        decodeValue(v),
      );
    }
  }
  return tooLargeIssue(index, 'signals', "sum: the account's points");
}
