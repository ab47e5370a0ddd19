import type { BenchmarkMetric, BenchmarkPeriod, HistoryStats, MetricChange } from '@vitals/metrics';
import { benchmarkBands, rateAgainstBenchmark } from '@vitals/metrics';
import { periodLabel } from '../internal/time';
import type { Formatters } from '../provider/format';
import { rangeText, ratingText } from '../retention-trend/bands.text';
import type { MetricCardProblem } from './metric-card.model';
import { MINUS } from '../provider/intl';
import { enBenchmarks, enMetricCard } from '../messages/en';
import { fill, plural } from '../messages/template';
import type { BenchmarkMessages, MetricCardMessages } from '../messages/types';

/** How a card formats its numbers: a built-in kind, or your own function. */
export type MetricFormat = 'currency' | 'percent' | 'count' | ((value: number) => string);

/** A value as text in the card's format. */
export function valueText(value: number, format: MetricFormat, f: Formatters): string {
  if (typeof format === 'function') return format(value);
  if (format === 'currency') return f.currency(value);
  if (format === 'percent') return f.percent(value);
  return f.count(value);
}

/**
 * A change as text with its sign: `+$400 (+3.3%)`; for percentages in percentage points
 * (`+2.1 percentage points`), since a relative change of a rate misleads.
 */
export function changeText(
  change: MetricChange,
  format: MetricFormat,
  f: Formatters,
  m: MetricCardMessages = enMetricCard,
): string {
  const sign = change.delta > 0 ? '+' : change.delta < 0 ? MINUS : '';
  if (format === 'percent') {
    // A tenth of a point is the usual precision, but a real change never reads as "0".
    const magnitude = Math.abs(change.delta * 100);
    const number = (value: number, digits: number) =>
      new Intl.NumberFormat(f.locale, { maximumFractionDigits: digits }).format(value);
    if (magnitude > 0 && magnitude < 0.005)
      return fill(m.lessThanPercentagePoints, { value: `${sign}${number(0.01, 2)}` });
    const digits = magnitude >= 0.1 ? 1 : 2;
    const rounded = Number(magnitude.toFixed(digits));
    return plural(m.percentagePoints, f.locale, rounded, {
      count: `${sign}${number(magnitude, digits)}`,
    });
  }
  const amount =
    format === 'currency'
      ? f.signedCurrency(change.delta)
      : `${sign}${valueText(Math.abs(change.delta), format, f)}`;
  if (change.relative === null) return amount;
  const relative = `${change.relative > 0 ? '+' : change.relative < 0 ? MINUS : ''}${f.percent(Math.abs(change.relative))}`;
  return `${amount} (${relative})`;
}

/** Why a value is missing, in words: a known reason code, your own sentence, or a default. */
export function reasonText(
  reason: string | undefined,
  m: MetricCardMessages = enMetricCard,
): string {
  if (reason === undefined) return m.noReason;
  return Object.prototype.hasOwnProperty.call(m.reasons, reason)
    ? m.reasons[reason as keyof MetricCardMessages['reasons']]
    : reason;
}

/** The sparkline's text alternative: how many points, first, last, lowest and highest. */
export function sparklineText(
  stats: HistoryStats,
  format: MetricFormat,
  f: Formatters,
  m: MetricCardMessages = enMetricCard,
): string {
  const text = (p: { value: number; period?: string | undefined }) => {
    const value = valueText(p.value, format, f);
    return p.period
      ? fill(m.valueAt, { value, period: periodLabel(p.period, f.locale, 'long') })
      : value;
  };
  return plural(m.sparkline, f.locale, stats.count, {
    count: f.count(stats.count),
    first: text(stats.first),
    last: text(stats.last),
    min: text(stats.min),
    max: text(stats.max),
  });
}

/** Which benchmark a card rates its value against. */
export interface MetricBenchmark {
  metric: BenchmarkMetric;
  /** The customer segment (required for logo churn). @default undefined */
  segment?: string | undefined;
  /** The period a rate covers (`'monthly'` or `'annual'`). @default the metric's own */
  period?: BenchmarkPeriod | undefined;
}

/** The value's rating in words with the rating's range, e.g. `good (100%–120%)`, or `null`. */
export function benchmarkText(
  value: number | null,
  benchmark: MetricBenchmark,
  f: Formatters,
  m: MetricCardMessages = enMetricCard,
  b: BenchmarkMessages = enBenchmarks,
): { rating: string; text: string } | null {
  const options = {
    ...(benchmark.segment === undefined ? {} : { segment: benchmark.segment }),
    ...(benchmark.period === undefined ? {} : { period: benchmark.period }),
  };
  const rating = rateAgainstBenchmark(benchmark.metric, value, options);
  if (rating === null) return null;
  const bands = benchmarkBands(benchmark.metric, options);
  const range = bands.ranges.find((r) => r.rating === rating)!;
  return {
    rating,
    text: fill(m.ratingWithRange, {
      rating: ratingText(benchmark.metric, rating, b),
      range: rangeText(range, bands.unit, f, b),
    }),
  };
}

/** One problem in words: `value must be a finite number or null, got NaN`. */
export function problemText(problem: MetricCardProblem): string {
  return `${problem.field} ${problem.message}`;
}

const MAX_PROBLEMS = 5;

/**
 * The error state's words: one sentence naming the problem, or how many numbers are unusable,
 * the first five, and the rest (shown behind a disclosure, as the charts' error state does).
 */
export function problemsText(
  problems: readonly MetricCardProblem[],
  m: MetricCardMessages = enMetricCard,
  f?: Formatters,
): {
  summary: string;
  list: string[];
  rest: string[];
} {
  if (problems.length === 1) {
    return {
      summary: fill(m.errorOne, { problem: problemText(problems[0]!) }),
      list: [],
      rest: [],
    };
  }
  const lines = problems.map((problem) => `${problemText(problem)}.`);
  return {
    summary: plural(m.errorMany, f?.locale ?? 'en-US', problems.length, {
      count: f ? f.count(problems.length) : problems.length,
    }),
    list: lines.slice(0, MAX_PROBLEMS),
    rest: lines.slice(MAX_PROBLEMS),
  };
}
