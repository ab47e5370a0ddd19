import { type MrrMovementsSummary, mrrMovementsSummary } from '@vitals/metrics';
import type { DataTableColumn, DataTableRow } from '../internal/DataTable';
import type { Formatters } from '../provider/format';
import {
  GAINS,
  LOSSES,
  type MovementKind,
  type MovementsPeriodInput,
  movementAmount,
  netMovement,
} from './movements.geometry';
import { periodLabel } from '../internal/time';

/** The words for each movement, used in the legend, tooltips, the table and the text alternative. */
export const MOVEMENT_LABELS: Record<MovementKind, string> = {
  new: 'New',
  expansion: 'Expansion',
  reactivation: 'Reactivation',
  contraction: 'Contraction',
  churn: 'Churn',
};

/** The field of `mrrMovementsSummary`'s result that sums each movement. */
const MOVEMENT_FIELDS = {
  new: 'newMrr',
  expansion: 'expansionMrr',
  reactivation: 'reactivationMrr',
  contraction: 'contractionMrr',
  churn: 'churnedMrr',
} as const satisfies Record<MovementKind, keyof MrrMovementsSummary>;

/** Every movement in table and tooltip order: gains, then losses. */
export const ALL_MOVEMENTS: readonly MovementKind[] = [...GAINS, ...LOSSES];

/** A movement's signed amount as text: `+$5,000` for gains, `−$1,500` for losses. */
export function movementValueText(
  input: MovementsPeriodInput,
  kind: MovementKind,
  format: Formatters,
): string {
  const amount = movementAmount(input, kind);
  return format.signedCurrency(LOSSES.includes(kind) ? -amount : amount);
}

/** One period in words: every movement and the net change, for a mark's accessible name. */
export function periodDescription(input: MovementsPeriodInput, format: Formatters): string {
  const parts = ALL_MOVEMENTS.map(
    (kind) => `${MOVEMENT_LABELS[kind]} ${movementValueText(input, kind, format)}`,
  );
  return `${periodLabel(input.period, format.locale, 'long')}: ${parts.join(', ')}; net ${format.signedCurrency(netMovement(input))}`;
}

/**
 * The chart's text alternative: the range, each movement's total over it, the net total, and the
 * best and worst periods.
 */
export function movementsSummary(
  series: readonly MovementsPeriodInput[],
  format: Formatters,
): string {
  if (series.length === 0) return 'No periods to show.';
  const first = periodLabel(series[0]!.period, format.locale, 'long');
  const last = periodLabel(series.at(-1)!.period, format.locale, 'long');
  const range =
    series.length === 1 ? first : `${first} to ${last} (${format.count(series.length)} periods)`;
  const summary = mrrMovementsSummary(series);
  const totals = ALL_MOVEMENTS.map((kind) => {
    const total = summary[MOVEMENT_FIELDS[kind]];
    const signed = LOSSES.includes(kind) ? -total : total;
    return `${MOVEMENT_LABELS[kind].toLowerCase()} ${format.signedCurrency(signed)}`;
  });
  const net = summary.netMrr;
  let text = `MRR movements, ${range}: ${totals.join(', ')}; net ${format.signedCurrency(net)}.`;
  if (series.length > 1 && summary.best && summary.worst) {
    const { best, worst } = summary;
    text += ` Best: ${periodLabel(best.period, format.locale, 'long')} (net ${format.signedCurrency(best.netMrr)}); worst: ${periodLabel(worst.period, format.locale, 'long')} (net ${format.signedCurrency(worst.netMrr)}).`;
  }
  return text;
}

/** The columns of the data table: each movement, then the net change. */
export const MOVEMENT_COLUMNS: readonly DataTableColumn[] = [
  ...ALL_MOVEMENTS.map((kind) => ({ id: kind, header: MOVEMENT_LABELS[kind] })),
  { id: 'net', header: 'Net' },
];

/** The series as table rows: one per period, every movement signed, and the net change. */
export function movementsTableRows(
  series: readonly MovementsPeriodInput[],
  format: Formatters,
): DataTableRow[] {
  return series.map((p) => {
    const cells: Record<string, string> = { net: format.signedCurrency(netMovement(p)) };
    for (const kind of ALL_MOVEMENTS) cells[kind] = movementValueText(p, kind, format);
    return { id: p.period, header: periodLabel(p.period, format.locale, 'long'), cells };
  });
}
