import type { NpsTrendPoint, ScoreCount } from '@vitals/metrics';
import type { ReactNode } from 'react';
import { useChartMarks } from '../internal/chart';
import type { VoiceMessages } from '../messages/types';
import type { Formatters } from '../provider/format';
import { VoiceDistribution } from './VoiceDistribution';
import type { VoiceSectionMarks } from './voice.marks';
import { VoiceSegmentRows } from './VoiceSegmentRows';
import { VoiceShareBar } from './VoiceShareBar';
import { type VoicePart, type VoiceRow, scoreBars } from './voice.parts';

/** What a mark of a survey breakdown stands for, in the order the keyboard walks them. */
export type VoiceMark =
  | { kind: 'part'; part: string }
  | { kind: 'score'; score: number; part: string }
  | { kind: 'period'; period: string }
  | { kind: 'group'; name: string };

/** The NPS trend section: its points and its words. */
export interface VoiceTrend {
  points: readonly NpsTrendPoint[];
  title: string;
  /** The plot, for screen readers. */
  plotLabel: string;
  /** One period in words: its accessible name and tooltip. */
  pointText: (point: NpsTrendPoint) => string;
  /**
   * The legend's words: a filled point, a hollow one (a low sample) and the shaded interval; the
   * last two only when the trend draws them.
   */
  legend: { score: string; low: string; interval: string | null };
  /**
   * Draws the section (NPS passes `NpsTrendPlot`, so CSAT and CES never bundle the trend).
   * `section`: the breakdown's marks and the trend's first index among them.
   */
  render: (section: VoiceSectionMarks, width: number) => ReactNode;
}

interface Props {
  format: Formatters;
  width: number;
  v: VoiceMessages;
  /** Heading and parts of the 100 % bar. */
  partsTitle: string;
  parts: readonly VoicePart[];
  /** Heading and counts of the score distribution. */
  distributionTitle: string;
  distribution: readonly ScoreCount[];
  distributionHeight: number;
  /** NPS only: the score per period with its words (none, or no points: no section). */
  trend?: VoiceTrend | undefined;
  /** Heading and rows of the per-group breakdown (none: no section). */
  rowsTitle: string;
  rows: readonly VoiceRow[];
  /** The group name of each row, as the data names it. */
  groups: readonly string[];
  /** Called when a mark is clicked, or Enter or Space is pressed on it. */
  onSelect?: ((mark: VoiceMark) => void) | undefined;
}

/**
 * The sections every survey breakdown shares: 100 % bar, distribution, NPS trend, group rows.
 *
 * Keyboard: the breakdown is one chart, so all its marks form ONE roving group with one tab stop
 * (SPEC §9), walked in reading order: the share bar's parts, then the score bars, then the trend's
 * periods, then the group rows; arrows step across section borders, Home and End jump to the
 * first part and the last row. One group per sub-plot would give a breakdown with a trend and
 * rows four tab stops, which SPEC rules out; each mark's accessible name says which section it
 * is in ("Promoters (9–10): …", "Score 7 (passives): …", "March 2025: NPS …", "SMB: NPS …").
 */
export function VoiceBody(props: Props) {
  const { format, width, v, parts, rows, groups, onSelect } = props;
  const trend = props.trend?.points ?? [];
  const bars = scoreBars(props.distribution, parts);
  const all: VoiceMark[] = [
    ...parts
      .filter((part) => part.count > 0)
      .map((part) => ({ kind: 'part', part: part.id }) as const),
    ...bars.map((bar) => ({ kind: 'score', score: bar.score, part: bar.part.id }) as const),
    ...trend
      .filter((point) => point.score !== null)
      .map((point) => ({ kind: 'period', period: point.period }) as const),
    ...rows.map((_, i) => ({ kind: 'group', name: groups[i] ?? '' }) as const),
  ];
  const marks = useChartMarks({
    count: all.length,
    onSelect: onSelect && ((index) => onSelect(all[index]!)),
  });
  const shareCount = parts.filter((part) => part.count > 0).length;
  const trendFirst = shareCount + bars.length;
  const rowsFirst = trendFirst + trend.filter((point) => point.score !== null).length;
  return (
    <div className="vitals-voice-body">
      <VoiceShareBar
        title={props.partsTitle}
        parts={parts}
        format={format}
        width={width}
        v={v}
        marks={{ marks, first: 0 }}
      />
      <VoiceDistribution
        title={props.distributionTitle}
        bars={bars}
        format={format}
        width={width}
        height={props.distributionHeight}
        v={v}
        marks={{ marks, first: shareCount }}
      />
      {props.trend && trend.length > 0 && props.trend.render({ marks, first: trendFirst }, width)}
      {rows.length > 0 && (
        <VoiceSegmentRows
          title={props.rowsTitle}
          rows={rows}
          width={width}
          v={v}
          marks={{ marks, first: rowsFirst }}
        />
      )}
    </div>
  );
}
