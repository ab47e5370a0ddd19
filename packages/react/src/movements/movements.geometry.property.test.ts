import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pathRuns } from '../test/pathPoints';
import { GAINS, type MovementsPeriodInput, movementsGeometry } from './movements.geometry';

// MRR in cents, up to 10 million; a third of them zero.
const amount = fc.oneof(
  fc.constant(0),
  fc.integer({ min: 1, max: 1e9 }).map((cents) => cents / 100),
);
const period = fc.record({
  period: fc.constant('2025-01'),
  newMrr: amount,
  expansionMrr: amount,
  reactivationMrr: amount,
  contractionMrr: amount,
  churnedMrr: amount,
});
const series = fc.array(period, { minLength: 1, maxLength: 40 });
const layout = fc.record({
  width: fc.integer({ min: 1, max: 2000 }),
  height: fc.integer({ min: 1, max: 800 }),
});

const total = (input: MovementsPeriodInput, sign: 1 | -1) =>
  sign === 1
    ? input.newMrr! + input.expansionMrr + input.reactivationMrr!
    : input.contractionMrr + input.churnedMrr;

describe('movementsGeometry (properties)', () => {
  it("stacks each month's gains up and losses down from zero, summing to its totals", () => {
    fc.assert(
      fc.property(series, layout, (input, box) => {
        const geometry = movementsGeometry(input, box);
        // Pixels per unit of MRR, from two ticks of the (linear) y scale.
        const [a, b] = geometry.ticks;
        const perUnit = (a!.y - b!.y) / (b!.value - a!.value);
        for (const [index, column] of geometry.columns.entries()) {
          for (const sign of [1, -1] as const) {
            const segments = column.segments.filter((s) => GAINS.includes(s.kind) === (sign === 1));
            const sum = segments.reduce((acc, s) => acc + s.value, 0);
            expect(sum).toBeCloseTo(sign * total(input[index]!, sign), 6);
            const height = segments.reduce((acc, s) => acc + s.height, 0);
            expect(height).toBeCloseTo(perUnit * total(input[index]!, sign), 6);
            // Contiguous from the zero line outwards.
            let edge = geometry.baselineY;
            for (const segment of segments) {
              expect(segment.height).toBeGreaterThanOrEqual(0);
              if (sign === 1) {
                expect(segment.y + segment.height).toBeCloseTo(edge, 6);
                edge = segment.y;
              } else {
                expect(segment.y).toBeCloseTo(edge, 6);
                edge = segment.y + segment.height;
              }
            }
          }
        }
      }),
    );
  });

  it('keeps every band inside the inner width, in period order', () => {
    fc.assert(
      fc.property(series, layout, (input, box) => {
        const { columns, inner } = movementsGeometry(input, box);
        for (const [index, column] of columns.entries()) {
          expect(column.width).toBeGreaterThanOrEqual(0);
          expect(column.x).toBeGreaterThanOrEqual(inner.left - 1e-6);
          expect(column.x + column.width).toBeLessThanOrEqual(inner.right + 1e-6);
          if (index > 0) {
            const before = columns[index - 1]!;
            expect(column.x).toBeGreaterThanOrEqual(before.x + before.width - 1e-6);
          }
        }
      }),
    );
  });

  it('draws the net line through every column centre, left to right, inside the plot box', () => {
    fc.assert(
      fc.property(series, layout, (input, box) => {
        const { columns, inner, netPath } = movementsGeometry(input, box);
        const runs = pathRuns(netPath);
        expect(runs).toHaveLength(1);
        const points = runs[0]!;
        expect(points).toHaveLength(columns.length);
        for (const [index, point] of points.entries()) {
          expect(point.x).toBeCloseTo(columns[index]!.centerX, 2);
          expect(point.y).toBeCloseTo(columns[index]!.netY, 2);
          expect(point.x).toBeGreaterThanOrEqual(inner.left - 1e-3);
          expect(point.x).toBeLessThanOrEqual(inner.right + 1e-3);
          expect(point.y).toBeGreaterThanOrEqual(inner.top - 1e-3);
          expect(point.y).toBeLessThanOrEqual(inner.bottom + 1e-3);
          if (index > 0) expect(point.x).toBeGreaterThan(points[index - 1]!.x);
        }
      }),
    );
  });
});
