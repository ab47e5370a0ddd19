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
import { fill } from '../messages/template';
import { type TrendWords, rateText, trendRating } from './trend.text';
import { YGridTicks } from '../internal/YGridTicks';
import { axisLabels } from '../provider/ticks';
import { useId } from 'react';
import { BAND_TICK_GAP, BAND_TICK_WIDTH } from './bands.layout';

interface Props {
  geometry: RetentionTrendGeometry;
  bands: Partial<Record<RetentionTrendMetric, BenchmarkBands>>;
  format: Formatters;
  width: number;
  window: RetentionTrendWindow;
  /** The trend's words and the shared benchmark ratings. */
  words: TrendWords;
  /** Called with a point's metric and period when it is clicked or selected by keyboard. */
  onSelect?: ((metric: RetentionTrendMetric, period: string) => void) | undefined;
}

/** A point's words: metric, month, value and its rating. */
function markLabel(
  metric: RetentionTrendMetric,
  mark: RetentionTrendMark,
  bands: BenchmarkBands | undefined,
  format: Formatters,
  { t, b }: TrendWords,
): string {
  const rating = trendRating(mark.value, bands);
  const values = {
    metric: t.metricShort[metric],
    period: periodLabel(mark.period, format.locale, 'long'),
    value: rateText(mark.value, format),
  };
  return rating && bands
    ? fill(t.pointLabelRated, { ...values, rating: ratingText(bands.metric, rating, b) })
    : fill(t.pointLabel, values);
}

/** A panel's title: the metric's name and window, or their short forms when the plot is narrow. */
function panelTitle(
  metric: RetentionTrendMetric,
  window: RetentionTrendWindow,
  room: number,
  { t }: TrendWords,
) {
  const full = fill(t.panelTitle, { metric: t.metricNames[metric], window: t.windows[window] });
  if (estimateTextWidth(full, 12) <= room) return full;
  return fill(t.panelTitle, { metric: t.metricShort[metric], window: t.windowsShort[window] });
}

/** The tooltip's benchmark words: ` · good (100%–101.5%)`. */
function tooltipRating(
  value: number,
  bands: BenchmarkBands | undefined,
  format: Formatters,
  { b }: TrendWords,
) {
  const rating = trendRating(value, bands);
  if (!rating || !bands) return null;
  const range = bands.ranges.find((r) => r.rating === rating)!;
  return (
    <TooltipItem
      data-rating={rating}
      label={ratingText(bands.metric, rating, b)}
      value={rangeText(range, bands.unit, format, b)}
    />
  );
}

/**
 * The bands the gutter does not name in full (too thin, too crowded, or a narrow chart showing
 * the ratings alone), per panel with their values, under the plot; nothing when all fit.
 */
function BandLegend({
  geometry,
  bands,
  format,
  words,
}: Pick<Props, 'geometry' | 'bands' | 'format' | 'words'>) {
  const shown = geometry.panels.filter(
    (panel) =>
      bands[panel.metric] &&
      panel.bands.some((band) => !band.label || geometry.bandLabels !== 'full'),
  );
  if (shown.length === 0) return null;
  return (
    <ul className="vitals-trend-band-legend" aria-label={words.t.bandLegend}>
      {shown.map((panel) => {
        const metricBands = bands[panel.metric]!;
        return (
          <li key={panel.metric} data-metric={panel.metric}>
            <span className="vitals-trend-band-legend-metric">
              {fill(words.t.bandLegendMetric, { metric: words.t.metricShort[panel.metric] })}
            </span>
            {[...panel.bands].reverse().map((band) => (
              <span
                key={band.rating}
                className="vitals-trend-band-legend-item"
                data-rating={band.rating}
              >
                <span className="vitals-trend-band-swatch" aria-hidden="true" />
                {bandLabel(
                  metricBands.metric,
                  metricBands.ranges[band.range]!,
                  metricBands.unit,
                  format,
                  words.b,
                  words.t,
                )}
              </span>
            ))}
          </li>
        );
      })}
    </ul>
  );
}

