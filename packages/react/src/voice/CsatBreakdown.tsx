import type {
  BenchmarkOptions,
  CsatResult,
  InvalidRowPolicy,
  SurveyResponseInput,
} from '@vitals/metrics';
import { csat } from '@vitals/metrics';
import { useCsat } from '@vitals/metrics/react';
import { type ReactNode, useMemo } from 'react';
import { ChartBoundary } from '../internal/ChartBoundary';
import { ChartFrame } from '../internal/ChartFrame';
import { warnOnce } from '../internal/warn';
import { useVitals } from '../provider/context';
import { csatParts, csatRating, csatSegmentRow, csatSummary, csatTableRows } from './csat.text';
import { VoiceBody } from './VoiceBody';
import {
  VoiceBenchmarkNote,
  VoiceRating,
  segmentPrefix,
  settleExtra,
  voiceStatus,
} from './VoiceStatus';
import { meanText, rangeText, shareText } from './voice.format';
import { type VoiceGroupBy, type VoiceSegmentInput, resolveSegments } from './voice.groups';
import { voiceColumns } from './voice.parts';
import { SkippedRowsNote } from '../internal/ChartStates';

/** Props of {@link CsatBreakdown}: either `data`, or raw `responses` with `csat()`'s options. */
export interface CsatBreakdownProps {
  /** A precomputed `csat()` result (e.g. computed on the server). */
  data?: CsatResult | null | undefined;
  /** Raw 1..scale answers: numbers or `{ score, segment?, channel?, … }`. */
  responses?: readonly SurveyResponseInput[] | undefined;
  /**
   * The highest score; answers are integers from 1 to `scale`.
   * @default 5
   */
  scale?: number | undefined;
  /**
   * The lowest score that counts as satisfied.
   * @default scale − 1 (top-two-box: 4 on 5, 9 on 10)
   */
  satisfiedMin?: number | undefined;
  /**
   * What to do with bad rows: `'throw'` shows the error state listing them; `'skip'` draws from
   * the good rows and says how many were skipped.
   * @default 'throw'
   */
  onInvalid?: InvalidRowPolicy | undefined;
  /**
   * Per-group rows, `{ name, responses }` or `{ name, result }`, in the order given.
   * @default undefined (no rows, unless `groupBy` is set)
   */
  segments?: ReadonlyArray<VoiceSegmentInput<CsatResult>> | undefined;
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
   * @default 'Customer satisfaction'
   */
  title?: ReactNode | undefined;
  /**
   * Height of the score distribution in pixels; the width follows the container.
   * @default 140
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
 * A CSAT breakdown: the share of satisfied answers (top-two-box by default) with satisfied of
 * total and its benchmark rating in words, the satisfied / not satisfied bar, the 1..scale
 * distribution, and optionally one row per group.
 *
 * @example
 * <CsatBreakdown responses={responses} groupBy="channel" />
 * <CsatBreakdown data={csat(responses, { scale: 10 })} />
 */
export function CsatBreakdown(props: CsatBreakdownProps) {
  const title = props.title ?? 'Customer satisfaction';
  return (
    <ChartBoundary baseClass={BASE} title={title} className={props.className}>
      <CsatBreakdownContent {...props} title={title} />
    </ChartBoundary>
  );
}

const NO_RESULT = csat([]);
const BASE = 'vitals-csat';

function CsatBreakdownContent({
  data,
  responses,
  scale,
  satisfiedMin,
  onInvalid,
  segments,
  groupBy,
  benchmarks,
  loading = false,
  title,
  height = 140,
  defaultShowTable = false,
  className,
}: CsatBreakdownProps & { title: ReactNode }) {
  const { format } = useVitals();
  const hasInput = responses !== undefined || (data !== undefined && data !== null);
  const result = useCsat(
    responses !== undefined
      ? { responses, scale, satisfiedMin, onInvalid }
      : { data: data ?? NO_RESULT },
  );
  if (groupBy && !segments && responses === undefined && hasInput) {
    warnOnce(
      'CsatBreakdown: `groupBy` needs raw `responses`; with `data` alone no per-group rows are shown.',
    );
  }
  const extras = useMemo(
    () =>
      settleExtra('The per-group rows', () =>
        resolveSegments(
          (rows) => csat(rows, { scale, satisfiedMin, onInvalid }),
          segments,
          groupBy,
          responses,
        ),
      ),
    [segments, groupBy, responses, scale, satisfiedMin, onInvalid],
  );
  const status = voiceStatus({
    baseClass: BASE,
    title,
    className,
    isLoading: loading,
    loadingLabel: 'Loading customer satisfaction…',
    isEmpty: !hasInput || result.data?.score === null,
    emptyMessage: 'No survey responses yet, so there is no CSAT to show (—).',
    error: result.error ?? extras.error,
    issues: result.error ? result.issues : [],
  });
  if (status || !result.data || !extras.value) return status;

  const csatData = result.data;
  const rows = extras.value.map((s, i) => csatSegmentRow(s, i, format));
  const rating = csatRating(csatData.score, format, benchmarks);
  const prefix = segmentPrefix(segments, groupBy);
  const scaleText = rangeText(1, csatData.scale, format.locale);
  return (
    <ChartFrame
      baseClass={BASE}
      className={className}
      title={title}
      summary={csatSummary(csatData, format, rating?.sentence ?? null, rows)}
      kpis={
        <>
          <span className="vitals-kpi" data-metric="csat">
            <abbr title="Customer satisfaction score">CSAT</abbr>{' '}
            <strong>{shareText(csatData.score, format)}</strong>
          </span>
          <span className="vitals-kpi" data-metric="satisfied">
            {format.count(csatData.satisfied)} of {format.count(csatData.total)} satisfied
          </span>
          <span className="vitals-kpi" data-metric="mean">
            Mean <strong>{meanText(csatData.mean, format.locale)}</strong> of{' '}
            {format.count(csatData.scale)}
          </span>
          {rating && <VoiceRating rating={rating} />}
        </>
      }
      note={
        <>
          <VoiceBenchmarkNote rating={rating} />
          <SkippedRowsNote issues={result.issues} />
        </>
      }
      table={{
        caption: typeof title === 'string' ? `${title}: data` : 'CSAT data',
        rowHeader: 'Breakdown',
        columns: voiceColumns('CSAT'),
        rows: csatTableRows(csatData, extras.value, prefix, format),
      }}
      defaultShowTable={defaultShowTable}
    >
      {(width, ids) => (
        <VoiceBody
          format={format}
          width={width}
          tooltipId={ids.tooltip}
          partsTitle="Satisfied and not satisfied"
          parts={csatParts(csatData)}
          distributionTitle={`Scores ${scaleText}`}
          distribution={csatData.distribution}
          distributionHeight={height}
          rowsTitle={`By ${prefix.toLowerCase()}`}
          rows={rows}
        />
      )}
    </ChartFrame>
  );
}
