import { scaleLinear as d3Linear } from 'd3-scale';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bandHitAreas,
  innerBox,
  linearScale,
  niceDomain,
  tooltipPosition,
  zeroBasedYScale,
} from './layout';

describe('innerBox', () => {
  it('subtracts the margins', () => {
    expect(innerBox(640, 280)).toEqual({
      left: 56,
      right: 632,
      top: 16,
      bottom: 252,
      width: 576,
      height: 236,
    });
  });

  it('never turns inside out when the plot is smaller than its margins', () => {
    const box = innerBox(20, 10);
    expect(box.width).toBe(0);
    expect(box.height).toBe(0);
  });
});

describe('zeroBasedYScale', () => {
  it('includes zero and nices the domain', () => {
    expect(zeroBasedYScale([-500, 15_000], { top: 0, bottom: 100 }).domain()).toEqual([
      -2000, 16000,
    ]);
    expect(zeroBasedYScale([5, 9], { top: 0, bottom: 100 }).domain()[0]).toBe(0);
  });

  it('maps zero inside the box and an all-zero or non-finite series to [0, 1]', () => {
    const y = zeroBasedYScale([0, Number.NaN], { top: 10, bottom: 110 });
    expect(y.domain()).toEqual([0, 1]);
    expect(y(0)).toBe(110);
  });
});

describe('bandHitAreas', () => {
  it('tiles the plot between neighbours', () => {
    expect(bandHitAreas([10, 30, 70], 0, 100)).toEqual([
      { x: 0, width: 20 },
      { x: 20, width: 30 },
      { x: 50, width: 50 },
    ]);
  });

  it('covers [left, right] with no gap or overlap, each area holding its centre', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 40 }),
        (raw) => {
          const centers = [...raw].sort((a, b) => a - b);
          const areas = bandHitAreas(centers, 0, 1000);
          expect(areas[0]!.x).toBe(0);
          areas.forEach((area, i) => {
            expect(area.x).toBeLessThanOrEqual(centers[i]!);
            expect(area.x + area.width).toBeGreaterThanOrEqual(centers[i]!);
            if (i > 0) expect(area.x).toBeCloseTo(areas[i - 1]!.x + areas[i - 1]!.width);
          });
          const last = areas.at(-1)!;
          expect(last.x + last.width).toBe(1000);
        },
      ),
    );
  });
});

describe('tooltipPosition', () => {
  const box = { width: 640, height: 280 };

  it('sits centred above its anchor when there is room', () => {
    expect(tooltipPosition({ x: 300, y: 100 }, { width: 100, height: 40 }, box)).toEqual({
      left: 250,
      top: 52,
      side: 'above',
    });
  });

  it('flips below near the top and shifts inside at the edges', () => {
    expect(tooltipPosition({ x: 630, y: 10 }, { width: 120, height: 40 }, box)).toEqual({
      left: 520,
      top: 18,
      side: 'below',
    });
    expect(tooltipPosition({ x: 5, y: 100 }, { width: 120, height: 40 }, box).left).toBe(0);
  });

  it('always stays inside the box when it fits', () => {
    fc.assert(
      fc.property(
        fc.record({ x: fc.integer({ min: 0, max: 640 }), y: fc.integer({ min: 0, max: 280 }) }),
        fc.record({
          width: fc.integer({ min: 1, max: 640 }),
          height: fc.integer({ min: 1, max: 130 }),
        }),
        (anchor, size) => {
          const at = tooltipPosition(anchor, size, box);
          expect(at.left).toBeGreaterThanOrEqual(0);
          expect(at.top).toBeGreaterThanOrEqual(0);
          expect(at.left + size.width).toBeLessThanOrEqual(box.width);
          expect(at.top + size.height).toBeLessThanOrEqual(box.height);
        },
      ),
    );
  });
});

