import { ChartTooltip, TooltipItem, plotSvgProps } from '../internal/chart';
import { periodLabel } from '../internal/time';
import type { Formatters } from '../provider/format';
import { npsTrendGeometry } from './nps.trend';
import type { VoiceTrend } from './VoiceBody';
import { type VoiceSectionMarks, activeIn } from './voice.marks';
import { YGridTicks } from '../internal/YGridTicks';
import { axisTickFormat } from '../provider/ticks';

interface Props {
  /** The points and their words. */
  trend: Omit<VoiceTrend, 'render'>;
  format: Formatters;
  width: number;
  height: number;
  /** The breakdown's marks: each scored period is one of them. */
  marks: VoiceSectionMarks;
}

/**
 * The NPS over time: a small line through each period's score over a band of its interval, with a
 * point per scored period (a hollow point marks a low sample) in the breakdown's one roving group,
 * a zero line, a few ticks, and a legend that says what the hollow points and the band mean.
 */
export function NpsTrendPlot({ trend, format, width, height, marks: section }: Props) {
  const tickLabel = (period: string) => periodLabel(period, format.locale, 'short');
  const geometry = npsTrendGeometry(trend.points, { width, height, tickLabel });
  const { inner } = geometry;
  const scored = geometry.points.filter((point) => point.y !== null);
  const active = activeIn(section, scored.length);
  const activePoint = active === null ? undefined : scored[active];
  const { marks, first } = section;

  return (
    <div className="vitals-voice-section" data-section="trend">
      <p className="vitals-voice-section-title">{trend.title}</p>
      <div className="vitals-voice-plot">
        <svg
          className="vitals-voice-trend-svg"
          {...plotSvgProps(width, height)}
          role="group"
          aria-label={trend.plotLabel}
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
          {geometry.band && (
            <path className="vitals-voice-trend-band" d={geometry.band} aria-hidden="true" />
          )}
          <path className="vitals-voice-trend-line" d={geometry.path} aria-hidden="true" />
          {scored.map((point, index) => (
            <g
              key={point.period}
              className="vitals-voice-trend-point"
              data-period={point.period}
              data-low-sample={point.lowSample ? '' : undefined}
              role="img"
              aria-label={trend.pointText(point)}
              {...marks.getMarkProps(first + index)}
            >
              <circle
                className="vitals-chart-hit vitals-voice-hit"
                cx={point.x}
                cy={point.y!}
                r={12}
              />
              <circle className="vitals-voice-trend-dot" cx={point.x} cy={point.y!} r={4} />
            </g>
          ))}
        </svg>
        {activePoint && (
          <ChartTooltip
            {...marks.tooltipProps}
            anchor={{ x: activePoint.x, y: activePoint.y! - 6 }}
            box={{ width, height }}
          >
            <TooltipItem data-tone="neutral" label={trend.pointText(activePoint)} value={null} />
          </ChartTooltip>
        )}
      </div>
      <ul className="vitals-voice-trend-legend">
        <li data-key="score">
          <svg className="vitals-voice-trend-key" width={12} height={12} aria-hidden="true">
            <circle className="vitals-voice-trend-dot" cx={6} cy={6} r={4} />
          </svg>
          {trend.legend.score}
        </li>
        {scored.some((point) => point.lowSample) && (
          <li data-key="low-sample" data-low-sample="">
            <svg className="vitals-voice-trend-key" width={12} height={12} aria-hidden="true">
              <circle className="vitals-voice-trend-dot" cx={6} cy={6} r={4} />
            </svg>
            {trend.legend.low}
          </li>
        )}
        {geometry.band && trend.legend.interval && (
          <li data-key="interval">
            <svg className="vitals-voice-trend-key" width={16} height={12} aria-hidden="true">
              <rect
                className="vitals-voice-trend-key-band"
                x={0}
                y={1}
                width={16}
                height={10}
                rx={2}
              />
            </svg>
            {trend.legend.interval}
          </li>
        )}
      </ul>
    </div>
  );
}
