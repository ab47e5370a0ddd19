import type {
  BenchmarkMetric,
  BenchmarkRange,
  BenchmarkRating,
  BenchmarkUnit,
} from '@vitals/metrics';
import type { Formatters } from '../provider/format';
import { enBenchmarks, enTrend } from '../messages/en';
import { fill, plural } from '../messages/template';
import type { BenchmarkMessages, RetentionTrendMessages } from '../messages/types';

/** A rating in words; NRR's best rating is the "top quartile" of the source articles. */
export function ratingText(
  metric: BenchmarkMetric,
  rating: BenchmarkRating,
  b: BenchmarkMessages = enBenchmarks,
): string {
  if (metric === 'nrr' && rating === 'excellent') return b.nrrExcellent;
  return b.ratings[rating];
}

/** A benchmark edge in the metric's unit: `120%`, `+30`, `70`, `30 days`, `3:1`. */
export function benchmarkValueText(
  unit: BenchmarkUnit,
  value: number,
  format: Formatters,
  b: BenchmarkMessages = enBenchmarks,
): string {
  switch (unit) {
    case 'fraction':
      return format.percent(value);
    case 'nps':
      return value > 0 ? `+${format.count(value)}` : format.count(value);
    case 'score':
      return format.count(value);
    case 'days':
      return plural(b.days, format.locale, value, { count: format.count(value) });
    case 'ratio':
      return `${format.count(value)}:1`;
  }
}

/** A range's stretch of values: `≥ 120%`, `< 90%`, `100%–120%`. */
export function rangeText(
  range: BenchmarkRange,
  unit: BenchmarkUnit,
  format: Formatters,
  b: BenchmarkMessages = enBenchmarks,
): string {
  const text = (value: number) => benchmarkValueText(unit, value, format, b);
  if (range.min === null && range.max === null) return b.anyValue;
  if (range.min === null) return `${range.includesMax ? '≤' : '<'} ${text(range.max!)}`;
  if (range.max === null) return `${range.includesMin ? '≥' : '>'} ${text(range.min)}`;
  return `${text(range.min)}–${text(range.max)}`;
}

/**
 * A band's label: its rating and its values, e.g. `Top quartile ≥ 120%`, or with `form: 'short'`
 * its rating alone (`Top quartile`), where the values would not fit.
 */
export function bandLabel(
  metric: BenchmarkMetric,
  range: BenchmarkRange,
  unit: BenchmarkUnit,
  format: Formatters,
  b: BenchmarkMessages = enBenchmarks,
  t: Pick<RetentionTrendMessages, 'bandLabel'> = enTrend,
  form: 'full' | 'short' = 'full',
): string {
  const words = ratingText(metric, range.rating, b);
  const rating = `${words.charAt(0).toLocaleUpperCase(format.locale)}${words.slice(1)}`;
  if (form === 'short') return rating;
  return fill(t.bandLabel, { rating, range: rangeText(range, unit, format, b) });
}
