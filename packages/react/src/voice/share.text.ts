import type { ConfidenceInterval, ScoreCount, VoiceGroup } from '@vitals/metrics';
import type { DataTableRow } from '../internal/DataTable';
import { fill } from '../messages/template';
import type { VoiceMessages } from '../messages/types';
import type { Formatters } from '../provider/format';
import { intervalSentence, isLowShare, shareIntervalText } from './voice.format';
import {
  type VoicePart,
  type VoiceRow,
  intervalCells,
  segmentTableRows,
  voiceTableRows,
} from './voice.parts';
import { intervalOf } from './voice.format';
import { wilsonInterval } from '@vitals/metrics';

/** The fields of a share survey's result (CSAT, CES) that the shared text reads. */
export interface ShareResult {
  total: number;
  distribution: readonly ScoreCount[];
  interval?: ConfidenceInterval | null;
  lowSample?: boolean;
  lowSampleThreshold?: number;
}

/**
 * A share survey in its own words: CSAT (the share satisfied) and CES (the share agreeing) are
 * two of these, and everything else their text does is shared (text alternative, per-group rows,
 * data table).
 */
export interface ShareSurvey<R extends ShareResult> {
  /** The parts below and at or above the threshold, with the result's counts. */
  parts: (result: R) => VoicePart[];
  /** Responses in the upper part: CSAT's `satisfied`, CES's `agreeing`. */
  successes: (result: R) => number;
  /** The text alternative's first sentence. */
  summary: (result: R) => string;
  /** Sentences after the interval (CSAT's rating, CES's reversed scale); `null`s are skipped. */
  after: (result: R) => ReadonlyArray<string | null>;
  /** A group row's headline figure (`82%`). */
  value: (result: R) => string;
  /** A group row's sentence of figures and its smaller detail (`80 responses, low sample`). */
  row: (result: R, isLow: boolean) => { figures: string; detail: string };
  /** The figure of the table's all-responses and group rows. */
  figure: (result: R) => string;
}

/** A share's interval, derived from its counts (Wilson, 95 %) for a result without one. */
export function shareInterval<R extends ShareResult>(
  survey: ShareSurvey<R>,
  result: R,
): ConfidenceInterval | null {
  return intervalOf(result.interval, () => wilsonInterval(survey.successes(result), result.total));
}

/** The chart's text alternative: the survey's sentence, the interval, its extras, the groups. */
export function shareSummary<R extends ShareResult>(
  survey: ShareSurvey<R>,
  result: R,
  rows: readonly VoiceRow[],
  format: Formatters,
  v: VoiceMessages,
): string {
  const interval = intervalSentence(
    shareIntervalText(
      shareInterval(survey, result),
      survey.successes(result),
      result.total,
      format,
      v,
    ),
    v,
  );
  const parts = [survey.summary(result), interval, ...survey.after(result)];
  if (rows.length > 0)
    parts.push(fill(v.summaryGroups, { rows: rows.map((row) => row.label).join(v.separator) }));
  return parts.filter((part): part is string => part !== null).join(' ');
}

/** One per-group row: its parts, headline and figures, with the low-sample mark. */
export function shareSegmentRow<R extends ShareResult>(
  survey: ShareSurvey<R>,
  segment: VoiceGroup<R>,
  index: number,
  v: VoiceMessages,
): VoiceRow {
  const { result } = segment;
  const isLow = isLowShare(result);
  const { figures, detail } = survey.row(result, isLow);
  const empty = result.total === 0;
  return {
    id: `${index}-${segment.name}`,
    name: segment.name,
    parts: survey.parts(result),
    value: survey.value(result),
    detail: empty ? v.noResponses : detail,
    label: fill(v.rowLabel, { name: segment.name, figures: empty ? v.noResponses : figures }),
    isLowSample: isLow,
  };
}

/** The data table: all responses with the figure and its interval, the parts, each score, the groups. */
export function shareTableRows<R extends ShareResult>(
  survey: ShareSurvey<R>,
  result: R,
  segments: ReadonlyArray<VoiceGroup<R>>,
  group: string,
  format: Formatters,
  v: VoiceMessages,
): DataTableRow[] {
  const bounds = (r: R) =>
    intervalCells(shareInterval(survey, r), (bound) => format.percent(bound));
  return [
    ...voiceTableRows(
      result.total,
      survey.figure(result),
      bounds(result),
      survey.parts(result),
      result.distribution,
      format,
      v,
    ),
    ...segmentTableRows(
      segments.map((s) => ({
        name: s.name,
        total: s.result.total,
        share: s.share ?? null,
        value: survey.figure(s.result),
        interval: bounds(s.result),
      })),
      group,
      format,
      v,
    ),
  ];
}
