import { tickIncrement, ticks } from 'd3-array';

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
 * A linear map from a numeric domain onto a pixel range: d3-scale's `scaleLinear` for numbers,
 * without its colour interpolation and tick formats (d3-interpolate, d3-color and d3-format, about
 * 8 KB gzip that no Vitals chart uses). Same arithmetic as d3, so positions and ticks are identical.
 */
export interface LinearScale {
  /** The pixel of `value`; a value outside the domain extrapolates (no clamping). */
  (value: number): number;
  /** The domain it was made with, `[d0, d1]`. */
  domain(): [number, number];
  /** The range it was made with, `[r0, r1]`. */
  range(): [number, number];
  /** The value at `pixel`: the inverse map. */
  invert(pixel: number): number;
  /** About `count` (default 10) round values inside the domain: d3-array's `ticks`. */
  ticks(count?: number): number[];
}

/**
 * Maps `[a, b]` onto `[from, to]` as d3's bimap does (normalize, then interpolate
 * `from * (1 - t) + to * t`), reversing both when the domain descends; a collapsed domain maps to
 * the middle of the range.
 */
function bimap(a: number, b: number, from: number, to: number): (value: number) => number {
  if (b < a) [a, b, from, to] = [b, a, to, from];
  const span = b - a;
  return (value) => {
    const t = span ? (value - a) / span : Number.isNaN(span) ? Number.NaN : 0.5;
    return from * (1 - t) + to * t;
  };
}

/**
 * A linear scale from `domain` onto `range`, pure and immutable (nice a domain first with
 * {@link niceDomain}).
 *
 * @example
 * const y = linearScale([0, 200], [250, 50]);
 * y(50); // 200
 * y.invert(150); // 100
 * y.ticks(4); // [0, 50, 100, 150, 200]
 */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const scale = bimap(d0, d1, r0, r1) as LinearScale;
  const inverse = bimap(r0, r1, d0, d1);
  scale.domain = () => [d0, d1];
  scale.range = () => [r0, r1];
  scale.invert = inverse;
  scale.ticks = (count = 10) => ticks(d0, d1, count);
  return scale;
}

/**
 * `domain` widened to round values so that its ends are ticks: d3-scale's `linear.nice(count)`
 * (repeated d3-array `tickIncrement` steps, at most ten), for ascending and descending domains. A
 * domain that does not settle (collapsed, not finite) comes back unchanged, as in d3.
 *
 * @example
 * niceDomain([-500, 15_000]); // [-2000, 16000]
 * niceDomain([0.2, 0.93], 4); // [0.2, 1]
 */
export function niceDomain(domain: readonly [number, number], count = 10): [number, number] {
  let [start, stop] = domain;
  const descending = stop < start;
  if (descending) [start, stop] = [stop, start];
  let previous: number | undefined;
  for (let round = 0; round < 10; round++) {
    const step = tickIncrement(start, stop, count);
    if (step === previous) return descending ? [stop, start] : [start, stop];
    if (step > 0) {
      start = Math.floor(start / step) * step;
      stop = Math.ceil(stop / step) * step;
    } else if (step < 0) {
      start = Math.ceil(start * step) / step;
      stop = Math.floor(stop * step) / step;
    } else {
      break;
    }
    previous = step;
  }
  return [domain[0], domain[1]];
}

/**
 * A y scale whose domain always includes zero (bars grow from a baseline), niced, mapped onto the
 * inner box from bottom to top. An all-zero domain becomes [0, 1] so nothing divides by zero.
 *
 * @example
 * zeroBasedYScale([-500, 15_000], innerBox(640, 280)).domain(); // [-2000, 16000]
 */
export function zeroBasedYScale(
  values: readonly number[],
  box: Pick<InnerBox, 'top' | 'bottom'>,
): LinearScale {
  const finite = values.filter(Number.isFinite);
  const lo = Math.min(0, ...finite);
  let hi = Math.max(0, ...finite);
  if (lo === hi) hi = 1;
  return linearScale(niceDomain([lo, hi]), [box.bottom, box.top]);
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
