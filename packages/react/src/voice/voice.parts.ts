import { type ConfidenceInterval, type ScoreCount, scoreShares } from '@vitals/metrics';
import type { DataTableRow } from '../internal/DataTable';
import type { VoiceMessages } from '../messages/types';
import { fill } from '../messages/template';
import type { Formatters } from '../provider/format';
import { rangeText, responsesText, shareText } from './voice.format';
import { stackShares } from './voice.geometry';

/** What a part of a survey means, for its colour: never the only cue (every part is named). */
export type VoiceTone = 'positive' | 'neutral' | 'negative';

/** One named part of a survey's answers, e.g. promoters (9–10). */
export interface VoicePart {
  /** Stable id, used in classes and `data-category`: `promoter`, `satisfied`, `agree`, … */
  id: string;
  /** Its name in words: `Promoters`. */
  name: string;
  /** Its name inside a sentence: `promoters` (lower case where the language has case). */
  inSentence: string;
  /** The scores it covers, inclusive. */
  min: number;
  max: number;
  tone: VoiceTone;
  count: number;
}

/** One bar of a distribution, with the part its score belongs to. */
export interface VoiceScoreBar extends ScoreCount {
  part: Pick<VoicePart, 'id' | 'name' | 'inSentence' | 'tone'>;
}

/** A per-segment row ready to draw: its parts and its headline figure in words. */
export interface VoiceRow {
  id: string;
  name: string;
  parts: VoicePart[];
  /** The row's headline, e.g. `+40` or `82%`. */
  value: string;
  /** Smaller text after the headline, e.g. `80 responses, low sample`. */
  detail: string;
  /** The whole row in one sentence, for its accessible name and tooltip. */
  label: string;
  isLowSample: boolean;
}

/** A part's name with its scores: `Promoters (9–10)`. */
export function partTitle(
  part: Pick<VoicePart, 'name' | 'min' | 'max'>,
  locale: string,
  v: VoiceMessages,
): string {
  return fill(v.partTitle, { part: part.name, range: rangeText(part.min, part.max, locale) });
}

/** Assigns each score of a distribution to the part whose range holds it. */
export function scoreBars(
  distribution: readonly ScoreCount[],
  parts: readonly VoicePart[],
): VoiceScoreBar[] {
  return distribution.map((bar) => {
    const part = parts.find((p) => bar.score >= p.min && bar.score <= p.max) ?? parts[0]!;
    return {
      ...bar,
      part: { id: part.id, name: part.name, inSentence: part.inSentence, tone: part.tone },
    };
  });
}

/** `Promoters (9–10): 132 responses, 55%` for each part, `; `-joined. */
export function partsSentence(
  parts: readonly VoicePart[],
  format: Formatters,
  v: VoiceMessages,
): string {
  const shares = stackShares(parts, 0, 1);
  return parts
    .map((part, i) =>
      fill(v.partInSentence, {
        part: part.inSentence,
        count: format.count(part.count),
        share: format.percent(shares[i]!.share),
      }),
    )
    .join(v.partsSeparator);
}

/**
 * Table columns shared by the three breakdowns: responses, share, the figure (named after the
 * metric) and its interval's bounds at `level` (`0.95`), each bound a column of its own so the
 * raw CSV holds numbers.
 */
export function voiceColumns(metric: string, v: VoiceMessages, level: string) {
  return [
    { id: 'responses', header: v.tableResponses },
    { id: 'share', header: v.tableShare },
    { id: 'metric', header: metric },
    { id: 'low', header: fill(v.tableIntervalLow, { level }) },
    { id: 'high', header: fill(v.tableIntervalHigh, { level }) },
  ] as const;
}

/** An interval's bounds as table cells, each written by `bound`; blank without an interval. */
export function intervalCells(
  interval: ConfidenceInterval | null,
  bound: (value: number) => string,
): { low: string; high: string } {
  return interval === null
    ? { low: '', high: '' }
    : { low: bound(interval.low), high: bound(interval.high) };
}

/**
 * The table rows every breakdown shares: all responses with the headline figure, each part, then
 * each score of the distribution. Cells that do not apply are left blank.
 */
export function voiceTableRows(
  total: number,
  headline: string,
  interval: { low: string; high: string },
  parts: readonly VoicePart[],
  distribution: readonly ScoreCount[],
  format: Formatters,
  v: VoiceMessages,
): DataTableRow[] {
  const shares = stackShares(parts, 0, 1);
  return [
    {
      id: 'all',
      header: v.allResponses,
      cells: {
        responses: format.count(total),
        share: shareText(total === 0 ? null : 1, format),
        metric: headline,
        ...interval,
      },
    },
    ...parts.map((part, i) => ({
      id: `part-${part.id}`,
      header: partTitle(part, format.locale, v),
      cells: {
        responses: format.count(part.count),
        share: shareText(total === 0 ? null : shares[i]!.share, format),
        metric: '',
        low: '',
        high: '',
      },
      data: { 'data-category': part.id } as Record<`data-${string}`, string>,
    })),
    ...scoreShares(distribution).map((bar) => ({
      id: `score-${bar.score}`,
      header: fill(v.score, { score: rangeText(bar.score, bar.score, format.locale) }),
      cells: {
        responses: format.count(bar.count),
        share: shareText(bar.share, format),
        metric: '',
        low: '',
        high: '',
      },
    })),
  ];
}

/** Table rows of the per-segment breakdown: `Segment: SMB` with its responses and figure. */
export function segmentTableRows(
  rows: ReadonlyArray<{
    name: string;
    total: number;
    share: number | null;
    value: string;
    interval: { low: string; high: string };
  }>,
  group: string,
  format: Formatters,
  v: VoiceMessages,
): DataTableRow[] {
  return rows.map((row, i) => ({
    id: `segment-${i}`,
    header: fill(v.tableGroup, { group, name: row.name }),
    cells: {
      responses: format.count(row.total),
      share: shareText(row.share, format),
      metric: row.value,
      ...row.interval,
    },
  }));
}

/** `80 responses` or `12 responses, low sample`. */
export function rowDetail(
  total: number,
  isLowSample: boolean,
  format: Formatters,
  v: VoiceMessages,
): string {
  const detail = responsesText(total, format, v);
  return isLowSample ? fill(v.lowSample, { detail }) : detail;
}

/**
 * Splits a 1..scale distribution at `threshold` into a lower part (neutral) and an upper part
 * (positive), e.g. not satisfied 1–3 and satisfied 4–5, counted from the result: `upperCount`
 * responses at or above the threshold (CSAT's `satisfied`, CES's `agreeing`) of `total`. A part
 * with no scores is left out.
 */
export function thresholdParts(
  distribution: readonly ScoreCount[],
  threshold: number,
  lower: Pick<VoicePart, 'id' | 'name' | 'inSentence'>,
  upper: Pick<VoicePart, 'id' | 'name' | 'inSentence'>,
  counts: { upper: number; total: number },
): VoicePart[] {
  const first = distribution[0]?.score ?? threshold;
  const last = distribution.at(-1)?.score ?? threshold;
  const parts: VoicePart[] = [
    {
      ...lower,
      min: first,
      max: threshold - 1,
      tone: 'neutral',
      count: counts.total - counts.upper,
    },
    { ...upper, min: threshold, max: last, tone: 'positive', count: counts.upper },
  ];
  return parts.filter((part) => part.min <= part.max);
}
