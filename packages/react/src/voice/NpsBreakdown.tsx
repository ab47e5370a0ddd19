import type {
  BenchmarkOptions,
  InvalidRowPolicy,
  NpsResult,
  SurveyResponseInput,
} from '@vitals/metrics';
import { nps } from '@vitals/metrics';
import { useNps } from '@vitals/metrics/react';
import { type ReactNode, useMemo } from 'react';
import { ChartBoundary } from '../internal/ChartBoundary';
import { ChartFrame } from '../internal/ChartFrame';
import { warnOnce } from '../internal/warn';
import { useVitals } from '../provider/context';
import {
  lowSampleText,
  npsParts,
  npsRating,
  npsSegmentRow,
  npsSummary,
  npsTableRows,
} from './nps.text';
import { type NpsTrendInput, npsTrendPoints } from './nps.trend';
import { NpsTrendPlot } from './NpsTrendPlot';
import { VoiceBody } from './VoiceBody';
import {
  VoiceBenchmarkNote,
  VoiceRating,
  segmentPrefix,
  settleExtra,
  voiceStatus,
} from './VoiceStatus';
import { marginText, npsScoreText, responsesText } from './voice.format';
import { type VoiceGroupBy, type VoiceSegmentInput, resolveSegments } from './voice.groups';
import { voiceColumns } from './voice.parts';
import { SkippedRowsNote } from '../internal/ChartStates';

/** Props of {@link NpsBreakdown}: either `data`, or raw `responses` with `nps()`'s options. */
export interface NpsBreakdownProps {
  /** A precomputed `nps()` result (e.g. computed on the server). */
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

const NO_RESULT = nps([]);
const BASE = 'vitals-nps';

function NpsBreakdownContent({
  data,
  responses,
  lowSampleThreshold,
  onInvalid,
  trend,
  segments,
  groupBy,
  benchmarks,
  loading = false,
  title,
  height = 160,
  defaultShowTable = false,
  className,
}: NpsBreakdownProps & { title: ReactNode }) {
  const { format } = useVitals();
  const hasInput = responses !== undefined || (data !== undefined && data !== null);
  const result = useNps(
    responses !== undefined
      ? { responses, lowSampleThreshold, onInvalid }
      : { data: data ?? NO_RESULT },
  );
  if (groupBy && !segments && responses === undefined && hasInput) {
    warnOnce(
      'NpsBreakdown: `groupBy` needs raw `responses`; with `data` alone no per-segment rows are shown.',
    );
  }
  const options = { lowSampleThreshold, onInvalid };
  const extras = useMemo(
    () =>
      settleExtra('The per-segment rows or the trend', () => ({
        segments: resolveSegments((rows) => nps(rows, options), segments, groupBy, responses),
        trend: npsTrendPoints(trend ?? [], options),
      })),
    // `options` is rebuilt each render from the two fields listed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [segments, groupBy, responses, trend, lowSampleThreshold, onInvalid],
  );
  const status = voiceStatus({
    baseClass: BASE,
    title,
    className,
    isLoading: loading,
    loadingLabel: 'Loading Net Promoter Score…',
    isEmpty: !hasInput || result.data?.score === null,
    emptyMessage: 'No survey responses yet, so there is no NPS to show (—).',
    error: result.error ?? extras.error,
    issues: result.error ? result.issues : [],
  });
  if (status || !result.data || !extras.value) return status;

  const data_ = result.data;
  const rows = extras.value.segments.map((s, i) => npsSegmentRow(s, i, format));
  const rating = npsRating(data_.score, format, benchmarks);
  const low = lowSampleText(data_, format);
  const prefix = segmentPrefix(segments, groupBy);
  return (
    <ChartFrame
      baseClass={BASE}
      className={className}
      title={title}
      summary={npsSummary(data_, format, rating?.sentence ?? null, extras.value.trend, rows)}
      kpis={
        <>
          <span className="vitals-kpi" data-metric="nps">
            <abbr title="Net Promoter Score">NPS</abbr>{' '}
            <strong>{npsScoreText(data_.score, format.locale)}</strong>{' '}
            <span className="vitals-voice-margin" title="Margin of error at 95 % confidence">
              {marginText(data_.marginOfError, format.locale)}
            </span>
          </span>
          <span className="vitals-kpi" data-metric="responses">
            {responsesText(data_.total, format)}
          </span>
          {rating && <VoiceRating rating={rating} />}
        </>
      }
      note={
        <>
          <VoiceBenchmarkNote rating={rating} />
          {low && (
            <p className="vitals-chart-note vitals-voice-low-sample" role="note">
              {low}
            </p>
          )}
          <SkippedRowsNote issues={result.issues} />
        </>
      }
      table={{
        caption: typeof title === 'string' ? `${title}: data` : 'NPS data',
        rowHeader: 'Breakdown',
        columns: voiceColumns('NPS'),
        rows: npsTableRows(data_, extras.value.segments, prefix, extras.value.trend, format),
      }}
      defaultShowTable={defaultShowTable}
    >
      {(width, ids) => (
        <VoiceBody
          format={format}
          width={width}
          tooltipId={ids.tooltip}
          partsTitle="Promoters, passives and detractors"
          parts={npsParts(data_)}
          distributionTitle="Scores 0–10"
          distribution={data_.distribution}
          distributionHeight={height}
          rowsTitle={`By ${prefix.toLowerCase()}`}
          rows={rows}
        >
          {extras.value.trend.length > 0 && (
            <NpsTrendPlot
              points={extras.value.trend}
              format={format}
              width={width}
              height={140}
              tooltipId={`${ids.tooltip}-trend`}
            />
          )}
        </VoiceBody>
      )}
    </ChartFrame>
  );
}
