import { MetricsInputError, showValue, throwMustBe } from '../core/errors';
import {
  type CompiledMeasure,
  type CompiledScorecard,
  Kind,
  compileScorecard,
  normalizeValue,
  combine,
} from './engine';
import { THREW, own, readFields } from './own';
import { lookupTier } from './tiers';
import type { Contribution, HealthResult, HealthTier, Scorecard } from './types';

/** One single-signal change that lifts an account into the next tier. */
export interface TierPathStep {
  /** The signal to change (a key of `account.signals`). */
  signal: string;
  /** The measures that read this signal (usually one), in scorecard order. */
  measureIds: string[];
  /** The signal now, or `null` when it is missing. */
  from: number | boolean | null;
  /** The value that reaches the next tier (see `exclusive`). */
  to: number | boolean;
  /** `to − from` in the signal's own units, or `null` when `from` is missing or the signal is boolean. */
  change: number | null;
  /**
   * `true` when `to` itself falls just short and every value strictly beyond it in `direction`
   * reaches the tier: a `steps` threshold crossed downward, e.g. "fewer than 3 tickets".
   */
  exclusive: boolean;
  /**
   * Which way the signal moves: `'up'` or `'down'` for numbers (for an exclusive step whose `to`
   * equals `from`, the only way to tell "fewer than" from "more than"), `null` for booleans.
   */
  direction: 'up' | 'down' | null;
  /** The account's score after the change. */
  score: number;
  /**
   * How the steps are ranked: the total move of the affected measures' 0–100 scores (a missing
   * measure starts from its policy score, 0 under `reweight`); in the `points` model, `|to − from|`.
   */
  effort: number;
}

/** The result of {@link nextTierPath}. */
export interface NextTierPath {
  accountId: string;
  /** The computed tier now (overrides are ignored: the path is about what the scorecard computes). */
  fromTier: string;
  /** The next tier up. */
  toTier: string;
  /** Its `min`: the score to reach. */
  toMin: number;
  /** The cheapest step (lowest `effort`, then smallest `|change|`, then scorecard order). */
  best: TierPathStep;
  /** Every signal that can do it alone, cheapest first; `best` is the first. */
  options: TierPathStep[];
}

interface Candidate {
  value: number;
  exclusive: boolean;
}

/** The account's state rebuilt from its result: raw values and normalised scores per measure. */
function rebuild(
  card: CompiledScorecard,
  contributions: readonly unknown[],
): { values: Array<number | boolean | null>; scores: number[] } {
  const byMeasure = new Map(
    Array.from(contributions, (c: unknown, i) => {
      if (c === null || typeof c !== 'object') {
        throwMustBe(
          'nextTierPath',
          `result.contributions[${i}]`,
          'a contribution from scoreHealth',
          c,
        );
      }
      const read = readFields(c, ['categoryId', 'measureId', 'value', 'score'], null, []);
      if (read === THREW) {
        throw new MetricsInputError('nextTierPath', [
          {
            index: null,
            field: `result.contributions[${i}]`,
            message: 'could not be read: a getter threw',
          },
        ]);
      }
      const { value, score } = read;
      if (
        !(
          value === null ||
          typeof value === 'boolean' ||
          (typeof value === 'number' && Number.isFinite(value))
        ) ||
        !(score === null || (typeof score === 'number' && Number.isFinite(score)))
      ) {
        throw new MetricsInputError('nextTierPath', [
          {
            index: null,
            field: `result.contributions[${i}]`,
            message: `must hold a finite or null value and score, got value ${showValue(value)} and score ${showValue(score)}`,
          },
        ]);
      }
      return [
        `${String(read.categoryId)}\u0000${String(read.measureId)}`,
        read as unknown as Contribution,
      ];
    }),
  );
  const values: Array<number | boolean | null> = [];
  const scores: number[] = [];
  for (const measure of card.measures) {
    const contribution = byMeasure.get(`${measure.categoryId}\u0000${measure.id}`);
    if (contribution === undefined) {
      throw new MetricsInputError('nextTierPath', [
        {
          index: null,
          field: 'result.contributions',
          message: `has no measure '${measure.id}' of category '${measure.categoryId}': pass the scorecard the result was scored with`,
        },
      ]);
    }
    const value = contribution.value;
    values.push(value);
    if (value === null) scores.push(Number.NaN);
    else if (measure.kind === Kind.Percentile || measure.kind === Kind.Custom)
      scores.push(contribution.score ?? Number.NaN);
    else scores.push(normalizeValue(measure, value));
  }
  return { values, scores };
}

