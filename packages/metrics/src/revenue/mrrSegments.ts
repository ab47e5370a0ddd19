import { readOptions, readPolicy } from '../core/options';
import type { ValidationOptions } from '../core/errors';
import type { DuplicateRowsOptions, MrrSnapshot } from '../core/mrrSnapshot';
import { buildRowIndex, readDuplicateRows } from '../core/rowIndex';

/**
 * The segments present in MRR snapshots, sorted by name: each account's segment is the one its
 * first row naming a segment gives (the rule the `segment` option of `mrrMovements`,
 * `mrrMovementsSeries`, `retentionSeries` and `cohortRetention` filters by). What a chart compares
 * side by side with `compareBy: 'segment'`.
 *
 * @example
 * mrrSegments([
 *   { accountId: 'a', period: '2025-01', mrr: 100, segment: 'SMB' },
 *   { accountId: 'b', period: '2025-01', mrr: 900, segment: 'Enterprise' },
 * ]); // ['Enterprise', 'SMB']
 */
export function mrrSegments(
  snapshots: readonly MrrSnapshot[],
  options?: ValidationOptions & DuplicateRowsOptions,
): string[] {
  const { onInvalid, duplicateRows } = readOptions('mrrSegments', options);
  readPolicy('mrrSegments', onInvalid);
  const policy = readDuplicateRows('mrrSegments', duplicateRows);
  const index = buildRowIndex('mrrSegments', snapshots, onInvalid, policy);
  const names = new Set<string>();
  for (const segment of index.segments) if (segment !== undefined) names.add(segment);
  return [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
