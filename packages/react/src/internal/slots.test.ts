import { scaleBand, scalePoint } from 'd3-scale';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slotsAcross } from './slots';

describe('slotsAcross', () => {
  it('centres each slot in its equal share of the range', () => {
    const slots = slotsAcross(4, [0, 400]);
    expect([0, 1, 2, 3].map(slots.center)).toEqual([50, 150, 250, 350]);
    expect(slots.step).toBe(100);
  });

  it('puts a single slot in the middle, as wide as the range', () => {
    const slots = slotsAcross(1, [20, 120]);
    expect(slots.center(0)).toBe(70);
    expect(slots.step).toBe(100);
  });

  it("matches d3's point scale (padding 0.5) and band scale step for any count and range", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.double({ min: -1e3, max: 1e3, noNaN: true }),
        fc.double({ min: 1, max: 5e3, noNaN: true }),
        (count, start, width) => {
          const indices = Array.from({ length: count }, (_, i) => i);
          const range: [number, number] = [start, start + width];
          const slots = slotsAcross(count, range);
          const point = scalePoint<number>().domain(indices).range(range).padding(0.5);
          const band = scaleBand<number>()
            .domain(indices)
            .range(range)
            .paddingInner(0.2)
            .paddingOuter(0.1);
          for (const i of indices) expect(slots.center(i)).toBeCloseTo(point(i)!, 6);
          expect(slots.step).toBeCloseTo(band.step(), 6);
          // A bar of 80 % of the step, centred in its slot, is where scaleBand puts it, and so is
          // one of 70 % with inner padding 0.3 (outer padding half the inner padding in both).
          expect(slots.center(0) - 0.4 * slots.step).toBeCloseTo(band(0)!, 6);
          const rows = scaleBand<number>()
            .domain(indices)
            .range(range)
            .paddingInner(0.3)
            .paddingOuter(0.15);
          const last = count - 1;
          expect(slots.center(last) - 0.35 * slots.step).toBeCloseTo(rows(last)!, 6);
          expect(0.7 * slots.step).toBeCloseTo(rows.bandwidth(), 6);
        },
      ),
    );
  });
});