/**
 * The smallest change to a single signal, in the signal's own units, that lifts an account into
 * the next tier up, or `null` when it is already in the top tier, has no score, or no single
 * signal can do it (e.g. "3 more weekly logins would make this account healthy").
 *
 * Handles `range` (also inverted), `steps`, `boolean` and `points` measures, including a signal
 * read by several measures, and reweighting when the signal is missing (the measure then counts
 * again; `from` is `null` and `to` is the value closest to 0 that reaches the tier). Signals read
 * by a `percentile` or `custom` measure are not suggested: their score depends on the population
 * or on your function. Values are not rounded: a count may need `Math.ceil`.
 *
 * @example
 * const scorecard: Scorecard = {
 *   categories: [
 *     { id: 'usage', weight: 1, measures: [{ id: 'logins', signal: 'weeklyLogins', normalize: { type: 'range', min: 0, max: 10 } }] },
 *   ],
 * };
 * const [acme] = scoreHealth([{ id: 'acme', signals: { weeklyLogins: 5 } }], scorecard).accounts;
 * nextTierPath(acme, scorecard)?.best; // { signal: 'weeklyLogins', from: 5, to: 8, change: 3, … }
 */
export function nextTierPath(result: HealthResult, scorecard: Scorecard): NextTierPath | null {
  const card = compileScorecard('nextTierPath', scorecard);
  const bad = (message: string, field = 'result'): never => {
    throw new MetricsInputError('nextTierPath', [{ index: null, field, message }]);
  };
  if (result === null || typeof result !== 'object') {
    bad(`must be one account's result from scoreHealth, got ${showValue(result)}`);
  }
  // Each field read once, as an own property (`contributions` may be a getter that builds it).
  const fields = readFields(result, ['accountId', 'score', 'computed', 'contributions'], null, []);
  if (fields === THREW) return bad("could not be read: one of its fields' getters threw");
  const contributions = fields.contributions;
  if (!Array.isArray(contributions)) {
    bad(`must be one account's result from scoreHealth, got ${showValue(result)}`);
  }
  const computed = fields.computed as HealthResult['computed'];
  let score: unknown = fields.score;
  if (computed !== undefined) {
    if (computed === null || typeof computed !== 'object') {
      bad(`must be the computed score and tier, got ${showValue(computed)}`, 'result.computed');
    }
    score = own(computed as object, 'score');
  }
  if (score === null) return null;
  if (typeof score !== 'number' || !Number.isFinite(score)) {
    return bad(`must be a finite number or null, got ${showValue(score)}`, 'result.score');
  }
  const fromTier = lookupTier(score, card.tiersDescending);
  const current = card.tiers.find((t) => t.id === fromTier);
  if (current === undefined) return null;
  let target: HealthTier | null = null;
  for (const tier of card.tiers) {
    if (tier.min > current.min && (target === null || tier.min < target.min)) target = tier;
  }
  if (target === null) return null;
  const goal = target.min;

  const { values, scores } = rebuild(card, contributions as unknown[]);
  const check = combine(card, values, scores).score;
  if (check === null || Math.abs(check - score) > 1e-9 * Math.max(1, Math.abs(score))) {
    throw new MetricsInputError('nextTierPath', [
      {
        index: null,
        field: 'scorecard',
        message:
          'does not reproduce the result’s score: pass the scorecard the result was scored with',
      },
    ]);
  }

  const signals: string[] = [];
  for (const m of card.measures) if (!signals.includes(m.signal)) signals.push(m.signal);
  const options: Array<TierPathStep & { order: number }> = [];
  signals.forEach((signal, order) => {
    const indices = card.measures.flatMap((m, j) => (m.signal === signal ? [j] : []));
    const step = stepFor(card, values, scores, indices, goal);
    // A step whose numbers do not fit in a number (signals near ±1e308) is no step to suggest.
    if (step !== null && isFiniteStep(step)) options.push({ ...step, order });
  });
  if (options.length === 0) return null;
  options.sort(
    (a, b) =>
      a.effort - b.effort || Math.abs(a.change ?? 0) - Math.abs(b.change ?? 0) || a.order - b.order,
  );
  const steps = options.map(({ order: _order, ...step }) => step);
  return {
    accountId: fields.accountId as string,
    fromTier,
    toTier: target.id,
    toMin: goal,
    best: steps[0]!,
    options: steps,
  };
}

