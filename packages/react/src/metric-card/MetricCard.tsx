import {
  type CompareTo,
  type HistoryPoint,
  comparisonPoint,
  historyPoints,
  historyStats,
  metricChange,
} from '@vitals/metrics';
import { type CSSProperties, type ReactNode, type Ref, forwardRef, useId } from 'react';
import { rootPropsOf } from '../internal/chart/defineChart';
import type { ChartVariant, PassThroughAttributes } from '../internal/chart/types';
import { ErrorWords, VitalsErrorBoundary } from '../internal/chart/ErrorBoundary';
import { useElementWidth } from '../internal/useElementWidth';
import { showMoreWords, useCommonWords } from '../internal/issueWords';
import { enBenchmarks, enMetricCard } from '../messages/en';
import { fill } from '../messages/template';
import { useMessages } from '../messages/useMessages';
import { warnOnce } from '../internal/warn';
import { useVitals } from '../provider/context';
import {
  type MetricInterval,
  isWithinNoise,
  metricCardProblems,
  sparklineGeometry,
} from './metric-card.model';
import { type MetricCardMetric, metricCardDefaults } from './metric-card.metric';
import {
  type MetricBenchmark,
  type MetricFormat,
  benchmarkText,
  changeText,
  problemText,
  problemsText,
  reasonText,
  sparklineText,
  valueText,
} from './metric-card.text';

/** Props of {@link MetricCard}. */
export interface MetricCardProps extends PassThroughAttributes {
  /** What the value is, e.g. "Net revenue retention". */
  label: string;
  /**
   * The value, or `null` when it can't be computed (then say why in `reason`). Anything else
   * (`NaN`, `Infinity`, a string) shows the error state naming the problem, as does an unusable
   * `previousValue` or `history` entry.
   */
  value: number | null;
  /**
   * Why `value` is `null`: a reason code from `@vitals/metrics` (`'no-starting-mrr'`,
   * `'no-responses'`, `'zero-churn'`, …) or your own sentence.
   * @default undefined
   */
  reason?: string | undefined;
  /**
   * The value to compare with, e.g. last month's.
   * @default undefined (no change shown, or the `history` point `compareTo` picks)
   */
  previousValue?: number | null | undefined;
  /**
   * Compares the value with the `history` point of the previous period or of the same period a
   * year earlier (`comparisonPoint` of `@vitals/metrics`: by the points' `period` labels, or the
   * point before the last when they have none), when `previousValue` is not given; it also sets
   * the default `comparisonLabel`.
   * @default undefined (compare with `previousValue`, if any)
   */
  compareTo?: CompareTo | undefined;
  /**
   * What the previous value was, in words.
   * @default the `metricCard.previousPeriod` message ('previous period' in English), or
   * `metricCard.previousYear` with `compareTo: 'previous-year'`
   */
  comparisonLabel?: string | undefined;
  /**
   * What the figure is (`'nrr'`, `'grr'`, `'logoChurn'`, `'nps'`, `'csat'`, `'arpa'`, `'mrr'`, …):
   * picks `format`, `higherIsBetter` and `benchmark` when they are not given. The benchmarked
   * metrics read them from `DEFAULT_BENCHMARKS` (a fraction is a percentage, its change in
   * percentage points); logo churn's benchmark needs a segment, so pass `benchmark` for it.
   * @default undefined
   */
  metric?: MetricCardMetric | undefined;
  /**
   * How numbers are written: `'currency'` and `'count'` through the provider's formatters,
   * `'percent'` for fractions (changes in percentage points), or your own function.
   * @default the `metric`'s format, else 'count'
   */
  format?: MetricFormat | undefined;
  /** Past values, oldest first, as numbers or `{ period, value }`; drawn as a sparkline. @default [] */
  history?: ReadonlyArray<number | null | HistoryPoint> | undefined;
  /**
   * The value's confidence interval on the value's own scale, e.g. `csat(r).interval` for a CSAT
   * share or `nps(r).interval` for an NPS. When `previousValue` lies inside it, the change is
   * within sampling noise: the card says "Within noise" with the change in brackets and a neutral
   * tone (`data-noise="within"`), not a red "Down". An unusable interval shows the error state.
   * @default undefined (every change reads as up or down)
   */
  interval?: MetricInterval | null | undefined;
  /**
   * Rates the value against a benchmark (`rateAgainstBenchmark`) and says the rating in words.
   * @default the `metric`'s benchmark, if it has one
   */
  benchmark?: MetricBenchmark | undefined;
  /**
   * Whether a higher value is good news (NRR) or bad news (churn): sets the change's `data-tone`.
   * @default the `metric`'s direction, else true
   */
  higherIsBetter?: boolean | undefined;
  /**
   * Shows a loading placeholder instead of the value.
   * @default false
   */
  loading?: boolean | undefined;
  /**
   * Height of the sparkline in pixels; its width follows the card.
   * @default 40
   */
  height?: number | undefined;
  /** Extra class on the root element. */
  className?: string | undefined;
  /**
   * `'card'` draws the card's own frame; `'bare'` draws no frame, padding or background, so the
   * figure sits inside the host's own card. Set as `data-variant` on the root.
   * @default 'card'
   */
  variant?: ChartVariant | undefined;
  /** The root element's id. @default undefined */
  id?: string | undefined;
  /** Inline style on the root element. @default undefined */
  style?: CSSProperties | undefined;
  /** The root element (a `div` with `role="group"`). @default undefined */
  ref?: Ref<HTMLDivElement> | undefined;
}

