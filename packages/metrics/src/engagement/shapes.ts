import { type Shape, arr, num, obj, period, rate, str } from '../core/resultShape';

const COUNT = num(0);

/** The shape of a `timeToValue()` result, for checking a hook's `data` (see `checkShape`). */
export const TIME_TO_VALUE = (): Shape =>
  obj({
    median: rate,
    p90: rate,
    mean: rate,
    measured: COUNT,
    waiting: COUNT,
    total: COUNT,
    waitingAccountIds: arr(str),
  });

/** The shape of a `stickinessFromActivity()` result, for checking a hook's `data`. */
export const STICKINESS = (): Shape =>
  obj({
    month: period,
    stickiness: rate,
    meanDailyUsers: COUNT,
    monthlyUsers: COUNT,
    days: COUNT,
    dailyUsers: arr(obj({ date: str, users: COUNT })),
  });