function isFiniteStep(step: TierPathStep): boolean {
  return [step.to, step.change ?? 0, step.score, step.effort].every(
    (n) => typeof n === 'boolean' || Number.isFinite(n),
  );
}

/** The account's score and the constraint values that must all reach the goal. */
function evaluate(
  card: CompiledScorecard,
  values: Array<number | boolean | null>,
  scores: number[],
  indices: number[],
  value: number | boolean,
): { score: number | null; constraints: number[] } {
  const v = [...values];
  const s = [...scores];
  for (const j of indices) {
    v[j] = value;
    s[j] = normalizeValue(card.measures[j]!, value);
  }
  const combined = combine(card, v, s);
  if (card.model !== 'worst-of')
    return { score: combined.score, constraints: [combined.score ?? -Infinity] };
  const constraints: number[] = [];
  for (const c of combined.categories) if (c.score !== null) constraints.push(c.score);
  return { score: combined.score, constraints };
}

function stepFor(
  card: CompiledScorecard,
  values: Array<number | boolean | null>,
  scores: number[],
  indices: number[],
  goal: number,
): TierPathStep | null {
  const measures = indices.map((j) => card.measures[j]!);
  if (measures.some((m) => m.kind === Kind.Percentile || m.kind === Kind.Custom)) return null;
  const from = values[indices[0]!]!;
  const reaches = (value: number | boolean) => {
    const { score } = evaluate(card, values, scores, indices, value);
    return score !== null && score >= goal;
  };
  const build = (
    to: number | boolean,
    exclusive: boolean,
    probe: number | boolean,
  ): TierPathStep => {
    const after = evaluate(card, values, scores, indices, probe).score!;
    let effort: number;
    if (card.model === 'points') {
      effort = Math.abs(
        (probe as number) - (typeof from === 'number' ? from : from === true ? 1 : 0),
      );
    } else {
      effort = 0;
      const fill = card.missing === 'neutral' ? 50 : 0;
      for (const j of indices) {
        const before = Number.isNaN(scores[j]!) ? fill : scores[j]!;
        effort += Math.abs(normalizeValue(card.measures[j]!, probe) - before);
      }
    }
    const change = typeof to === 'number' && typeof from === 'number' ? to - from : null;
    const start = typeof from === 'number' ? from : from === true ? 1 : 0;
    const direction =
      typeof probe === 'number' && probe !== start ? (probe > start ? 'up' : 'down') : null;
    return {
      signal: measures[0]!.signal,
      measureIds: measures.map((m) => m.id),
      from,
      to,
      change,
      exclusive,
      direction,
      score: after,
      effort,
    };
  };

  if (measures.some((m) => m.kind === Kind.Boolean)) {
    if (!measures.every((m) => m.kind === Kind.Boolean)) return null;
    const tries: Array<number | boolean> =
      from === null ? [true, false] : typeof from === 'boolean' ? [!from] : [from !== 0 ? 0 : 1];
    for (const value of tries) if (reaches(value)) return build(value, false, value);
    return null;
  }

  const ref = typeof from === 'number' ? from : from === true ? 1 : 0;
  const best = closestFeasible(card, values, scores, indices, measures, goal, ref, reaches);
  if (best === null) return null;
  const probe = best.exclusive
    ? nudge(best.value, best.value - ref, best.value, reaches)
    : best.value;
  if (probe === null) return null;
  return build(best.value, best.exclusive, probe);
}

function breakpoints(measures: CompiledMeasure[]): number[] {
  const points = new Set<number>();
  for (const m of measures) {
    if (m.kind === Kind.Range) {
      points.add(m.min);
      points.add(m.max);
    } else if (m.kind === Kind.Steps) {
      for (const min of m.stepMins) points.add(min);
    }
  }
  return [...points].sort((a, b) => a - b);
}

