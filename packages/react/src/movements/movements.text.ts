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
import { enMovements } from '../messages/en';
import { fill, plural } from '../messages/template';
import type { MovementsMessages } from '../messages/types';

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
export function periodDescription(
  input: MovementsPeriodInput,
  format: Formatters,
  m: MovementsMessages = enMovements,
): string {
  const parts = ALL_MOVEMENTS.map((kind) =>
    fill(m.movementValue, { kind: m.kinds[kind], value: movementValueText(input, kind, format) }),
  );
  return fill(m.periodDescription, {
    period: periodLabel(input.period, format.locale, 'long'),
    movements: parts.join(m.separator),
    net: format.signedCurrency(netMovement(input)),
  });
}

/**
 * The chart's text alternative: the range, each movement's total over it, the net total, and the
 * best and worst periods.
 */
export function movementsSummary(
  series: readonly MovementsPeriodInput[],
  format: Formatters,
  m: MovementsMessages = enMovements,
): string {
  if (series.length === 0) return m.noPeriods;
  const first = periodLabel(series[0]!.period, format.locale, 'long');
  const last = periodLabel(series.at(-1)!.period, format.locale, 'long');
  const range =
    series.length === 1
      ? first
      : plural(m.summaryRange, format.locale, series.length, {
          first,
          last,
          count: format.count(series.length),
        });
  const summary = mrrMovementsSummary(series);
  const totals = ALL_MOVEMENTS.map((kind) => {
    const total = summary[MOVEMENT_FIELDS[kind]];
    const signed = LOSSES.includes(kind) ? -total : total;
    return fill(m.movementValue, {
      kind: m.kindsInSentence[kind],
      value: format.signedCurrency(signed),
    });
  });
  const net = summary.netMrr;
  let text = fill(m.summary, {
    range,
    totals: totals.join(m.separator),
    net: format.signedCurrency(net),
  });
  if (series.length > 1 && summary.best && summary.worst) {
    const { best, worst } = summary;
    text += ` ${fill(m.summaryBestWorst, {
      best: periodLabel(best.period, format.locale, 'long'),
      bestNet: format.signedCurrency(best.netMrr),
      worst: periodLabel(worst.period, format.locale, 'long'),
      worstNet: format.signedCurrency(worst.netMrr),
    })}`;
  }
  return text;
}

/** The columns of the data table: each movement, then the net change. */
export function movementColumns(m: MovementsMessages = enMovements): DataTableColumn[] {
  return [
    ...ALL_MOVEMENTS.map((kind) => ({ id: kind, header: m.kinds[kind] })),
    { id: 'net', header: m.net },
  ];
}

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
