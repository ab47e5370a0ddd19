import { readPolicy } from '../core/options';
import { formatGrainPeriod } from '../core/calendar';
import { buildRowIndex, readDuplicateRows } from '../core/rowIndex';
import { readSegmentFilter, restrictToSegments } from '../core/segments';
import { computeTransitions } from './transitions';
import type { MrrMovements, MrrMovementsOptions, MrrSnapshot } from './types';
import { pointsOf, resolveWindow } from './window';

/**
 * Splits the change in MRR between the end of `from` and the end of `to` into new, expansion,
 * reactivation, contraction and churn, per account and in total.
 *
 * For each account, S is its MRR at the end of `from` and E at the end of `to`:
 * expansion `E − S` when S > 0 and E > S; contraction `S − E` when S > 0 and 0 < E < S; churn `S`
 * when S > 0 and E = 0; reactivation `E` when S = 0 < E and it paid in a month before `from`'s
 * last month; new `E` when S = 0 < E and it never paid up to then. Always
 * `endingMrr = startingMrr + newMrr + reactivationMrr + expansionMrr − contractionMrr − churnedMrr`.
 *
 * Rows with the same account and month are summed (split subscriptions), except that two rows
 * identical in every field are a bad row (`duplicate of row N`) unless `{ duplicateRows: 'sum' }`,
 * and the same account, `subscriptionId` and month twice is always a bad row; a month with no row
 * is MRR 0. `{ period: P }`
 * is the one-period window from P − 1 to P. At `grain: 'quarter'` or `'year'`, a period's MRR is
 * the MRR at its last month, and periods are labelled `'2025-Q1'` or `'2025'`. Bad rows throw a
 * `MetricsInputError` that lists each one, or are skipped and listed in `issues` with
 * `{ onInvalid: 'skip' }`. `{ segment: 'SMB' }` (or a list) keeps only the accounts of those
 * segments: the segments of a book whose rows all name one add up to the book.
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
export function mrrMovements(
  snapshots: readonly MrrSnapshot[],
  options: MrrMovementsOptions,
): MrrMovements {
  readPolicy('mrrMovements', options?.onInvalid);
  const window = resolveWindow('mrrMovements', options);
  const duplicateRows = readDuplicateRows('mrrMovements', options.duplicateRows);
  const keep = readSegmentFilter('mrrMovements', options.segment);
  const index = restrictToSegments(
    buildRowIndex('mrrMovements', snapshots, options.onInvalid, duplicateRows),
    keep,
  );
  const [transition] = computeTransitions(index, pointsOf(window, false), true);
  const result: MrrMovements = {
    from: formatGrainPeriod(window.from, window.grain),
    to: formatGrainPeriod(window.to, window.grain),
    grain: window.grain,
    ...transition!,
    issues: index.issues,
  };
  if (index.currency !== undefined) result.currency = index.currency;
  return result;
}
