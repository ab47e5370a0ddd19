import { type Shape, arr, num, obj, rate } from '../core/resultShape';

const COUNT = num(0);
const DISTRIBUTION = arr(obj({ score: num(), count: COUNT }));

/**
 * The shape of each survey hook's precomputed `data` (an `nps()`, `csat()` or `ces()` result), for
 * checking it like raw input (see `checkShape`): every count, share and score a breakdown reads.
 */
export const SURVEY_SHAPES: Readonly<Record<string, () => Shape>> = {
  useNps: () =>
    obj({
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
    }),
  useCsat: () =>
    obj({
      score: rate,
      satisfied: COUNT,
      total: COUNT,
      mean: rate,
      scale: COUNT,
      satisfiedMin: num(),
      distribution: DISTRIBUTION,
    }),
  useCes: () =>
    obj({
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
