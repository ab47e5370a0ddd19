import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pathRuns } from '../test/pathPoints';
import { retentionTrendGeometry } from './trend.geometry';

const rate = fc.option(
  fc.integer({ min: 0, max: 20_000 }).map((basisPoints) => basisPoints / 10_000),
  { nil: null, freq: 5 },
);
const points = fc.array(
  fc.record({ period: fc.constant('2025-01'), nrr: rate, grr: rate, logoChurn: rate }),
  { minLength: 1, maxLength: 40 },
);
const width = fc.integer({ min: 1, max: 2000 });

describe('retentionTrendGeometry (properties)', () => {
  it('places one point per period, left to right inside the width, centred in its share', () => {
    fc.assert(
      fc.property(points, width, (input, w) => {
        const { xs, left, right } = retentionTrendGeometry(input, ['nrr'], {
          width: w,
          panelHeight: 120,
        });
        const step = (right - left) / input.length;
        for (const [index, x] of xs.entries()) {
          expect(x).toBeCloseTo(left + step * (index + 0.5), 6);
          expect(x).toBeGreaterThanOrEqual(left);
          expect(x).toBeLessThanOrEqual(right);
        }
      }),
      { numRuns: 50 },
    );
  });

  it("draws each panel's line through its valued points in order, inside the panel, broken at gaps", () => {
    fc.assert(
      fc.property(points, width, (input, w) => {
        const geometry = retentionTrendGeometry(input, ['nrr', 'grr', 'logoChurn'], {
          width: w,
          panelHeight: 120,
        });
        for (const panel of geometry.panels) {
          const runs = pathRuns(panel.path);
          const vertices = runs.flat();
          expect(vertices).toHaveLength(panel.marks.length);
          for (const [index, vertex] of vertices.entries()) {
            const mark = panel.marks[index]!;
            expect(vertex.x).toBeCloseTo(mark.x, 2);
            expect(vertex.y).toBeCloseTo(mark.y, 2);
            expect(vertex.x).toBeGreaterThanOrEqual(geometry.left - 1e-3);
            expect(vertex.x).toBeLessThanOrEqual(geometry.right + 1e-3);
            expect(vertex.y).toBeGreaterThanOrEqual(panel.top - 1e-3);
            expect(vertex.y).toBeLessThanOrEqual(panel.bottom + 1e-3);
            if (index > 0) expect(vertex.x).toBeGreaterThan(vertices[index - 1]!.x);
          }
          // One run per stretch of consecutive valued periods.
          const stretches = panel.marks.filter(
            (mark, i) => i === 0 || panel.marks[i - 1]!.index !== mark.index - 1,
          ).length;
          expect(runs).toHaveLength(stretches);
        }
      }),
      { numRuns: 50 },
    );
  });
});