/**
 * A point beyond `edge` in the direction of `sign` (±1 or ±2, the second further out): `edge ±
 * k·max(1, |edge|)` when that is finite, else a fraction of the way to ±Number.MAX_VALUE.
 */
function outward(edge: number, k: number): number {
  const step = k * Math.max(1, Math.abs(edge));
  const point = edge + step;
  if (Number.isFinite(point)) return point;
  const limit = k > 0 ? Number.MAX_VALUE : -Number.MAX_VALUE;
  return edge + (limit / 2 - edge / 2) * (Math.abs(k) / 2);
}

/** A point a little from `value` toward `direction` that reaches the goal, or `null`. */
function nudge(
  value: number,
  direction: number,
  start: number,
  reaches: (v: number) => boolean,
): number | null {
  const sign = direction > 0 ? 1 : -1;
  for (const eps of [1e-12, 1e-10, 1e-8, 1e-6]) {
    const candidate = start + sign * eps * Math.max(1, Math.abs(value));
    if (reaches(candidate)) return candidate;
  }
  return null;
}

/**
 * The feasible value closest to `ref`. Between consecutive breakpoints every measure is affine in
 * the signal, so each constraint is affine on the piece `[a, b)`: solve it there, clamp `ref` into
 * the feasible interval, and check the point with a real re-score.
 */
function closestFeasible(
  card: CompiledScorecard,
  values: Array<number | boolean | null>,
  scores: number[],
  indices: number[],
  measures: CompiledMeasure[],
  goal: number,
  ref: number,
  reaches: (v: number) => boolean,
): Candidate | null {
  const cuts = breakpoints(measures);
  const edges = [Number.NEGATIVE_INFINITY, ...cuts, Number.POSITIVE_INFINITY];
  let best: Candidate | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (let k = 0; k + 1 < edges.length; k++) {
    const a = edges[k]!;
    const b = edges[k + 1]!;
    let p1: number;
    let p2: number;
    // Probe points inside the piece, computed so that nothing overflows (a quarter of b − a is
    // b/4 − a/4; beyond the last breakpoint, steps shrink toward ±Number.MAX_VALUE).
    if (Number.isFinite(a) && Number.isFinite(b))
      [p1, p2] = [a + (b / 4 - a / 4), b - (b / 4 - a / 4)];
    else if (Number.isFinite(b)) [p1, p2] = [outward(b, -2), outward(b, -1)];
    else if (Number.isFinite(a)) [p1, p2] = [outward(a, 1), outward(a, 2)];
    else [p1, p2] = [0, 1];
    const g1 = evaluate(card, values, scores, indices, p1).constraints;
    const g2 = evaluate(card, values, scores, indices, p2).constraints;
    let lo = a;
    let hi = b;
    for (let i = 0; i < g1.length && lo <= hi; i++) {
      const slope = (g2[i]! - g1[i]!) / (p2 - p1);
      const scale = Math.max(1, Math.abs(g1[i]!), Math.abs(g2[i]!));
      if (Math.abs(g2[i]! - g1[i]!) <= 1e-12 * scale) {
        if (g1[i]! < goal) hi = lo - 1;
        continue;
      }
      const root = p1 + (goal - g1[i]!) / slope;
      if (slope > 0) lo = Math.max(lo, root);
      else hi = Math.min(hi, root);
    }
    if (!(lo <= hi)) continue;
    const c = Math.min(Math.max(ref, lo), hi);
    let candidate: Candidate | null = null;
    if (reaches(c)) {
      candidate = { value: c, exclusive: false };
    } else if (c === b && lo < b) {
      candidate = { value: b, exclusive: true };
    } else {
      const inward = c === lo ? 1 : -1;
      const moved = nudge(c, inward, c, reaches);
      if (moved !== null && moved >= lo && moved <= hi)
        candidate = { value: moved, exclusive: false };
    }
    if (candidate === null) continue;
    const distance = Math.abs(candidate.value - ref);
    if (
      distance < bestDistance ||
      (distance === bestDistance && best !== null && best.exclusive && !candidate.exclusive)
    ) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
