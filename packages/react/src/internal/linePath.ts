import { pathRound } from 'd3-path';

/** A point of a line in SVG coordinates; `null` marks a gap (a period with no value). */
export type LinePoint = { readonly x: number; readonly y: number } | null;

/**
 * The SVG path data of a line of straight segments through `points`, broken at each `null`: what
 * d3-shape's `line()` draws with its default linear curve and a `defined` accessor, serialised
 * the same way (d3-path, coordinates rounded to 3 decimals). A point with no defined neighbour
 * becomes `M x,y Z`, as in d3: a dot where the stroke has round caps.
 *
 * Written on d3-path rather than imported from d3-shape: d3-shape ships one module whose curve
 * factories run when it loads, so importing `line` alone bundles all of it (≈ 5 KB gzip).
 *
 * @example
 * linePath([{ x: 0, y: 10 }, { x: 5, y: 4 }, null, { x: 15, y: 2 }]); // 'M0,10L5,4M15,2Z'
 */
export function linePath(points: readonly LinePoint[]): string {
  const path = pathRound(3);
  // Points in the current run; a run of one is closed so it can still show.
  let run = 0;
  const endRun = () => {
    if (run === 1) path.closePath();
    run = 0;
  };
  for (const point of points) {
    if (point === null) {
      endRun();
    } else {
      if (run === 0) path.moveTo(point.x, point.y);
      else path.lineTo(point.x, point.y);
      run++;
    }
  }
  endRun();
  return path.toString();
}
