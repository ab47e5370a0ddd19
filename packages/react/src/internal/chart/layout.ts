import { scaleLinear } from 'd3-scale';

export { estimateTextWidth } from '../text';

/** Space around a plot's inner box, in pixels. */
export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** A plot's inner box: where marks go, inside the axes. */
export interface InnerBox {
  left: number;
  right: number;
  top: number;
  bottom: number;
  width: number;
  height: number;
}

/** The margins most charts use: room for y-axis labels on the left and period labels below. */
export const DEFAULT_MARGINS: Margins = { top: 16, right: 8, bottom: 28, left: 56 };

/**
 * The inner box of a `width` × `height` plot inside `margins`; never negative, so a plot squeezed
 * below its margins draws nothing rather than upside down.
 *
 * @example
 * innerBox(640, 280); // { left: 56, right: 632, top: 16, bottom: 252, width: 576, height: 236 }
 */
export function innerBox(
  width: number,
  height: number,
  margins: Margins = DEFAULT_MARGINS,
): InnerBox {
  const left = margins.left;
  const top = margins.top;
  const right = Math.max(left, width - margins.right);
  const bottom = Math.max(top, height - margins.bottom);
  return { left, right, top, bottom, width: right - left, height: bottom - top };
}

/**
 * A y scale whose domain always includes zero (bars grow from a baseline), niced, mapped onto the
 * inner box from bottom to top. An all-zero domain becomes [0, 1] so nothing divides by zero.
 *
 * @example
 * zeroBasedYScale([-500, 15_000], innerBox(640, 280)).domain(); // [-2000, 16000]
 */
export function zeroBasedYScale(values: readonly number[], box: Pick<InnerBox, 'top' | 'bottom'>) {
  const finite = values.filter(Number.isFinite);
  const lo = Math.min(0, ...finite);
  let hi = Math.max(0, ...finite);
  if (lo === hi) hi = 1;
  return scaleLinear().domain([lo, hi]).range([box.bottom, box.top]).nice();
}

/** A mark's hover and focus target: its whole column, as an invisible rectangle. */
export interface HitArea {
  x: number;
  width: number;
}

/**
 * The hover targets of marks centred at `centers` (ascending) between `left` and `right`: each
 * reaches halfway to its neighbours, so the columns tile the plot with no gap and no overlap and a
 * thin mark (a 6 px contraction) is as easy to hit as a tall one.
 *
 * @example
 * bandHitAreas([10, 30, 70], 0, 100); // [{x:0,width:20}, {x:20,width:30}, {x:50,width:50}]
 */
export function bandHitAreas(centers: readonly number[], left: number, right: number): HitArea[] {
  return centers.map((center, i) => {
    const start = i === 0 ? left : (centers[i - 1]! + center) / 2;
    const end = i === centers.length - 1 ? right : (center + centers[i + 1]!) / 2;
    const x = Math.min(start, center);
    return { x, width: Math.max(0, Math.max(end, center) - x) };
  });
}

/** Where a tooltip goes, relative to the plot box, and on which side of its anchor. */
export interface TooltipPlacement {
  left: number;
  top: number;
  side: 'above' | 'below';
}

/**
 * Places a `size` tooltip next to `anchor` inside a `box`-sized plot: above the anchor when it
 * fits, else below (flipped); shifted sideways to stay inside the box, so it never crosses the
 * plot's edges (nor the header and legend above the plot) and never widens the page. A tooltip
 * larger than the box is pinned to its top-left corner.
 *
 * @example
 * tooltipPosition({ x: 630, y: 100 }, { width: 120, height: 40 }, { width: 640, height: 280 });
 * // { left: 520, top: 52, side: 'above' }
 */
export function tooltipPosition(
  anchor: { x: number; y: number },
  size: { width: number; height: number },
  box: { width: number; height: number },
  gap = 8,
): TooltipPlacement {
  const clamp = (value: number, max: number) => Math.max(0, Math.min(value, max));
  const left = clamp(anchor.x - size.width / 2, box.width - size.width);
  const above = anchor.y - gap - size.height;
  if (above >= 0) return { left, top: above, side: 'above' };
  const below = anchor.y + gap;
  return { left, top: clamp(below, box.height - size.height), side: 'below' };
}

/**
 * The size attributes of a plot's `<svg>`: laid out in a `width` × `height` viewBox (the
 * measured width) but sized `100%` wide by CSS, so it follows its container and never holds a grid
 * or flex column open at a fixed pixel width.
 */
export function plotSvgProps(width: number, height: number) {
  return { width: '100%', height, viewBox: `0 0 ${width} ${height}` } as const;
}
