/**
 * Pure time-axis helpers shared by the charts over time (`MrrMovementsChart`, `RetentionTrend`,
 * the NPS trend, `MetricCard`'s sparkline): reading period labels, naming them in the reader's
 * locale, stepping months, and thinning axis labels so they never overlap. No React, no DOM.
 */

/** The grain a period label is written in. */
export type PeriodGrain = 'month' | 'quarter' | 'year';

/** A period label read into numbers. */
export interface ParsedPeriod {
  grain: PeriodGrain;
  year: number;
  /** First month of the period, 0 = January. */
  month: number;
  /** Months since January of year 0, of the period's first month: sorts and steps periods. */
  index: number;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
const YEAR = /^(\d{4})$/;

/**
 * Reads `'YYYY-MM'` (a `'YYYY-MM-DD'` date is taken as its month), `'YYYY-Qn'` or `'YYYY'`.
 * Returns `null` for anything else.
 *
 * @example
 * parsePeriod('2025-Q2'); // { grain: 'quarter', year: 2025, month: 3, index: 24303 }
 */
export function parsePeriod(period: unknown): ParsedPeriod | null {
  if (typeof period !== 'string') return null;
  let match = MONTH.exec(period);
  if (match) return parsed('month', Number(match[1]), Number(match[2]) - 1);
  match = QUARTER.exec(period);
  if (match) return parsed('quarter', Number(match[1]), (Number(match[2]) - 1) * 3);
  match = YEAR.exec(period);
  if (match) return parsed('year', Number(match[1]), 0);
  return null;
}

function parsed(grain: PeriodGrain, year: number, month: number): ParsedPeriod {
  return { grain, year, month, index: year * 12 + month };
}

/**
 * The month `count` months after (or before, when negative) a `'YYYY-MM'` month.
 *
 * @example
 * addMonths('2026-03', -12); // '2025-03'
 */
export function addMonths(period: string, count: number): string {
  const start = parsePeriod(period);
  if (!start || start.grain !== 'month') {
    throw new RangeError(`addMonths: expected a month 'YYYY-MM', got ${JSON.stringify(period)}`);
  }
  const index = start.index + count;
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * Every month P with `from` < P ≤ `to`, in order (empty when `to` is not after `from`).
 *
 * @example
 * monthsAfter('2025-01', '2025-03'); // ['2025-02', '2025-03']
 */
export function monthsAfter(from: string, to: string): string[] {
  const start = parsePeriod(from);
  const end = parsePeriod(to);
  if (!start || !end) return [];
  const months: string[] = [];
  for (let step = 1; start.index + step <= end.index; step++) months.push(addMonths(from, step));
  return months;
}

/** How long a period's name is: `'short'` for axis ticks, `'long'` for tooltips, tables and text. */
export type PeriodLabelStyle = 'short' | 'long';

const formatters = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    // UTC on both sides, so a server in another time zone names the same month.
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    formatters.set(key, format);
  }
  return format;
}

/**
 * A period's name in `locale` through `Intl.DateTimeFormat`: months as `Jan 25` / `January 2025`
 * (`Jan. 25` in de-DE, `25年1月` in ja-JP), quarters as `Q1 2025`, years as `2025`. An unreadable
 * label is returned as it is.
 *
 * @example
 * periodLabel('2025-03', 'de-DE', 'long'); // 'März 2025'
 */
export function periodLabel(period: string, locale: string, style: PeriodLabelStyle): string {
  const p = parsePeriod(period);
  if (!p) return period;
  const date = new Date(Date.UTC(p.year, p.month, 1));
  const year = dateFormat(locale, { year: 'numeric' }).format(date);
  if (p.grain === 'year') return year;
  if (p.grain === 'quarter') return `Q${p.month / 3 + 1} ${year}`;
  return dateFormat(
    locale,
    style === 'short' ? { month: 'short', year: '2-digit' } : { month: 'long', year: 'numeric' },
  ).format(date);
}

export { estimateTextWidth } from '../internal/text';

/**
 * Which of `count` evenly spaced axis labels to show so that none overlap: every k-th label, with
 * k the smallest step at which the widest label fits in k × `step` pixels. The last label (the
 * latest period) is always kept and the others are counted back from it.
 *
 * @example
 * thinTicks(36, 12, 40); // every 4th index, ending at 35
 */
export function thinTicks(count: number, step: number, labelWidth: number): number[] {
  if (count <= 0) return [];
  const every = step > 0 ? Math.max(1, Math.ceil(labelWidth / step)) : count;
  const shown: number[] = [];
  for (let index = count - 1; index >= 0; index -= every) shown.unshift(index);
  return shown;
}
