import { type CompiledScorecard, Kind } from './compile';
import { percentileColumn } from './percentile';
import { UNKNOWN_TIER } from './tiers';
import type { CategoryScore, Contribution, SignalValue } from './types';

/**
 * The numbers of one `scoreHealth` call for the accounts of one scorecard, in typed arrays.
 *
 * Column-major: measure j of the account in row r is at `j * capacity + r`, category c at
 * `c * capacity + r`. A raw signal value is stored as a number with `NaN` for missing and
 * `+Infinity`/`-Infinity` for `true`/`false` (a valid number signal is finite, so nothing
 * collides). Every score is `NaN` where the result says `null`.
 *
 * Nothing here allocates per account: the category and contribution objects of one account are
 * built only when its result's `categories`/`contributions` are first read (see `lazyResult.ts`).
 */
export interface ScoreBlock {
  card: CompiledScorecard;
  plan: Plan;
  /** Rows allocated per column. */
  capacity: number;
  /** Rows filled: the accounts of this scorecard that passed validation, in input order. */
  size: number;
  /** Raw signal per row × measure (encoded as above). */
  values: Float64Array;
  /** The measure's score per row × measure, with the missing policy applied (`NaN` under reweight). */
  scores: Float64Array;
  /** What the measure adds to the account score, per row × measure. */
  points: Float64Array;
  /** Category score per row × category. */
  categoryScores: Float64Array;
  /** The computed account score per row. */
  accountScores: Float64Array;
  /** Arrays built so far, per row (created on the first read; see `lazyResult.ts`). */
  categoryLists?: Array<CategoryScore[] | undefined>;
  contributionLists?: Array<Contribution[] | undefined>;
}

const Model = { Weighted: 0, WorstOf: 1, Points: 2 } as const;
type Model = (typeof Model)[keyof typeof Model];

const NEUTRAL = 50;

/** A compiled scorecard flattened into typed arrays for the column loops. */
export interface Plan {
  model: Model;
  /** The score of a missing measure: 0 (`zero`), 50 (`neutral`) or `NaN` (`reweight`: left out). */
  fill: number;
  /** The signal each measure reads. */
  signals: string[];
  kinds: Uint8Array;
  weights: Float64Array;
  categoryOf: Int32Array;
  /** `range`: min and max − min; invert is 1 or 0. */
  mins: Float64Array;
  spans: Float64Array;
  inverts: Uint8Array;
  /** `boolean`. */
  whenTrue: Float64Array;
  whenFalse: Float64Array;
  /** `points`. */
  pointsPer: Float64Array;
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
    kinds: new Uint8Array(m),
    weights: new Float64Array(m),
    categoryOf: new Int32Array(m),
    mins: new Float64Array(m),
    spans: new Float64Array(m),
    inverts: new Uint8Array(m),
    whenTrue: new Float64Array(m),
    whenFalse: new Float64Array(m),
    pointsPer: new Float64Array(m),
    categoryStart: Int32Array.from(categories, (c) => c.start),
    categoryEnd: Int32Array.from(categories, (c) => c.end),
    categoryWeights: Float64Array.from(categories, (c) => c.weight),
    tierMins: Float64Array.from(card.tiersDescending, (t) => t.min),
    tierIds: card.tiersDescending.map((t) => t.id),
  };
  measures.forEach((measure, j) => {
    plan.kinds[j] = measure.kind;
    plan.weights[j] = measure.weight;
    plan.categoryOf[j] = measure.categoryIndex;
    plan.mins[j] = measure.min;
    plan.spans[j] = measure.max - measure.min;
    plan.inverts[j] = measure.invert ? 1 : 0;
    plan.whenTrue[j] = measure.whenTrue;
    plan.whenFalse[j] = measure.whenFalse;
    plan.pointsPer[j] = measure.points;
  });
  return plan;
}

