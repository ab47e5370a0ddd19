import { useState } from 'react';
import { ChartTooltip } from '../internal/ChartTooltip';
import type { Formatters } from '../provider/format';
import { rangeText, responsesText } from './voice.format';
import { distributionGeometry, tooltipAnchorX } from './voice.geometry';
import type { VoiceScoreBar } from './voice.parts';

interface Props {
  /** Heading of the section, e.g. "Scores 0–10". */
  title: string;
  bars: readonly VoiceScoreBar[];
  format: Formatters;
  width: number;
  height: number;
  tooltipId: string;
}

/**
 * A survey's score distribution: one bar per score, toned and named by the part it belongs to,
 * with its count above and its score below. Every bar is focusable and shows a tooltip.
 */
export function VoiceDistribution({ title, bars, format, width, height, tooltipId }: Props) {
  const [active, setActive] = useState<number | null>(null);
  const geometry = distributionGeometry(bars, {
    width,
    height,
    labelText: (bar) => format.count(bar.count),
  });
  const activeBar = geometry.bars.find((bar) => bar.score === active);
  const partOf = (score: number) => bars.find((bar) => bar.score === score)!.part;
  const scoreText = (score: number) => rangeText(score, score, format.locale);
  const describe = (bar: { score: number; count: number; share: number }) =>
    `Score ${scoreText(bar.score)} (${partOf(bar.score).name.toLowerCase()}): ${responsesText(bar.count, format)}, ${format.percent(bar.share)}`;

  return (
    <div className="vitals-voice-section" data-section="distribution">
      <p className="vitals-voice-section-title">{title}</p>
      <div className="vitals-voice-plot">
        <svg
          className="vitals-voice-distribution-svg"
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          role="group"
          aria-label={`${title}: one bar per score; focus a bar for its count`}
        >
          <line
            className="vitals-baseline"
            x1={geometry.inner.left}
            x2={geometry.inner.right}
            y1={geometry.baselineY}
            y2={geometry.baselineY}
            aria-hidden="true"
          />
          {geometry.bars.map((bar) => {
            const part = partOf(bar.score);
            return (
              <g
                key={bar.score}
                className="vitals-voice-distribution-bar"
                data-score={bar.score}
                data-category={part.id}
                data-tone={part.tone}
                data-active={active === bar.score ? '' : undefined}
                tabIndex={0}
                role="img"
                aria-label={describe(bar)}
                aria-describedby={active === bar.score ? tooltipId : undefined}
                onFocus={() => setActive(bar.score)}
                onBlur={() => setActive(null)}
                onMouseEnter={() => setActive(bar.score)}
                onMouseLeave={() => setActive(null)}
              >
                {/* A full-height hit area, so short bars are as easy to point at as tall ones. */}
                <rect
                  className="vitals-voice-hit"
                  x={bar.x}
                  y={geometry.inner.top}
                  width={bar.width}
                  height={geometry.baselineY - geometry.inner.top}
                />
                <rect
                  className="vitals-voice-bar"
                  x={bar.x}
                  y={bar.y}
                  width={bar.width}
                  height={bar.height}
                  rx={2}
                />
                {bar.showLabel && (
                  <text
                    className="vitals-voice-count"
                    x={bar.centerX}
                    y={bar.y - 5}
                    textAnchor="middle"
                  >
                    {format.count(bar.count)}
                  </text>
                )}
                <text
                  className="vitals-voice-score"
                  x={bar.centerX}
                  y={geometry.baselineY + 16}
                  textAnchor="middle"
                >
                  {scoreText(bar.score)}
                </text>
              </g>
            );
          })}
        </svg>
        {activeBar && (
          <ChartTooltip
            id={tooltipId}
            x={tooltipAnchorX(activeBar.centerX, [describe(activeBar)], width)}
            y={activeBar.y}
          >
            <strong>Score {scoreText(activeBar.score)}</strong> (
            {partOf(activeBar.score).name.toLowerCase()})
            <br />
            {responsesText(activeBar.count, format)} · {format.percent(activeBar.share)}
          </ChartTooltip>
        )}
      </div>
    </div>
  );
}
