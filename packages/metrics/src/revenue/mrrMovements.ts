import { CompensatedSum } from '../core/sum';
import { formatPeriod } from '../core/period';
import { type AccountSeries, indexSnapshots } from './snapshots';
import type { AccountMovement, AccountMovementKind, MrrMovements, MrrMovementsOptions, MrrSnapshot } from './types';
import { type ResolvedWindow, resolveWindow } from './window';

function classify(series: AccountSeries, window: ResolvedWindow): AccountMovement | null {
  const start = series.mrrByMonth.get(window.from) ?? 0;
  const end = series.mrrByMonth.get(window.to) ?? 0;
  let paidBefore = false;
  let paidInside = false;
  for (const [month, mrr] of series.mrrByMonth) {
    if (mrr <= 0) continue;
    if (month < window.from) paidBefore = true;
    else if (month > window.from && month < window.to) paidInside = true;
  }

  let movement: AccountMovementKind;
  let amount: number;
  if (start > 0) {
    if (end === 0) [movement, amount] = ['churn', start];
    else if (end > start) [movement, amount] = ['expansion', end - start];
    else if (end < start) [movement, amount] = ['contraction', start - end];
    else [movement, amount] = ['unchanged', 0];
  } else if (end > 0) {
    [movement, amount] = paidBefore ? ['reactivation', end] : ['new', end];
  } else if (paidInside) {
    [movement, amount] = ['new-and-churned', 0];
  } else {
    return null;
  }
  const row: AccountMovement = { accountId: series.accountId, startingMrr: start, endingMrr: end, movement, amount };
  if (series.segment !== undefined) row.segment = series.segment;
  return row;
}

/**
 * Splits the change in MRR between the end of `from` and the end of `to` into new, expansion,
 * reactivation, contraction and churn, per account and in total.
 *
 * For each account, S is its MRR at the end of `from` and E at the end of `to`:
 * expansion `E − S` when S > 0 and E > S; contraction `S − E` when S > 0 and 0 < E < S; churn `S`
 * when S > 0 and E = 0; reactivation `E` when S = 0 < E and it paid before `from`; new `E` when
 * S = 0 < E and it never paid up to `from`. Always
 * `endingMrr = startingMrr + newMrr + reactivationMrr + expansionMrr − contractionMrr − churnedMrr`.
 *
 * Rows with the same account and month are summed; a month with no row is MRR 0. `{ period: P }`
 * is the one-month window from P − 1 to P. Bad rows throw a `MetricsInputError` that lists each
 * one, or are skipped and listed in `issues` with `{ onInvalid: 'skip' }`.
 *
 * @example
 * const march = mrrMovements(
 *   [
 *     { accountId: 'acme', period: '2025-02', mrr: 100 },
 *     { accountId: 'acme', period: '2025-03', mrr: 150 },
 *   ],
 *   { period: '2025-03' },
 * );
 * march.expansionMrr; // 50
 */
export function mrrMovements(snapshots: readonly MrrSnapshot[], options: MrrMovementsOptions): MrrMovements {
  const window = resolveWindow('mrrMovements', options);
  const index = indexSnapshots('mrrMovements', snapshots, options.onInvalid);

  const sums = {
    starting: new CompensatedSum(),
    ending: new CompensatedSum(),
    new: new CompensatedSum(),
    reactivation: new CompensatedSum(),
    expansion: new CompensatedSum(),
    contraction: new CompensatedSum(),
    churn: new CompensatedSum(),
  };
  const counts = {
    starting: 0,
    ending: 0,
    retained: 0,
    new: 0,
    reactivation: 0,
    expansion: 0,
    contraction: 0,
    churn: 0,
    newAndChurned: 0,
  };
  const accounts: AccountMovement[] = [];

  for (const series of index.accounts) {
    const row = classify(series, window);
    if (row === null) continue;
    accounts.push(row);
    if (row.startingMrr > 0) {
      counts.starting++;
      sums.starting.add(row.startingMrr);
    }
    if (row.endingMrr > 0) {
      counts.ending++;
      sums.ending.add(row.endingMrr);
    }
    if (row.startingMrr > 0 && row.endingMrr > 0) counts.retained++;
    switch (row.movement) {
      case 'new':
      case 'reactivation':
      case 'expansion':
      case 'contraction':
      case 'churn':
        counts[row.movement]++;
        sums[row.movement].add(row.amount);
        break;
      case 'new-and-churned':
        counts.newAndChurned++;
        break;
      case 'unchanged':
        break;
    }
  }

  const result: MrrMovements = {
    from: formatPeriod(window.from),
    to: formatPeriod(window.to),
    startingMrr: sums.starting.value,
    newMrr: sums.new.value,
    expansionMrr: sums.expansion.value,
    reactivationMrr: sums.reactivation.value,
    contractionMrr: sums.contraction.value,
    churnedMrr: sums.churn.value,
    endingMrr: sums.ending.value,
    startingAccounts: counts.starting,
    endingAccounts: counts.ending,
    retainedAccounts: counts.retained,
    newAccounts: counts.new,
    expansionAccounts: counts.expansion,
    reactivatedAccounts: counts.reactivation,
    contractionAccounts: counts.contraction,
    churnedAccounts: counts.churn,
    newAndChurnedAccounts: counts.newAndChurned,
    accounts,
    issues: index.issues,
  };
  if (index.currency !== undefined) result.currency = index.currency;
  return result;
}
