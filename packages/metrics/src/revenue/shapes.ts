import { type Shape, arr, num, obj, opt, period, rate, str } from '../core/resultShape';

const AMOUNT = num(0);
const SOME_AMOUNT = opt(AMOUNT);

/**
 * The numbers of movement totals (an `mrrMovements()` result or pre-aggregated totals), for
 * checking a hook's `data` (see `checkShape`): the four a rate needs are required, every other
 * amount and count is checked when present.
 */
const TOTALS: Readonly<Record<string, Shape>> = {
  startingMrr: AMOUNT,
  expansionMrr: AMOUNT,
  contractionMrr: AMOUNT,
  churnedMrr: AMOUNT,
  newMrr: SOME_AMOUNT,
  reactivationMrr: SOME_AMOUNT,
  endingMrr: SOME_AMOUNT,
  startingAccounts: SOME_AMOUNT,
  endingAccounts: SOME_AMOUNT,
  retainedAccounts: SOME_AMOUNT,
  newAccounts: SOME_AMOUNT,
  expansionAccounts: SOME_AMOUNT,
  reactivatedAccounts: SOME_AMOUNT,
  contractionAccounts: SOME_AMOUNT,
  churnedAccounts: SOME_AMOUNT,
  newAndChurnedAccounts: SOME_AMOUNT,
};

/** Movement totals of one window, with its periods when it names them. */
export const MOVEMENTS = (): Shape => obj({ ...TOTALS, from: opt(period), to: opt(period) });

/** A movement series: one entry of totals per period. */
export const MOVEMENTS_SERIES = (): Shape => arr(obj({ ...TOTALS, period }));

/** A `reconcileConventions()` result: every value and difference a `ConventionDiff` reads. */
export const RECONCILIATION = (): Shape =>
  obj({
    from: period,
    to: period,
    conventions: arr(
      obj({
        id: str,
        label: str,
        metrics: obj({
          netRevenueChurnRate: rate,
          logoChurnRate: rate,
          quickRatio: rate,
          netRevenueRetention: rate,
          grossRevenueRetention: rate,
        }),
      }),
    ),
    differences: arr(
      obj({
        metric: str,
        conventions: arr(str),
        values: arr(rate),
        difference: rate,
        causes: arr(
          obj({
            rule: str,
            amount: rate,
            accounts: arr(obj({ accountId: str, value: opt(num()) })),
          }),
        ),
      }),
    ),
  });