/** Draws a laid-out retention trend as SVG; every position comes from `retentionTrendGeometry`. */
export function RetentionTrendPlot({
  geometry,
  bands,
  format,
  width,
  window,
  words,
  onSelect,
}: Props) {
  const { left, right } = geometry;
  // Every point of every panel in reading order: panel by panel, left to right.
  const all = geometry.panels.flatMap((panel) => panel.marks.map((mark) => ({ panel, mark })));
  const marks = useChartMarks({
    count: all.length,
    onSelect: onSelect && ((i) => onSelect(all[i]!.panel.metric, all[i]!.mark.period)),
  });
  const active = marks.activeIndex === null ? undefined : all[marks.activeIndex];
  const hits = bandHitAreas(geometry.xs, left, right);
  // React 18's ids hold colons, awkward inside `url(#…)`.
  const hatchId = `vitals-trend-hatch-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  let order = 0;

  return (
    <>
      <svg
        className="vitals-trend-svg"
        {...plotSvgProps(width, geometry.height)}
        role="group"
        aria-label={words.t.plotLabel}
      >
        <defs>
          <pattern
            id={hatchId}
            className="vitals-trend-hatch"
            patternUnits="userSpaceOnUse"
            width={6}
            height={6}
            patternTransform="rotate(45)"
          >
            <line x1={1.5} y1={0} x2={1.5} y2={6} />
          </pattern>
        </defs>
        {geometry.panels.map((panel) => {
          const metricBands = bands[panel.metric];
          return (
            <g key={panel.metric} className="vitals-trend-panel" data-metric={panel.metric}>
              <g aria-hidden="true">
                <text className="vitals-trend-panel-title" x={left} y={panel.top - 8}>
                  {panelTitle(panel.metric, window, width - left, words)}
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
                {/* The poor band is hatched too, so it reads apart from fair without colour. */}
                {panel.bands
                  .filter((band) => band.rating === 'poor')
                  .map((band) => (
                    <rect
                      key="hatch"
                      className="vitals-trend-band-hatch"
                      fill={`url(#${hatchId})`}
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
                {panel.overlays.map((overlay, index) => (
                  <path
                    key={overlay.id}
                    className="vitals-trend-overlay"
                    data-kind={overlay.id.startsWith('segment:') ? 'segment' : 'comparison'}
                    data-index={index % 4}
                    d={overlay.path}
                  />
                ))}
                <path className="vitals-trend-line" d={panel.path} />
                {metricBands &&
                  panel.bands.map((band) => (
                    // The band's extent, at full colour, in the gutter right of the plot.
                    <rect
                      key={`tick-${band.rating}`}
                      className="vitals-trend-band-tick"
                      data-rating={band.rating}
                      x={right + BAND_TICK_GAP}
                      y={band.y + 0.5}
                      width={BAND_TICK_WIDTH}
                      height={Math.max(0, band.height - 1)}
                    />
                  ))}
                {metricBands &&
                  geometry.bandLabels !== 'none' &&
                  panel.bands.map(
                    (band) =>
                      band.label && (
                        // Right of the plot, so the line never runs under a band's name.
                        <text
                          key={`label-${band.rating}`}
                          className="vitals-trend-band-label"
                          data-rating={band.rating}
                          x={band.label.x}
                          y={band.label.y}
                        >
                          {bandLabel(
                            metricBands.metric,
                            metricBands.ranges[band.range]!,
                            metricBands.unit,
                            format,
                            words.b,
                            words.t,
                            geometry.bandLabels === 'short' ? 'short' : 'full',
                          )}
                        </text>
                      ),
                  )}
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
                    aria-label={markLabel(panel.metric, mark, metricBands, format, words)}
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
      <BandLegend geometry={geometry} bands={bands} format={format} words={words} />
      {active && (
        <ChartTooltip
          {...marks.tooltipProps}
          anchor={{ x: active.mark.x, y: active.mark.y - 6 }}
          box={{ width, height: geometry.height }}
        >
          <strong>{periodLabel(active.mark.period, format.locale, 'long')}</strong>
          <TooltipItem
            data-tone="neutral"
            label={words.t.metricNames[active.panel.metric]}
            value={rateText(active.mark.value, format)}
          />
          {tooltipRating(active.mark.value, bands[active.panel.metric], format, words)}
        </ChartTooltip>
      )}
    </>
  );
}
