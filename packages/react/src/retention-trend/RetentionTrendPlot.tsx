import type { BenchmarkBands } from '@vitals/metrics';
import { useState } from 'react';
import { ChartTooltip } from '../internal/ChartTooltip';
import { estimateTextWidth, periodLabel } from '../internal/time';
import type { Formatters } from '../provider/format';
import { bandLabel, rangeText, ratingText } from './bands.text';
import type { RetentionTrendMetric, RetentionTrendWindow } from './trend.data';
import type { RetentionTrendGeometry, RetentionTrendMark } from './trend.geometry';
import { METRIC_LABELS, WINDOW_TEXT, rateText, trendRating } from './trend.text';
import { YGridTicks } from '../internal/YGridTicks';
import { axisLabels } from '../provider/ticks';

interface Props {
  geometry: RetentionTrendGeometry;
  bands: Partial<Record<RetentionTrendMetric, BenchmarkBands>>;
  format: Formatters;
  width: number;
  window: RetentionTrendWindow;
  tooltipId: string;
}

type Active = { metric: RetentionTrendMetric; index: number };

/** A point's words: metric, month, value and its rating. */
function markLabel(
  metric: RetentionTrendMetric,
  mark: RetentionTrendMark,
  bands: BenchmarkBands | undefined,
  format: Formatters,
): string {
  const rating = trendRating(mark.value, bands);
  const rated = rating && bands ? `, ${ratingText(bands.metric, rating)}` : '';
  return `${METRIC_LABELS[metric].short}, ${periodLabel(mark.period, format.locale, 'long')}: ${rateText(mark.value, format)}${rated}`;
}

/** A panel's title: the metric's name and window, or their short forms when the plot is narrow. */
function panelTitle(metric: RetentionTrendMetric, window: RetentionTrendWindow, room: number) {
  const full = `${METRIC_LABELS[metric].name}, ${WINDOW_TEXT[window]}`;
  if (estimateTextWidth(full, 12) <= room) return full;
  return `${METRIC_LABELS[metric].short}, ${window === 'month' ? 'monthly' : 'TTM'}`;
}

/** The tooltip's benchmark words: ` · good (100%–101.5%)`. */
function tooltipRating(value: number, bands: BenchmarkBands | undefined, format: Formatters) {
  const rating = trendRating(value, bands);
  if (!rating || !bands) return null;
  const range = bands.ranges.find((r) => r.rating === rating)!;
  return ` · ${ratingText(bands.metric, rating)} (${rangeText(range, bands.unit, format)})`;
}

/** Draws a laid-out retention trend as SVG; every position comes from `retentionTrendGeometry`. */
export function RetentionTrendPlot({ geometry, bands, format, width, window, tooltipId }: Props) {
  const [active, setActive] = useState<Active | null>(null);
  const activePanel = geometry.panels.find((panel) => panel.metric === active?.metric);
  const activeMark = activePanel?.marks.find((mark) => mark.index === active?.index);
  const { left, right } = geometry;

  return (
    <>
      <svg
        className="vitals-trend-svg"
        width={width}
        height={geometry.height}
        viewBox={`0 0 ${width} ${geometry.height}`}
        role="group"
        aria-label="Retention over time, one panel per rate; focus a point for its value"
      >
        {geometry.panels.map((panel) => {
          const metricBands = bands[panel.metric];
          return (
            <g key={panel.metric} className="vitals-trend-panel" data-metric={panel.metric}>
              <g aria-hidden="true">
                <text className="vitals-trend-panel-title" x={left} y={panel.top - 8}>
                  {panelTitle(panel.metric, window, width - left)}
                </text>
                {panel.bands.map((band) => (
                  <rect
                    key={band.rating}
                    className="vitals-trend-band"
                    data-rating={band.rating}
                    x={left}
                    y={band.y}
                    width={right - left}
                    height={band.height}
                  />
                ))}
                <YGridTicks
                  ticks={panel.ticks}
                  left={left}
                  right={right}
                  labels={(values) => axisLabels(format, values, 'percent')}
                />
                <path className="vitals-trend-line" d={panel.path} />
                {metricBands &&
                  panel.bands
                    .filter((band) => band.showLabel)
                    .map((band) => (
                      // Above the line, with a halo, so a line crossing a band never hides its name.
                      <text
                        key={band.rating}
                        className="vitals-trend-band-label"
                        data-rating={band.rating}
                        x={band.labelX}
                        y={band.labelY}
                        textAnchor={band.labelAnchor}
                      >
                        {bandLabel(
                          metricBands.metric,
                          metricBands.ranges[band.range]!,
                          metricBands.unit,
                          format,
                        )}
                      </text>
                    ))}
              </g>
              {panel.marks.map((mark) => {
                const isActive = active?.metric === panel.metric && active.index === mark.index;
                const rating = trendRating(mark.value, metricBands);
                return (
                  // Focusable marks (the WAI-ARIA charts pattern): each point states its value.
                  <g
                    key={mark.period}
                    className="vitals-trend-point"
                    data-period={mark.period}
                    data-rating={rating ?? undefined}
                    data-active={isActive ? '' : undefined}
                    tabIndex={0}
                    role="img"
                    aria-label={markLabel(panel.metric, mark, metricBands, format)}
                    aria-describedby={isActive ? tooltipId : undefined}
                    onFocus={() => setActive({ metric: panel.metric, index: mark.index })}
                    onBlur={() => setActive(null)}
                    onMouseEnter={() => setActive({ metric: panel.metric, index: mark.index })}
                    onMouseLeave={() => setActive(null)}
                  >
                    <circle className="vitals-trend-hit" cx={mark.x} cy={mark.y} r={9} />
                    <circle className="vitals-trend-dot" cx={mark.x} cy={mark.y} r={3.5} />
                  </g>
                );
              })}
            </g>
          );
        })}
        <g className="vitals-axis" aria-hidden="true">
          {geometry.labelled.map((index) => (
            <text
              key={index}
              className="vitals-axis-label vitals-trend-period"
              x={geometry.xs[index]}
              y={geometry.axisY}
              textAnchor="middle"
            >
              {periodLabel(geometry.periods[index]!, format.locale, 'short')}
            </text>
          ))}
        </g>
      </svg>
      {activeMark && active && (
        <ChartTooltip id={tooltipId} x={activeMark.x} y={activeMark.y}>
          <strong>{METRIC_LABELS[active.metric].name}</strong>{' '}
          {periodLabel(activeMark.period, format.locale, 'long')}
          <br />
          {rateText(activeMark.value, format)}
          {tooltipRating(activeMark.value, bands[active.metric], format)}
        </ChartTooltip>
      )}
    </>
  );
}
