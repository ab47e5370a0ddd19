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
  const totals = ALL_MOVEMENTS.map((kind) => {
    const total = series.reduce((sum, p) => sum + movementAmount(p, kind), 0);
    const signed = LOSSES.includes(kind) ? -total : total;
    return `${MOVEMENT_LABELS[kind].toLowerCase()} ${format.signedCurrency(signed)}`;
  });
  const net = series.reduce((sum, p) => sum + netMovement(p), 0);
  let text = `MRR movements, ${range}: ${totals.join(', ')}; net ${format.signedCurrency(net)}.`;
  if (series.length > 1) {
    const best = series.reduce((a, b) => (netMovement(b) > netMovement(a) ? b : a));
    const worst = series.reduce((a, b) => (netMovement(b) < netMovement(a) ? b : a));
    text += ` Best: ${periodLabel(best.period, format.locale, 'long')} (net ${format.signedCurrency(netMovement(best))}); worst: ${periodLabel(worst.period, format.locale, 'long')} (net ${format.signedCurrency(netMovement(worst))}).`;
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
