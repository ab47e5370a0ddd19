import type {
  BenchmarkOptions,
  NpsResult,
  NpsTrendInput,
  NpsTrendPoint,
  SurveyResponseInput,
} from '@vitals/metrics';
import { useNps } from '@vitals/metrics/react';
import type { ReactNode } from 'react';
import { type ChartContentProps, defineChart } from '../internal/chart';
import { enNps } from '../messages/en';
import { fill } from '../messages/template';
import type { NpsMessages } from '../messages/types';
import { useMessages } from '../messages/useMessages';
import { surveyAccounts } from '@vitals/metrics';
import {
  lowSampleText,
  npsParts,
  npsRating,
  npsSegmentRow,
  npsSummary,
  npsTableRows,
  trendPointText,
} from './nps.text';
import { NpsTrendPlot } from './NpsTrendPlot';
import {
  type SurveyBreakdownProps,
  type SurveyConfig,
  SurveyBreakdownView,
} from './SurveyBreakdown';
import { groupKind, warnGroupByWithoutResponses } from './VoiceStatus';
import { marginText, npsLikelyText, npsScoreText, rangeText, responsesText } from './voice.format';

/** Props of {@link NpsBreakdown}: either `data`, or raw `responses` with `nps()`'s options. */
export interface NpsBreakdownProps extends SurveyBreakdownProps<NpsResult> {
  /**
   * A precomputed `nps()` result (e.g. computed on the server); the `groups` and `trend` it
   * carries (from `nps()`'s `groupBy` or `segments` and `trend` options) are drawn too.
   */
  data?: NpsResult | null | undefined;
  /** Raw 0–10 answers: numbers or `{ score, segment?, channel?, … }`. */
  responses?: readonly SurveyResponseInput[] | undefined;
  /**
   * The score over time: one entry per period, `{ period, responses }` or `{ period, result }`.
   * @default undefined (no trend)
   */
  trend?: readonly NpsTrendInput[] | undefined;
  /**
   * The benchmark table the rating in words reads (see `DEFAULT_BENCHMARKS` in `@vitals/metrics`).
   * @default DEFAULT_BENCHMARKS
   */
  benchmarks?: BenchmarkOptions['table'] | undefined;
}

/**
 * An NPS breakdown: the score with its margin of error and benchmark rating, a low-sample
 * warning, the promoter / passive / detractor bar, the 0–10 distribution, and optionally the
 * score over time and one row per segment.
 *
 * @example
 * <NpsBreakdown responses={responses} groupBy="segment" />
 * <NpsBreakdown data={nps(responses)} trend={[{ period: '2025-11', result: nps(november) }]} />
 *
 * `height` is the 0–10 distribution's height, 160 px by default; the other sections add theirs.
 */
export const NpsBreakdown: (props: NpsBreakdownProps) => ReactNode = defineChart({
  name: 'NpsBreakdown',
  baseClass: 'vitals-nps',
  messages: { group: 'nps', english: enNps },
  height: 160,
  // The share bar and section headings above the distribution, and the trend below it.
  plotHeight: (props, height) => height + 110 + (props.trend?.length ? 192 : 0),
  skeleton: 'columns',
  Content: NpsBreakdownContent,
});

const NPS: SurveyConfig<NpsResult, NpsMessages> = {
  metric: 'NPS',
  isEmpty: (data) => data.score === null,
  rating: (data, format, v, benchmarks) => npsRating(data.score, format, v, benchmarks),
  segmentRow: npsSegmentRow,
  summary: ({ data, format, rating, trend, rows, v, m }) =>
    npsSummary(data, format, rating?.sentence ?? null, trend, rows, v, m),
  kpis: ({ data, format, v, m }) => {
    const likely = npsLikelyText(data, format, v);
    return (
      <>
        {/* The score with its margin (SPEC §9), and under it, smaller, the bounded interval. */}
        <span className="vitals-kpi vitals-voice-headline" data-metric="nps">
          <span>
            <abbr title={m.title}>NPS</abbr>{' '}
            <strong>{npsScoreText(data.score, format.locale)}</strong>{' '}
            <span className="vitals-voice-margin" title={m.margin}>
              {marginText(data.marginOfError, format.locale)}
            </span>
          </span>
          {likely && (
            <span className="vitals-voice-likely" data-metric="interval" title={v.intervalTitle}>
              {likely}
            </span>
          )}
        </span>
        <span className="vitals-kpi" data-metric="responses">
          {responsesText(data.total, format, v)}
        </span>
      </>
    );
  },
  notes: ({ data, format, v, m }) => {
    const low = lowSampleText(data, format, v, m);
    return (
      low && (
        <p className="vitals-chart-note vitals-voice-low-sample" role="note">
          {low}
        </p>
      )
    );
  },
  tableRows: ({ data, groups, groupName, trend, format, v, m }) =>
    npsTableRows(data, groups, groupName, trend, format, v, m),
  parts: npsParts,
  distributionTitle: ({ format, v }) => fill(v.scores, { range: rangeText(0, 10, format.locale) }),
  trend: ({ data, trend, format, v, m }) => {
    const level = trend.find((point) => point.interval)?.interval?.level;
    const words = {
      points: trend,
      title: m.trendTitle,
      plotLabel: m.trendPlotLabel,
      pointText: (point: NpsTrendPoint) => trendPointText(point, format, v, m),
      legend: {
        score: m.trendLegendScore,
        low: fill(m.trendLegendLow, {
          responses: responsesText(data.lowSampleThreshold, format, v),
        }),
        interval:
          level === undefined ? null : fill(m.trendLegendInterval, { level: format.level(level) }),
      },
    };
    return {
      ...words,
      render: (section, width) => (
        <NpsTrendPlot trend={words} format={format} width={width} height={140} marks={section} />
      ),
    };
  },
};

function NpsBreakdownContent({
  data,
  responses,
  lowSampleThreshold,
  confidence,
  onInvalid,
  trend,
  segments,
  groupBy,
  maxGroups,
  benchmarks,
  shell,
  select,
}: ChartContentProps<NpsBreakdownProps>) {
  const m = useMessages('nps', enNps);
  const isRaw = responses !== undefined;
  const hasData = data !== undefined && data !== null;
  const options = { lowSampleThreshold, confidence, onInvalid, maxGroups, trend, segments };
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
      m={m}
      result={result}
      extras={extras.data || extras.error ? extras : undefined}
      hasInput={isRaw || hasData}
      kind={groupKind(segments, groupBy)}
      shell={shell}
      select={select}
      accountsOf={
        isRaw
          ? (filter) =>
              // Rows given as `segments` are not fields of the responses: no accounts for them.
              segments && (filter.segment ?? filter.channel) !== undefined
                ? undefined
                : surveyAccounts(responses, { survey: 'nps', onInvalid, ...filter })
          : undefined
      }
      benchmarks={benchmarks}
    />
  );
}