/** What every state of the card puts on its root: pass-through props, `ref` and the variant. */
type CardRoot = Record<string, unknown> & { 'data-variant': ChartVariant };

/**
 * A headline figure: the value, its signed change against a previous value (the direction in
 * words for screen readers), a sparkline with a text alternative, and its benchmark rating in
 * words. Put a row of cards in an element with the class `vitals-metric-card-row` to line up
 * their values.
 *
 * @example
 * <MetricCard label="NRR" value={1.12} previousValue={1.08} format="percent"
 *   history={[1.02, 1.05, 1.08, 1.12]} benchmark={{ metric: 'nrr' }} />
 * <MetricCard label="NRR" metric="nrr" value={1.02} previousValue={0.97} />
 * <MetricCard label="NPS" metric="nps" value={42} compareTo="previous-year" history={npsByMonth} />
 */
export const MetricCard: (props: MetricCardProps) => ReactNode = forwardRef<
  HTMLDivElement,
  MetricCardProps
>(function MetricCard(props, ref: Ref<HTMLDivElement>) {
  const root: CardRoot = {
    ...rootPropsOf(props),
    ref,
    'data-variant': props.variant === 'bare' ? 'bare' : 'card',
  };
  return (
    <VitalsErrorBoundary
      noun="card"
      fallback={(error) => (
        <div
          {...root}
          className={['vitals-metric-card', props.className].filter(Boolean).join(' ')}
          role="group"
          aria-label={typeof props.label === 'string' ? props.label : undefined}
          data-state="error"
        >
          <p className="vitals-metric-card-label">{String(props.label)}</p>
          <div className="vitals-metric-card-error" role="alert">
            <ErrorWords
              noun="card"
              detail={<p className="vitals-error-message">{error.message}</p>}
            />
          </div>
        </div>
      )}
    >
      <MetricCardContent {...props} root={root} />
    </VitalsErrorBoundary>
  );
}) as unknown as (props: MetricCardProps) => ReactNode;
(MetricCard as { displayName?: string }).displayName = 'MetricCard';

