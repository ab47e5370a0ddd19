import type { HealthTierBucket } from '@vitals/metrics';
import { useState } from 'react';
import { ChartTooltip } from '../internal/ChartTooltip';
import type { Formatters } from '../provider/format';
import type {
  HealthDistributionBar,
  HealthDistributionGeometry,
} from './health-distribution.geometry';
import {
  QUANTITY_LABELS,
  accountsText,
  barLabel,
  barValueText,
  shareText,
} from './health-distribution.text';

interface Props {
  geometry: HealthDistributionGeometry;
  buckets: readonly HealthTierBucket[];
  totals: { count: number; mrr: number };
  format: Formatters;
  width: number;
  tooltipId: string;
}

const barKey = (bar: Pick<HealthDistributionBar, 'tier' | 'quantity'>) =>
  `${bar.quantity}:${bar.tier}`;

/** Draws a laid-out health distribution as SVG; every position comes from `healthDistributionGeometry`. */
export function HealthDistributionPlot({
  geometry,
  buckets,
  totals,
  format,
  width,
  tooltipId,
}: Props) {
  const [active, setActive] = useState<string | null>(null);
  const bars = geometry.panels.flatMap((panel) => panel.bars);
  const activeBar = bars.find((bar) => barKey(bar) === active);
  const activeBucket = activeBar && buckets.find((bucket) => bucket.tier === activeBar.tier);

  return (
    <>
      <svg
        className="vitals-health-distribution-svg"
        width={width}
        height={geometry.height}
        viewBox={`0 0 ${width} ${geometry.height}`}
        role="group"
        aria-label="Bars per health tier; focus a bar for its accounts and MRR"
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
                {QUANTITY_LABELS[panel.quantity]}{' '}
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
                const key = barKey(bar);
                return (
                  <g
                    key={key}
                    className="vitals-health-distribution-bar"
                    data-tier={bar.tier}
                    data-tone={bar.tone}
                    data-quantity={bar.quantity}
                    data-active={active === key ? '' : undefined}
                    tabIndex={0}
                    role="img"
                    aria-label={barLabel(bar, format)}
                    aria-describedby={active === key ? tooltipId : undefined}
                    onFocus={() => setActive(key)}
                    onBlur={() => setActive(null)}
                    onMouseEnter={() => setActive(key)}
                    onMouseLeave={() => setActive(null)}
                  >
                    <rect
                      className="vitals-health-distribution-hit"
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
                      {barValueText(bar, format)}
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
          id={tooltipId}
          x={activeBar.x + Math.max(activeBar.width, 40) / 2}
          y={activeBar.y}
        >
          <strong>{activeBucket.label}</strong>
          <br />
          {accountsText(activeBucket.count, format)} ({shareText(activeBucket.countShare, format)}{' '}
          of accounts)
          <br />
          {format.currency(activeBucket.mrr)} MRR ({shareText(activeBucket.mrrShare, format)} of
          MRR)
        </ChartTooltip>
      )}
    </>
  );
}
