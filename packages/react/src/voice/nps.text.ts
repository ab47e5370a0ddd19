import type { BenchmarkOptions, NpsResult, NpsTrendPoint, VoiceGroup } from '@vitals/metrics';
import type { DataTableRow } from '../internal/DataTable';
import { periodLabel } from '../internal/time';
import { fill } from '../messages/template';
import type { NpsMessages, VoiceMessages } from '../messages/types';
import type { Formatters } from '../provider/format';
import { npsInterval } from '@vitals/metrics';
import {
  intervalOf,
  intervalSentence,
  marginText,
  npsIntervalText,
  npsScoreText,
  ratingWords,
  responsesText,
} from './voice.format';
import {
  type VoicePart,
  type VoiceRow,
  intervalCells,
  partsSentence,
  rowDetail,
  segmentTableRows,
  voiceTableRows,
} from './voice.parts';

/** NPS's three parts in bar order, detractors first so the bar reads like the 0–10 scale. */
export function npsParts(
  result: Pick<NpsResult, 'promoters' | 'passives' | 'detractors'>,
  m: NpsMessages,
): VoicePart[] {
  const part = (
    id: keyof NpsMessages['parts'],
    min: number,
    max: number,
    tone: VoicePart['tone'],
    count: number,
  ): VoicePart => ({
    id,
    name: m.parts[id],
    inSentence: m.partsInSentence[id],
    min,
    max,
    tone,
    count,
  });
  return [
    part('detractor', 0, 6, 'negative', result.detractors),
    part('passive', 7, 8, 'neutral', result.passives),
    part('promoter', 9, 10, 'positive', result.promoters),
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
  v: VoiceMessages,
  table?: BenchmarkOptions['table'],
) {
  return ratingWords('nps', score, (edge) => npsScoreText(edge, format.locale), v, table);
}

/** The low-sample warning in words, or `null` when the sample is large enough. */
export function lowSampleText(
  result: NpsResult,
  format: Formatters,
  v: VoiceMessages,
  m: NpsMessages,
): string | null {
  if (!result.lowSample || result.score === null) return null;
  return fill(m.lowSample, {
    responses: responsesText(result.total, format, v),
    threshold: format.count(result.lowSampleThreshold),
  });
}

/**
 * One period of the trend in words: `March 2025: NPS +28 ± 11, 64 responses`. Periods written as
 * `'YYYY-MM'`, `'YYYY-Qn'` or `'YYYY'` are named in the reader's locale; other labels stay as given.
 */
export function trendPointText(
  point: NpsTrendPoint,
  format: Formatters,
  v: VoiceMessages,
  m: NpsMessages,
): string {
  const period = periodLabel(point.period, format.locale, 'long');
  if (point.score === null) return fill(m.trendNoResponses, { period });
  return fill(point.lowSample ? m.trendPointLow : m.trendPoint, {
    period,
    score: npsScoreText(point.score, format.locale),
    margin: marginText(point.marginOfError, format.locale),
    responses: responsesText(point.total, format, v),
  });
}

/** The chart's text alternative: the score, margin, parts, rating, warnings, trend and segments. */
export function npsSummary(
  result: NpsResult,
  format: Formatters,
  rating: string | null,
  trend: readonly NpsTrendPoint[],
  segments: readonly VoiceRow[],
  v: VoiceMessages,
  m: NpsMessages,
): string {
  const parts = [
    fill(m.summary, {
      headline: npsHeadline(result, format.locale),
      responses: responsesText(result.total, format, v),
      parts: partsSentence(npsParts(result, m), format, v),
    }),
  ];
  const interval = intervalSentence(npsIntervalText(result, format, v), v);
  if (interval) parts.push(interval);
  if (rating) parts.push(rating);
  const low = lowSampleText(result, format, v, m);
  if (low) parts.push(low);
  if (trend.length > 0)
    parts.push(
      fill(m.summaryTrend, {
        points: trend.map((p) => trendPointText(p, format, v, m)).join(v.separator),
      }),
    );
  if (segments.length > 0)
    parts.push(fill(v.summaryGroups, { rows: segments.map((row) => row.label).join(v.separator) }));
  return parts.join(' ');
}

/** One per-segment row of the NPS breakdown. */
export function npsSegmentRow(
  segment: VoiceGroup<NpsResult>,
  index: number,
  format: Formatters,
  v: VoiceMessages,
  m: NpsMessages,
): VoiceRow {
  const { result } = segment;
  const parts = npsParts(result, m);
  const value = npsScoreText(result.score, format.locale);
  const detail = rowDetail(result.total, result.lowSample && result.total > 0, format, v);
  const figures =
    result.score === null
      ? v.noResponses
      : fill(m.row, {
          headline: npsHeadline(result, format.locale),
          detail,
          parts: partsSentence(parts, format, v),
        });
  return {
    id: `${index}-${segment.name}`,
    name: segment.name,
    parts,
    value,
    detail: result.score === null ? v.noResponses : detail,
    label: fill(v.rowLabel, { name: segment.name, figures }),
    isLowSample: result.lowSample && result.total > 0,
  };
}

/** The NPS data table: all responses, the parts, the 0–10 scores, then groups and periods. */
export function npsTableRows(
  result: NpsResult,
  segments: ReadonlyArray<VoiceGroup<NpsResult>>,
  group: string,
  trend: readonly NpsTrendPoint[],
  format: Formatters,
  v: VoiceMessages,
  m: NpsMessages,
): DataTableRow[] {
  const bounds = (
    r: Pick<NpsResult, 'interval' | 'promoters' | 'passives' | 'detractors'> | null,
  ) =>
    intervalCells(
      r && intervalOf(r.interval, () => npsInterval(r.promoters, r.passives, r.detractors)),
      (bound) => npsScoreText(bound, format.locale),
    );
  return [
    ...voiceTableRows(
      result.total,
      npsHeadline(result, format.locale),
      bounds(result),
      npsParts(result, m),
      result.distribution,
      format,
      v,
    ),
    ...segmentTableRows(
      segments.map((s) => ({
        name: s.name,
        total: s.result.total,
        share: s.share ?? null,
        value: npsHeadline(s.result, format.locale),
        interval: bounds(s.result),
      })),
      group,
      format,
      v,
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
        ...intervalCells(point.interval ?? null, (bound) => npsScoreText(bound, format.locale)),
      },
    })),
  ];
}
