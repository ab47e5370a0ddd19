import { scaleLinear } from 'd3-scale';

/** `count` equal slots side by side across a range. */
export interface Slots {
  /** The centre of slot `index` (0-based). */
  center: (index: number) => number;
  /** The width of one slot: the distance between neighbouring centres. */
  step: number;
}

/**
 * Splits `[start, end]` into `count` equal slots: what d3's `scalePoint().padding(0.5)` gives for
 * the centres and `scaleBand()` for the step, as a d3 linear scale over slot indices. The slots
 * are ordered periods, scores or tiers, so position is all the charts need, and leaving d3's
 * ordinal scales out keeps their `InternMap` out of those charts' bundles.
 *
 * @example
 * const slots = slotsAcross(4, [0, 400]);
 * slots.center(0); // 50
 * slots.step; // 100
 */
export function slotsAcross(count: number, [start, end]: readonly [number, number]): Slots {
  const slots = Math.max(1, count);
  const x = scaleLinear()
    .domain([-0.5, slots - 0.5])
    .range([start, end]);
  return { center: (index) => x(index), step: (end - start) / slots };
}
