import { scaleBand } from 'd3-scale';
import { linearScale } from '../internal/chart/layout';
import { stack } from 'd3-shape';
import { estimateTextWidth } from '../internal/text';

/**
 * Shared layout of the survey breakdowns (NPS, CSAT, CES): the score distribution's bars, the
 * 100 % share bar with non-overlapping labels, and the per-segment rows. Pure, no React.
 */

/** One part of a 100 % bar: a named count. */
export interface SharePart<TId extends string = string> {
  id: TId;
  count: number;
}

/** A laid-out part of a 100 % bar, in pixels from the bar's left edge. */
export interface ShareSegment<TId extends string = string> extends SharePart<TId> {
  /** `count / total`, 0 when the total is 0. */
  share: number;
  x: number;
  width: number;
  centerX: number;
}

/**
 * Stacks parts left to right across `[x0, x0 + width]`, each as wide as its share of the total.
 * With a total of 0 every part has zero width at `x0`.
 *
 * @example
 * stackShares([{ id: 'a', count: 1 }, { id: 'b', count: 3 }], 0, 100);
 * // a: x 0, width 25; b: x 25, width 75
 */
export function stackShares<TId extends string>(
  parts: ReadonlyArray<SharePart<TId>>,
  x0: number,
  width: number,
): ShareSegment<TId>[] {
  const total = parts.reduce((sum, part) => sum + part.count, 0);
  // d3's stack over the one row of parts gives each part's cumulative counts [before, after];
  // positions come from those counts, so the last edge lands exactly on x0 + width.
  const layers = stack<ReadonlyArray<SharePart<TId>>, number>()
    .keys(parts.map((_, index) => index))
    .value((row, index) => row[index]!.count)([parts]);
  const x = linearScale([0, total === 0 ? 1 : total], [x0, total === 0 ? x0 : x0 + width]);
  return parts.map((part, index) => {
    const [before, after] = layers[index]![0]!;
    const left = x(before);
    const right = x(after);
    return {
      ...part,
      share: total === 0 ? 0 : part.count / total,
      x: left,
      width: right - left,
      centerX: (left + right) / 2,
    };
  });
}

/**
 * Places labels of the given widths as close as possible to their wanted centres, in order,
 * without overlapping each other (at least `gap` apart) or leaving `[0, width]`. Returns `null`
 * when they cannot all fit side by side.
 *
 * @example
 * spreadLabels([10, 12], [40, 40], 200); // [20, 64]: pushed apart, the first kept in bounds
 */
export function spreadLabels(
  wanted: readonly number[],
  widths: readonly number[],
  width: number,
  gap = 8,
): number[] | null {
  const needed = widths.reduce((sum, w) => sum + w, 0) + gap * Math.max(0, widths.length - 1);
  if (needed > width + 1e-9) return null;
  const x = wanted.map((centre, i) =>
    Math.min(Math.max(centre, widths[i]! / 2), width - widths[i]! / 2),
  );
  // Push right past the previous label, then back left from the right edge; the total fits, so
  // the backward pass never pushes a label past the left edge.
  for (let i = 1; i < x.length; i++) {
    x[i] = Math.max(x[i]!, x[i - 1]! + (widths[i - 1]! + widths[i]!) / 2 + gap);
  }
  for (let i = x.length - 1; i >= 0; i--) {
    const limit =
      i === x.length - 1
        ? width - widths[i]! / 2
        : x[i + 1]! - (widths[i]! + widths[i + 1]!) / 2 - gap;
    x[i] = Math.min(x[i]!, limit);
  }
  return x;
}

/** Options of {@link shareBarGeometry}. */
export interface ShareBarLayout {
  width: number;
  /** The text lines under each part, to size its label. */
  labelLines: (part: ShareSegment) => readonly string[];
  /** @default 12 */
  fontSize?: number;
}

/** The laid-out 100 % bar: its parts and where each part's label goes. */
export interface ShareBarGeometry<TId extends string = string> {
  segments: ShareSegment<TId>[];
  /** Label centres under the bar, one per segment, or `null` when they do not fit in a row. */
  labelX: number[] | null;
  /** Estimated width of each label, so a caller can tell whether a label still sits under its part. */
  labelWidths: number[];
  total: number;
}

