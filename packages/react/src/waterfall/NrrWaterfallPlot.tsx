import {
  ChartTooltip,
  TooltipItem,
  bandHitAreas,
  plotSvgProps,
  useChartMarks,
} from '../internal/chart';
import type { Formatters } from '../provider/format';
import type { WaterfallGeometry, WaterfallStep } from './waterfall.geometry';
import { stepValueText } from './waterfall.text';
import { fill } from '../messages/template';
import type { WaterfallMessages } from '../messages/types';
import { YGridTicks } from '../internal/YGridTicks';
import { axisLabels } from '../provider/ticks';

interface Props {
  geometry: WaterfallGeometry;
  format: Formatters;
  width: number;
  height: number;
  /** Called when a step is clicked or selected by keyboard. */
  onSelect?: ((step: WaterfallStep) => void) | undefined;
  /** The waterfall's words in the reader's language. */
  messages: WaterfallMessages;
}

const TONE: Record<WaterfallStep['kind'], 'neutral' | 'positive' | 'negative'> = {
  total: 'neutral',
  increase: 'positive',
  decrease: 'negative',
};

/** Draws a laid-out waterfall as SVG; every position comes from `waterfallGeometry`. */
export function NrrWaterfallPlot({
  geometry,
  format,
  width,
  height,
  onSelect,
  messages: m,
}: Props) {
  const { inner, steps } = geometry;
  const marks = useChartMarks({
    count: steps.length,
    onSelect: onSelect && ((index) => onSelect(steps[index]!)),
  });
  const hits = bandHitAreas(
    steps.map((step) => step.centerX),
    inner.left,
    inner.right,
  );
  const activeStep = marks.activeIndex === null ? undefined : steps[marks.activeIndex];

  return (
    <>
      <svg
        className="vitals-waterfall-svg"
        {...plotSvgProps(width, height)}
        role="group"
        aria-label={m.plotLabel}
      >
        <g className="vitals-axis" aria-hidden="true">
          <YGridTicks
            ticks={geometry.ticks}
            left={inner.left}
            right={inner.right}
            labels={(values) => axisLabels(format, values, 'currency')}
          />
          <line
            className="vitals-baseline"
            x1={inner.left}
            x2={inner.right}
            y1={geometry.baselineY}
            y2={geometry.baselineY}
          />
        </g>
        {steps.map((step, index) => {
          const next = steps[index + 1];
          const value = stepValueText(step, format);
          return (
            // Marks with a roving tabindex (the WAI-ARIA charts pattern): each states its value.
            <g
              key={step.id}
              className="vitals-waterfall-step"
              data-step={step.id}
              data-kind={step.kind}
              data-tone={TONE[step.kind]}
              role="img"
              aria-label={fill(m.barLabel, {
                step: m.steps[step.id],
                value,
                running: format.currency(step.to),
              })}
              {...marks.getMarkProps(index)}
            >
              <rect
                className="vitals-chart-hit"
                x={hits[index]!.x}
                y={inner.top}
                width={hits[index]!.width}
                height={height - inner.top}
              />
              <rect
                className="vitals-waterfall-bar"
                x={step.x}
                y={step.y}
                width={step.width}
                height={step.height}
                rx={2}
              />
              {step.showLabel && (
                <text
                  className="vitals-waterfall-label"
                  x={step.centerX}
                  y={step.labelY}
                  textAnchor="middle"
                >
                  {value}
                </text>
              )}
              <text
                className="vitals-waterfall-step-name"
                x={step.centerX}
                y={inner.bottom + 18}
                textAnchor="middle"
              >
                {step.showLabel ? m.stepsAxis[step.id] : m.stepsAbbreviated[step.id]}
              </text>
              {next && (
                <line
                  className="vitals-waterfall-connector"
                  x1={step.x + step.width}
                  x2={next.x}
                  y1={step.toY}
                  y2={step.toY}
                />
              )}
            </g>
          );
        })}
      </svg>
      {activeStep && (
        <ChartTooltip
          {...marks.tooltipProps}
          anchor={{ x: activeStep.centerX, y: activeStep.y }}
          box={{ width, height }}
        >
          <TooltipItem
            data-tone={TONE[activeStep.kind]}
            label={m.steps[activeStep.id]}
            value={stepValueText(activeStep, format)}
          />
          <TooltipItem
            data-tone="neutral"
            label={m.tableRunning}
            value={format.currency(activeStep.to)}
          />
        </ChartTooltip>
      )}
    </>
  );
}
