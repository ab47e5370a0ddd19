import type { MarkAccount } from '@vitals/metrics';
import type { ChartSelection } from './chart';
import { warnOnce } from './warn';

/**
 * The `accounts` part of a selection (drill-through, SPEC §9): `{ accounts }` when `compute`
 * finds the accounts behind the mark, `{}` when the data has none (pre-aggregated totals). It runs
 * in an event handler, outside the error boundary: data it cannot read leaves the accounts out
 * with a development warning, never an error thrown into the host.
 */
export function accountsPart(
  component: string,
  compute: () => readonly MarkAccount[] | undefined,
): Pick<ChartSelection, 'accounts'> {
  try {
    const accounts = compute();
    return accounts ? { accounts } : {};
  } catch (error) {
    warnOnce(
      `${component}: the accounts behind the selected mark could not be read, so onSelect gets none (${error instanceof Error ? error.message : String(error)}).`,
    );
    return {};
  }
}
