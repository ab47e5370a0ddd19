import { ChartTooltip, TooltipItem, plotSvgProps } from '../internal/chart';
import { fill } from '../messages/template';
import type { VoiceMessages } from '../messages/types';
import type { Formatters } from '../provider/format';
import { type VoiceSectionMarks, activeIn } from './voice.marks';
import { responsesText } from './voice.format';
import { shareBarGeometry } from './voice.geometry';
import { type VoicePart, partTitle } from './voice.parts';

interface Props {
  /** Heading of the section, e.g. "Promoters, passives and detractors". */
  title: string;
  parts: readonly VoicePart[];
  format: Formatters;
  width: number;
  v: VoiceMessages;
  /** The breakdown's marks: each non-empty part is one of them. */
  marks: VoiceSectionMarks;
}

const BAR_HEIGHT = 28;
const LINE = 16;

/**
 * A 100 % bar of a survey's parts. Each part is named under the bar with its count and share
 * (labels nudged apart so they never overlap, or listed below when they cannot fit), and each
 * non-empty part is a mark of the breakdown's one roving group, with a tooltip.
 */
export function VoiceShareBar({ title, parts, format, width, v, marks: section }: Props) {
  const figures = (count: number, share: number) =>
    `${format.count(count)} · ${format.percent(share)}`;
  const byId = new Map(parts.map((part) => [part.id, part]));
  const geometry = shareBarGeometry(parts, {
    width,
    labelLines: (segment) => [
      partTitle(byId.get(segment.id)!, format.locale, v),
      figures(segment.count, segment.share),
    ],
  });
  const drawn = geometry.segments.filter((segment) => segment.count > 0);
  const active = activeIn(section, drawn.length);
  const activeSegment = active === null ? undefined : drawn[active];
  const labelled = geometry.labelX !== null;
  const height = BAR_HEIGHT + (labelled ? 8 + LINE * 2 : 4);
  const { marks, first } = section;

  return (
    <div className="vitals-voice-section" data-section="share">
      <p className="vitals-voice-section-title">{title}</p>
      <div className="vitals-voice-plot">
        <svg
          className="vitals-voice-share-svg"
          {...plotSvgProps(width, height)}
          role="group"
          aria-label={fill(v.sharePlotLabel, { title })}
        >
          {drawn.map((segment, index) => {
            const part = byId.get(segment.id)!;
            return (
              <g
                key={segment.id}
                className="vitals-voice-share-part"
                data-category={part.id}
                data-tone={part.tone}
                role="img"
                aria-label={fill(v.partLabel, {
                  part: partTitle(part, format.locale, v),
                  responses: responsesText(segment.count, format, v),
                  share: format.percent(segment.share),
                })}
                {...marks.getMarkProps(first + index)}
              >
                <rect
                  className="vitals-voice-bar"
                  x={segment.x}
                  y={0}
                  width={segment.width}
                  height={BAR_HEIGHT}
                  // The same 2 px corners as the distribution's bars.
                  rx={2}
                />
              </g>
            );
          })}
          {labelled && (
            <g className="vitals-voice-share-labels" aria-hidden="true">
              {geometry.segments.map((segment, i) => {
                const x = geometry.labelX![i]!;
                const part = byId.get(segment.id)!;
                return (
                  <g key={segment.id} data-category={part.id}>
                    {/* A leader only when a non-empty part's label was pushed off its centre line. */}
                    {segment.count > 0 &&
                      Math.abs(x - segment.centerX) > geometry.labelWidths[i]! / 2 - 4 && (
                        <line
                          className="vitals-voice-leader"
                          x1={segment.centerX}
                          x2={Math.min(
                            Math.max(segment.centerX, x - geometry.labelWidths[i]! / 2 + 4),
                            x + geometry.labelWidths[i]! / 2 - 4,
                          )}
                          y1={BAR_HEIGHT + 1}
                          y2={BAR_HEIGHT + 6}
                        />
                      )}
                    <text
                      className="vitals-voice-label-name"
                      x={x}
                      y={BAR_HEIGHT + 8 + 12}
                      textAnchor="middle"
                    >
                      {partTitle(part, format.locale, v)}
                    </text>
                    <text
                      className="vitals-voice-label-value"
                      x={x}
                      y={BAR_HEIGHT + 8 + 12 + LINE}
                      textAnchor="middle"
                    >
                      {figures(segment.count, segment.share)}
                    </text>
                  </g>
                );
              })}
            </g>
          )}
        </svg>
        {activeSegment && (
          <ChartTooltip
            {...marks.tooltipProps}
            anchor={{ x: activeSegment.centerX, y: BAR_HEIGHT }}
            box={{ width, height }}
          >
            <TooltipItem
              data-tone={byId.get(activeSegment.id)!.tone}
              label={partTitle(byId.get(activeSegment.id)!, format.locale, v)}
              value={`${responsesText(activeSegment.count, format, v)} · ${format.percent(activeSegment.share)}`}
            />
          </ChartTooltip>
        )}
      </div>
      {!labelled && (
        // Too narrow for labels side by side: the same words as a list, in bar order.
        <ul className="vitals-voice-legend">
          {geometry.segments.map((segment) => {
            const part = byId.get(segment.id)!;
            return (
              <li key={segment.id} data-category={part.id} data-tone={part.tone}>
                <span className="vitals-voice-swatch" aria-hidden="true" />
                <strong>{partTitle(part, format.locale, v)}</strong>{' '}
                {figures(segment.count, segment.share)}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
