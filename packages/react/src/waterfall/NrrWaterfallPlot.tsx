import { useState } from 'react';
import { ChartTooltip } from '../internal/ChartTooltip';
import type { Formatters } from '../provider/format';
import type { WaterfallGeometry, WaterfallStep, WaterfallStepId } from './waterfall.geometry';
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
  tooltipId: string;
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
  tooltipId,
  messages: m,
}: Props) {
  const [active, setActive] = useState<WaterfallStepId | null>(null);
  const activeStep = geometry.steps.find((step) => step.id === active);
  const { inner } = geometry;

  return (
    <>
      <svg
        className="vitals-waterfall-svg"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
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
        {geometry.steps.map((step, index) => {
          const next = geometry.steps[index + 1];
          const value = stepValueText(step, format);
          return (
            // Focusable marks (the WAI-ARIA charts pattern): each bar states its value on focus.
            <g
              key={step.id}
              className="vitals-waterfall-step"
              data-step={step.id}
              data-kind={step.kind}
              data-tone={TONE[step.kind]}
              data-active={active === step.id ? '' : undefined}
              tabIndex={0}
              role="img"
              aria-label={fill(m.barLabel, {
                step: m.steps[step.id],
                value,
                running: format.currency(step.to),
              })}
              aria-describedby={active === step.id ? tooltipId : undefined}
              onFocus={() => setActive(step.id)}
              onBlur={() => setActive(null)}
              onMouseEnter={() => setActive(step.id)}
              onMouseLeave={() => setActive(null)}
            >
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
        <ChartTooltip id={tooltipId} x={activeStep.centerX} y={activeStep.y}>
          <strong>{m.steps[activeStep.id]}</strong> {stepValueText(activeStep, format)}
          <br />
          {fill(m.tooltipRunning, { value: format.currency(activeStep.to) })}
        </ChartTooltip>
      )}
    </>
  );
}