function MetricCardContent({
  label,
  value,
  reason,
  previousValue: givenPreviousValue,
  compareTo,
  comparisonLabel,
  metric,
  format: givenFormat,
  history,
  benchmark: givenBenchmark,
  interval,
  higherIsBetter: givenHigherIsBetter,
  loading = false,
  height = 40,
  className,
  root,
}: MetricCardProps & { root: CardRoot }) {
  const { format: f } = useVitals();
  const m = useMessages('metricCard', enMetricCard);
  const b = useMessages('benchmarks', enBenchmarks);
  const words = useCommonWords();
  const id = useId();
  const [sparkRef, width] = useElementWidth<HTMLDivElement>(200);
  const classes = ['vitals-metric-card', className].filter(Boolean).join(' ');
  const labelId = `${id}-label`;
  const defaults = metric === undefined ? null : metricCardDefaults(metric);
  if (metric !== undefined && defaults === null) {
    warnOnce(
      `MetricCard "${label}": unknown metric ${JSON.stringify(metric)}; using format 'count', a higher value as good news and no benchmark.`,
    );
  }
  const format = givenFormat ?? defaults?.format ?? 'count';
  const higherIsBetter = givenHigherIsBetter ?? defaults?.higherIsBetter ?? true;
  const benchmark = givenBenchmark ?? defaults?.benchmark;
  const isComparing = compareTo === 'previous-period' || compareTo === 'previous-year';
  if (compareTo !== undefined && !isComparing) {
    warnOnce(
      `MetricCard "${label}": compareTo must be 'previous-period' or 'previous-year', got ${JSON.stringify(compareTo)}; comparing with previousValue only.`,
    );
  }

  if (loading) {
    return (
      <div
        {...root}
        className={classes}
        role="group"
        aria-labelledby={labelId}
        aria-busy="true"
        data-state="loading"
      >
        <p id={labelId} className="vitals-metric-card-label">
          {label}
        </p>
        <div className="vitals-skeleton vitals-metric-card-skeleton" />
        <p className="vitals-visually-hidden" role="status">
          {fill(m.loading, { label })}
        </p>
      </div>
    );
  }

  const problems = metricCardProblems({
    value,
    previousValue: givenPreviousValue,
    history,
    interval,
  });
  if (problems.length > 0) {
    const { summary, list, rest } = problemsText(problems, m, f);
    warnOnce(
      `MetricCard "${label}": ${problems.map(problemText).join('; ')}; showing the error state.`,
    );
    return (
      <div {...root} className={classes} role="group" aria-labelledby={labelId} data-state="error">
        <p id={labelId} className="vitals-metric-card-label">
          {label}
        </p>
        <div className="vitals-metric-card-error" role="alert">
          <p className="vitals-metric-card-message">{summary}</p>
          {list.length > 0 && (
            <ul className="vitals-issue-list">
              {list.map((line, index) => (
                <li key={index}>{line}</li>
              ))}
            </ul>
          )}
          {rest.length > 0 && (
            <details className="vitals-issue-more">
              <summary>{showMoreWords(rest.length, words)}</summary>
              <ul className="vitals-issue-list">
                {rest.map((line, index) => (
                  <li key={index}>{line}</li>
                ))}
              </ul>
            </details>
          )}
        </div>
      </div>
    );
  }

  // The props were checked above, so these pure functions of @vitals/metrics cannot throw.
  const points = historyPoints(history);
  let previousValue = givenPreviousValue;
  if (previousValue === undefined && isComparing) {
    try {
      previousValue = comparisonPoint(points, compareTo)?.value ?? undefined;
    } catch (error) {
      warnOnce(`MetricCard "${label}": no comparison (${(error as Error).message}).`);
    }
  }
  const defaultLabel = compareTo === 'previous-year' ? m.previousYear : m.previousPeriod;
  const change = metricChange(value, previousValue, {
    higherIsBetter: typeof higherIsBetter === 'boolean' ? higherIsBetter : true,
  });
  const isNoise = change !== null && isWithinNoise(value, previousValue, interval);
  const tone = isNoise ? 'neutral' : change?.tone;
  const stats = historyStats(points);
  let rating: ReturnType<typeof benchmarkText> = null;
  if (benchmark) {
    try {
      rating = benchmarkText(value, benchmark, f, m, b);
    } catch (error) {
      warnOnce(`MetricCard "${label}": no benchmark rating (${(error as Error).message}).`);
    }
  }
  const spark = stats && stats.count > 1 ? sparklineGeometry(points, { width, height }) : null;

  return (
    <div
      {...root}
      className={classes}
      role="group"
      aria-labelledby={labelId}
      data-state={value === null ? 'empty' : 'ready'}
      data-tone={tone}
    >
      <p id={labelId} className="vitals-metric-card-label">
        {label}
      </p>
      <p className="vitals-metric-card-value">
        {value === null ? (
          <>
            <span aria-hidden="true">—</span>
            <span className="vitals-visually-hidden">{m.noValue}</span>
          </>
        ) : (
          valueText(value, format, f)
        )}
      </p>
      {value === null && <p className="vitals-metric-card-reason">{reasonText(reason, m)}</p>}
      {change && (
        <p
          className="vitals-metric-card-change"
          data-tone={tone}
          data-direction={change.direction}
          data-noise={isNoise ? 'within' : undefined}
        >
          {change.direction === 'flat' ? (
            m.noChange
          ) : isNoise ? (
            fill(m.withinNoise, { change: changeText(change, format, f, m) })
          ) : (
            <DirectionWords
              template={change.direction === 'up' ? m.up : m.down}
              change={changeText(change, format, f, m)}
            />
          )}
          <span className="vitals-metric-card-comparison">
            {' '}
            {fill(m.comparison, { comparison: comparisonLabel ?? defaultLabel })}
          </span>
          {isNoise && interval ? (
            <span className="vitals-visually-hidden">
              {' '}
              {fill(m.withinNoiseDetail, {
                level: f.level(interval.level ?? 0.95),
                low: valueText(interval.low, format, f),
                high: valueText(interval.high, format, f),
              })}
            </span>
          ) : (
            change.tone !== 'neutral' && (
              <span className="vitals-visually-hidden">
                {' '}
                {change.tone === 'positive' ? m.improvement : m.decline}
              </span>
            )
          )}
        </p>
      )}
      {spark && stats && (
        <div ref={sparkRef} className="vitals-metric-card-spark">
          <svg
            className="vitals-metric-card-sparkline"
            width={width}
            height={height}
            viewBox={`0 0 ${width} ${height}`}
            role="img"
            aria-label={sparklineText(stats, format, f, m)}
          >
            <path className="vitals-metric-card-sparkline-line" d={spark.path} />
            {spark.last && (
              <circle
                className="vitals-metric-card-sparkline-dot"
                cx={spark.last.x}
                cy={spark.last.y}
                r={3}
              />
            )}
          </svg>
        </div>
      )}
      {rating && (
        <p className="vitals-metric-card-rating" data-rating={rating.rating}>
          {m.benchmark} <strong>{rating.text}</strong>
        </p>
      )}
    </div>
  );
}

/**
 * "Up +$400": the signed change is the one visible cue of the direction (design.md, "Changes");
 * the word around it ("Up", "Gestiegen um", "上昇") is for screen readers only.
 */
function DirectionWords({ template, change }: { template: string; change: string }) {
  const [before = '', after = ''] = template.split('{change}');
  return (
    <>
      {before && <span className="vitals-visually-hidden">{before}</span>}
      <span className="vitals-metric-card-delta">{change}</span>
      {after && <span className="vitals-visually-hidden">{after}</span>}
    </>
  );
}
