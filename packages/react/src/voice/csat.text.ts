import type { BenchmarkOptions, CsatResult, VoiceGroup } from '@vitals/metrics';
import type { DataTableRow } from '../internal/DataTable';
import { fill } from '../messages/template';
import type { CsatMessages, VoiceMessages } from '../messages/types';
import type { Formatters } from '../provider/format';
import {
  intervalSentence,
  meanText,
  ratingWords,
  rangeText,
  responsesText,
  shareIntervalText,
  shareText,
} from './voice.format';
import { isLowShare } from './voice.format';
import {
  type VoicePart,
  type VoiceRow,
  rowDetail,
  segmentTableRows,
  thresholdParts,
  voiceTableRows,
} from './voice.parts';

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

/** The chart's text alternative: the share satisfied, counts, mean, rating and groups. */
export function csatSummary(
  result: CsatResult,
  format: Formatters,
  rating: string | null,
  rows: readonly VoiceRow[],
  v: VoiceMessages,
  m: CsatMessages,
): string {
  const parts = [
    fill(m.summary, {
      score: shareText(result.score, format),
      satisfied: satisfiedText(result, format, v, m),
      mean: meanText(result.mean, format.locale),
      scale: format.count(result.scale),
    }),
  ];
  const interval = intervalSentence(
    shareIntervalText(result.interval, result.satisfied, result.total, format, v),
    v,
  );
  if (interval) parts.push(interval);
  if (rating) parts.push(rating);
  if (rows.length > 0)
    parts.push(fill(v.summaryGroups, { rows: rows.map((row) => row.label).join(v.separator) }));
  return parts.join(' ');
}

/** One per-segment row of the CSAT breakdown. */
export function csatSegmentRow(
  segment: VoiceGroup<CsatResult>,
  index: number,
  format: Formatters,
  v: VoiceMessages,
  m: CsatMessages,
): VoiceRow {
  const { result } = segment;
  const isLow = isLowShare(result);
  const detail = rowDetail(result.total, isLow, format, v);
  // The low-sample mark goes after the whole sentence: "…, 25 of 25 responses satisfied, low sample".
  const figures =
    result.total === 0
      ? v.noResponses
      : rowDetailAround(
          fill(m.row, {
            score: shareText(result.score, format),
            satisfied: format.count(result.satisfied),
            detail: responsesText(result.total, format, v),
          }),
          isLow,
          v,
        );
  return {
    id: `${index}-${segment.name}`,
    name: segment.name,
    parts: csatParts(result, m),
    value: shareText(result.score, format),
    detail: result.total === 0 ? v.noResponses : detail,
    label: fill(v.rowLabel, { name: segment.name, figures }),
    isLowSample: isLow,
  };
}

function rowDetailAround(figures: string, isLow: boolean, v: VoiceMessages): string {
  return isLow ? fill(v.lowSample, { detail: figures }) : figures;
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
  return [
    ...voiceTableRows(
      result.total,
      shareText(result.score, format),
      csatParts(result, m),
      result.distribution,
      format,
      v,
    ),
    ...segmentTableRows(
      segments.map((s) => ({
        name: s.name,
        total: s.result.total,
        share: s.share ?? null,
        value: shareText(s.result.score, format),
      })),
      group,
      format,
      v,
    ),
  ];
}
