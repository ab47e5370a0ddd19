import { useState } from 'react';
import { ChartTooltip } from '../internal/ChartTooltip';
import type { Formatters } from '../provider/format';
import { responsesText } from './voice.format';
import { shareBarGeometry, tooltipAnchorX } from './voice.geometry';
import { type VoicePart, partTitle } from './voice.parts';

interface Props {
  /** Heading of the section, e.g. "Promoters, passives and detractors". */
  title: string;
  parts: readonly VoicePart[];
  format: Formatters;
  width: number;
  tooltipId: string;
}

const BAR_HEIGHT = 28;
const LINE = 16;

/**
 * A 100 % bar of a survey's parts. Each part is named under the bar with its count and share
 * (labels nudged apart so they never overlap, or listed below when they cannot fit), and each
 * non-empty part is a focusable mark with a tooltip.
 */
export function VoiceShareBar({ title, parts, format, width, tooltipId }: Props) {
  const [active, setActive] = useState<string | null>(null);
  const figures = (count: number, share: number) =>
    `${format.count(count)} · ${format.percent(share)}`;
  const geometry = shareBarGeometry(parts, {
    width,
    labelLines: (segment) => [
      partTitle(
        parts.find((p) => p.id === segment.id)!,
        format.locale,
      ),
      figures(segment.count, segment.share),
    ],
  });
  const byId = new Map(parts.map((part) => [part.id, part]));
  const activeSegment = geometry.segments.find((segment) => segment.id === active);
  const labelled = geometry.labelX !== null;
  const tipLines = (segment: (typeof geometry.segments)[number]) => [
    partTitle(byId.get(segment.id)!, format.locale),
    `${responsesText(segment.count, format)} · ${format.percent(segment.share)}`,
  ];
  const height = BAR_HEIGHT + (labelled ? 8 + LINE * 2 : 4);

  return (
    <div className="vitals-voice-section" data-section="share">
      <p className="vitals-voice-section-title">{title}</p>
      <div className="vitals-voice-plot">
        <svg
          className="vitals-voice-share-svg"
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          role="group"
          aria-label={`${title}: one mark per part; focus a mark for its figures`}
        >
          {geometry.segments.map((segment) => {
            const part = byId.get(segment.id)!;
            if (segment.count === 0) return null;
            const name = partTitle(part, format.locale);
            return (
              <g
                key={segment.id}
                className="vitals-voice-share-part"
                data-category={part.id}
                data-tone={part.tone}
                data-active={active === segment.id ? '' : undefined}
                tabIndex={0}
                role="img"
                aria-label={`${name}: ${responsesText(segment.count, format)}, ${format.percent(segment.share)}`}
                aria-describedby={active === segment.id ? tooltipId : undefined}
                onFocus={() => setActive(segment.id)}
                onBlur={() => setActive(null)}
                onMouseEnter={() => setActive(segment.id)}
                onMouseLeave={() => setActive(null)}
              >
                <rect
                  className="vitals-voice-bar"
                  x={segment.x}
                  y={0}
                  width={segment.width}
                  height={BAR_HEIGHT}
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
                      {partTitle(part, format.locale)}
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
            id={tooltipId}
            x={tooltipAnchorX(activeSegment.centerX, tipLines(activeSegment), width)}
            y={0}
          >
            <strong>{tipLines(activeSegment)[0]}</strong>
            <br />
            {tipLines(activeSegment)[1]}
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
                <strong>{partTitle(part, format.locale)}</strong>{' '}
                {figures(segment.count, segment.share)}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
