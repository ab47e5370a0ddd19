import type { CesResult, VoiceGroup } from '@vitals/metrics';
import type { DataTableRow } from '../internal/DataTable';
import type { Formatters } from '../provider/format';
import { meanText, rangeText, responsesText, shareText } from './voice.format';
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
): VoicePart[] {
  return thresholdParts(
    result.distribution,
    result.agreeMin,
    { id: 'disagree', name: 'Not agreeing' },
    { id: 'agree', name: 'Agreeing' },
    { upper: result.agreeing, total: result.total },
  );
}

/** `5.4 of 7`. */
export function cesMeanText(result: Pick<CesResult, 'mean' | 'scale'>, format: Formatters): string {
  return `${meanText(result.mean, format.locale)} of ${format.count(result.scale)}`;
}

/**
 * What the flipped scale means, in words, when the survey asked "how much effort" (`null` when
 * the raw scores were already higher-is-easier).
 */
export function flipText(
  result: Pick<CesResult, 'higherIsEasier' | 'scale'>,
  format: Formatters,
): string | null {
  if (result.higherIsEasier) return null;
  const top = format.count(result.scale);
  return `Reversed scale: this survey asks how much effort it took, so each answer s is shown as ${format.count(result.scale + 1)} − s (a raw 1, least effort, counts as ${top}). Every figure here is on the reversed scale, where higher is easier.`;
}

/** The chart's text alternative: mean, agree share, normalized score, flip and groups. */
export function cesSummary(
  result: CesResult,
  format: Formatters,
  rows: readonly VoiceRow[],
): string {
  const parts = [
    `Customer effort score: mean ${cesMeanText(result, format)}, ${shareText(result.agreeShare, format)} agreeing (${rangeText(result.agreeMin, result.scale, format.locale)}), normalized ${shareText(result.normalized, format)}, from ${responsesText(result.total, format)}.`,
  ];
  const flip = flipText(result, format);
  if (flip) parts.push(flip);
  if (rows.length > 0) parts.push(`By group: ${rows.map((row) => row.label).join('; ')}.`);
  return parts.join(' ');
}

/** One per-segment row of the CES breakdown: its agree share, with the mean in the detail. */
export function cesSegmentRow(
  segment: VoiceGroup<CesResult>,
  index: number,
  format: Formatters,
): VoiceRow {
  const { result } = segment;
  const detail = `mean ${meanText(result.mean, format.locale)}, ${rowDetail(result.total, false, format)}`;
  return {
    id: `${index}-${segment.name}`,
    name: segment.name,
    parts: cesParts(result),
    value: shareText(result.agreeShare, format),
    detail: result.total === 0 ? 'no responses' : detail,
    label:
      result.total === 0
        ? `${segment.name}: no responses`
        : `${segment.name}: ${shareText(result.agreeShare, format)} agreeing, ${detail}`,
    isLowSample: false,
  };
}

/** The CES data table: all responses (agree share), the two parts, each score, then the groups. */
export function cesTableRows(
  result: CesResult,
  segments: ReadonlyArray<VoiceGroup<CesResult>>,
  prefix: string,
  format: Formatters,
): DataTableRow[] {
  const headline = (r: CesResult) =>
    r.total === 0 ? '—' : `${cesMeanText(r, format)} (${shareText(r.agreeShare, format)} agree)`;
  return [
    ...voiceTableRows(
      result.total,
      headline(result),
      cesParts(result),
      result.distribution,
      format,
    ),
    ...segmentTableRows(
      segments.map((s) => ({ name: s.name, total: s.result.total, value: headline(s.result) })),
      result.total,
      prefix,
      format,
    ),
  ];
}
