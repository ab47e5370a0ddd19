import type { CesResult, InvalidRowPolicy, SurveyResponseInput } from '@vitals/metrics';
import { ces } from '@vitals/metrics';
import { useCes } from '@vitals/metrics/react';
import { type ReactNode, useMemo } from 'react';
import { ChartBoundary } from '../internal/ChartBoundary';
import { ChartFrame } from '../internal/ChartFrame';
import { warnOnce } from '../internal/warn';
import { useVitals } from '../provider/context';
import {
  cesMeanText,
  cesParts,
  cesSegmentRow,
  cesSummary,
  cesTableRows,
  flipText,
} from './ces.text';
import { VoiceBody } from './VoiceBody';
import { segmentPrefix, settleExtra, voiceStatus } from './VoiceStatus';
import { rangeText, responsesText, shareText } from './voice.format';
import { type VoiceGroupBy, type VoiceSegmentInput, resolveSegments } from './voice.groups';
import { voiceColumns } from './voice.parts';
import { SkippedRowsNote } from '../internal/ChartStates';

/** Props of {@link CesBreakdown}: either `data`, or raw `responses` with `ces()`'s options. */
export interface CesBreakdownProps {
  /** A precomputed `ces()` result (e.g. computed on the server). */
  data?: CesResult | null | undefined;
  /** Raw 1..scale answers: numbers or `{ score, segment?, channel?, … }`. */
  responses?: readonly SurveyResponseInput[] | undefined;
  /**
   * The highest score; answers are integers from 1 to `scale`.
   * @default 7
   */
  scale?: number | undefined;
  /**
   * Whether a higher raw answer means less effort. With `false` ("how much effort did it take?")
   * each answer s is read as `scale + 1 − s`, and the chart says so: every figure is higher-is-easier.
   * @default true
   */
  higherIsEasier?: boolean | undefined;
  /**
   * The lowest score, on the higher-is-easier scale, that counts as agreeing.
   * @default the first point above the midpoint: 5 on 7, 4 on 5
   */
  agreeMin?: number | undefined;
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
  segments?: ReadonlyArray<VoiceSegmentInput<CesResult>> | undefined;
  /**
   * Computes one row per value of this field of `responses` (largest group first). Ignored
   * when `segments` is given or without raw `responses`.
   * @default undefined
   */
  groupBy?: VoiceGroupBy | undefined;
  /**
   * Shows a loading placeholder instead of the chart.
   * @default false
   */
  loading?: boolean | undefined;
  /**
   * The chart's heading.
   * @default 'Customer effort'
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
 * A CES breakdown: the mean, the share agreeing and the normalized score (mean / scale), the
 * agreeing / not agreeing bar, the 1..scale distribution and optionally one row per group; all
 * higher-is-easier, with the reversal said in words when the survey asked "how much effort".
 *
 * @example
 * <CesBreakdown responses={responses} scale={5} higherIsEasier={false} />
 * <CesBreakdown data={ces(responses)} />
 */
export function CesBreakdown(props: CesBreakdownProps) {
  const title = props.title ?? 'Customer effort';
  return (
    <ChartBoundary baseClass={BASE} title={title} className={props.className}>
      <CesBreakdownContent {...props} title={title} />
    </ChartBoundary>
  );
}

const NO_RESULT = ces([]);
const BASE = 'vitals-ces';

function CesBreakdownContent({
  data,
  responses,
  scale,
  higherIsEasier,
  agreeMin,
  onInvalid,
  segments,
  groupBy,
  loading = false,
  title,
  height = 140,
  defaultShowTable = false,
  className,
}: CesBreakdownProps & { title: ReactNode }) {
  const { format } = useVitals();
  const hasInput = responses !== undefined || (data !== undefined && data !== null);
  const result = useCes(
    responses !== undefined
      ? { responses, scale, higherIsEasier, agreeMin, onInvalid }
      : { data: data ?? NO_RESULT },
  );
  if (groupBy && !segments && responses === undefined && hasInput) {
    warnOnce(
      'CesBreakdown: `groupBy` needs raw `responses`; with `data` alone no per-group rows are shown.',
    );
  }
  const extras = useMemo(
    () =>
      settleExtra('The per-group rows', () =>
        resolveSegments(
          (rows) => ces(rows, { scale, higherIsEasier, agreeMin, onInvalid }),
          segments,
          groupBy,
          responses,
        ),
      ),
    [segments, groupBy, responses, scale, higherIsEasier, agreeMin, onInvalid],
  );
  const status = voiceStatus({
    baseClass: BASE,
    title,
    className,
    isLoading: loading,
    loadingLabel: 'Loading customer effort…',
    isEmpty: !hasInput || result.data?.mean === null,
    emptyMessage: 'No survey responses yet, so there is no customer effort score to show (—).',
    error: result.error ?? extras.error,
    issues: result.error ? result.issues : [],
  });
  if (status || !result.data || !extras.value) return status;

  const cesData = result.data;
  const rows = extras.value.map((s, i) => cesSegmentRow(s, i, format));
  const prefix = segmentPrefix(segments, groupBy);
  const flip = flipText(cesData, format);
  const scaleText = rangeText(1, cesData.scale, format.locale);
  return (
    <ChartFrame
      baseClass={BASE}
      className={className}
      title={title}
      summary={cesSummary(cesData, format, rows)}
      kpis={
        <>
          <span className="vitals-kpi" data-metric="mean">
            Mean <strong>{cesMeanText(cesData, format)}</strong>
          </span>
          <span className="vitals-kpi" data-metric="agree">
            Agreeing <strong>{shareText(cesData.agreeShare, format)}</strong>
          </span>
          <span className="vitals-kpi" data-metric="normalized">
            Normalized <strong>{shareText(cesData.normalized, format)}</strong>
          </span>
          <span className="vitals-kpi" data-metric="responses">
            {responsesText(cesData.total, format)}
          </span>
        </>
      }
      note={
        <>
          {flip && (
            <p className="vitals-voice-flip" data-flipped="">
              {flip}
            </p>
          )}
          <SkippedRowsNote issues={result.issues} />
        </>
      }
      table={{
        caption: typeof title === 'string' ? `${title}: data` : 'CES data',
        rowHeader: 'Breakdown',
        columns: voiceColumns('CES'),
        rows: cesTableRows(cesData, extras.value, prefix, format),
      }}
      defaultShowTable={defaultShowTable}
    >
      {(width, ids) => (
        <VoiceBody
          format={format}
          width={width}
          tooltipId={ids.tooltip}
          partsTitle="Agreeing and not agreeing"
          parts={cesParts(cesData)}
          distributionTitle={`Scores ${scaleText}${cesData.higherIsEasier ? '' : ' (reversed: higher is easier)'}`}
          distribution={cesData.distribution}
          distributionHeight={height}
          rowsTitle={`By ${prefix.toLowerCase()}`}
          rows={rows}
        />
      )}
    </ChartFrame>
  );
}