/**
 * Lays out a 100 % bar (promoters / passives / detractors, satisfied / not): each part as wide as
 * its share, and its label centred under it, nudged sideways so that no two labels overlap.
 * When the labels cannot fit in one row, `labelX` is `null` and the caller lists them instead.
 *
 * @example
 * shareBarGeometry([{ id: 'detractor', count: 25 }, { id: 'promoter', count: 75 }], {
 *   width: 400,
 *   labelLines: (part) => [part.id, `${part.count}`],
 * }).segments[1]; // { x: 100, width: 300, share: 0.75, … }
 */
export function shareBarGeometry<TId extends string>(
  parts: ReadonlyArray<SharePart<TId>>,
  layout: ShareBarLayout,
): ShareBarGeometry<TId> {
  const width = Math.max(1, layout.width);
  const segments = stackShares(parts, 0, width);
  const widths = segments.map((segment) =>
    Math.max(...layout.labelLines(segment).map((line) => estimateTextWidth(line, layout.fontSize))),
  );
  return {
    segments,
    labelX: spreadLabels(
      segments.map((segment) => segment.centerX),
      widths,
      width,
    ),
    labelWidths: widths,
    total: parts.reduce((sum, part) => sum + part.count, 0),
  };
}

/** One score of a distribution and its count. */
export interface ScoreCountInput {
  score: number;
  count: number;
}

/** A laid-out bar of a score distribution. */
export interface DistributionBar extends ScoreCountInput {
  /** `count / total`, 0 when there are no responses. */
  share: number;
  x: number;
  y: number;
  width: number;
  height: number;
  centerX: number;
  /** Whether the count label fits above the bar. */
  showLabel: boolean;
}

/** Options of {@link distributionGeometry}. */
export interface DistributionLayout {
  width: number;
  height: number;
  /** Room for the count labels above and the score labels below. @default { top: 20, bottom: 24, left: 4, right: 4 } */
  margin?: { top: number; right: number; bottom: number; left: number };
  /** The count label's text, to decide whether it fits above its bar. */
  labelText?: (bar: ScoreCountInput) => string;
}

/** The laid-out distribution: one bar per score, the baseline and the inner box. */
export interface DistributionGeometry {
  bars: DistributionBar[];
  baselineY: number;
  inner: { left: number; top: number; right: number; bottom: number };
}

const DISTRIBUTION_MARGIN = { top: 20, right: 4, bottom: 24, left: 4 };

/**
 * Lays out a score distribution (0–10 for NPS, 1..scale for CSAT and CES) as one bar per score,
 * in score order, heights proportional to counts from a zero baseline. A score nobody gave gets a
 * 1 px stub so the reader sees it exists; with no responses at all every bar is a stub.
 *
 * @example
 * distributionGeometry(nps(responses).distribution, { width: 440, height: 160 }).bars; // 11 bars
 */
export function distributionGeometry(
  counts: readonly ScoreCountInput[],
  layout: DistributionLayout,
): DistributionGeometry {
  const margin = layout.margin ?? DISTRIBUTION_MARGIN;
  const inner = {
    left: margin.left,
    top: margin.top,
    right: Math.max(margin.left + 1, layout.width - margin.right),
    bottom: Math.max(margin.top + 1, layout.height - margin.bottom),
  };
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  const max = Math.max(0, ...counts.map((c) => c.count));
  const y = linearScale([0, max === 0 ? 1 : max], [inner.bottom, inner.top]);
  // One band per score, in the counts' order; each bar is 80 % of its step.
  const x = scaleBand<number>()
    .domain(counts.map((_, index) => index))
    .range([inner.left, inner.right])
    .paddingInner(0.2)
    .paddingOuter(0.1);
  const step = x.step();
  const bandWidth = x.bandwidth();
  const bars = counts.map((c, index): DistributionBar => {
    const top = Math.min(y(c.count), inner.bottom - 1);
    const left = x(index)!;
    const label = layout.labelText ? estimateTextWidth(layout.labelText(c)) : 24;
    return {
      ...c,
      share: total === 0 ? 0 : c.count / total,
      x: left,
      y: top,
      width: bandWidth,
      height: inner.bottom - top,
      centerX: left + bandWidth / 2,
      showLabel: label <= step,
    };
  });
  return { bars, baselineY: inner.bottom, inner };
}
