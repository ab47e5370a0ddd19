import type { BenchmarkOptions, NpsResult, NpsTrendPoint, VoiceGroup } from '@vitals/metrics';
import type { DataTableRow } from '../internal/DataTable';
import { periodLabel } from '../internal/time';
import type { Formatters } from '../provider/format';
import { marginText, npsScoreText, ratingWords, responsesText } from './voice.format';
import {
  type VoicePart,
  type VoiceRow,
  partsSentence,
  rowDetail,
  segmentTableRows,
  voiceTableRows,
} from './voice.parts';

/** NPS's three parts in bar order, detractors first so the bar reads like the 0–10 scale. */
export function npsParts(
  result: Pick<NpsResult, 'promoters' | 'passives' | 'detractors'>,
): VoicePart[] {
  return [
    {
      id: 'detractor',
      name: 'Detractors',
      min: 0,
      max: 6,
      tone: 'negative',
      count: result.detractors,
    },
    { id: 'passive', name: 'Passives', min: 7, max: 8, tone: 'neutral', count: result.passives },
    {
      id: 'promoter',
      name: 'Promoters',
      min: 9,
      max: 10,
      tone: 'positive',
      count: result.promoters,
    },
  ];
}

/** The score with its margin: `+32 ± 9`, or `—` when there is no score. */
export function npsHeadline(
  result: Pick<NpsResult, 'score' | 'marginOfError'>,
  locale: string,
): string {
  if (result.score === null) return '—';
  return `${npsScoreText(result.score, locale)} ${marginText(result.marginOfError, locale)}`;
}

/** The benchmark rating of an NPS in words, with the table's edges. */
export function npsRating(
  score: number | null,
  format: Formatters,
  table?: BenchmarkOptions['table'],
) {
  return ratingWords('nps', score, (edge) => npsScoreText(edge, format.locale), table);
}

/** The low-sample warning in words, or `null` when the sample is large enough. */
export function lowSampleText(result: NpsResult, format: Formatters): string | null {
  if (!result.lowSample || result.score === null) return null;
  return `Low sample: ${responsesText(result.total, format)}, fewer than ${format.count(result.lowSampleThreshold)}, so the score can swing widely with a few more answers; treat it as a rough signal.`;
}

/**
 * One period of the trend in words: `March 2025: NPS +28 ± 11, 64 responses`. Periods written as
 * `'YYYY-MM'`, `'YYYY-Qn'` or `'YYYY'` are named in the reader's locale; other labels stay as given.
 */
export function trendPointText(point: NpsTrendPoint, format: Formatters): string {
  const period = periodLabel(point.period, format.locale, 'long');
  if (point.score === null) return `${period}: no responses`;
  const low = point.lowSample ? ', low sample' : '';
  return `${period}: NPS ${npsScoreText(point.score, format.locale)} ${marginText(point.marginOfError, format.locale)}, ${responsesText(point.total, format)}${low}`;
}

/** The chart's text alternative: the score, margin, parts, rating, warnings, trend and segments. */
export function npsSummary(
  result: NpsResult,
  format: Formatters,
  rating: string | null,
  trend: readonly NpsTrendPoint[],
  segments: readonly VoiceRow[],
): string {
  const parts = [
    `Net Promoter Score ${npsHeadline(result, format.locale)} from ${responsesText(result.total, format)}: ${partsSentence(npsParts(result), format)}.`,
  ];
  if (rating) parts.push(rating);
  const low = lowSampleText(result, format);
  if (low) parts.push(low);
  if (trend.length > 0)
    parts.push(`Over time: ${trend.map((p) => trendPointText(p, format)).join('; ')}.`);
  if (segments.length > 0) parts.push(`By group: ${segments.map((row) => row.label).join('; ')}.`);
  return parts.join(' ');
}

/** One per-segment row of the NPS breakdown. */
export function npsSegmentRow(
  segment: VoiceGroup<NpsResult>,
  index: number,
  format: Formatters,
): VoiceRow {
  const { result } = segment;
  const parts = npsParts(result);
  const value = npsScoreText(result.score, format.locale);
  const detail = rowDetail(result.total, result.lowSample && result.total > 0, format);
  const figures =
    result.score === null
      ? 'no responses'
      : `NPS ${npsHeadline(result, format.locale)}, ${detail}; ${partsSentence(parts, format)}`;
  return {
    id: `${index}-${segment.name}`,
    name: segment.name,
    parts,
    value,
    detail: result.score === null ? 'no responses' : detail,
    label: `${segment.name}: ${figures}`,
    isLowSample: result.lowSample && result.total > 0,
  };
}

/** The NPS data table: all responses, the parts, the 0–10 scores, then groups and periods. */
export function npsTableRows(
  result: NpsResult,
  segments: ReadonlyArray<VoiceGroup<NpsResult>>,
  segmentPrefix: string,
  trend: readonly NpsTrendPoint[],
  format: Formatters,
): DataTableRow[] {
  return [
    ...voiceTableRows(
      result.total,
      npsHeadline(result, format.locale),
      npsParts(result),
      result.distribution,
      format,
    ),
    ...segmentTableRows(
      segments.map((s) => ({
        name: s.name,
        total: s.result.total,
        value: npsHeadline(s.result, format.locale),
      })),
      result.total,
      segmentPrefix,
      format,
    ),
    ...trend.map((point) => ({
      id: `period-${point.period}`,
      header: periodLabel(point.period, format.locale, 'long'),
      cells: {
        responses: format.count(point.total),
        share: '',
        metric: npsHeadline(
          { score: point.score, marginOfError: point.marginOfError },
          format.locale,
        ),
      },
    })),
  ];
}
