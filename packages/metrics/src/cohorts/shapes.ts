import { type Shape, arr, num, obj, oneOf, opt, orNull, period, rate } from '../core/resultShape';

const COUNT = num(0);

/** The shape of one cohort of a `cohortRetention()` result (see `checkShape`). */
export const COHORT = (): Shape =>
  obj({
    cohort: period,
    size: COUNT,
    initialMrr: COUNT,
    cells: arr(
      obj({
        age: COUNT,
        period,
        activeAccounts: COUNT,
        mrr: COUNT,
        logoRetention: COUNT,
        // Optional: a result computed before intervals existed still reads.
        logoRetentionInterval: opt(obj({ low: num(), high: num(), level: num(0) })),
        revenueRetention: rate,
      }),
    ),
  });

/**
 * The shape of a `cohortRetention()` result, for checking a hook's `data` (see `checkShape`):
 * every number a heatmap reads is finite, every period parses.
 */
export const COHORT_RETENTION = (): Shape =>
  obj({
    grain: oneOf('month', 'quarter', 'year'),
    lastPeriod: orNull(period),
    cohorts: arr(COHORT()),
    omitted: opt(obj({ cohorts: COUNT, ages: COUNT })),
  });
