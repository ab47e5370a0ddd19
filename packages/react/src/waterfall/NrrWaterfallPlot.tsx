import {
  ChartTooltip,
  TooltipItem,
  bandHitAreas,
  plotSvgProps,
  useChartMarks,
} from '../internal/chart';
import type { Formatters } from '../provider/format';
import type { WaterfallGeometry, WaterfallStep } from './waterfall.geometry';
import { fitText, stepValueText } from './waterfall.text';
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
  const { breakY } = geometry;
  // Under each bar: the axis name, else the catalogue's short name, else that cut with "…".
  const nameWidth = geometry.bandStep;
  const stepName = (id: WaterfallStep['id']) =>
    fitText([m.stepsAxis[id], m.stepsAbbreviated[id]], nameWidth);

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
          {breakY !== null && (
            // The axis is cut: a double slash across its foot, where it would go on down to zero.
            <g className="vitals-waterfall-axis-break">
              <rect x={inner.left} y={inner.bottom - 5} width={7} height={10} />
              <path
                d={`M${inner.left} ${inner.bottom + 4} l3 -8 M${inner.left + 4} ${inner.bottom + 4} l3 -8`}
              />
            </g>
          )}
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
              {breakY !== null && step.kind === 'total' && (
                // The total is cut: a slanted gap across its foot, in the card's colour.
                <path
                  className="vitals-waterfall-bar-break"
                  data-break=""
                  d={`M${step.x - 1} ${breakY + 2} L${step.x + step.width + 1} ${breakY - 3} L${step.x + step.width + 1} ${breakY + 1} L${step.x - 1} ${breakY + 6} Z`}
                />
              )}
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
                {stepName(step.id)}
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
