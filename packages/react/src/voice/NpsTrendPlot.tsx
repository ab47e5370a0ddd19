import { useState } from 'react';
import { ChartTooltip } from '../internal/ChartTooltip';
import { periodLabel } from '../internal/time';
import type { Formatters } from '../provider/format';
import { trendPointText } from './nps.text';
import { type NpsTrendPoint, npsTrendGeometry } from './nps.trend';
import { tooltipAnchorX } from './voice.geometry';
import { YGridTicks } from '../internal/YGridTicks';
import { axisTickFormat } from '../provider/ticks';

interface Props {
  points: readonly NpsTrendPoint[];
  format: Formatters;
  width: number;
  height: number;
  tooltipId: string;
}

/**
 * The NPS over time: a small line through each period's score with a focusable point per period
 * (a hollow point marks a low sample), a zero line and a few ticks.
 */
export function NpsTrendPlot({ points, format, width, height, tooltipId }: Props) {
  const [active, setActive] = useState<string | null>(null);
  const tickLabel = (period: string) => periodLabel(period, format.locale, 'short');
  const geometry = npsTrendGeometry(points, { width, height, tickLabel });
  const { inner } = geometry;
  const activePoint = geometry.points.find((point) => point.period === active);

  return (
    <div className="vitals-voice-section" data-section="trend">
      <p className="vitals-voice-section-title">NPS over time</p>
      <div className="vitals-voice-plot">
        <svg
          className="vitals-voice-trend-svg"
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          role="group"
          aria-label="NPS over time: one point per period; focus a point for its score"
        >
          <g className="vitals-axis" aria-hidden="true">
            <YGridTicks
              ticks={geometry.ticks}
              left={inner.left}
              right={inner.right}
              labels={(values) =>
                axisTickFormat(values, { locale: format.locale, style: 'decimal', signed: true })
                  .labels
              }
            />
            <line
              className="vitals-baseline"
              x1={inner.left}
              x2={inner.right}
              y1={geometry.zeroY}
              y2={geometry.zeroY}
            />
            {geometry.points.map((point, index) =>
              index % geometry.labelEvery === 0 ? (
                <text
                  key={point.period}
                  className="vitals-axis-label"
                  x={point.x}
                  y={inner.bottom + 16}
                  textAnchor="middle"
                >
                  {tickLabel(point.period)}
                </text>
              ) : null,
            )}
          </g>
          <path className="vitals-voice-trend-line" d={geometry.path} aria-hidden="true" />
          {geometry.points.map((point) =>
            point.y === null ? null : (
              <g
                key={point.period}
                className="vitals-voice-trend-point"
                data-low-sample={point.lowSample ? '' : undefined}
                data-active={active === point.period ? '' : undefined}
                tabIndex={0}
                role="img"
                aria-label={trendPointText(point, format)}
                aria-describedby={active === point.period ? tooltipId : undefined}
                onFocus={() => setActive(point.period)}
                onBlur={() => setActive(null)}
                onMouseEnter={() => setActive(point.period)}
                onMouseLeave={() => setActive(null)}
              >
                <circle className="vitals-voice-hit" cx={point.x} cy={point.y} r={12} />
                <circle className="vitals-voice-trend-dot" cx={point.x} cy={point.y} r={4} />
              </g>
            ),
          )}
        </svg>
        {activePoint && activePoint.y !== null && (
          <ChartTooltip
            id={tooltipId}
            x={tooltipAnchorX(activePoint.x, [trendPointText(activePoint, format)], width)}
            y={activePoint.y}
          >
            {trendPointText(activePoint, format)}
          </ChartTooltip>
        )}
      </div>
    </div>
  );
}
