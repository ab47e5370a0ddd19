import { ChartTooltip, TooltipItem, bandHitAreas, plotSvgProps } from '../internal/chart';
import { fill } from '../messages/template';
import type { VoiceMessages } from '../messages/types';
import type { Formatters } from '../provider/format';
import { type VoiceSectionMarks, activeIn } from './voice.marks';
import { rangeText, responsesText } from './voice.format';
import { distributionGeometry } from './voice.geometry';
import type { VoiceScoreBar } from './voice.parts';

interface Props {
  /** Heading of the section, e.g. "Scores 0–10". */
  title: string;
  bars: readonly VoiceScoreBar[];
  format: Formatters;
  width: number;
  height: number;
  v: VoiceMessages;
  /** The breakdown's marks: each score bar is one of them. */
  marks: VoiceSectionMarks;
}

/**
 * A survey's score distribution: one bar per score, toned and named by the part it belongs to,
 * with its count above and its score below. Every bar is a mark of the breakdown's one roving
 * group, its whole column the hover target, with a tooltip.
 */
export function VoiceDistribution({
  title,
  bars,
  format,
  width,
  height,
  v,
  marks: section,
}: Props) {
  const geometry = distributionGeometry(bars, {
    width,
    height,
    labelText: (bar) => format.count(bar.count),
  });
  const active = activeIn(section, geometry.bars.length);
  const activeBar = active === null ? undefined : geometry.bars[active];
  const hits = bandHitAreas(
    geometry.bars.map((bar) => bar.centerX),
    geometry.inner.left,
    geometry.inner.right,
  );
  const partOf = (score: number) => bars.find((bar) => bar.score === score)!.part;
  const scoreText = (score: number) => rangeText(score, score, format.locale);
  const { marks, first } = section;

  return (
    <div className="vitals-voice-section" data-section="distribution">
      <p className="vitals-voice-section-title">{title}</p>
      <div className="vitals-voice-plot">
        <svg
          className="vitals-voice-distribution-svg"
          {...plotSvgProps(width, height)}
          role="group"
          aria-label={fill(v.distributionPlotLabel, { title })}
        >
          <line
            className="vitals-baseline"
            x1={geometry.inner.left}
            x2={geometry.inner.right}
            y1={geometry.baselineY}
            y2={geometry.baselineY}
            aria-hidden="true"
          />
          {geometry.bars.map((bar, index) => {
            const part = partOf(bar.score);
            return (
              <g
                key={bar.score}
                className="vitals-voice-distribution-bar"
                data-score={bar.score}
                data-category={part.id}
                data-tone={part.tone}
                role="img"
                aria-label={fill(v.scoreLabel, {
                  score: scoreText(bar.score),
                  part: part.inSentence,
                  responses: responsesText(bar.count, format, v),
                  share: format.percent(bar.share),
                })}
                {...marks.getMarkProps(first + index)}
              >
                {/* The whole column is the hit area, so short bars are as easy to point at. */}
                <rect
                  className="vitals-chart-hit vitals-voice-hit"
                  x={hits[index]!.x}
                  y={geometry.inner.top}
                  width={hits[index]!.width}
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
            {...marks.tooltipProps}
            anchor={{ x: activeBar.centerX, y: activeBar.y }}
            box={{ width, height }}
          >
            <TooltipItem
              data-tone={partOf(activeBar.score).tone}
              label={`${fill(v.score, { score: scoreText(activeBar.score) })} (${partOf(activeBar.score).inSentence})`}
              value={`${responsesText(activeBar.count, format, v)} · ${format.percent(activeBar.share)}`}
            />
          </ChartTooltip>
        )}
      </div>
    </div>
  );
}
