import type { BenchmarkBands, BenchmarkRating } from '@vitals/metrics';
import { scalePoint } from 'd3-scale';
import { linearScale, niceDomain } from '../internal/chart/layout';
import { line } from 'd3-shape';
import { estimateTextWidth, thinTicks } from '../internal/time';
import type { RetentionTrendMetric, RetentionTrendPoint } from './trend.data';

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
  /** Whether the band is tall enough for its label. */
  showLabel: boolean;
  /** Where the label's baseline goes, and which end of it `labelX` is. */
  labelX: number;
  labelY: number;
  labelAnchor: 'start' | 'end';
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
  /** The text of a band's label, to place it clear of the line; without it labels are 120 px. */
  bandLabel?: (metric: RetentionTrendMetric, range: number) => string;
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
  right: number;
}

const PANEL_TITLE = 22;
const PANEL_GAP = 20;
const AXIS = 28;
const BAND_LABEL_MIN = 16;
const BAND_FONT = 11;

type Box = { x0: number; x1: number; y0: number; y1: number };

/** Whether the polyline through `marks` (broken where indexes skip) passes through `box`. */
function crosses(marks: readonly RetentionTrendMark[], box: Box): boolean {
  const inside = (x: number, y: number) => x >= box.x0 && x <= box.x1 && y >= box.y0 && y <= box.y1;
  return marks.some((mark, i) => {
    if (inside(mark.x, mark.y)) return true;
    const next = marks[i + 1];
    if (!next || next.index !== mark.index + 1) return false;
    for (let t = 0.1; t < 1; t += 0.1) {
      if (inside(mark.x + (next.x - mark.x) * t, mark.y + (next.y - mark.y) * t)) return true;
    }
    return false;
  });
}

/**
 * Places a band's label in the first of its four inside corners (top right, top left, bottom
 * right, bottom left) that the line does not cross; top right if none is clear.
 */
function placeBandLabel(
  band: { y: number; height: number },
  width: number,
  marks: readonly RetentionTrendMark[],
  left: number,
  right: number,
): Pick<RetentionTrendBand, 'labelX' | 'labelY' | 'labelAnchor'> {
  const pad = 6;
  const corners = [
    { labelAnchor: 'end' as const, labelX: right - pad, labelY: band.y + 13 },
    { labelAnchor: 'start' as const, labelX: left + pad, labelY: band.y + 13 },
    { labelAnchor: 'end' as const, labelX: right - pad, labelY: band.y + band.height - 4 },
    { labelAnchor: 'start' as const, labelX: left + pad, labelY: band.y + band.height - 4 },
  ];
  const clear = corners.find((corner) => {
    const x0 = corner.labelAnchor === 'end' ? corner.labelX - width : corner.labelX;
    return !crosses(marks, {
      x0: x0 - 4,
      x1: x0 + width + 4,
      y0: corner.labelY - 13,
      y1: corner.labelY + 4,
    });
  });
  return clear ?? corners[0]!;
}

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
  const right = Math.max(left + 1, layout.width - margin.right);
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
      bands: (bands?.ranges ?? []).flatMap((range, index): RetentionTrendBand[] => {
        const lo = Math.max(range.min ?? -Infinity, low);
        const hi = Math.min(range.max ?? Infinity, high);
        if (hi <= lo) return [];
        const height = y(lo) - y(hi);
        const text = layout.bandLabel?.(metric, index);
        const width = text === undefined ? 120 : estimateTextWidth(text, BAND_FONT);
        const box = { y: y(hi), height };
        return [
          {
            rating: range.rating,
            range: index,
            ...box,
            showLabel: height >= BAND_LABEL_MIN,
            ...placeBandLabel(box, width, marks, left, right),
          },
        ];
      }),
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
  };
}
