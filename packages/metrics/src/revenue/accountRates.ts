import { throwMustBe } from '../core/errors';
import { finite } from '../core/finite';
import { orDefault, readOptions } from '../core/options';
import { assertPartsWithin, readTotals, type TotalsWith } from './totals';

/** Options of {@link logoChurnRate}. */
export interface LogoChurnOptions {
  /**
   * What churned accounts are divided by: `'start'` (accounts paying at the start; ChartMogul,
   * Baremetrics) or `'start-plus-new'` (starting plus new accounts; Stripe Billing).
   * @default 'start'
   */
  denominator?: 'start' | 'start-plus-new' | undefined;
  /**
   * Accounts that joined and churned inside the window (MRR > 0 strictly inside it, 0 at both
   * ends: `newAndChurnedAccounts`): `'exclude'` leaves them out (ChartMogul, ProfitWell);
   * `'count'` adds them to the churned accounts (Baremetrics, Stripe Billing), and, with
   * `denominator: 'start-plus-new'`, to the denominator too (Stripe Billing counts them in both).
   * With `'count'` and `denominator: 'start'` the rate can exceed 1. Month-end snapshots never see
   * an account that joins and leaves inside one month, so this changes only windows longer than
   * one period.
   * @default 'exclude'
   */
  newAndChurned?: 'exclude' | 'count' | undefined;
}

/**
 * Logo (customer) churn rate: the share of customers lost.
 *
 * `logoChurnRate = churned accounts / starting accounts`; with `{ denominator: 'start-plus-new' }`,
 * `churned / (starting + new)`. With `{ newAndChurned: 'count' }`, accounts that joined and left
 * inside the window are added to the churned accounts (and to the denominator with
 * `'start-plus-new'`). `null` when the denominator is 0.
 *
 * @example
 * logoChurnRate({ startingAccounts: 500, churnedAccounts: 10 }); // 0.02
 * const q = { startingAccounts: 100, churnedAccounts: 10, newAccounts: 20, newAndChurnedAccounts: 5 };
 * logoChurnRate(q, { denominator: 'start-plus-new', newAndChurned: 'count' }); // 15 / 125 = 0.12
 */
export function logoChurnRate(
  movements: TotalsWith<'startingAccounts' | 'churnedAccounts'> & {
    newAccounts?: number | undefined;
    newAndChurnedAccounts?: number | undefined;
  },
  options: LogoChurnOptions = {},
): number | null {
  const name = 'logoChurnRate';
  readOptions(name, options);
  const denominator = orDefault(options.denominator, 'start');
  if (denominator !== 'start' && denominator !== 'start-plus-new') {
    throwMustBe(name, 'options.denominator', "'start' or 'start-plus-new'", denominator);
  }
  const newAndChurned = orDefault(options.newAndChurned, 'exclude');
  if (newAndChurned !== 'exclude' && newAndChurned !== 'count') {
    throwMustBe(name, 'options.newAndChurned', "'exclude' or 'count'", newAndChurned);
  }
  const t = readTotals(name, movements, ['startingAccounts', 'churnedAccounts']);
  assertPartsWithin(name, t, ['churnedAccounts'], 'startingAccounts');
  if (newAndChurned === 'count') readTotals(name, t, ['newAndChurnedAccounts']);
  if (denominator === 'start-plus-new') readTotals(name, t, ['newAccounts']);
  return logoChurnRateOf(t, denominator, newAndChurned);
}

/**
 * The formula of {@link logoChurnRate}, on totals already checked (`newAndChurnedAccounts` and
 * `newAccounts` too when the options read them; an `mrrMovements` result is checked by
 * construction) with options already read.
 */
export function logoChurnRateOf(
  t: Record<'startingAccounts' | 'churnedAccounts', number> & {
    newAccounts?: number | undefined;
    newAndChurnedAccounts?: number | undefined;
  },
  denominator: 'start' | 'start-plus-new',
  newAndChurned: 'exclude' | 'count',
): number | null {
  const name = 'logoChurnRate';
  const joinedAndLeft = newAndChurned === 'count' ? t.newAndChurnedAccounts! : 0;
  const added = denominator === 'start-plus-new' ? t.newAccounts! + joinedAndLeft : 0;
  const base = finite(name, 'startingAccounts + newAccounts', t.startingAccounts + added);
  if (base === 0) return null;
  return (
    finite(name, 'churnedAccounts + newAndChurnedAccounts', t.churnedAccounts + joinedAndLeft) /
    base
  );
}

/**
 * Customer retention rate: the share of starting customers still paying at the end.
 *
 * `customerRetentionRate = retained accounts / starting accounts`, where retained = starting −
 * churned (taken from `retainedAccounts` when given). `null` with no starting accounts.
 *
 * @example
 * customerRetentionRate({ startingAccounts: 100, retainedAccounts: 85 }); // 0.85
 */
export function customerRetentionRate(
  movements:
    | (TotalsWith<'startingAccounts' | 'retainedAccounts'> & {
        churnedAccounts?: number | undefined;
      })
    | (TotalsWith<'startingAccounts' | 'churnedAccounts'> & {
        retainedAccounts?: number | undefined;
      }),
): number | null {
  const name = 'customerRetentionRate';
  const t = readTotals(name, movements, ['startingAccounts']);
  const hasRetained = t.retainedAccounts !== undefined;
  let retained: number;
  if (hasRetained) {
    const r = readTotals(name, t, ['startingAccounts', 'retainedAccounts']);
    assertPartsWithin(name, r, ['retainedAccounts'], 'startingAccounts');
    retained = r.retainedAccounts;
  } else {
    const c = readTotals(name, t, ['startingAccounts', 'churnedAccounts']);
    assertPartsWithin(name, c, ['churnedAccounts'], 'startingAccounts');
    retained = c.startingAccounts - c.churnedAccounts;
  }
  return t.startingAccounts === 0 ? null : retained / t.startingAccounts;
}

/**
 * Average revenue per account (ARPA): ending MRR shared over the accounts paying at the end.
 *
 * `arpa = ending MRR / ending accounts`. `null` with no ending accounts.
 *
 * @example
 * arpa({ endingMrr: 3_000, endingAccounts: 100 }); // 30
 */
export function arpa(movements: TotalsWith<'endingMrr' | 'endingAccounts'>): number | null {
  const t = readTotals('arpa', movements, ['endingMrr', 'endingAccounts']);
  return t.endingAccounts === 0 ? null : t.endingMrr / t.endingAccounts;
}
