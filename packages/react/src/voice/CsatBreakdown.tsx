import type { BenchmarkOptions, CsatResult, SurveyResponseInput } from '@vitals/metrics';
import { useCsat } from '@vitals/metrics/react';
import type { ReactNode } from 'react';
import { type ChartContentProps, defineChart } from '../internal/chart';
import { enCsat } from '../messages/en';
import { fill } from '../messages/template';
import type { CsatMessages } from '../messages/types';
import { useMessages } from '../messages/useMessages';
import { surveyAccounts } from '@vitals/metrics';
import { csatParts, csatRating, csatSegmentRow, csatSummary, csatTableRows } from './csat.text';
import {
  type SurveyBreakdownProps,
  type SurveyConfig,
  SurveyBreakdownView,
} from './SurveyBreakdown';
import { IntervalKpi, LowSampleNote } from './VoiceInterval';
import { fillNodes, groupKind, warnGroupByWithoutResponses } from './VoiceStatus';
import {
  lowSampleShareText,
  meanText,
  rangeText,
  shareIntervalText,
  shareText,
} from './voice.format';

/** Props of {@link CsatBreakdown}: either `data`, or raw `responses` with `csat()`'s options. */
export interface CsatBreakdownProps extends SurveyBreakdownProps<CsatResult> {
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
   * The benchmark table the rating in words reads (see `DEFAULT_BENCHMARKS` in `@vitals/metrics`).
   * @default DEFAULT_BENCHMARKS
   */
  benchmarks?: BenchmarkOptions['table'] | undefined;
}

/**
 * A CSAT breakdown: the share of satisfied answers (top-two-box by default) with satisfied of
 * total and its benchmark rating in words, the satisfied / not satisfied bar, the 1..scale
 * distribution, and optionally one row per group.
 *
 * @example
 * <CsatBreakdown responses={responses} groupBy="channel" />
 * <CsatBreakdown data={csat(responses, { scale: 10 })} />
 *
 * `height` is the score distribution's height, 140 px by default; the other sections add theirs.
 */
export const CsatBreakdown: (props: CsatBreakdownProps) => ReactNode = defineChart({
  name: 'CsatBreakdown',
  baseClass: 'vitals-csat',
  messages: { group: 'csat', english: enCsat },
  height: 140,
  // The share bar and section headings above the distribution.
  plotHeight: (_props, height) => height + 110,
  skeleton: 'columns',
  Content: CsatBreakdownContent,
});

const CSAT: SurveyConfig<CsatResult, CsatMessages> = {
  metric: 'CSAT',
  isEmpty: (data) => data.score === null,
  rating: (data, format, v, benchmarks) => csatRating(data.score, format, v, benchmarks),
  segmentRow: csatSegmentRow,
  summary: ({ data, format, rating, rows, v, m }) =>
    csatSummary(data, format, rating?.sentence ?? null, rows, v, m),
  kpis: ({ data, format, v, m }) => (
    <>
      <span className="vitals-kpi" data-metric="csat">
        <abbr title={m.abbreviation}>CSAT</abbr> <strong>{shareText(data.score, format)}</strong>
      </span>
      <IntervalKpi
        text={shareIntervalText(data.interval, data.satisfied, data.total, format, v)}
        title={v.intervalTitle}
      />
      <span className="vitals-kpi" data-metric="satisfied">
        {fill(m.satisfiedKpi, {
          satisfied: format.count(data.satisfied),
          total: format.count(data.total),
        })}
      </span>
      <span className="vitals-kpi" data-metric="mean">
        {v.mean}{' '}
        {fillNodes(v.meanOf, {
          mean: <strong>{meanText(data.mean, format.locale)}</strong>,
          scale: format.count(data.scale),
        })}
      </span>
    </>
  ),
  notes: ({ data, format, v }) => (
    <LowSampleNote
      text={lowSampleShareText(
        data,
        shareIntervalText(data.interval, data.satisfied, data.total, format, v),
        format,
        v,
      )}
    />
  ),
  tableRows: ({ data, groups, groupName, format, v, m }) =>
    csatTableRows(data, groups, groupName, format, v, m),
  parts: csatParts,
  distributionTitle: ({ data, format, v }) =>
    fill(v.scores, { range: rangeText(1, data.scale, format.locale) }),
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
  lowSampleThreshold,
  confidence,
  benchmarks,
  shell,
  select,
}: ChartContentProps<CsatBreakdownProps>) {
  const m = useMessages('csat', enCsat);
  const isRaw = responses !== undefined;
  const hasData = data !== undefined && data !== null;
  const options = {
    scale,
    satisfiedMin,
    onInvalid,
    maxGroups,
    segments,
    lowSampleThreshold,
    confidence,
  };
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
                : surveyAccounts(responses, {
                    survey: 'csat',
                    scale,
                    satisfiedMin,
                    onInvalid,
                    ...filter,
                  })
          : undefined
      }
      benchmarks={benchmarks}
    />
  );
}
