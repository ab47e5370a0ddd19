import type { CompiledScorecard } from './compiled';
import type { CategoryScore, Contribution } from '../types';

/** One account's computed score, before tiers and overrides. */
export interface Combined {
  score: number | null;
  categories: CategoryScore[];
  contributions: Contribution[];
}

const NEUTRAL = 50;

/**
 * Sorts contributions by absolute points, largest first, keeping scorecard order on ties
 * (insertion sort: the arrays are short, and it is stable).
 */
function sortContributions(list: Contribution[]): void {
  for (let i = 1; i < list.length; i++) {
    const item = list[i]!;
    const key = Math.abs(item.points);
    let j = i - 1;
    while (j >= 0 && Math.abs(list[j]!.points) < key) {
      list[j + 1] = list[j]!;
      j--;
    }
    list[j + 1] = item;
  }
}

/**
 * Combines one account's measure scores into its score, category scores and sorted contributions.
 *
 * `values[j]` is measure j's raw signal (`null` when missing) and `scores[j]` its normalised score
 * (`NaN` when missing), in the compiled scorecard's measure order.
 */
export function combine(
  card: CompiledScorecard,
  values: ReadonlyArray<number | boolean | null>,
  scores: ArrayLike<number>,
): Combined {
  const { measures, categories: cats, missing, model } = card;
  const fill = missing === 'zero' ? 0 : missing === 'neutral' ? NEUTRAL : Number.NaN;
  const categories: CategoryScore[] = new Array<CategoryScore>(cats.length);
  // A plain array: a typed array costs more to create than these few numbers.
  const denominators = new Array<number>(cats.length);
  let total = 0;
  let totalWeight = 0;
  let worst: number | null = null;
  let worstIndex = -1;
  let present = 0;

  for (let c = 0; c < cats.length; c++) {
    const cat = cats[c]!;
    let num = 0;
    let den = 0;
    let count = 0;
    for (let j = cat.start; j < cat.end; j++) {
      let m = scores[j]!;
      if (m !== m) {
        m = fill;
        if (m !== m) continue;
      }
      count++;
      if (model === 'points') {
        num += m;
      } else {
        const w = measures[j]!.weight;
        num += w * m;
        den += w;
      }
    }
    let score: number | null;
    if (model === 'points') score = count > 0 ? num : null;
    else score = den > 0 ? num / den : null;
    denominators[c] = den;
    categories[c] = { id: cat.id, score };
    if (score === null) continue;
    present++;
    if (model === 'points') {
      total += score;
    } else if (model === 'worst-of') {
      if (worst === null || score < worst) {
        worst = score;
        worstIndex = c;
      }
    } else {
      total += cat.weight * score;
      totalWeight += cat.weight;
    }
  }

  let score: number | null;
  if (model === 'points') score = present > 0 ? total : null;
  else if (model === 'worst-of') score = worst;
  else score = totalWeight > 0 ? total / totalWeight : null;

  const contributions: Contribution[] = new Array<Contribution>(measures.length);
  for (let j = 0; j < measures.length; j++) {
    const measure = measures[j]!;
    const raw = scores[j]!;
    const m = raw !== raw ? (fill !== fill ? null : fill) : raw;
    let points = 0;
    const c = measure.categoryIndex;
    if (m !== null && score !== null && categories[c]!.score !== null) {
      if (model === 'points') points = m;
      else if (model === 'worst-of')
        points = c === worstIndex ? (measure.weight / denominators[c]!) * m : 0;
      else points = ((cats[c]!.weight / totalWeight) * measure.weight * m) / denominators[c]!;
    }
    contributions[j] = {
      categoryId: measure.categoryId,
      measureId: measure.id,
      value: values[j]!,
      score: m,
      points,
    };
  }
  sortContributions(contributions);
  return { score, categories, contributions };
}
