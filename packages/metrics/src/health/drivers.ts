import { showValue, throwInputError } from '../core/errors';
import type { Contribution, HealthResult, Scorecard } from './types';

/** A measure that pulls an account's score down, with the points it costs. */
export interface HealthDriver {
  categoryId: string;
  measureId: string;
  /** The measure's label from the scorecard, else its id. */
  label: string;
  value: number | boolean | null;
  /** Points below a perfect score this measure costs (bounded models) or takes away (`points`). */
  cost: number;
}

/** Options of {@link topDrivers}. */
export interface TopDriversOptions {
  /** How many drivers at most: a whole number ≥ 0, or `Infinity` for all. @default 3 */
  limit?: number | undefined;
}

const labelCache = new WeakMap<Scorecard, Map<string, string>>();

/** Measure labels of a scorecard, keyed by measure id. */
function labelsOf(scorecard: Scorecard | null): Map<string, string> {
  if (!scorecard) return new Map();
  let labels = labelCache.get(scorecard);
  if (!labels) {
    labels = new Map();
    for (const category of scorecard.categories) {
      for (const measure of category.measures) labels.set(measure.id, measure.label ?? measure.id);
    }
    labelCache.set(scorecard, labels);
  }
  return labels;
}

/**
 * The share of the score one point of this measure's 0–100 score is worth. Read from the result
 * (`points / score`) when the measure scored above 0, else from the scorecard's weights over the
 * measures that are present (the `weighted` model's reweighting).
 */
function shareOf(result: HealthResult, card: Scorecard | null, item: Contribution): number {
  if (item.score !== null && item.score > 0) return item.points / item.score;
  if (!card) return 0;
  const present = result.contributions.filter((c) => c.score !== null);
  const categories = card.categories.filter((category) =>
    present.some((c) => c.categoryId === category.id),
  );
  const category = categories.find((c) => c.id === item.categoryId);
  if (!category) return 0;
  let measureTotal = 0;
  for (const m of category.measures) {
    if (present.some((c) => c.categoryId === category.id && c.measureId === m.id)) {
      measureTotal += m.weight ?? 1;
    }
  }
  const measureWeight = category.measures.find((m) => m.id === item.measureId)?.weight ?? 1;
  const inCategory = measureWeight / measureTotal;
  if (card.model === 'worst-of') {
    let worst: { id: string; score: number } | null = null;
    for (const c of result.categories) {
      if (c.score !== null && (worst === null || c.score < worst.score)) {
        worst = { id: c.id, score: c.score };
      }
    }
    return worst?.id === item.categoryId ? inCategory : 0;
  }
  let total = 0;
  for (const c of categories) total += c.weight;
  return total > 0 ? (category.weight / total) * inCategory : 0;
}

/**
 * The measures that cost an account the most points, largest first (SPEC §6 "Results"): for the
 * 0–100 models the points between each measure's contribution and a perfect score (its share of
 * the score, from the result or the scorecard's weights, times `100 − score`), for the `points`
 * model the negative contributions. Missing measures (reweighted away) and costs under half a
 * point are left out; the costs of one account sum to at most `100 −` its computed score. Without
 * a scorecard, measures scored at 0 cost nothing (their share is unknown). A result that is not a
 * `scoreHealth` result, or a bad `limit`, is a `MetricsInputError`.
 *
 * @example
 * const [acme] = scoreHealth([{ id: 'acme', signals: { logins: 3, tickets: 4 } }], scorecard).accounts;
 * topDrivers(acme, scorecard, { limit: 2 });
 * // [{ measureId: 'logins', label: 'Weekly logins', value: 3, cost: 35, … },
 * //  { measureId: 'tickets', label: 'Open tickets', value: 4, cost: 20, … }]
 */
export function topDrivers(
  result: HealthResult,
  scorecard?: Scorecard | null,
  options?: TopDriversOptions,
): HealthDriver[] {
  const contributions: unknown =
    result !== null && typeof result === 'object' ? result.contributions : undefined;
  if (!Array.isArray(contributions)) {
    throwInputError(
      'topDrivers',
      'result',
      `must be a scoreHealth() result with contributions, got ${showValue(result)}`,
      result,
    );
  }
  if (scorecard !== undefined && scorecard !== null && typeof scorecard !== 'object') {
    throwInputError(
      'topDrivers',
      'scorecard',
      `must be a scorecard object, got ${showValue(scorecard)}`,
      scorecard,
    );
  }
  const limit = options?.limit ?? 3;
  if (!(limit === Infinity || (Number.isInteger(limit) && limit >= 0))) {
    throwInputError(
      'topDrivers',
      'options.limit',
      `must be a whole number ≥ 0 or Infinity, got ${showValue(limit)}`,
      limit,
    );
  }
  const card = scorecard ?? null;
  const isPoints = card?.model === 'points';
  const labels = labelsOf(card);
  const drivers: HealthDriver[] = [];
  for (const item of result.contributions) {
    if (item.score === null) continue;
    const cost = isPoints ? -item.points : shareOf(result, card, item) * (100 - item.score);
    if (!(cost >= 0.5)) continue;
    drivers.push({
      categoryId: item.categoryId,
      measureId: item.measureId,
      label: labels.get(item.measureId) ?? item.measureId,
      value: item.value,
      cost,
    });
  }
  drivers.sort((a, b) => b.cost - a.cost);
  return drivers.slice(0, limit);
}