describe('linearScale', () => {
  it('maps the domain onto the range, both ways', () => {
    const y = linearScale([0, 200], [250, 50]);
    expect(y(0)).toBe(250);
    expect(y(200)).toBe(50);
    expect(y(50)).toBe(200);
    expect(y.invert(150)).toBe(100);
    expect(y.domain()).toEqual([0, 200]);
    expect(y.range()).toEqual([250, 50]);
    expect(y.ticks(4)).toEqual([0, 50, 100, 150, 200]);
  });

  it('maps a collapsed domain to the middle of the range, as d3 does', () => {
    expect(linearScale([3, 3], [0, 100])(3)).toBe(50);
    expect(linearScale([3, 3], [0, 100])(7)).toBe(d3Linear().domain([3, 3]).range([0, 100])(7));
  });

  const finite = fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true });
  const domains = fc
    .tuple(finite, finite)
    .filter(([a, b]) => Math.abs(a - b) > 1e-6 * Math.max(1, Math.abs(a), Math.abs(b)));

  it('is monotone and sends the domain ends to the range ends', () => {
    fc.assert(
      fc.property(domains, fc.tuple(finite, finite), finite, finite, ([d0, d1], [r0, r1], u, v) => {
        const scale = linearScale([d0, d1], [r0, r1]);
        expect(scale(d0)).toBeCloseTo(r0, 3);
        expect(scale(d1)).toBeCloseTo(r1, 3);
        // Order preserved (or reversed, when domain and range run opposite ways).
        const sign = Math.sign((d1 - d0) * (r1 - r0));
        const [lo, hi] = u <= v ? [u, v] : [v, u];
        expect(Math.sign(scale(hi) - scale(lo)) * sign).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('gives the same positions, inverses and ticks as d3-scale for random domains', () => {
    fc.assert(
      fc.property(
        domains,
        fc.tuple(finite, finite),
        fc.array(finite, { maxLength: 5 }),
        fc.integer({ min: 1, max: 12 }),
        ([d0, d1], [r0, r1], values, count) => {
          const ours = linearScale([d0, d1], [r0, r1]);
          const theirs = d3Linear().domain([d0, d1]).range([r0, r1]);
          for (const value of values) {
            expect(ours(value)).toBe(theirs(value));
            expect(ours.invert(value)).toBe(theirs.invert(value));
          }
          expect(ours.ticks(count)).toEqual(theirs.ticks(count));
          expect(ours.ticks()).toEqual(theirs.ticks());
        },
      ),
    );
  });
});

describe('niceDomain', () => {
  it('widens to round ticks', () => {
    expect(niceDomain([-500, 15_000])).toEqual([-2000, 16000]);
    expect(niceDomain([0.2, 0.93], 4)).toEqual([0.2, 1]);
    expect(niceDomain([100, 0.5], 5)).toEqual([100, 0]);
    expect(niceDomain([2, 2])).toEqual([2, 2]);
  });

  const finite = fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true });

  it("is d3-scale's nice for random domains and counts, ascending or descending", () => {
    fc.assert(
      fc.property(finite, finite, fc.integer({ min: 1, max: 12 }), (a, b, count) => {
        expect(niceDomain([a, b], count)).toEqual(d3Linear().domain([a, b]).nice(count).domain());
        expect(niceDomain([a, b])).toEqual(d3Linear().domain([a, b]).nice().domain());
      }),
    );
  });

  // What charts feed in: money, counts and rates, not subnormal floats (where d3's own nice
  // rounds a -5e-324 up to 0).
  const chartValue = fc
    .tuple(fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }), fc.constantFrom(1, 0.01, 1e-4))
    .map(([n, unit]) => n * unit);

  it('contains the domain, and its ticks lie inside it', () => {
    fc.assert(
      fc.property(chartValue, chartValue, fc.integer({ min: 2, max: 10 }), (a, b, count) => {
        fc.pre(a !== b);
        const [lo, hi] = a < b ? [a, b] : [b, a];
        const nice = niceDomain([lo, hi], count);
        expect(nice[0]).toBeLessThanOrEqual(lo);
        expect(nice[1]).toBeGreaterThanOrEqual(hi);
        const ticks = linearScale(nice, [0, 1]).ticks(count);
        for (const tick of ticks) {
          expect(tick).toBeGreaterThanOrEqual(nice[0]);
          expect(tick).toBeLessThanOrEqual(nice[1]);
        }
      }),
    );
  });
});