/** Storage for up to `capacity` accounts of one scorecard. */
export function createBlock(card: CompiledScorecard, capacity: number): ScoreBlock {
  const m = card.measures.length;
  return {
    card,
    plan: planOf(card),
    capacity,
    size: 0,
    values: new Float64Array(capacity * m),
    scores: new Float64Array(capacity * m),
    points: new Float64Array(capacity * m),
    categoryScores: new Float64Array(capacity * card.categories.length),
    accountScores: new Float64Array(capacity),
  };
}

/** The raw signal value a contribution shows. */
function decodeValue(v: number): Exclude<SignalValue, undefined> {
  if (v !== v) return null;
  if (v === Number.POSITIVE_INFINITY) return true;
  if (v === Number.NEGATIVE_INFINITY) return false;
  return v;
}

/** The number a present encoded value stands for (`true`/`false` count as 1/0). */
function numberOf(v: number): number {
  return v === Number.POSITIVE_INFINITY ? 1 : v === Number.NEGATIVE_INFINITY ? 0 : v;
}

/**
 * Scores every filled row of a block: each measure column (custom scores are already there), then
 * percentile columns (one sort per signal), then category scores, account scores and points, row
 * by row. The arithmetic is the same, in the same order, as `combine` (used by `nextTierPath`).
 */
export function scoreBlock(block: ScoreBlock): void {
  normalizeColumns(block);
  combineRows(block);
}

function normalizeColumns(block: ScoreBlock): void {
  const { plan, capacity, size, values, scores, card } = block;
  const { fill, kinds } = plan;
  const ranked = new Set<string>();
  for (let j = 0; j < kinds.length; j++) {
    const start = j * capacity;
    const end = start + size;
    switch (kinds[j]) {
      case Kind.Range: {
        const min = plan.mins[j]!;
        const span = plan.spans[j]!;
        const invert = plan.inverts[j] === 1;
        for (let i = start; i < end; i++) {
          const v = values[i]!;
          if (v !== v) {
            scores[i] = fill;
            continue;
          }
          let t = (numberOf(v) - min) / span;
          t = t < 0 ? 0 : t > 1 ? 1 : t;
          scores[i] = invert ? 100 - t * 100 : t * 100;
        }
        break;
      }
      case Kind.Steps: {
        const { stepMins, stepScores } = card.measures[j]!;
        for (let i = start; i < end; i++) {
          const v = values[i]!;
          if (v !== v) {
            scores[i] = fill;
            continue;
          }
          const x = numberOf(v);
          let score = 0;
          for (let k = 0; k < stepMins.length; k++) {
            if (stepMins[k]! <= x) score = stepScores[k]!;
            else break;
          }
          scores[i] = score;
        }
        break;
      }
      case Kind.Boolean: {
        const whenTrue = plan.whenTrue[j]!;
        const whenFalse = plan.whenFalse[j]!;
        for (let i = start; i < end; i++) {
          const v = values[i]!;
          scores[i] = v !== v ? fill : numberOf(v) !== 0 ? whenTrue : whenFalse;
        }
        break;
      }
      case Kind.Points: {
        const per = plan.pointsPer[j]!;
        for (let i = start; i < end; i++) {
          const v = values[i]!;
          scores[i] = v !== v ? fill : per * numberOf(v);
        }
        break;
      }
      case Kind.Custom: {
        // Scored while validating (the function's result is checked per row); only missing left.
        for (let i = start; i < end; i++) if (values[i] !== values[i]) scores[i] = fill;
        break;
      }
      case Kind.Percentile: {
        const signal = plan.signals[j]!;
        if (ranked.has(signal)) break;
        ranked.add(signal);
        percentileColumn(values, start, size, scores, fill);
        // Other percentile measures of the same signal share the ranks (and the sort).
        for (let k = j + 1; k < kinds.length; k++) {
          if (kinds[k] === Kind.Percentile && plan.signals[k] === signal) {
            scores.copyWithin(k * capacity, start, end);
          }
        }
        break;
      }
    }
  }
}

