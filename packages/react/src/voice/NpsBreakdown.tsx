import type {
  BenchmarkOptions,
  InvalidRowPolicy,
  NpsResult,
  NpsTrendInput,
  SurveyResponseInput,
  VoiceGroupBy,
  VoiceSegmentInput,
} from '@vitals/metrics';
import { useNps } from '@vitals/metrics/react';
import type { ReactNode } from 'react';
import { ChartBoundary } from '../internal/ChartBoundary';
import {
  lowSampleText,
  npsParts,
  npsRating,
  npsSegmentRow,
  npsSummary,
  npsTableRows,
} from './nps.text';
import { NpsTrendPlot } from './NpsTrendPlot';
import { type SurveyConfig, SurveyBreakdownView } from './SurveyBreakdown';
import { segmentPrefix, warnGroupByWithoutResponses } from './VoiceStatus';
import { marginText, npsScoreText, responsesText } from './voice.format';

/** Props of {@link NpsBreakdown}: either `data`, or raw `responses` with `nps()`'s options. */
export interface NpsBreakdownProps {
  /**
   * A precomputed `nps()` result (e.g. computed on the server); the `groups` and `trend` it
   * carries (from `nps()`'s `groupBy` or `segments` and `trend` options) are drawn too.
   */
  data?: NpsResult | null | undefined;
  /** Raw 0–10 answers: numbers or `{ score, segment?, channel?, … }`. */
  responses?: readonly SurveyResponseInput[] | undefined;
  /**
   * Fewer valid responses than this shows the low-sample warning.
   * @default 30
   */
  lowSampleThreshold?: number | undefined;
  /**
   * What to do with bad rows: `'throw'` shows the error state listing them; `'skip'` draws from
   * the good rows and says how many were skipped.
   * @default 'throw'
   */
  onInvalid?: InvalidRowPolicy | undefined;
  /**
   * The score over time: one entry per period, `{ period, responses }` or `{ period, result }`.
   * @default undefined (no trend)
   */
  trend?: readonly NpsTrendInput[] | undefined;
  /**
   * Per-segment rows, `{ name, responses }` or `{ name, result }`, in the order given.
   * @default undefined (no rows, unless `groupBy` is set)
   */
  segments?: ReadonlyArray<VoiceSegmentInput<NpsResult>> | undefined;
  /**
   * Computes one row per value of this field of `responses` (largest group first). Ignored
   * when `segments` is given or without raw `responses`.
   * @default undefined
   */
  groupBy?: VoiceGroupBy | undefined;
  /**
   * The most per-segment rows drawn: past it, the first `maxGroups − 1` stay and the rest are
   * pooled into one "Other" row, with a note saying how many it holds.
   * @default 12
   */
  maxGroups?: number | undefined;
  /**
   * The benchmark table the rating in words reads (see `DEFAULT_BENCHMARKS` in `@vitals/metrics`).
   * @default DEFAULT_BENCHMARKS
   */
  benchmarks?: BenchmarkOptions['table'] | undefined;
  /**
   * Shows a loading placeholder instead of the chart.
   * @default false
   */
  loading?: boolean | undefined;
  /**
   * The chart's heading.
   * @default 'Net Promoter Score'
   */
  title?: ReactNode | undefined;
  /**
   * Height of the 0–10 distribution in pixels; the width follows the container.
   * @default 160
   */
  height?: number | undefined;
  /**
   * Shows the data table under the chart from the start (it is always available to screen readers).
   * @default false
   */
  defaultShowTable?: boolean | undefined;
  /** Extra class on the root element. @default undefined */
  className?: string | undefined;
}

/**
 * An NPS breakdown: the score with its margin of error and benchmark rating, a low-sample
 * warning, the promoter / passive / detractor bar, the 0–10 distribution, and optionally the
 * score over time and one row per segment.
 *
 * @example
 * <NpsBreakdown responses={responses} groupBy="segment" />
 * <NpsBreakdown data={nps(responses)} trend={[{ period: '2025-11', result: nps(november) }]} />
 */
export function NpsBreakdown(props: NpsBreakdownProps) {
  const title = props.title ?? 'Net Promoter Score';
  return (
    <ChartBoundary baseClass="vitals-nps" title={title} className={props.className}>
      <NpsBreakdownContent {...props} title={title} />
    </ChartBoundary>
  );
}

const NPS: SurveyConfig<NpsResult> = {
  baseClass: 'vitals-nps',
  metric: 'NPS',
  loadingLabel: 'Loading Net Promoter Score…',
  emptyMessage: 'No survey responses yet, so there is no NPS to show (—).',
  isEmpty: (data) => data.score === null,
  rating: (data, format, benchmarks) => npsRating(data.score, format, benchmarks),
  segmentRow: npsSegmentRow,
  summary: ({ data, format, rating, trend, rows }) =>
    npsSummary(data, format, rating?.sentence ?? null, trend, rows),
  kpis: ({ data, format }) => (
    <>
      <span className="vitals-kpi" data-metric="nps">
        <abbr title="Net Promoter Score">NPS</abbr>{' '}
        <strong>{npsScoreText(data.score, format.locale)}</strong>{' '}
        <span className="vitals-voice-margin" title="Margin of error at 95 % confidence">
          {marginText(data.marginOfError, format.locale)}
        </span>
      </span>
      <span className="vitals-kpi" data-metric="responses">
        {responsesText(data.total, format)}
      </span>
    </>
  ),
  notes: ({ data, format }) => {
    const low = lowSampleText(data, format);
    return (
      low && (
        <p className="vitals-chart-note vitals-voice-low-sample" role="note">
          {low}
        </p>
      )
    );
  },
  tableRows: ({ data, groups, prefix, trend, format }) =>
    npsTableRows(data, groups, prefix, trend, format),
  partsTitle: 'Promoters, passives and detractors',
  parts: npsParts,
  distributionTitle: () => 'Scores 0–10',
  plot: ({ trend, format }, width, tooltipId) =>
    trend.length > 0 && (
      <NpsTrendPlot
        points={trend}
        format={format}
        width={width}
        height={140}
        tooltipId={tooltipId}
      />
    ),
};

function NpsBreakdownContent({
  data,
  responses,
  lowSampleThreshold,
  onInvalid,
  trend,
  segments,
  groupBy,
  maxGroups,
  benchmarks,
  loading = false,
  title,
  height = 160,
  defaultShowTable = false,
  className,
}: NpsBreakdownProps & { title: ReactNode }) {
  const isRaw = responses !== undefined;
  const hasData = data !== undefined && data !== null;
  const options = { lowSampleThreshold, onInvalid, maxGroups, trend, segments };
  // Groups from `segments` (in their order) win over `groupBy`.
  const by = segments ? undefined : groupBy;
  const result = useNps(
    isRaw ? { responses, ...options, groupBy: by } : hasData ? { data } : undefined,
  );
  // Rows and a trend asked for beside a precomputed result: computed on their own.
  const extras = useNps(
    !isRaw && hasData && (segments || trend) ? { responses: [], ...options } : undefined,
  );
  if (by && !isRaw && hasData && !data.groups)
    warnGroupByWithoutResponses('NpsBreakdown', 'per-segment');
  return (
    <SurveyBreakdownView
      config={NPS}
      result={result}
      extras={extras.data || extras.error ? extras : undefined}
      hasInput={isRaw || hasData}
      prefix={segmentPrefix(segments, groupBy)}
      loading={loading}
      title={title}
      height={height}
      defaultShowTable={defaultShowTable}
      className={className}
      benchmarks={benchmarks}
    />
  );
}
