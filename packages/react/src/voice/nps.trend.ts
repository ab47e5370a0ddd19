import type { NpsTrendPoint } from '@vitals/metrics';
import { scalePoint } from 'd3-scale';
import { area, line } from 'd3-shape';
import { linearScale, niceDomain } from '../internal/chart/layout';
import { estimateTextWidth } from '../internal/text';

export type { NpsTrendPoint } from '@vitals/metrics';

/** A laid-out trend point. */
export interface NpsTrendMark extends NpsTrendPoint {
  x: number;
  /** `null` when the period has no score. */
  y: number | null;
  /** The y of the interval's bounds, `null` when the period has no score or no interval. */
  band: { low: number; high: number } | null;
}

/** Options of {@link npsTrendGeometry}. */
export interface NpsTrendLayout {
  width: number;
  height: number;
  /** @default { top: 12, right: 16, bottom: 24, left: 44 } */
  margin?: { top: number; right: number; bottom: number; left: number };
  /** The text of each period's axis label, for thinning; without it labels are taken as 52 px. */
  tickLabel?: (period: string) => string;
}

/** The laid-out trend: points, the line's SVG path, y ticks, the zero line and x labels. */
export interface NpsTrendGeometry {
  points: NpsTrendMark[];
  /** SVG path of the line through scored periods; broken at periods without a score. */
  path: string;
  /**
   * SVG path of the interval band (a `d3-shape` area from each period's low to high bound),
   * broken where a period has no score or no interval; `''` when no period has one.
   */
  band: string;
  ticks: Array<{ value: number; y: number }>;
  zeroY: number;
  /** Which periods get a visible x label, so labels never crowd (every one when they fit). */
  labelEvery: number;
  inner: { left: number; top: number; right: number; bottom: number };
}

const TREND_MARGIN = { top: 12, right: 16, bottom: 24, left: 44 };

/**
 * Lays out an NPS trend as a small line with points: periods evenly spaced left to right, scores
 * on a y scale that always includes zero (so the sign of the score is visible) and stays inside
 * −100..100, with each period's interval as a band behind the line (the scale covers the bands).
 *
 * @example
 * npsTrendGeometry(npsTrend(trend), { width: 600, height: 140 }).path; // 'M…L…'
 */
export function npsTrendGeometry(
  points: readonly NpsTrendPoint[],
  layout: NpsTrendLayout,
): NpsTrendGeometry {
  const margin = layout.margin ?? TREND_MARGIN;
  const inner = {
    left: margin.left,
    top: margin.top,
    right: Math.max(margin.left + 1, layout.width - margin.right),
    bottom: Math.max(margin.top + 1, layout.height - margin.bottom),
  };
  const scores = points.flatMap((p) =>
    p.score === null ? [] : p.interval ? [p.score, p.interval.low, p.interval.high] : [p.score],
  );
  const low = Math.min(0, ...scores);
  const high = Math.max(0, ...scores);
  const domain = niceDomain([low, high === low ? low + 10 : high], 4);
  const y = linearScale(
    [Math.max(-100, domain[0]), Math.min(100, domain[1])],
    [inner.bottom, inner.top],
  );
  // One point per period, each centred in its equal share of the width.
  const x = scalePoint<number>()
    .domain(points.map((_, index) => index))
    .range([inner.left, inner.right])
    .padding(0.5);
  const marks = points.map((p, index): NpsTrendMark => ({
    ...p,
    x: x(index)!,
    y: p.score === null ? null : y(p.score),
    band:
      p.score === null || !p.interval
        ? null
        : { low: y(Math.max(-100, p.interval.low)), high: y(Math.min(100, p.interval.high)) },
  }));
  const band =
    area<NpsTrendMark>()
      .defined((mark) => mark.band !== null)
      .x((mark) => mark.x)
      .y0((mark) => mark.band!.low)
      .y1((mark) => mark.band!.high)(marks) ?? '';
  const path =
    line<NpsTrendMark>()
      .defined((mark) => mark.y !== null)
      .x((mark) => mark.x)
      .y((mark) => mark.y!)(marks) ?? '';
  // Labels keep at least their widest one's width apart (12 px text).
  const labelWidth = layout.tickLabel
    ? Math.max(0, ...points.map((p) => estimateTextWidth(layout.tickLabel!(p.period))))
    : 52;
  return {
    points: marks,
    path,
    band,
    ticks: y.ticks(4).map((value) => ({ value, y: y(value) })),
    zeroY: y(0),
    labelEvery: Math.max(1, Math.ceil(labelWidth / Math.max(1, x.step()))),
    inner,
  };
}