function combineRows(block: ScoreBlock): void {
  const { plan, capacity, size, scores, points, categoryScores, accountScores } = block;
  const { model, weights, categoryOf, categoryStart, categoryEnd, categoryWeights } = plan;
  const measureCount = weights.length;
  const categoryCount = categoryWeights.length;
  const denominators = new Float64Array(categoryCount);
  for (let r = 0; r < size; r++) {
    let total = 0;
    let totalWeight = 0;
    let worst = Number.NaN;
    let worstIndex = -1;
    let present = 0;
    for (let c = 0; c < categoryCount; c++) {
      let num = 0;
      let den = 0;
      let count = 0;
      for (let j = categoryStart[c]!; j < categoryEnd[c]!; j++) {
        const m = scores[j * capacity + r]!;
        if (m !== m) continue;
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
      if (model === Model.Points) score = count > 0 ? num : Number.NaN;
      else score = den > 0 ? num / den : Number.NaN;
      denominators[c] = den;
      categoryScores[c * capacity + r] = score;
      if (score !== score) continue;
      present++;
      if (model === Model.Points) {
        total += score;
      } else if (model === Model.WorstOf) {
        if (worstIndex < 0 || score < worst) {
          worst = score;
          worstIndex = c;
        }
      } else {
        total += categoryWeights[c]! * score;
        totalWeight += categoryWeights[c]!;
      }
    }
    let score: number;
    if (model === Model.Points) score = present > 0 ? total : Number.NaN;
    else if (model === Model.WorstOf) score = worst;
    else score = totalWeight > 0 ? total / totalWeight : Number.NaN;
    accountScores[r] = score;

    for (let j = 0; j < measureCount; j++) {
      const at = j * capacity + r;
      const m = scores[at]!;
      const c = categoryOf[j]!;
      let p = 0;
      if (
        m === m &&
        score === score &&
        categoryScores[c * capacity + r] === categoryScores[c * capacity + r]
      ) {
        if (model === Model.Points) p = m;
        else if (model === Model.WorstOf)
          p = c === worstIndex ? (weights[j]! / denominators[c]!) * m : 0;
        else p = ((categoryWeights[c]! / totalWeight) * weights[j]! * m) / denominators[c]!;
      }
      points[at] = p;
    }
  }
}

/** The tier id of row r's computed score (`'unknown'` when it has none). */
export function tierOf(block: ScoreBlock, r: number): string {
  const score = block.accountScores[r]!;
  if (score !== score) return UNKNOWN_TIER;
  const { tierMins, tierIds } = block.plan;
  for (let k = 0; k < tierMins.length; k++) if (tierMins[k]! <= score) return tierIds[k]!;
  return UNKNOWN_TIER;
}

/** Row r's category scores, in scorecard order (new objects on every call). */
export function categoriesOf(block: ScoreBlock, r: number): CategoryScore[] {
  const { categories } = block.card;
  const { capacity, categoryScores } = block;
  const list = new Array<CategoryScore>(categories.length);
  for (let c = 0; c < categories.length; c++) {
    const score = categoryScores[c * capacity + r]!;
    list[c] = { id: categories[c]!.id, score: score !== score ? null : score };
  }
  return list;
}

/**
 * Row r's contributions, largest absolute points first, ties in scorecard order (a stable
 * insertion sort: the lists are short). New objects on every call.
 */
export function contributionsOf(block: ScoreBlock, r: number): Contribution[] {
  const { measures } = block.card;
  const { capacity, values, scores, points } = block;
  const list = new Array<Contribution>(measures.length);
  for (let j = 0; j < measures.length; j++) {
    const measure = measures[j]!;
    const at = j * capacity + r;
    const score = scores[at]!;
    const item: Contribution = {
      categoryId: measure.categoryId,
      measureId: measure.id,
      value: decodeValue(values[at]!),
      score: score !== score ? null : score,
      points: points[at]!,
    };
    const key = Math.abs(item.points);
    let k = j - 1;
    while (k >= 0 && Math.abs(list[k]!.points) < key) {
      list[k + 1] = list[k]!;
      k--;
    }
    list[k + 1] = item;
  }
  return list;
}
