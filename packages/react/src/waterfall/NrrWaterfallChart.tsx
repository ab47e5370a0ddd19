import type { MovementTotals } from '@vitals/metrics';
import { type ReactNode, useState } from 'react';
import type { Formatters } from '../provider/format';
import { NrrWaterfallTable } from './NrrWaterfallTable';
import { type WaterfallStep, type WaterfallStepId, waterfallGeometry } from './waterfall.geometry';
import { STEP_LABELS, rateText, stepValueText, waterfallSummary } from './waterfall.text';

interface Props {
  id: string;
  title: ReactNode;
  className?: string | undefined;
  movements: MovementTotals;
  nrr: number;
  grr: number | null;
  skipped: number;
  format: Formatters;
  width: number;
  height: number;
  containerRef: (node: HTMLDivElement | null) => void;
  showNewAndReactivation: boolean;
  isTableVisible: boolean;
  onToggleTable: () => void;
}

const TONE: Record<WaterfallStep['kind'], 'neutral' | 'positive' | 'negative'> = {
  total: 'neutral',
  increase: 'positive',
  decrease: 'negative',
};

/** Draws a laid-out waterfall; all geometry comes from `waterfallGeometry`. */
export function NrrWaterfallChart({
  id,
  title,
  className,
  movements,
  nrr,
  grr,
  skipped,
  format,
  width,
  height,
  containerRef,
  showNewAndReactivation,
  isTableVisible,
  onToggleTable,
}: Props) {
  const [active, setActive] = useState<WaterfallStepId | null>(null);
  const geometry = waterfallGeometry(movements, {
    width,
    height,
    includeNewAndReactivation: showNewAndReactivation,
  });
  const summary = waterfallSummary(geometry.steps, nrr, grr, format);
  const ids = {
    title: `${id}-title`,
    summary: `${id}-summary`,
    table: `${id}-table`,
    tooltip: `${id}-tooltip`,
  };
  const activeStep = geometry.steps.find((step) => step.id === active);

  return (
    <figure
      className={['vitals-chart', 'vitals-waterfall', className].filter(Boolean).join(' ')}
      data-state="ready"
      aria-labelledby={ids.title}
      aria-describedby={ids.summary}
    >
      <figcaption className="vitals-chart-header">
        <span id={ids.title} className="vitals-chart-title">
          {title}
        </span>
        <span className="vitals-kpis">
          <span className="vitals-kpi" data-metric="nrr">
            <abbr title="Net revenue retention">NRR</abbr> <strong>{rateText(nrr, format)}</strong>
          </span>
          <span className="vitals-kpi" data-metric="grr">
            <abbr title="Gross revenue retention">GRR</abbr>{' '}
            <strong>{rateText(grr, format)}</strong>
          </span>
        </span>
        <button
          type="button"
          className="vitals-table-toggle"
          aria-expanded={isTableVisible}
          aria-controls={ids.table}
          onClick={onToggleTable}
        >
          {isTableVisible ? 'Hide data table' : 'Show data table'}
        </button>
      </figcaption>
      <p id={ids.summary} className="vitals-visually-hidden">
        {summary}
      </p>
      {skipped > 0 && (
        <p className="vitals-chart-note" role="note">
          {skipped} invalid row{skipped === 1 ? ' was' : 's were'} skipped.
        </p>
      )}
      <div ref={containerRef} className="vitals-chart-body">
        <svg
          className="vitals-waterfall-svg"
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          role="group"
          aria-label="Waterfall bars, one per step; focus a bar for its value"
        >
          <g className="vitals-axis" aria-hidden="true">
            {geometry.ticks.map((tick) => (
              <g key={tick.value} className="vitals-axis-tick">
                <line
                  className="vitals-gridline"
                  x1={geometry.inner.left}
                  x2={geometry.inner.right}
                  y1={tick.y}
                  y2={tick.y}
                />
                <text
                  className="vitals-axis-label"
                  x={geometry.inner.left - 8}
                  y={tick.y}
                  dy="0.32em"
                  textAnchor="end"
                >
                  {format.compactCurrency(tick.value)}
                </text>
              </g>
            ))}
            <line
              className="vitals-baseline"
              x1={geometry.inner.left}
              x2={geometry.inner.right}
              y1={geometry.baselineY}
              y2={geometry.baselineY}
            />
          </g>
          {geometry.steps.map((step, index) => {
            const next = geometry.steps[index + 1];
            const label = `${STEP_LABELS[step.id]}: ${stepValueText(step, format)}, running MRR ${format.currency(step.to)}`;
            return (
              // Focusable marks are the WAI-ARIA charts pattern: each bar says its value on focus.
              <g
                key={step.id}
                className="vitals-waterfall-step"
                data-step={step.id}
                data-kind={step.kind}
                data-tone={TONE[step.kind]}
                data-active={active === step.id ? '' : undefined}
                tabIndex={0}
                role="img"
                aria-label={label}
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
                    {stepValueText(step, format)}
                  </text>
                )}
                <text
                  className="vitals-waterfall-step-name"
                  x={step.centerX}
                  y={geometry.inner.bottom + 18}
                  textAnchor="middle"
                >
                  {step.showLabel
                    ? STEP_LABELS[step.id].replace(' MRR', '')
                    : STEP_LABELS[step.id].slice(0, 3)}
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
          <div
            id={ids.tooltip}
            className="vitals-tooltip"
            role="tooltip"
            style={{ left: activeStep.centerX, top: Math.max(0, activeStep.y - 8) }}
          >
            <strong>{STEP_LABELS[activeStep.id]}</strong> {stepValueText(activeStep, format)}
            <br />
            Running MRR {format.currency(activeStep.to)}
          </div>
        )}
      </div>
      <NrrWaterfallTable
        id={ids.table}
        caption={typeof title === 'string' ? `${title}: data` : 'Waterfall data'}
        steps={geometry.steps}
        format={format}
        isVisible={isTableVisible}
      />
    </figure>
  );
}
