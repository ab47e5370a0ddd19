/**
 * Pure time-axis helpers shared by the charts over time (`MrrMovementsChart`, `RetentionTrend`,
 * the NPS trend, `MetricCard`'s sparkline): naming periods in the reader's locale and thinning axis
 * labels so they never overlap. No React, no DOM. Reading and stepping periods is the one calendar
 * of `@vitals/metrics` (`parsePeriodLabel`, `addMonths`).
 */
import { parsePeriodLabel } from '@vitals/metrics';

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
  const p = parsePeriodLabel(period);
  if (!p) return period;
  // setUTCFullYear, not Date.UTC, which reads years 0–99 as 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(p.year, p.month - 1, 1);
  const year = dateFormat(locale, { year: 'numeric' }).format(date);
  if (p.grain === 'year') return year;
  if (p.grain === 'quarter') return `Q${(p.month + 2) / 3} ${year}`;
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
