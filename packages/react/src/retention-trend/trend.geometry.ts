import type { BenchmarkBands, BenchmarkRating } from '@vitals/metrics';
import { scalePoint } from 'd3-scale';
import { linearScale, niceDomain } from '../internal/chart/layout';
import { line } from 'd3-shape';
import { estimateTextWidth, thinTicks } from '../internal/time';
import type { RetentionTrendMetric, RetentionTrendPoint } from './trend.data';
import {
  BAND_TEXT_GAP,
  BAND_TICK_GAP,
  BAND_TICK_WIDTH,
  type BandLabelArea,
  type BandLabelForm,
  bandGutter,
  layoutBandLabels,
} from './bands.layout';

/** One drawn point of a panel's line. */
export interface RetentionTrendMark {
  index: number;
  period: string;
  value: number;
  x: number;
  y: number;
}

/** A benchmark band clipped to a panel's y range. */
export interface RetentionTrendBand {
  rating: BenchmarkRating;
  /** Index of the range in `BenchmarkBands.ranges`. */
  range: number;
  y: number;
  height: number;
  /**
   * Where the band's label goes, in the gutter right of the plot (the line never reaches it):
   * the text's left end and baseline; `null` when it does not fit (the legend names the band).
   */
  label: { x: number; y: number } | null;
}

/** One metric's panel: its own y scale, bands, line and points. */
export interface RetentionTrendPanel {
  metric: RetentionTrendMetric;
  top: number;
  bottom: number;
  ticks: Array<{ value: number; y: number }>;
  bands: RetentionTrendBand[];
  /** SVG path of the line; a `null` value breaks it. */
  path: string;
  marks: RetentionTrendMark[];
  /** The overlay lines (a comparison period, other segments), on the panel's y scale. */
  overlays: Array<{ id: string; path: string }>;
}

/**
 * A line drawn over each panel beside the main one: its points by index, aligned with the main
 * points (`null` or a missing index draws nothing there).
 */
export interface RetentionTrendOverlay {
  id: string;
  points: ReadonlyArray<Pick<RetentionTrendPoint, RetentionTrendMetric> | null | undefined>;
}

/** Options of {@link retentionTrendGeometry}. */
export interface RetentionTrendLayout {
  width: number;
  /** Height of each panel in pixels, its title included. */
  panelHeight: number;
  /** The benchmark bands per metric; a metric without bands draws none. */
  bands?: Partial<Record<RetentionTrendMetric, BenchmarkBands>>;
  /**
   * The text of a band's label, in full (`Good 100%–101.5%`) or short (`Good`), to size the
   * gutter right of the plot that holds them; without it labels are taken as 120 and 60 px.
   */
  bandLabel?: (metric: RetentionTrendMetric, range: number, form: 'full' | 'short') => string;
  /** The text of each period's axis label, for thinning; without it labels are taken as 48 px. */
  tickLabel?: (period: string) => string;
  /** Font size of labels in pixels. @default 12 */
  fontSize?: number;
  margin?: { left: number; right: number };
  /** Lines drawn over every panel, included in its y domain. @default [] */
  overlays?: readonly RetentionTrendOverlay[] | undefined;
}

/** The laid-out trend: panels stacked top to bottom, sharing one x axis under the last. */
export interface RetentionTrendGeometry {
  panels: RetentionTrendPanel[];
  /** x of each period, by index. */
  xs: number[];
  /** Each index's period. */
  periods: string[];
  /** Indexes whose period label is drawn: thinned so labels never overlap. */
  labelled: number[];
  /** y of the period labels' baseline, under the last panel. */
  axisY: number;
  /** Total height of the drawing. */
  height: number;
  left: number;
  /** The plot's right edge; the band gutter lies between it and the width. */
  right: number;
  /** Which form of band label the gutter holds (`'none'`: only the bands' range ticks). */
  bandLabels: BandLabelForm;
}

const PANEL_TITLE = 22;
const PANEL_GAP = 20;
const AXIS = 28;
const BAND_FONT = 11;
const WITHOUT_TEXT = { full: 120, short: 60 };

/**
 * A panel's y domain: the data's extent, stretched to the nearest benchmark edge below and above
 * it (so every band a point sits in is drawn whole), padded when flat, then made nice.
 */
export function retentionTrendDomain(
  values: readonly number[],
  edges: readonly number[],
): [number, number] {
  if (values.length === 0)
    return edges.length > 0 ? [Math.min(...edges), Math.max(...edges)] : [0, 1];
  let low = Math.min(...values);
  let high = Math.max(...values);
  const below = edges.filter((edge) => edge <= low);
  const above = edges.filter((edge) => edge >= high);
  if (below.length > 0) low = Math.max(...below);
  if (above.length > 0) high = Math.min(...above);
  if (high - low < 1e-9) {
    const pad = Math.max(Math.abs(high) * 0.05, 0.01);
    low -= pad;
    high += pad;
  }
  return niceDomain([low, high], 4);
}

/**
 * Lays out a retention trend as small multiples: one panel per metric, each with its own y scale
 * (NRR near 100 %, logo churn near 2 % would flatten each other on one axis) and its own benchmark
 * bands, over one shared x axis of periods.
 */
