import { type Shape, arr, num, obj, opt, rate, str } from '../core/resultShape';

const COUNT = num(0);
const DISTRIBUTION = arr(obj({ score: num(), count: COUNT }));

/** A survey result's own fields, plus its optional per-group rows (each a result of the same kind). */
function grouped(fields: Readonly<Record<string, Shape>>): Shape {
  return obj({
    ...fields,
    groups: opt(arr(obj({ name: str, result: obj(fields), share: opt(rate) }))),
    otherGroups: opt(COUNT),
  });
}

/**
 * The shape of each survey hook's precomputed `data` (an `nps()`, `csat()` or `ces()` result), for
 * checking it like raw input (see `checkShape`): every count, share and score a breakdown reads.
 */
export const SURVEY_SHAPES: Readonly<Record<string, () => Shape>> = {
  useNps: () =>
    grouped({
      score: rate,
      total: COUNT,
      promoters: COUNT,
      passives: COUNT,
      detractors: COUNT,
      promoterShare: rate,
      passiveShare: rate,
      detractorShare: rate,
      marginOfError: rate,
      lowSampleThreshold: COUNT,
      distribution: DISTRIBUTION,
      trend: opt(arr(obj({ period: str, score: rate, total: COUNT, marginOfError: rate }))),
    }),
  useCsat: () =>
    grouped({
      score: rate,
      satisfied: COUNT,
      total: COUNT,
      mean: rate,
      scale: COUNT,
      satisfiedMin: num(),
      distribution: DISTRIBUTION,
    }),
  useCes: () =>
    grouped({
      mean: rate,
      agreeShare: rate,
      normalized: rate,
      total: COUNT,
      agreeing: COUNT,
      scale: COUNT,
      agreeMin: num(),
      distribution: DISTRIBUTION,
    }),
};
