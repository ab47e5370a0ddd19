import type { CesResult, VoiceGroup } from '@vitals/metrics';
import type { DataTableRow } from '../internal/DataTable';
import { fill } from '../messages/template';
import type { CesMessages, VoiceMessages } from '../messages/types';
import type { Formatters } from '../provider/format';
import {
  intervalSentence,
  meanText,
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

/** CES's two parts on the reported (higher-is-easier) scale: below `agreeMin`, and agreeing. */
export function cesParts(
  result: Pick<CesResult, 'distribution' | 'agreeMin' | 'agreeing' | 'total'>,
  m: CesMessages,
): VoicePart[] {
  return thresholdParts(
    result.distribution,
    result.agreeMin,
    { id: 'disagree', name: m.parts.disagree, inSentence: m.partsInSentence.disagree },
    { id: 'agree', name: m.parts.agree, inSentence: m.partsInSentence.agree },
    { upper: result.agreeing, total: result.total },
  );
}

/** `5.4 of 7`. */
export function cesMeanText(
  result: Pick<CesResult, 'mean' | 'scale'>,
  format: Formatters,
  v: VoiceMessages,
): string {
  return fill(v.meanOf, {
    mean: meanText(result.mean, format.locale),
    scale: format.count(result.scale),
  });
}

/**
 * What the flipped scale means, in words, when the survey asked "how much effort" (`null` when
 * the raw scores were already higher-is-easier).
 */
export function flipText(
  result: Pick<CesResult, 'higherIsEasier' | 'scale'>,
  format: Formatters,
  m: CesMessages,
): string | null {
  if (result.higherIsEasier) return null;
  return fill(m.flip, {
    plusOne: format.count(result.scale + 1),
    top: format.count(result.scale),
  });
}

/** The chart's text alternative: mean, agree share, normalized score, flip and groups. */
export function cesSummary(
  result: CesResult,
  format: Formatters,
  rows: readonly VoiceRow[],
  v: VoiceMessages,
  m: CesMessages,
): string {
  const parts = [
    fill(m.summary, {
      mean: cesMeanText(result, format, v),
      share: shareText(result.agreeShare, format),
      range: rangeText(result.agreeMin, result.scale, format.locale),
      normalized: shareText(result.normalized, format),
      responses: responsesText(result.total, format, v),
    }),
  ];
  const interval = intervalSentence(
    shareIntervalText(result.interval, result.agreeing, result.total, format, v),
    v,
  );
  if (interval) parts.push(interval);
  const flip = flipText(result, format, m);
  if (flip) parts.push(flip);
  if (rows.length > 0)
    parts.push(fill(v.summaryGroups, { rows: rows.map((row) => row.label).join(v.separator) }));
  return parts.join(' ');
}

/** One per-segment row of the CES breakdown: its agree share, with the mean in the detail. */
export function cesSegmentRow(
  segment: VoiceGroup<CesResult>,
  index: number,
  format: Formatters,
  v: VoiceMessages,
  m: CesMessages,
): VoiceRow {
  const { result } = segment;
  const detail = fill(m.rowDetail, {
    mean: meanText(result.mean, format.locale),
    detail: rowDetail(result.total, isLowShare(result), format, v),
  });
  const figures =
    result.total === 0
      ? v.noResponses
      : fill(m.row, { share: shareText(result.agreeShare, format), detail });
  return {
    id: `${index}-${segment.name}`,
    name: segment.name,
    parts: cesParts(result, m),
    value: shareText(result.agreeShare, format),
    detail: result.total === 0 ? v.noResponses : detail,
    label: fill(v.rowLabel, { name: segment.name, figures }),
    isLowSample: isLowShare(result),
  };
}

/** The CES data table: all responses (agree share), the two parts, each score, then the groups. */
export function cesTableRows(
  result: CesResult,
  segments: ReadonlyArray<VoiceGroup<CesResult>>,
  group: string,
  format: Formatters,
  v: VoiceMessages,
  m: CesMessages,
): DataTableRow[] {
  const headline = (r: CesResult) =>
    r.total === 0
      ? '—'
      : fill(m.tableFigure, {
          mean: cesMeanText(r, format, v),
          share: shareText(r.agreeShare, format),
        });
  return [
    ...voiceTableRows(
      result.total,
      headline(result),
      cesParts(result, m),
      result.distribution,
      format,
      v,
    ),
    ...segmentTableRows(
      segments.map((s) => ({
        name: s.name,
        total: s.result.total,
        share: s.share ?? null,
        value: headline(s.result),
      })),
      group,
      format,
      v,
    ),
  ];
}
