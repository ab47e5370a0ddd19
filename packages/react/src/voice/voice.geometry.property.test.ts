import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distributionGeometry, stackShares } from './voice.geometry';
import { segmentRowsGeometry } from './segments.geometry';

const counts = fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 11 });
const parts = counts.map((values) => values.map((count, index) => ({ id: `p${index}`, count })));

describe('distributionGeometry (properties)', () => {
  it('keeps every bar inside the inner box, in score order, never of negative height', () => {
    fc.assert(
      fc.property(
        counts,
        fc.integer({ min: 1, max: 1200 }),
        fc.integer({ min: 1, max: 400 }),
        (values, width, height) => {
          const { bars, inner } = distributionGeometry(
            values.map((count, score) => ({ score, count })),
            { width, height },
          );
          for (const [index, bar] of bars.entries()) {
            expect(bar.height).toBeGreaterThanOrEqual(0);
            expect(bar.width).toBeGreaterThanOrEqual(0);
            expect(bar.x).toBeGreaterThanOrEqual(inner.left - 1e-6);
            expect(bar.x + bar.width).toBeLessThanOrEqual(inner.right + 1e-6);
            expect(bar.y + bar.height).toBeCloseTo(inner.bottom, 6);
            if (index > 0) {
              const before = bars[index - 1]!;
              expect(bar.x).toBeGreaterThanOrEqual(before.x + before.width - 1e-6);
            }
          }
        },
      ),
    );
  });
});

describe('stackShares and segmentRowsGeometry (properties)', () => {
  it('stacks parts edge to edge from x0, each as wide as its share, filling the width exactly', () => {
    fc.assert(
      fc.property(
        parts,
        fc.double({ min: -500, max: 500, noNaN: true }),
        fc.double({ min: 1, max: 2000, noNaN: true }),
        (input, x0, width) => {
          const segments = stackShares(input, x0, width);
          const total = input.reduce((sum, part) => sum + part.count, 0);
          let edge = x0;
          for (const [index, segment] of segments.entries()) {
            expect(segment.width).toBeGreaterThanOrEqual(0);
            expect(segment.x).toBeCloseTo(edge, 6);
            expect(segment.share).toBeCloseTo(total === 0 ? 0 : input[index]!.count / total, 9);
            expect(segment.width).toBeCloseTo(total === 0 ? 0 : segment.share * width, 6);
            edge = segment.x + segment.width;
          }
          if (total > 0) expect(edge).toBeCloseTo(x0 + width, 9);
        },
      ),
    );
  });

  it("keeps every row's bar inside the width, its parts inside the bar", () => {
    fc.assert(
      fc.property(
        fc.array(parts, { minLength: 1, maxLength: 12 }),
        // Below 3 px the bar's 1 px minimum is wider than the third of the width it is given.
        fc.integer({ min: 3, max: 1200 }),
        (rows, width) => {
          const geometry = segmentRowsGeometry(
            rows.map((row, index) => ({ id: `s${index}`, parts: row })),
            { width },
          );
          for (const row of geometry.rows) {
            expect(row.bar.x).toBeGreaterThanOrEqual(0);
            expect(row.bar.x + row.bar.width).toBeLessThanOrEqual(width + 1e-6);
            for (const segment of row.segments) {
              expect(segment.x).toBeGreaterThanOrEqual(row.bar.x - 1e-6);
              expect(segment.x + segment.width).toBeLessThanOrEqual(
                row.bar.x + row.bar.width + 1e-6,
              );
            }
          }
        },
      ),
    );
  });
});
