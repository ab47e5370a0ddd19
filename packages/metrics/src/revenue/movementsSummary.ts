import { type ValidationIssue, assertNoIssues, showValue, throwMustBe } from '../core/errors';
import { compensatedSum } from '../core/sum';
import { netNewMrrOf } from './rates';

/** One period's movement totals, as `mrrMovementsSeries` returns them (or a warehouse would). */
export interface MovementsSummaryPeriod {
  period: string;
  newMrr?: number | undefined;
  expansionMrr: number;
  reactivationMrr?: number | undefined;
  contractionMrr: number;
  churnedMrr: number;
}

/** A period and its net change. */
export interface MovementsSummaryPeak {
  period: string;
  /** new + expansion + reactivation − contraction − churn of that period. */
  netMrr: number;
}

/** The result of {@link mrrMovementsSummary}: every movement summed over the series. */
export interface MrrMovementsSummary {
  /** How many periods the series holds. */
  periods: number;
  newMrr: number;
  expansionMrr: number;
  reactivationMrr: number;
  contractionMrr: number;
  churnedMrr: number;
  /** new + expansion + reactivation − contraction − churn over the whole series. */
  netMrr: number;
  /** The period with the largest net change (the first of equal ones); `null` for no periods. */
  best: MovementsSummaryPeak | null;
  /** The period with the smallest net change (the first of equal ones); `null` for no periods. */
  worst: MovementsSummaryPeak | null;
}

const FIELDS = [
  'newMrr',
  'expansionMrr',
  'reactivationMrr',
  'contractionMrr',
  'churnedMrr',
] as const;
const OPTIONAL = new Set<string>(['newMrr', 'reactivationMrr']);

/**
 * Sums a series of period movements (`mrrMovementsSeries`' entries or a warehouse's rows): each
 * movement's total, the net change over the series, and the best and worst periods by net change.
 * `newMrr` and `reactivationMrr` may be left out (0). A period that is not an object, a `period`
 * that is not a string, or an amount that is not a finite number ≥ 0 is a `MetricsInputError`
 * naming the period's index and field.
 *
 * @example
 * mrrMovementsSummary([
 *   { period: '2025-01', newMrr: 500, expansionMrr: 200, contractionMrr: 100, churnedMrr: 300 },
 *   { period: '2025-02', newMrr: 100, expansionMrr: 0, contractionMrr: 0, churnedMrr: 400 },
 * ]);
 * // { periods: 2, newMrr: 600, expansionMrr: 200, reactivationMrr: 0, contractionMrr: 100,
 * //   churnedMrr: 700, netMrr: 0, best: { period: '2025-01', netMrr: 300 },
 * //   worst: { period: '2025-02', netMrr: -300 } }
 */
export function mrrMovementsSummary(
  series: readonly MovementsSummaryPeriod[],
): MrrMovementsSummary {
  if (!Array.isArray(series)) {
    throwMustBe('mrrMovementsSummary', 'series', 'an array of period movements', series);
  }
  const issues: ValidationIssue[] = [];
  const amounts = FIELDS.map(() => [] as number[]);
  const nets: number[] = [];
  let best: MovementsSummaryPeak | null = null;
  let worst: MovementsSummaryPeak | null = null;
  for (let index = 0; index < series.length; index++) {
    const entry: unknown = series[index];
    if (entry === null || typeof entry !== 'object') {
      const message = `must be a period's movements, got ${showValue(entry)}`;
      issues.push({ index, field: 'row', message, value: entry });
      continue;
    }
    const row = entry as Record<string, unknown>;
    const before = issues.length;
    if (typeof row.period !== 'string') {
      const message = `must be a period string, got ${showValue(row.period)}`;
      issues.push({ index, field: 'period', message, value: row.period });
    }
    const values = FIELDS.map((field) => {
      const value = row[field];
      if (value === undefined && OPTIONAL.has(field)) return 0;
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
        const message = `must be a finite number ≥ 0, got ${showValue(value)}`;
        issues.push({ index, field, message, value });
        return 0;
      }
      return value;
    });
    if (issues.length > before) continue;
    values.forEach((value, i) => amounts[i]!.push(value));
    const [added, expansion, reactivation, contraction, churned] = values as [
      number,
      number,
      number,
      number,
      number,
    ];
    const netMrr = netNewMrrOf({
      newMrr: added,
      expansionMrr: expansion,
      reactivationMrr: reactivation,
      contractionMrr: contraction,
      churnedMrr: churned,
    });
    nets.push(netMrr);
    const period = row.period as string;
    if (best === null || netMrr > best.netMrr) best = { period, netMrr };
    if (worst === null || netMrr < worst.netMrr) worst = { period, netMrr };
  }
  assertNoIssues('mrrMovementsSummary', issues);
  const [newMrr, expansionMrr, reactivationMrr, contractionMrr, churnedMrr] = amounts.map((list) =>
    compensatedSum(list),
  ) as [number, number, number, number, number];
  return {
    periods: series.length,
    newMrr,
    expansionMrr,
    reactivationMrr,
    contractionMrr,
    churnedMrr,
    netMrr: compensatedSum(nets),
    best,
    worst,
  };
}
