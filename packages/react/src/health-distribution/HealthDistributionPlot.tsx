import type { HealthTierBucket } from '@vitals/metrics';
import { ChartTooltip, TooltipItem, plotSvgProps, useChartMarks } from '../internal/chart';
import { fill } from '../messages/template';
import type { HealthDistributionMessages } from '../messages/types';
import type { Formatters } from '../provider/format';
import type {
  HealthDistributionBar,
  HealthDistributionGeometry,
} from './health-distribution.geometry';
import {
  accountsText,
  barLabel,
  barValueText,
  quantityLabel,
  shareText,
} from './health-distribution.text';

interface Props {
  geometry: HealthDistributionGeometry;
  /** The buckets with their labels in the reader's language. */
  buckets: readonly HealthTierBucket[];
  totals: { count: number; mrr: number };
  format: Formatters;
  width: number;
  /** The distribution's words in the reader's language. */
  messages: HealthDistributionMessages;
  /** Called when a bar is clicked or selected by keyboard. */
  onSelect?: ((bar: HealthDistributionBar) => void) | undefined;
}

const barKey = (bar: Pick<HealthDistributionBar, 'tier' | 'quantity'>) =>
  `${bar.quantity}:${bar.tier}`;

/**
 * Draws a laid-out health distribution as SVG; every position comes from
 * `healthDistributionGeometry`. Its bars are one tab stop (arrows move between them, panel by
 * panel), and each bar's whole row band is its hover target.
 */
export function HealthDistributionPlot({
  geometry,
  buckets,
  totals,
  format,
  width,
  messages: m,
  onSelect,
}: Props) {
  const bars = geometry.panels.flatMap((panel) => panel.bars);
  const marks = useChartMarks({
    count: bars.length,
    onSelect: onSelect && ((index) => onSelect(bars[index]!)),
  });
  const activeBar = marks.activeIndex === null ? undefined : bars[marks.activeIndex];
  const activeBucket = activeBar && buckets.find((bucket) => bucket.tier === activeBar.tier);
  let index = 0;

  return (
    <>
      <svg
        className="vitals-health-distribution-svg"
        {...plotSvgProps(width, geometry.height)}
        role="group"
        aria-label={m.plotLabel}
      >
        {geometry.panels.map((panel) => {
          const first = panel.bars[0];
          const last = panel.bars.at(-1);
          const total =
            panel.quantity === 'accounts'
              ? format.count(totals.count)
              : format.currency(totals.mrr);
          return (
            <g
              key={panel.quantity}
              className="vitals-health-distribution-panel"
              data-quantity={panel.quantity}
            >
              <text className="vitals-health-distribution-title" x={panel.x} y={panel.titleY}>
                {quantityLabel(panel.quantity, m)}{' '}
                <tspan className="vitals-health-distribution-total">({total})</tspan>
              </text>
              {panel.rows.map((row) => (
                <text
                  key={row.tier}
                  className="vitals-health-distribution-tier"
                  data-tier={row.tier}
                  data-tone={row.tone}
                  x={row.labelX}
                  y={row.centerY}
                  dy="0.32em"
                  textAnchor="end"
                >
                  {row.label}
                </text>
              ))}
              {first && last && (
                <line
                  className="vitals-baseline"
                  aria-hidden="true"
                  x1={panel.x}
                  x2={panel.x}
                  y1={first.band.y}
                  y2={last.band.y + last.band.height}
                />
              )}
              {panel.bars.map((bar) => {
                const at = index++;
                return (
                  // Marks with a roving tabindex (the WAI-ARIA charts pattern): each states its value.
                  <g
                    key={barKey(bar)}
                    className="vitals-health-distribution-bar"
                    data-tier={bar.tier}
                    data-tone={bar.tone}
                    data-quantity={bar.quantity}
                    role="img"
                    aria-label={barLabel(bar, format, m)}
                    {...marks.getMarkProps(at)}
                  >
                    <rect
                      className="vitals-chart-hit vitals-health-distribution-hit"
                      x={bar.band.x}
                      y={bar.band.y}
                      width={bar.band.width}
                      height={bar.band.height}
                      rx={4}
                    />
                    <rect
                      className="vitals-health-distribution-mark"
                      x={bar.x}
                      y={bar.y}
                      width={bar.width}
                      height={bar.height}
                      rx={2}
                    />
                    <text
                      className="vitals-health-distribution-value"
                      x={bar.labelX}
                      y={bar.labelY}
                      dy="0.32em"
                    >
                      {barValueText(bar, format, m)}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
      {activeBar && activeBucket && (
        <ChartTooltip
          {...marks.tooltipProps}
          anchor={{ x: activeBar.x + Math.max(activeBar.width, 40) / 2, y: activeBar.y }}
          box={{ width, height: geometry.height }}
        >
          <strong>{activeBucket.label}</strong>
          <TooltipItem
            data-tone={activeBucket.tone}
            label={m.quantityAccounts}
            value={fill(m.valueShare, {
              value: accountsText(activeBucket.count, format, m),
              share: shareText(activeBucket.countShare, format),
            })}
          />
          <TooltipItem
            data-tone={activeBucket.tone}
            label={m.quantityMrr}
            value={fill(m.valueShare, {
              value: format.currency(activeBucket.mrr),
              share: shareText(activeBucket.mrrShare, format),
            })}
          />
        </ChartTooltip>
      )}
    </>
  );
}
