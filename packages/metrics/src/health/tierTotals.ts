import { type ValidationIssue, assertNoIssues, showValue, throwInputError } from '../core/errors';
import { compensatedSum } from '../core/sum';
import type { HealthTierRow } from './tierRows';

/** How many rows of a tier list hold one tier, and their MRR (the result of {@link healthTierTotals}). */
export interface HealthTierTotal {
  /**
   * The tier id (`'unknown'` for accounts without a score); for the rows past the list's tiers
   * (which share one severity), the first such row's.
   */
  tier: string;
  /** The rows' `severity`: 0 for the most severe tier. */
  severity: number;
  /** How many rows hold this tier. */
  count: number;
  /** Their MRR, summed with compensation; rows without MRR count as 0. */
  mrr: number;
}

/**
 * Per-tier totals of tier list rows (`healthTierRows`' rows, or any subset, e.g. the rows a filter
 * keeps): how many accounts each tier holds and their MRR, most severe tier first, one total per
 * `severity`, as a tier list groups its rows (`'unknown'` and any tier id the list's tiers lack
 * share the last severity, so they make one total). Tiers without rows are left out. A row whose `tier`, `severity` or `mrr` is malformed is a `MetricsInputError`
 * naming its index and field.
 *
 * @example
 * const { rows } = healthTierRows(scoreHealth(accounts, scorecard), { accounts, scorecard });
 * healthTierTotals(rows);
 * // [{ tier: 'critical', severity: 0, count: 2, mrr: 21000 }, { tier: 'at-risk', severity: 1, … }, …]
 */
export function healthTierTotals(
  rows: ReadonlyArray<Pick<HealthTierRow, 'tier' | 'severity' | 'mrr'>>,
): HealthTierTotal[] {
  if (!Array.isArray(rows)) {
    throwInputError(
      'healthTierTotals',
      'rows',
      `must be an array of healthTierRows() rows, got ${showValue(rows)}`,
      rows,
    );
  }
  const issues: ValidationIssue[] = [];
  const bySeverity = new Map<
    number,
    { tier: string; severity: number; count: number; mrr: number[] }
  >();
  for (let index = 0; index < rows.length; index++) {
    const row: unknown = rows[index];
    if (row === null || typeof row !== 'object') {
      issues.push({
        index,
        field: 'row',
        message: `must be a healthTierRows() row, got ${showValue(row)}`,
        value: row,
      });
      continue;
    }
    const { tier, severity, mrr } = row as HealthTierRow;
    const before = issues.length;
    if (typeof tier !== 'string') {
      issues.push({
        index,
        field: 'tier',
        message: `must be a tier id, got ${showValue(tier)}`,
        value: tier,
      });
    }
    if (typeof severity !== 'number' || !Number.isFinite(severity)) {
      issues.push({
        index,
        field: 'severity',
        message: `must be a finite number, got ${showValue(severity)}`,
        value: severity,
      });
    }
    if (mrr !== null && (typeof mrr !== 'number' || !Number.isFinite(mrr))) {
      issues.push({
        index,
        field: 'mrr',
        message: `must be a finite number or null, got ${showValue(mrr)}`,
        value: mrr,
      });
    }
    if (issues.length > before) continue;
    let total = bySeverity.get(severity);
    if (!total) bySeverity.set(severity, (total = { tier, severity, count: 0, mrr: [] }));
    total.count++;
    total.mrr.push(mrr ?? 0);
  }
  assertNoIssues('healthTierTotals', issues);
  return [...bySeverity.values()]
    .sort((a, b) => a.severity - b.severity)
    .map(({ tier, severity, count, mrr }) => ({ tier, severity, count, mrr: compensatedSum(mrr) }));
}
