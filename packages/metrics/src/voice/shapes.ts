import { type Shape, arr, num, obj, opt, orNull, rate, str } from '../core/resultShape';

const COUNT = num(0);
const DISTRIBUTION = arr(obj({ score: num(), count: COUNT }));
/**
 * An interval, optional so a result computed before intervals existed still reads (a breakdown
 * then derives it from the counts); when present its bounds must be finite and ordered by type.
 */
const INTERVAL = opt(orNull(obj({ low: num(), high: num(), level: num(0) })));

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
      interval: INTERVAL,
      lowSampleThreshold: COUNT,
      distribution: DISTRIBUTION,
      trend: opt(
        arr(
          obj({ period: str, score: rate, total: COUNT, marginOfError: rate, interval: INTERVAL }),
        ),
      ),
    }),
  useCsat: () =>
    grouped({
      score: rate,
      satisfied: COUNT,
      total: COUNT,
      mean: rate,
      scale: COUNT,
      satisfiedMin: num(),
      interval: INTERVAL,
      lowSampleThreshold: opt(COUNT),
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
      interval: INTERVAL,
      lowSampleThreshold: opt(COUNT),
      distribution: DISTRIBUTION,
    }),
};