export function retentionTrendGeometry(
  points: readonly RetentionTrendPoint[],
  metrics: readonly RetentionTrendMetric[],
  layout: RetentionTrendLayout,
): RetentionTrendGeometry {
  const margin = layout.margin ?? { left: 56, right: 16 };
  const left = margin.left;
  // The band labels' gutter takes the right margin's place when there are bands to label.
  const labelWidths = (form: 'full' | 'short') =>
    metrics.flatMap((metric) =>
      (layout.bands?.[metric]?.ranges ?? []).map((_, range) => {
        const text = layout.bandLabel?.(metric, range, form);
        return text === undefined ? WITHOUT_TEXT[form] : estimateTextWidth(text, BAND_FONT);
      }),
    );
  const gutter = bandGutter(
    { full: labelWidths('full'), short: labelWidths('short') },
    layout.width,
  );
  const right = Math.max(
    left + 1,
    layout.width - (gutter.width > 0 ? gutter.width + 2 : margin.right),
  );
  const labelX = right + BAND_TICK_GAP + BAND_TICK_WIDTH + BAND_TEXT_GAP;
  // One point per period, each centred in its equal share of the width.
  const x = scalePoint<number>()
    .domain(points.map((_, index) => index))
    .range([left, right])
    .padding(0.5);
  const xs = points.map((_, index) => x(index)!);

  const panels = metrics.map((metric, order): RetentionTrendPanel => {
    const top = order * (layout.panelHeight + PANEL_GAP) + PANEL_TITLE;
    const bottom = Math.max(top + 1, order * (layout.panelHeight + PANEL_GAP) + layout.panelHeight);
    const bands = layout.bands?.[metric];
    const overlays = layout.overlays ?? [];
    const overlayValues = (overlay: RetentionTrendOverlay) =>
      points.map((_, index) => overlay.points[index]?.[metric] ?? null);
    const values = [
      ...points.map((p) => p[metric]),
      ...overlays.flatMap((overlay) => overlayValues(overlay)),
    ].filter((v): v is number => v !== null);
    const edges = bands
      ? bands.ranges.flatMap((r) => [r.min, r.max]).filter((v): v is number => v !== null)
      : [];
    const y = linearScale(retentionTrendDomain(values, edges), [bottom, top]);
    const [low, high] = y.domain();
    const drawLine = line<number | null>()
      .defined((value) => value !== null)
      .x((_, index) => xs[index]!)
      .y((value) => y(value!));
    const marks = points.flatMap((p, index): RetentionTrendMark[] => {
      const value = p[metric];
      return value === null ? [] : [{ index, period: p.period, value, x: xs[index]!, y: y(value) }];
    });
    return {
      metric,
      top,
      bottom,
      ticks: y.ticks(4).map((value) => ({ value, y: y(value) })),
      bands: clipBands(
        bands,
        y,
        low,
        high,
        metric,
        gutter.form,
        { x: labelX, right: layout.width, top, bottom },
        layout.bandLabel,
      ),
      path: drawLine(points.map((p) => p[metric])) ?? '',
      marks,
      overlays: overlays.map((overlay) => ({
        id: overlay.id,
        path: drawLine(overlayValues(overlay)) ?? '',
      })),
    };
  });

  const fontSize = layout.fontSize ?? 12;
  const labelWidth = Math.max(
    0,
    ...points.map((p) =>
      layout.tickLabel ? estimateTextWidth(layout.tickLabel(p.period), fontSize) : 48,
    ),
  );
  const plotBottom = panels.at(-1)?.bottom ?? PANEL_TITLE;
  return {
    panels,
    xs,
    periods: points.map((p) => p.period),
    labelled: thinTicks(points.length, x.step(), labelWidth),
    axisY: plotBottom + 18,
    height: plotBottom + AXIS,
    left,
    right,
    bandLabels: gutter.form,
  };
}

/** The bands inside a panel's y domain, with their labels placed in the gutter. */
function clipBands(
  bands: BenchmarkBands | undefined,
  y: (value: number) => number,
  low: number,
  high: number,
  metric: RetentionTrendMetric,
  form: BandLabelForm,
  area: BandLabelArea,
  text?: (metric: RetentionTrendMetric, range: number, form: 'full' | 'short') => string,
): RetentionTrendBand[] {
  const clipped = (bands?.ranges ?? []).flatMap((range, index) => {
    const lo = Math.max(range.min ?? -Infinity, low);
    const hi = Math.min(range.max ?? Infinity, high);
    return hi > lo ? [{ rating: range.rating, range: index, y: y(hi), height: y(lo) - y(hi) }] : [];
  });
  const placed =
    form === 'none'
      ? clipped.map(() => null)
      : layoutBandLabels(
          clipped.map((band) => {
            const label = text?.(metric, band.range, form);
            return {
              top: band.y,
              bottom: band.y + band.height,
              width: label === undefined ? WITHOUT_TEXT[form] : estimateTextWidth(label, BAND_FONT),
            };
          }),
          area,
        );
  return clipped.map((band, i) => {
    const at = placed[i];
    // The baseline of 11 px text centred on its line.
    return { ...band, label: at ? { x: at.x, y: at.centerY + 4 } : null };
  });
}
