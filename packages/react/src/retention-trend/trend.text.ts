import {
  type BenchmarkBands,
  type BenchmarkRating,
  historyStats,
  rateAgainstBenchmark,
} from '@vitals/metrics';
import type { DataTableColumn, DataTableRow } from '../internal/DataTable';
import { periodLabel } from '../internal/time';
import type { Formatters } from '../provider/format';
import { bandLabel, ratingText } from './bands.text';
import type { RetentionTrendMetric, RetentionTrendPoint, RetentionTrendWindow } from './trend.data';

/** Each metric's name and abbreviation. */
export const METRIC_LABELS: Record<RetentionTrendMetric, { name: string; short: string }> = {
  nrr: { name: 'Net revenue retention', short: 'NRR' },
  grr: { name: 'Gross revenue retention', short: 'GRR' },
  logoChurn: { name: 'Logo churn', short: 'Logo churn' },
};

/** What the window means, in words. */
export const WINDOW_TEXT: Record<RetentionTrendWindow, string> = {
  month: 'month over month',
  ttm: 'trailing twelve months',
};

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
) {
  const rating = trendRating(value, bands);
  const text = rateText(value, format);
  return rating && bands ? `${text} (${ratingText(bands.metric, rating)})` : text;
}

/** Why a point has no value, in words: the reason and the month with no starting revenue. */
export function gapText(point: RetentionTrendPoint, format: Formatters): string {
  const at = point.from ? ` at the end of ${periodLabel(point.from, format.locale, 'long')}` : '';
  switch (point.reason) {
    case 'no-starting-mrr':
      return `No starting MRR${at}, so the rates can't be computed (a gap in the line).`;
    case 'no-starting-accounts':
      return `No starting accounts${at}, so logo churn can't be computed (a gap in the line).`;
    case undefined:
      return 'Not available (a gap in the line).';
    default:
      return `${point.reason} (a gap in the line).`;
  }
}

/** The bands of one metric in words: `top quartile ≥ 120%, good 100%–120%, …`. */
export function bandsText(bands: BenchmarkBands, format: Formatters): string {
  return [...bands.ranges]
    .reverse()
    .map((range) => bandLabel(bands.metric, range, bands.unit, format).toLowerCase())
    .join(', ');
}

/** The chart's text alternative: per metric its latest, lowest and highest value, and its bands. */
export function trendSummary(
  points: readonly RetentionTrendPoint[],
  metrics: readonly RetentionTrendMetric[],
  bands: Partial<Record<RetentionTrendMetric, BenchmarkBands>>,
  window: RetentionTrendWindow,
  format: Formatters,
): string {
  const when = (p: { period?: string | undefined }) =>
    periodLabel(p.period!, format.locale, 'long');
  const range = `${when(points[0]!)} to ${when(points.at(-1)!)}`;
  const parts = metrics.map((metric) => {
    const stats = historyStats(points.map((p) => ({ period: p.period, value: p[metric] })));
    const { name } = METRIC_LABELS[metric];
    if (stats === null) return `${name}: no values.`;
    const { last: latest, min: low, max: high } = stats;
    let text = `${name}: latest ${ratedText(latest.value, bands[metric], format)} in ${when(latest)}, lowest ${rateText(low.value, format)} in ${when(low)}, highest ${rateText(high.value, format)} in ${when(high)}.`;
    const metricBands = bands[metric];
    if (metricBands) {
      const per =
        metricBands.period === 'monthly'
          ? ' per month'
          : metricBands.period === 'annual'
            ? ' per year'
            : '';
      text += ` Benchmark${per}: ${bandsText(metricBands, format)}.`;
    }
    return text;
  });
  const gaps = points.filter((p) => metrics.some((metric) => p[metric] === null)).length;
  const gapNote =
    gaps > 0
      ? ` ${format.count(gaps)} period${gaps === 1 ? ' has' : 's have'} no value; see the table.`
      : '';
  return `Retention, ${WINDOW_TEXT[window]}, ${range}. ${parts.join(' ')}${gapNote}`;
}

/** The table's columns: the chosen metrics, then a note explaining any gap. */
export function trendColumns(metrics: readonly RetentionTrendMetric[]): DataTableColumn[] {
  return [
    ...metrics.map((metric) => ({ id: metric, header: METRIC_LABELS[metric].short })),
    { id: 'note', header: 'Note', align: 'start' as const },
  ];
}

/** One row per period: each rate with its rating, and why any rate is missing. */
export function trendTableRows(
  points: readonly RetentionTrendPoint[],
  metrics: readonly RetentionTrendMetric[],
  bands: Partial<Record<RetentionTrendMetric, BenchmarkBands>>,
  format: Formatters,
): DataTableRow[] {
  return points.map((point) => {
    const cells: Record<string, string> = { note: '' };
    for (const metric of metrics) cells[metric] = ratedText(point[metric], bands[metric], format);
    if (metrics.some((metric) => point[metric] === null)) cells.note = gapText(point, format);
    return { id: point.period, header: periodLabel(point.period, format.locale, 'long'), cells };
  });
}
