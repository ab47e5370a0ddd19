import type { BenchmarkOptions, CsatResult, VoiceGroup } from '@vitals/metrics';
import type { DataTableRow } from '../internal/DataTable';
import type { Formatters } from '../provider/format';
import { meanText, ratingWords, rangeText, responsesText, shareText } from './voice.format';
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
): VoicePart[] {
  return thresholdParts(
    result.distribution,
    result.satisfiedMin,
    { id: 'unsatisfied', name: 'Not satisfied' },
    { id: 'satisfied', name: 'Satisfied' },
    { upper: result.satisfied, total: result.total },
  );
}

/** The benchmark rating of a CSAT share in words, with the table's edges. */
export function csatRating(
  score: number | null,
  format: Formatters,
  table?: BenchmarkOptions['table'],
) {
  return ratingWords('csat', score, (edge) => format.percent(edge), table);
}

/** `164 of 200 satisfied (4 or higher on 1–5)`. */
export function satisfiedText(result: CsatResult, format: Formatters): string {
  return `${format.count(result.satisfied)} of ${responsesText(result.total, format)} satisfied (${rangeText(result.satisfiedMin, result.scale, format.locale)} on ${rangeText(1, result.scale, format.locale)})`;
}

/** The chart's text alternative: the share satisfied, counts, mean, rating and groups. */
export function csatSummary(
  result: CsatResult,
  format: Formatters,
  rating: string | null,
  rows: readonly VoiceRow[],
): string {
  const parts = [
    `Customer satisfaction ${shareText(result.score, format)}: ${satisfiedText(result, format)}; mean score ${meanText(result.mean, format.locale)} of ${format.count(result.scale)}.`,
  ];
  if (rating) parts.push(rating);
  if (rows.length > 0) parts.push(`By group: ${rows.map((row) => row.label).join('; ')}.`);
  return parts.join(' ');
}

/** One per-segment row of the CSAT breakdown. */
export function csatSegmentRow(
  segment: VoiceGroup<CsatResult>,
  index: number,
  format: Formatters,
): VoiceRow {
  const { result } = segment;
  const detail = rowDetail(result.total, false, format);
  return {
    id: `${index}-${segment.name}`,
    name: segment.name,
    parts: csatParts(result),
    value: shareText(result.score, format),
    detail: result.total === 0 ? 'no responses' : detail,
    label:
      result.total === 0
        ? `${segment.name}: no responses`
        : `${segment.name}: CSAT ${shareText(result.score, format)}, ${format.count(result.satisfied)} of ${detail} satisfied`,
    isLowSample: false,
  };
}

/** The CSAT data table: all responses, the two parts, each score, then the groups. */
export function csatTableRows(
  result: CsatResult,
  segments: ReadonlyArray<VoiceGroup<CsatResult>>,
  prefix: string,
  format: Formatters,
): DataTableRow[] {
  return [
    ...voiceTableRows(
      result.total,
      shareText(result.score, format),
      csatParts(result),
      result.distribution,
      format,
    ),
    ...segmentTableRows(
      segments.map((s) => ({
        name: s.name,
        total: s.result.total,
        value: shareText(s.result.score, format),
      })),
      result.total,
      prefix,
      format,
    ),
  ];
}
