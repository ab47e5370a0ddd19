import type {
  BenchmarkMetric,
  BenchmarkOptions,
  BenchmarkRating,
  ConfidenceInterval,
  NpsResult,
} from '@vitals/metrics';
import { benchmarkBands, npsInterval, rateAgainstBenchmark, wilsonInterval } from '@vitals/metrics';
import type { VoiceMessages } from '../messages/types';
import { fill, plural } from '../messages/template';
import type { Formatters } from '../provider/format';
import { numberFormat, withMinus } from '../provider/intl';

/**
 * An NPS score as a whole number with its sign, through `Intl` in `locale`; `—` for `null`.
 *
 * @example
 * npsScoreText(32.4, 'en-US'); // '+32'
 * npsScoreText(-5, 'de-DE'); // '−5'
 */
export function npsScoreText(score: number | null, locale: string): string {
  if (score === null) return '—';
  // Round first so that −0.4 reads "0", not "−0".
  const rounded = Math.round(score) === 0 ? 0 : Math.round(score);
  return withMinus(
    numberFormat(locale, { maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(rounded),
  );
}

/**
 * A margin of error in NPS points, `± 9`, through `Intl` in `locale`; `—` for `null`.
 *
 * @example
 * marginText(9.2, 'en-US'); // '± 9'
 */
export function marginText(margin: number | null, locale: string): string {
  if (margin === null) return '—';
  return `±\u00a0${numberFormat(locale, { maximumFractionDigits: 0 }).format(margin)}`;
}

/**
 * A mean score with one decimal through `Intl` in `locale` (`4.3`, `4,3` in de-DE); `—` for `null`.
 *
 * @example
 * meanText(5.43, 'de-DE'); // '5,4'
 */
export function meanText(mean: number | null, locale: string): string {
  if (mean === null) return '—';
  return withMinus(
    numberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(mean),
  );
}

/** A fraction as a percentage through the provider, or `—` for `null`. */
export function shareText(share: number | null, format: Formatters): string {
  return share === null ? '—' : format.percent(share);
}

/** `n responses` with the count through the provider and the plural of the reader's language. */
export function responsesText(count: number, format: Formatters, v: VoiceMessages): string {
  return plural(v.responses, format.locale, count, { count: format.count(count) });
}

/** A score range in words: `9–10`, or `5` when it is one score. */
export function rangeText(min: number, max: number, locale: string): string {
  const plain = numberFormat(locale, { maximumFractionDigits: 0 });
  return min === max ? plain.format(min) : `${plain.format(min)}–${plain.format(max)}`;
}

/** A benchmark rating in words, with the edges it was judged against. */
export interface RatingWords {
  rating: BenchmarkRating;
  /** `'Good'`. */
  label: string;
  /** `'Good against the benchmark (good from +30, excellent from +50).'` */
  sentence: string;
}

/**
 * Rates a value against its benchmark and says so in words, with the edges from the benchmark
 * table formatted by `formatEdge` (never hard-coded); `null` when the value is `null`.
 *
 * @example
 * ratingWords('nps', 42, (v) => npsScoreText(v, 'en-US'), enVoice)?.sentence;
 * // 'Good against the benchmark (good from +30, excellent from +50).'
 */
export function ratingWords(
  metric: BenchmarkMetric,
  value: number | null,
  formatEdge: (value: number) => string,
  v: VoiceMessages,
  table?: BenchmarkOptions['table'],
): RatingWords | null {
  const options = table ? { table } : undefined;
  const rating = rateAgainstBenchmark(metric, value, options);
  if (rating === null) return null;
  const { thresholds } = benchmarkBands(metric, options);
  const edge = (bound: { value: number; inclusive: boolean }) =>
    fill(bound.inclusive ? v.edgeFrom : v.edgeAbove, { value: formatEdge(bound.value) });
  return {
    rating,
    label: v.ratings[rating],
    sentence: fill(v.ratingSentence, {
      rating: v.ratings[rating],
      good: edge(thresholds.good),
      excellent: edge(thresholds.excellent),
    }),
  };
}

/**
 * A result's interval, or the 95 % interval derived from its counts when the result was computed
 * before intervals existed (a precomputed `data` without the field); `null` without responses.
 */
export function intervalOf(
  interval: ConfidenceInterval | null | undefined,
  derive: () => ConfidenceInterval | null,
): ConfidenceInterval | null {
  return interval === undefined ? derive() : interval;
}

/** `95% interval: 66% to 82%`, each bound written by `bound`; `null` without an interval. */
export function intervalText(
  interval: ConfidenceInterval | null,
  bound: (value: number) => string,
  format: Formatters,
  v: VoiceMessages,
): string | null {
  if (interval === null) return null;
  return fill(v.interval, {
    level: format.level(interval.level),
    low: bound(interval.low),
    high: bound(interval.high),
  });
}

/** An NPS interval in words, bounds signed like the score (`−51 to +85`). */
export function npsIntervalText(
  result: Pick<NpsResult, 'interval' | 'promoters' | 'passives' | 'detractors'>,
  format: Formatters,
  v: VoiceMessages,
): string | null {
  const interval = intervalOf(result.interval, () =>
    npsInterval(result.promoters, result.passives, result.detractors),
  );
  return intervalText(interval, (bound) => npsScoreText(bound, format.locale), format, v);
}

/**
 * The NPS interval as the smaller line under a headline that shows the margin: `likely between
 * −51 and +85 (95% interval)`; `null` without an interval. The margin (SPEC §9) is the textbook
 * Wald one and can pass the scale with few answers; this line gives the bounded range beside it.
 */
export function npsLikelyText(
  result: Pick<NpsResult, 'interval' | 'promoters' | 'passives' | 'detractors'>,
  format: Formatters,
  v: VoiceMessages,
): string | null {
  const interval = intervalOf(result.interval, () =>
    npsInterval(result.promoters, result.passives, result.detractors),
  );
  if (interval === null) return null;
  return fill(v.likelyBetween, {
    low: npsScoreText(interval.low, format.locale),
    high: npsScoreText(interval.high, format.locale),
    level: format.level(interval.level),
  });
}

/** A share's interval in words (`66% to 82%`), derived from `successes` of `total` when absent. */
export function shareIntervalText(
  interval: ConfidenceInterval | null | undefined,
  successes: number,
  total: number,
  format: Formatters,
  v: VoiceMessages,
): string | null {
  const value = intervalOf(interval, () => wilsonInterval(successes, total));
  return intervalText(value, (bound) => format.percent(bound), format, v);
}

/**
 * Whether a share (CSAT, CES) rests on a low sample: never without responses; a result without
 * `lowSample` (computed before it existed) is judged against 30.
 */
export function isLowShare(result: {
  total: number;
  lowSample?: boolean;
  lowSampleThreshold?: number;
}): boolean {
  if (result.total === 0) return false;
  return result.lowSample ?? result.total < (result.lowSampleThreshold ?? 30);
}

/** The low-sample note of a share, see {@link isLowShare}. */
export function lowSampleShareText(
  result: { total: number; lowSample?: boolean; lowSampleThreshold?: number },
  interval: string | null,
  format: Formatters,
  v: VoiceMessages,
): string | null {
  const threshold = result.lowSampleThreshold ?? 30;
  if (!isLowShare(result) || interval === null) return null;
  return fill(v.lowSampleShare, {
    responses: responsesText(result.total, format, v),
    threshold: format.count(threshold),
    interval,
  });
}

/** The interval as a sentence of a chart's text alternative, or `null` without one. */
export function intervalSentence(text: string | null, v: VoiceMessages): string | null {
  return text === null ? null : fill(v.summaryInterval, { interval: text });
}
