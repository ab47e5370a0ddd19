import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pathRuns } from '../test/pathPoints';
import { sparklineGeometry } from './metric-card.model';

const history = fc.array(
  fc.record({
    value: fc.option(fc.integer({ min: -1e6, max: 1e6 }), { nil: null, freq: 5 }),
  }),
  { minLength: 1, maxLength: 60 },
);
const layout = fc.record({
  width: fc.integer({ min: 8, max: 600 }),
  height: fc.integer({ min: 8, max: 200 }),
});

describe('sparklineGeometry (properties)', () => {
  it('draws the valued points left to right, evenly spaced, inside the inset box', () => {
    fc.assert(
      fc.property(history, layout, (points, box) => {
        const { path, last } = sparklineGeometry(points, box);
        const valued = points.flatMap((p, index) => (p.value === null ? [] : [index]));
        const vertices = pathRuns(path).flat();
        expect(vertices).toHaveLength(valued.length);
        const spacing = (box.width - 6) / Math.max(1, points.length - 1);
        for (const [i, vertex] of vertices.entries()) {
          expect(vertex.x).toBeCloseTo(3 + spacing * valued[i]!, 2);
          expect(vertex.x).toBeGreaterThanOrEqual(3 - 1e-3);
          expect(vertex.x).toBeLessThanOrEqual(box.width - 3 + 1e-3);
          expect(vertex.y).toBeGreaterThanOrEqual(3 - 1e-3);
          expect(vertex.y).toBeLessThanOrEqual(box.height - 3 + 1e-3);
          if (i > 0) expect(vertex.x).toBeGreaterThan(vertices[i - 1]!.x);
        }
        if (valued.length === 0) expect(last).toBeNull();
        else expect(last!.x).toBeCloseTo(vertices.at(-1)!.x, 2);
      }),
      { numRuns: 50 },
    );
  });
});
