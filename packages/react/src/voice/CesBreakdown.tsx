import type { CesResult, SurveyResponseInput } from '@vitals/metrics';
import { useCes } from '@vitals/metrics/react';
import type { ReactNode } from 'react';
import { type ChartContentProps, defineChart } from '../internal/chart';
import { enCes } from '../messages/en';
import { fill } from '../messages/template';
import type { CesMessages } from '../messages/types';
import { useMessages } from '../messages/useMessages';
import { surveyAccounts } from '@vitals/metrics';
import {
  cesMeanText,
  cesParts,
  cesSegmentRow,
  cesSummary,
  cesTableRows,
  flipText,
} from './ces.text';
import {
  type SurveyBreakdownProps,
  type SurveyConfig,
  SurveyBreakdownView,
} from './SurveyBreakdown';
import { IntervalKpi, LowSampleNote } from './VoiceInterval';
import { groupKind, warnGroupByWithoutResponses } from './VoiceStatus';
import {
  lowSampleShareText,
  rangeText,
  responsesText,
  shareIntervalText,
  shareText,
} from './voice.format';

/** Props of {@link CesBreakdown}: either `data`, or raw `responses` with `ces()`'s options. */
export interface CesBreakdownProps extends SurveyBreakdownProps<CesResult> {
  /**
   * A precomputed `ces()` result (e.g. computed on the server); the `groups` it carries (from
   * `ces()`'s `groupBy` or `segments` options) are drawn too.
   */
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
}

/**
 * A CES breakdown: the mean, the share agreeing and the normalized score (mean / scale), the
 * agreeing / not agreeing bar, the 1..scale distribution and optionally one row per group; all
 * higher-is-easier, with the reversal said in words when the survey asked "how much effort".
 *
 * @example
 * <CesBreakdown responses={responses} scale={5} higherIsEasier={false} />
 * <CesBreakdown data={ces(responses)} />
 *
 * `height` is the score distribution's height, 140 px by default; the other sections add theirs.
 */
export const CesBreakdown: (props: CesBreakdownProps) => ReactNode = defineChart({
  name: 'CesBreakdown',
  baseClass: 'vitals-ces',
  messages: { group: 'ces', english: enCes },
  height: 140,
  // The share bar and section headings above the distribution.
  plotHeight: (_props, height) => height + 110,
  skeleton: 'columns',
  Content: CesBreakdownContent,
});

const CES: SurveyConfig<CesResult, CesMessages> = {
  metric: 'CES',
  isEmpty: (data) => data.mean === null,
  // CES has no benchmark band in SPEC §7.
  rating: () => null,
  segmentRow: cesSegmentRow,
  summary: ({ data, format, rows, v, m }) => cesSummary(data, format, rows, v, m),
  kpis: ({ data, format, v, m }) => (
    <>
      <span className="vitals-kpi" data-metric="mean">
        {v.mean} <strong>{cesMeanText(data, format, v)}</strong>
      </span>
      <span className="vitals-kpi" data-metric="agree">
        {m.agreeing} <strong>{shareText(data.agreeShare, format)}</strong>
      </span>
      <IntervalKpi
        text={shareIntervalText(data.interval, data.agreeing, data.total, format, v)}
        title={v.intervalTitle}
      />
      <span className="vitals-kpi" data-metric="normalized">
        {m.normalized} <strong>{shareText(data.normalized, format)}</strong>
      </span>
      <span className="vitals-kpi" data-metric="responses">
        {responsesText(data.total, format, v)}
      </span>
    </>
  ),
  notes: ({ data, format, v, m }) => {
    const flip = flipText(data, format, m);
    const interval = shareIntervalText(data.interval, data.agreeing, data.total, format, v);
    return (
      <>
        {flip && (
          <p className="vitals-voice-flip" data-flipped="">
            {flip}
          </p>
        )}
        <LowSampleNote text={lowSampleShareText(data, interval, format, v)} />
      </>
    );
  },
  tableRows: ({ data, groups, groupName, format, v, m }) =>
    cesTableRows(data, groups, groupName, format, v, m),
  parts: cesParts,
  distributionTitle: ({ data, format, v, m }) => {
    const title = fill(v.scores, { range: rangeText(1, data.scale, format.locale) });
    return data.higherIsEasier ? title : fill(m.scoresReversed, { title });
  },
};

function CesBreakdownContent({
  data,
  responses,
  scale,
  higherIsEasier,
  agreeMin,
  onInvalid,
  segments,
  groupBy,
  maxGroups,
  lowSampleThreshold,
  confidence,
  shell,
  select,
}: ChartContentProps<CesBreakdownProps>) {
  const m = useMessages('ces', enCes);
  const isRaw = responses !== undefined;
  const hasData = data !== undefined && data !== null;
  const options = {
    scale,
    higherIsEasier,
    agreeMin,
    onInvalid,
    maxGroups,
    segments,
    lowSampleThreshold,
    confidence,
  };
  // Groups from `segments` (in their order) win over `groupBy`.
  const by = segments ? undefined : groupBy;
  const result = useCes(
    isRaw ? { responses, ...options, groupBy: by } : hasData ? { data } : undefined,
  );
  // Rows asked for beside a precomputed result: computed on their own.
  const extras = useCes(!isRaw && hasData && segments ? { responses: [], ...options } : undefined);
  if (by && !isRaw && hasData && !data.groups) {
    warnGroupByWithoutResponses('CesBreakdown', 'per-group');
  }
  return (
    <SurveyBreakdownView
      config={CES}
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
                    survey: 'ces',
                    scale,
                    higherIsEasier,
                    agreeMin,
                    onInvalid,
                    ...filter,
                  })
          : undefined
      }
    />
  );
}
