import type { ScoreCount } from '@vitals/metrics';
import type { ReactNode } from 'react';
import type { Formatters } from '../provider/format';
import { VoiceDistribution } from './VoiceDistribution';
import { VoiceSegmentRows } from './VoiceSegmentRows';
import { VoiceShareBar } from './VoiceShareBar';
import { type VoicePart, type VoiceRow, scoreBars } from './voice.parts';

interface Props {
  format: Formatters;
  width: number;
  /** The frame's tooltip id; each section suffixes it for its own tooltip. */
  tooltipId: string;
  /** Heading and parts of the 100 % bar. */
  partsTitle: string;
  parts: readonly VoicePart[];
  /** Heading and counts of the score distribution. */
  distributionTitle: string;
  distribution: readonly ScoreCount[];
  distributionHeight: number;
  /** Heading and rows of the per-segment breakdown (none: no section). */
  rowsTitle: string;
  rows: readonly VoiceRow[];
  /** Drawn between the distribution and the rows (the NPS trend). */
  children?: ReactNode;
}

/** The sections every survey breakdown shares: 100 % bar, distribution, extras, segment rows. */
export function VoiceBody(props: Props) {
  const { format, width, tooltipId } = props;
  return (
    <div className="vitals-voice-body">
      <VoiceShareBar
        title={props.partsTitle}
        parts={props.parts}
        format={format}
        width={width}
        tooltipId={`${tooltipId}-share`}
      />
      <VoiceDistribution
        title={props.distributionTitle}
        bars={scoreBars(props.distribution, props.parts)}
        format={format}
        width={width}
        height={props.distributionHeight}
        tooltipId={`${tooltipId}-scores`}
      />
      {props.children}
      {props.rows.length > 0 && (
        <VoiceSegmentRows
          title={props.rowsTitle}
          rows={props.rows}
          width={width}
          tooltipId={`${tooltipId}-rows`}
        />
      )}
    </div>
  );
}
