import type { CesResult, VoiceGroup } from '@vitals/metrics';
import type { DataTableRow } from '../internal/DataTable';
import { fill } from '../messages/template';
import type { CesMessages, VoiceMessages } from '../messages/types';
import type { Formatters } from '../provider/format';
import { type ShareSurvey, shareSegmentRow, shareSummary, shareTableRows } from './share.text';
import { meanText, rangeText, responsesText, shareText } from './voice.format';
import { type VoicePart, type VoiceRow, rowDetail, thresholdParts } from './voice.parts';

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

/** CES in its own words: the mean, the share agreeing, the normalized score, the reversal. */
export function cesSurvey(
  format: Formatters,
  v: VoiceMessages,
  m: CesMessages,
): ShareSurvey<CesResult> {
  const figure = (result: CesResult) =>
    result.total === 0
      ? '—'
      : fill(m.tableFigure, {
          mean: cesMeanText(result, format, v),
          share: shareText(result.agreeShare, format),
        });
  return {
    parts: (result) => cesParts(result, m),
    successes: (result) => result.agreeing,
    summary: (result) =>
      fill(m.summary, {
        mean: cesMeanText(result, format, v),
        share: shareText(result.agreeShare, format),
        range: rangeText(result.agreeMin, result.scale, format.locale),
        normalized: shareText(result.normalized, format),
        responses: responsesText(result.total, format, v),
      }),
    after: (result) => [flipText(result, format, m)],
    value: (result) => shareText(result.agreeShare, format),
    row: (result, isLow) => {
      const detail = fill(m.rowDetail, {
        mean: meanText(result.mean, format.locale),
        detail: rowDetail(result.total, isLow, format, v),
      });
      return {
        figures: fill(m.row, { share: shareText(result.agreeShare, format), detail }),
        detail,
      };
    },
    figure,
  };
}

/** The chart's text alternative: mean, agree share, normalized score, interval, flip and groups. */
export function cesSummary(
  result: CesResult,
  format: Formatters,
  rows: readonly VoiceRow[],
  v: VoiceMessages,
  m: CesMessages,
): string {
  return shareSummary(cesSurvey(format, v, m), result, rows, format, v);
}

/** One per-group row of the CES breakdown: its agree share, with the mean in the detail. */
export function cesSegmentRow(
  segment: VoiceGroup<CesResult>,
  index: number,
  format: Formatters,
  v: VoiceMessages,
  m: CesMessages,
): VoiceRow {
  return shareSegmentRow(cesSurvey(format, v, m), segment, index, v);
}

/** The CES data table: all responses (mean and agree share), the two parts, each score, the groups. */
export function cesTableRows(
  result: CesResult,
  segments: ReadonlyArray<VoiceGroup<CesResult>>,
  group: string,
  format: Formatters,
  v: VoiceMessages,
  m: CesMessages,
): DataTableRow[] {
  return shareTableRows(cesSurvey(format, v, m), result, segments, group, format, v);
}
