import type { BenchmarkBands } from '@vitals/metrics';
import {
  ChartTooltip,
  TooltipItem,
  bandHitAreas,
  estimateTextWidth,
  plotSvgProps,
  useChartMarks,
} from '../internal/chart';
import { periodLabel } from '../internal/time';
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
  /** Called with a point's metric and period when it is clicked or selected by keyboard. */
  onSelect?: ((metric: RetentionTrendMetric, period: string) => void) | undefined;
}

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
  return (
    <TooltipItem
      data-rating={rating}
      label={ratingText(bands.metric, rating)}
      value={rangeText(range, bands.unit, format)}
    />
  );
}

/** Draws a laid-out retention trend as SVG; every position comes from `retentionTrendGeometry`. */
export function RetentionTrendPlot({ geometry, bands, format, width, window, onSelect }: Props) {
  const { left, right } = geometry;
  // Every point of every panel in reading order: panel by panel, left to right.
  const all = geometry.panels.flatMap((panel) => panel.marks.map((mark) => ({ panel, mark })));
  const marks = useChartMarks({
    count: all.length,
    onSelect: onSelect && ((i) => onSelect(all[i]!.panel.metric, all[i]!.mark.period)),
  });
  const active = marks.activeIndex === null ? undefined : all[marks.activeIndex];
  const hits = bandHitAreas(geometry.xs, left, right);
  let order = 0;

  return (
    <>
      <svg
        className="vitals-trend-svg"
        {...plotSvgProps(width, geometry.height)}
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
                const rating = trendRating(mark.value, metricBands);
                const hit = hits[mark.index]!;
                return (
                  // Marks with a roving tabindex (the WAI-ARIA charts pattern): each states its value.
                  <g
                    key={mark.period}
                    className="vitals-trend-point"
                    data-period={mark.period}
                    data-rating={rating ?? undefined}
                    role="img"
                    aria-label={markLabel(panel.metric, mark, metricBands, format)}
                    {...marks.getMarkProps(order++)}
                  >
                    <rect
                      className="vitals-chart-hit"
                      x={hit.x}
                      y={panel.top}
                      width={hit.width}
                      height={panel.bottom - panel.top}
                    />
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
      {active && (
        <ChartTooltip
          {...marks.tooltipProps}
          anchor={{ x: active.mark.x, y: active.mark.y - 6 }}
          box={{ width, height: geometry.height }}
        >
          <strong>{periodLabel(active.mark.period, format.locale, 'long')}</strong>
          <TooltipItem
            data-tone="neutral"
            label={METRIC_LABELS[active.panel.metric].name}
            value={rateText(active.mark.value, format)}
          />
          {tooltipRating(active.mark.value, bands[active.panel.metric], format)}
        </ChartTooltip>
      )}
    </>
  );
}
