import {
  type BenchmarkBands,
  type BenchmarkRating,
  historyStats,
  rateAgainstBenchmark,
} from '@vitals/metrics';
import type { DataTableColumn, DataTableRow } from '../internal/DataTable';
import { periodLabel } from '../internal/time';
import { enBenchmarks, enTrend } from '../messages/en';
import { fill, plural } from '../messages/template';
import type { BenchmarkMessages, RetentionTrendMessages } from '../messages/types';
import type { Formatters } from '../provider/format';
import { rangeText, ratingText } from './bands.text';
import type { RetentionTrendMetric, RetentionTrendPoint } from './trend.data';

/** The words the trend's text needs: its own group and the shared benchmark ratings. */
export interface TrendWords {
  t: RetentionTrendMessages;
  b: BenchmarkMessages;
}

/** English, outside a provider and in tests. */
export const EN_TREND_WORDS: TrendWords = { t: enTrend, b: enBenchmarks };

/** A rate as text, or an em dash when it could not be computed. */
export function rateText(value: number | null, format: Formatters): string {
  return value === null ? '—' : format.percent(value);
}

/** A value's rating against its bands (the same edges the bands are drawn with), or `null`. */
export function trendRating(
  value: number | null,
  bands: BenchmarkBands | undefined,
): BenchmarkRating | null {
  if (!bands || value === null) return null;
  return rateAgainstBenchmark(bands.metric, value, {
    period: bands.period ?? undefined,
    ...(bands.segment === null ? {} : { segment: bands.segment }),
  });
}

/** A value with its rating: `101.2% (good)`, or `101.2%` without bands. */
export function ratedText(
  value: number | null,
  bands: BenchmarkBands | undefined,
  format: Formatters,
  words: TrendWords = EN_TREND_WORDS,
) {
  const rating = trendRating(value, bands);
  const text = rateText(value, format);
  return rating && bands
    ? fill(words.t.ratedValue, { value: text, rating: ratingText(bands.metric, rating, words.b) })
    : text;
}

/** Why a point has no value, in words: the reason and the month with no starting revenue. */
export function gapText(
  point: RetentionTrendPoint,
  format: Formatters,
  t: RetentionTrendMessages = enTrend,
): string {
  const period = point.from ? periodLabel(point.from, format.locale, 'long') : null;
  switch (point.reason) {
    case 'no-starting-mrr':
      return period ? fill(t.gapNoStartingMrrAt, { period }) : t.gapNoStartingMrr;
    case 'no-starting-accounts':
      return period ? fill(t.gapNoStartingAccountsAt, { period }) : t.gapNoStartingAccounts;
    case undefined:
      return t.gapUnknown;
    default:
      return fill(t.gapOther, { reason: point.reason });
  }
}

/** The bands of one metric in words: `top quartile ≥ 120%, good 100%–120%, …`. */
export function bandsText(
  bands: BenchmarkBands,
  format: Formatters,
  words: TrendWords = EN_TREND_WORDS,
): string {
  return [...bands.ranges]
    .reverse()
    .map((range) =>
      // The rating as the catalogue writes it inside a sentence (German keeps its capitals).
      fill(words.t.bandLabel, {
        rating: ratingText(bands.metric, range.rating, words.b),
        range: rangeText(range, bands.unit, format, words.b),
      }),
    )
    .join(words.t.bandSeparator);
}

/** The chart's text alternative: per metric its latest, lowest and highest value, and its bands. */
export function trendSummary(
  points: readonly RetentionTrendPoint[],
  metrics: readonly RetentionTrendMetric[],
  bands: Partial<Record<RetentionTrendMetric, BenchmarkBands>>,
  window: 'month' | 'ttm',
  format: Formatters,
  words: TrendWords = EN_TREND_WORDS,
): string {
  const { t } = words;
  const when = (p: { period?: string | undefined }) =>
    periodLabel(p.period!, format.locale, 'long');
  const opening = fill(t.summary, {
    window: t.windows[window],
    first: when(points[0]!),
    last: when(points.at(-1)!),
  });
  const parts = metrics.map((metric) => {
    const stats = historyStats(points.map((p) => ({ period: p.period, value: p[metric] })));
    const name = t.metricNames[metric];
    if (stats === null) return fill(t.summaryNoValues, { metric: name });
    const { last: latest, min: low, max: high } = stats;
    let text = fill(t.summaryMetric, {
      metric: name,
      latest: ratedText(latest.value, bands[metric], format, words),
      latestPeriod: when(latest),
      lowest: rateText(low.value, format),
      lowestPeriod: when(low),
      highest: rateText(high.value, format),
      highestPeriod: when(high),
    });
    const metricBands = bands[metric];
    if (metricBands) {
      const per =
        metricBands.period === 'monthly' || metricBands.period === 'annual'
          ? metricBands.period
          : 'other';
      text += ` ${fill(t.summaryBenchmark[per], { bands: bandsText(metricBands, format, words) })}`;
    }
    return text;
  });
  const gaps = points.filter((p) => metrics.some((metric) => p[metric] === null)).length;
  const gapNote =
    gaps > 0 ? ` ${plural(t.summaryGaps, format.locale, gaps, { count: format.count(gaps) })}` : '';
  return `${opening} ${parts.join(' ')}${gapNote}`;
}

/** The table's columns: the chosen metrics, then a note explaining any gap. */
export function trendColumns(
  metrics: readonly RetentionTrendMetric[],
  t: RetentionTrendMessages = enTrend,
): DataTableColumn[] {
  return [
    ...metrics.map((metric) => ({ id: metric, header: t.metricShort[metric] })),
    { id: 'note', header: t.tableNote, align: 'start' as const },
  ];
}

/** One row per period: each rate with its rating, and why any rate is missing. */
export function trendTableRows(
  points: readonly RetentionTrendPoint[],
  metrics: readonly RetentionTrendMetric[],
  bands: Partial<Record<RetentionTrendMetric, BenchmarkBands>>,
  format: Formatters,
  words: TrendWords = EN_TREND_WORDS,
): DataTableRow[] {
  return points.map((point) => {
    const cells: Record<string, string> = { note: '' };
    for (const metric of metrics)
      cells[metric] = ratedText(point[metric], bands[metric], format, words);
    if (metrics.some((metric) => point[metric] === null))
      cells.note = gapText(point, format, words.t);
    return { id: point.period, header: periodLabel(point.period, format.locale, 'long'), cells };
  });
}
