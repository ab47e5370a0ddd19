import type { BenchmarkOptions, CsatResult, VoiceGroup } from '@vitals/metrics';
import type { DataTableRow } from '../internal/DataTable';
import { fill } from '../messages/template';
import type { CsatMessages, VoiceMessages } from '../messages/types';
import type { Formatters } from '../provider/format';
import { type ShareSurvey, shareSegmentRow, shareSummary, shareTableRows } from './share.text';
import { meanText, ratingWords, rangeText, responsesText, shareText } from './voice.format';
import { type VoicePart, type VoiceRow, rowDetail, thresholdParts } from './voice.parts';

/** CSAT's two parts: not satisfied (below `satisfiedMin`) and satisfied. */
export function csatParts(
  result: Pick<CsatResult, 'distribution' | 'satisfiedMin' | 'satisfied' | 'total'>,
  m: CsatMessages,
): VoicePart[] {
  return thresholdParts(
    result.distribution,
    result.satisfiedMin,
    { id: 'unsatisfied', name: m.parts.unsatisfied, inSentence: m.partsInSentence.unsatisfied },
    { id: 'satisfied', name: m.parts.satisfied, inSentence: m.partsInSentence.satisfied },
    { upper: result.satisfied, total: result.total },
  );
}

/** The benchmark rating of a CSAT share in words, with the table's edges. */
export function csatRating(
  score: number | null,
  format: Formatters,
  v: VoiceMessages,
  table?: BenchmarkOptions['table'],
) {
  return ratingWords('csat', score, (edge) => format.percent(edge), v, table);
}

/** `164 of 200 responses satisfied (4–5 on 1–5)`. */
export function satisfiedText(
  result: CsatResult,
  format: Formatters,
  v: VoiceMessages,
  m: CsatMessages,
): string {
  return fill(m.satisfied, {
    satisfied: format.count(result.satisfied),
    responses: responsesText(result.total, format, v),
    range: rangeText(result.satisfiedMin, result.scale, format.locale),
    scale: rangeText(1, result.scale, format.locale),
  });
}

/** CSAT in its own words: the share satisfied, the satisfied count and the mean. */
export function csatSurvey(
  format: Formatters,
  v: VoiceMessages,
  m: CsatMessages,
  rating: string | null = null,
): ShareSurvey<CsatResult> {
  return {
    parts: (result) => csatParts(result, m),
    successes: (result) => result.satisfied,
    summary: (result) =>
      fill(m.summary, {
        score: shareText(result.score, format),
        satisfied: satisfiedText(result, format, v, m),
        mean: meanText(result.mean, format.locale),
        scale: format.count(result.scale),
      }),
    after: () => [rating],
    value: (result) => shareText(result.score, format),
    row: (result, isLow) => {
      const figures = fill(m.row, {
        score: shareText(result.score, format),
        satisfied: format.count(result.satisfied),
        detail: responsesText(result.total, format, v),
      });
      // The low-sample mark goes after the whole sentence: "…, 25 of 25 responses satisfied, low sample".
      return {
        figures: isLow ? fill(v.lowSample, { detail: figures }) : figures,
        detail: rowDetail(result.total, isLow, format, v),
      };
    },
    figure: (result) => shareText(result.score, format),
  };
}

/** The chart's text alternative: the share satisfied, counts, mean, interval, rating and groups. */
export function csatSummary(
  result: CsatResult,
  format: Formatters,
  rating: string | null,
  rows: readonly VoiceRow[],
  v: VoiceMessages,
  m: CsatMessages,
): string {
  return shareSummary(csatSurvey(format, v, m, rating), result, rows, format, v);
}

/** One per-group row of the CSAT breakdown. */
export function csatSegmentRow(
  segment: VoiceGroup<CsatResult>,
  index: number,
  format: Formatters,
  v: VoiceMessages,
  m: CsatMessages,
): VoiceRow {
  return shareSegmentRow(csatSurvey(format, v, m), segment, index, v);
}

/** The CSAT data table: all responses, the two parts, each score, then the groups. */
export function csatTableRows(
  result: CsatResult,
  segments: ReadonlyArray<VoiceGroup<CsatResult>>,
  group: string,
  format: Formatters,
  v: VoiceMessages,
  m: CsatMessages,
): DataTableRow[] {
  return shareTableRows(csatSurvey(format, v, m), result, segments, group, format, v);
}
