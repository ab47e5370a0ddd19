import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pathRuns } from '../test/pathPoints';
import { type NpsTrendPoint, npsTrendGeometry } from './nps.trend';

const point = fc.record({
  period: fc.constant('2025-01'),
  score: fc.option(
    fc.integer({ min: -1000, max: 1000 }).map((tenths) => tenths / 10),
    { nil: null, freq: 5 },
  ),
  total: fc.integer({ min: 0, max: 500 }),
  marginOfError: fc.constant(null),
  interval: fc.option(
    fc
      .tuple(fc.integer({ min: -100, max: 100 }), fc.integer({ min: -100, max: 100 }))
      .map(([a, b]) => ({ low: Math.min(a, b), high: Math.max(a, b), level: 0.95 })),
    { nil: null },
  ),
  lowSample: fc.boolean(),
}) satisfies fc.Arbitrary<NpsTrendPoint>;
const layout = fc.record({
  width: fc.integer({ min: 1, max: 2000 }),
  height: fc.integer({ min: 1, max: 600 }),
});

describe('npsTrendGeometry (properties)', () => {
  it('draws the line through scored periods in order, inside the plot box, broken at gaps', () => {
    fc.assert(
      fc.property(fc.array(point, { minLength: 1, maxLength: 36 }), layout, (points, box) => {
        const { points: marks, path, inner } = npsTrendGeometry(points, box);
        const step = (inner.right - inner.left) / points.length;
        const scored = marks.filter((mark) => mark.y !== null);
        const vertices = pathRuns(path).flat();
        expect(vertices).toHaveLength(scored.length);
        for (const [index, mark] of marks.entries()) {
          expect(mark.x).toBeCloseTo(inner.left + step * (index + 0.5), 6);
        }
        for (const [index, vertex] of vertices.entries()) {
          expect(vertex.x).toBeCloseTo(scored[index]!.x, 2);
          expect(vertex.y).toBeCloseTo(scored[index]!.y!, 2);
          expect(vertex.x).toBeGreaterThanOrEqual(inner.left - 1e-3);
          expect(vertex.x).toBeLessThanOrEqual(inner.right + 1e-3);
          expect(vertex.y).toBeGreaterThanOrEqual(inner.top - 1e-3);
          expect(vertex.y).toBeLessThanOrEqual(inner.bottom + 1e-3);
          if (index > 0) expect(vertex.x).toBeGreaterThan(vertices[index - 1]!.x);
        }
      }),
    );
  });
});
