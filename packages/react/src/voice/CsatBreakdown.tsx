import type {
  BenchmarkOptions,
  CsatResult,
  InvalidRowPolicy,
  SurveyResponseInput,
  VoiceGroupBy,
  VoiceSegmentInput,
} from '@vitals/metrics';
import { useCsat } from '@vitals/metrics/react';
import type { ReactNode } from 'react';
import { ChartBoundary } from '../internal/ChartBoundary';
import { csatParts, csatRating, csatSegmentRow, csatSummary, csatTableRows } from './csat.text';
import { type SurveyConfig, SurveyBreakdownView } from './SurveyBreakdown';
import { segmentPrefix, warnGroupByWithoutResponses } from './VoiceStatus';
import { meanText, rangeText, shareText } from './voice.format';

/** Props of {@link CsatBreakdown}: either `data`, or raw `responses` with `csat()`'s options. */
export interface CsatBreakdownProps {
  /**
   * A precomputed `csat()` result (e.g. computed on the server); the `groups` it carries (from
   * `csat()`'s `groupBy` or `segments` options) are drawn too.
   */
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
   * The most per-group rows drawn: past it, the first `maxGroups − 1` stay and the rest are
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

const BASE = 'vitals-csat';

const CSAT: SurveyConfig<CsatResult> = {
  baseClass: BASE,
  metric: 'CSAT',
  loadingLabel: 'Loading customer satisfaction…',
  emptyMessage: 'No survey responses yet, so there is no CSAT to show (—).',
  isEmpty: (data) => data.score === null,
  rating: (data, format, benchmarks) => csatRating(data.score, format, benchmarks),
  segmentRow: csatSegmentRow,
  summary: ({ data, format, rating, rows }) =>
    csatSummary(data, format, rating?.sentence ?? null, rows),
  kpis: ({ data, format }) => (
    <>
      <span className="vitals-kpi" data-metric="csat">
        <abbr title="Customer satisfaction score">CSAT</abbr>{' '}
        <strong>{shareText(data.score, format)}</strong>
      </span>
      <span className="vitals-kpi" data-metric="satisfied">
        {format.count(data.satisfied)} of {format.count(data.total)} satisfied
      </span>
      <span className="vitals-kpi" data-metric="mean">
        Mean <strong>{meanText(data.mean, format.locale)}</strong> of {format.count(data.scale)}
      </span>
    </>
  ),
  tableRows: ({ data, groups, prefix, format }) => csatTableRows(data, groups, prefix, format),
  partsTitle: 'Satisfied and not satisfied',
  parts: csatParts,
  distributionTitle: (data, format) => `Scores ${rangeText(1, data.scale, format.locale)}`,
};

function CsatBreakdownContent({
  data,
  responses,
  scale,
  satisfiedMin,
  onInvalid,
  segments,
  groupBy,
  maxGroups,
  benchmarks,
  loading = false,
  title,
  height = 140,
  defaultShowTable = false,
  className,
}: CsatBreakdownProps & { title: ReactNode }) {
  const isRaw = responses !== undefined;
  const hasData = data !== undefined && data !== null;
  const options = { scale, satisfiedMin, onInvalid, maxGroups, segments };
  // Groups from `segments` (in their order) win over `groupBy`.
  const by = segments ? undefined : groupBy;
  const result = useCsat(
    isRaw ? { responses, ...options, groupBy: by } : hasData ? { data } : undefined,
  );
  // Rows asked for beside a precomputed result: computed on their own.
  const extras = useCsat(!isRaw && hasData && segments ? { responses: [], ...options } : undefined);
  if (by && !isRaw && hasData && !data.groups) {
    warnGroupByWithoutResponses('CsatBreakdown', 'per-group');
  }
  return (
    <SurveyBreakdownView
      config={CSAT}
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
