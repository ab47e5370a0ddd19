import { throwMustBe } from '../core/errors';
import { readPolicy } from '../core/options';
import { formatGrainPeriod } from '../core/calendar';
import { buildRowIndex, readDuplicateRows } from '../core/rowIndex';
import { readSegmentFilter, restrictToSegments } from '../core/segments';
import { computeTransitions } from './transitions';
import type { MrrMovementsSeriesEntry, MrrMovementsSeriesOptions, MrrSnapshot } from './types';
import { pointsOf, resolveWindow } from './window';

/**
 * The single-period movements of every period P with `from` < P ≤ `to`, each equal to
 * `mrrMovements(snapshots, { period: P, grain })` plus `period: P`: the data behind a
 * movements-over-time chart.
 *
 * `from` is the first starting point, so `{ from: '2024-01', to: '2025-12' }` gives 23 entries,
 * February 2024 first. The per-account drill-down rows are left out (`accounts` is `[]`) unless
 * `{ includeAccounts: true }` (SPEC §3). Duplicate rows and `segment` follow `mrrMovements`'s
 * rules. All periods are computed from one validation pass and one pass over each
 * account's rows. Summing the entries is not the same as `mrrMovements` over the whole window (an
 * account that expands then churns counts in both); both are offered on purpose.
 *
 * @example
 * const series = mrrMovementsSeries(snapshots, { from: '2024-01', to: '2025-12' });
 * series.length; // 23
 * series[0].period; // '2024-02'
 * series.map((p) => p.newMrr - p.churnedMrr); // net new MRR per month
 */
export function mrrMovementsSeries(
  snapshots: readonly MrrSnapshot[],
  options: MrrMovementsSeriesOptions,
): MrrMovementsSeriesEntry[] {
  readPolicy('mrrMovementsSeries', options?.onInvalid);
  const window = resolveWindow('mrrMovementsSeries', options);
  if (options.includeAccounts !== undefined && typeof options.includeAccounts !== 'boolean') {
    throwMustBe(
      'mrrMovementsSeries',
      'options.includeAccounts',
      'true or false',
      options.includeAccounts,
    );
  }
  const duplicateRows = readDuplicateRows('mrrMovementsSeries', options.duplicateRows);
  const keep = readSegmentFilter('mrrMovementsSeries', options.segment);
  const index = restrictToSegments(
    buildRowIndex('mrrMovementsSeries', snapshots, options.onInvalid, duplicateRows),
    keep,
  );
  const transitions = computeTransitions(
    index,
    pointsOf(window, true),
    options.includeAccounts === true,
  );
  return transitions.map((transition, t) => {
    const label = formatGrainPeriod(window.from + t + 1, window.grain);
    const entry: MrrMovementsSeriesEntry = {
      period: label,
      from: formatGrainPeriod(window.from + t, window.grain),
      to: label,
      grain: window.grain,
      ...transition,
      issues: index.issues,
    };
    if (index.currency !== undefined) entry.currency = index.currency;
    return entry;
  });
}
