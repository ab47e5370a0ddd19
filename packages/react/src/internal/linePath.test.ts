import fc from 'fast-check';
import { line } from 'd3-shape';
import { describe, expect, it } from 'vitest';
import { type LinePoint, linePath } from './linePath';

describe('linePath', () => {
  it('draws straight segments through the points, rounded to 3 decimals', () => {
    expect(
      linePath([
        { x: 0, y: 10 },
        { x: 5.12345, y: 4 },
        { x: 10, y: -2.5 },
      ]),
    ).toBe('M0,10L5.123,4L10,-2.5');
  });

  it('breaks the line at a gap and starts again after it', () => {
    expect(
      linePath([{ x: 0, y: 10 }, { x: 5, y: 4 }, null, { x: 15, y: 2 }, { x: 20, y: 3 }]),
    ).toBe('M0,10L5,4M15,2L20,3');
  });

  it('closes a run of one point, so a lone value still shows as a dot', () => {
    expect(linePath([{ x: 1, y: 2 }, null, { x: 3, y: 4 }, { x: 5, y: 6 }])).toBe('M1,2ZM3,4L5,6');
  });

  it('is empty with no points or only gaps', () => {
    expect(linePath([])).toBe('');
    expect(linePath([null, null])).toBe('');
  });

  it('draws the same path as d3-shape line() with a defined accessor', () => {
    const point = fc.option(
      fc.record({
        x: fc.double({ min: -1e4, max: 1e4, noNaN: true }),
        y: fc.double({ min: -1e4, max: 1e4, noNaN: true }),
      }),
      { nil: null },
    );
    const d3Line = line<LinePoint>()
      .defined((p) => p !== null)
      .x((p) => p!.x)
      .y((p) => p!.y);
    fc.assert(
      fc.property(fc.array(point, { maxLength: 40 }), (points) => {
        expect(linePath(points)).toBe(d3Line(points) ?? '');
      }),
    );
  });
});
