import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandHitAreas, innerBox, tooltipPosition, zeroBasedYScale } from './layout';

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
