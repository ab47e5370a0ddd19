import { type MonthIndex, formatPeriod, parsePeriod } from '../core/period';
import type { CohortGrain } from './types';

/**
 * A period of the chosen grain as an integer: the month index at month grain, `year × 4 +
 * quarter − 1` at quarter grain, the year at year grain. Consecutive periods differ by 1, so a
 * cell's age is a subtraction.
 */
export type PeriodIndex = number;

/** Months in one period of each grain. */
export const MONTHS_PER_PERIOD: Readonly<Record<CohortGrain, number>> = {
  month: 1,
  quarter: 3,
  year: 12,
};

/** Whether `value` names a grain. */
export function isCohortGrain(value: unknown): value is CohortGrain {
  return value === 'month' || value === 'quarter' || value === 'year';
}

/** The period (of `grain`) that contains `month`. */
export function periodOfMonth(month: MonthIndex, grain: CohortGrain): PeriodIndex {
  return Math.floor(month / MONTHS_PER_PERIOD[grain]);
}

/** The last month of a period: the month whose ending MRR is the period's MRR. */
export function lastMonthOfPeriod(period: PeriodIndex, grain: CohortGrain): MonthIndex {
  const length = MONTHS_PER_PERIOD[grain];
  return period * length + length - 1;
}

/** The last period whose last month is at or before `month` (the last complete period). */
export function lastCompletePeriod(month: MonthIndex, grain: CohortGrain): PeriodIndex {
  return Math.floor((month + 1) / MONTHS_PER_PERIOD[grain]) - 1;
}

/** Labels a period: `'2025-01'` (month), `'2025-Q1'` (quarter) or `'2025'` (year). */
export function formatCohortPeriod(period: PeriodIndex, grain: CohortGrain): string {
  if (grain === 'month') return formatPeriod(period);
  if (grain === 'quarter') {
    const year = Math.floor(period / 4);
    return `${String(year).padStart(4, '0')}-Q${period - year * 4 + 1}`;
  }
  return String(period).padStart(4, '0');
}

const QUARTER = /^(\d{4})-Q([1-4])$/;
const YEAR = /^(\d{4})$/;

/**
 * Reads a cohort bound: a month or date (the period containing it), or a label of the grain
 * itself (`'2025-Q1'` at quarter grain, `'2025'` at year grain). `null` when unreadable.
 */
export function parseCohortPeriod(value: unknown, grain: CohortGrain): PeriodIndex | null {
  const month = parsePeriod(value);
  if (month !== null) return periodOfMonth(month, grain);
  if (typeof value !== 'string') return null;
  if (grain === 'quarter') {
    const match = QUARTER.exec(value);
    if (match) return Number(match[1]) * 4 + Number(match[2]) - 1;
  }
  if (grain === 'year') {
    const match = YEAR.exec(value);
    if (match) return Number(match[1]);
  }
  return null;
}
