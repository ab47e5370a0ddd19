import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pathRuns } from '../test/pathPoints';
import {
  GAINS,
  type MovementsPeriodInput,
  movementMarks,
  movementsGeometry,
  neighbourMark,
} from './movements.geometry';

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

// The marks' hit areas reach the SVG's bottom: plots tall enough to have an inner box.
const tallLayout = layout.filter((box) => box.height >= 40);
const KEYS = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'] as const;

describe('movementMarks (properties)', () => {
  it('is one mark per non-zero movement, or one per empty period, in reading order', () => {
    fc.assert(
      fc.property(series, tallLayout, (input, box) => {
        const geometry = movementsGeometry(input, box);
        const marks = movementMarks(geometry, box.height);
        for (const column of geometry.columns) {
          const own = marks.filter((mark) => mark.column === column.index);
          expect(own.length).toBe(Math.max(1, column.segments.length));
          if (column.segments.length === 0) expect(own[0]!.kind).toBeNull();
          // Top to bottom within a column.
          for (let i = 1; i < own.length; i++)
            expect(own[i]!.y).toBeGreaterThanOrEqual(own[i - 1]!.y);
        }
        // Columns left to right.
        for (let i = 1; i < marks.length; i++) {
          expect(marks[i]!.column).toBeGreaterThanOrEqual(marks[i - 1]!.column);
        }
      }),
    );
  });

  it('tiles each column band from the plot top to the bottom with the hit areas, no overlap', () => {
    fc.assert(
      fc.property(series, tallLayout, (input, box) => {
        const geometry = movementsGeometry(input, box);
        const marks = movementMarks(geometry, box.height);
        for (const column of geometry.columns) {
          const own = marks.filter((mark) => mark.column === column.index);
          expect(own[0]!.hitY).toBeCloseTo(geometry.inner.top, 6);
          for (let i = 1; i < own.length; i++) {
            expect(own[i]!.hitY).toBeCloseTo(own[i - 1]!.hitY + own[i - 1]!.hitHeight, 6);
          }
          const last = own.at(-1)!;
          expect(last.hitY + last.hitHeight).toBeCloseTo(box.height, 6);
          // Each segment's own drawn extent lies inside its hit area.
          for (const mark of own) {
            if (mark.kind === null) continue;
            expect(mark.y).toBeGreaterThanOrEqual(mark.hitY - 1e-6);
            expect(mark.y + mark.height).toBeLessThanOrEqual(mark.hitY + mark.hitHeight + 1e-6);
          }
        }
      }),
    );
  });

  it('moves up and down inside a column, left and right one column, and stays at the edges', () => {
    fc.assert(
      fc.property(
        series,
        tallLayout,
        fc.nat(),
        fc.constantFrom(...KEYS),
        (input, box, seed, key) => {
          const geometry = movementsGeometry(input, box);
          const marks = movementMarks(geometry, box.height);
          const index = seed % marks.length;
          const to = neighbourMark(marks, index, key)!;
          expect(to).toBeGreaterThanOrEqual(0);
          expect(to).toBeLessThan(marks.length);
          const from = marks[index]!;
          const column = marks[to]!.column;
          if (key === 'ArrowUp' || key === 'ArrowDown') {
            expect(column).toBe(from.column);
            expect(Math.abs(to - index)).toBeLessThanOrEqual(1);
          } else {
            const wanted = from.column + (key === 'ArrowLeft' ? -1 : 1);
            const exists = wanted >= 0 && wanted < geometry.columns.length;
            expect(column).toBe(exists ? wanted : from.column);
            // The same movement when the column has it.
            if (
              exists &&
              from.kind !== null &&
              marks.some((m) => m.column === wanted && m.kind === from.kind)
            ) {
              expect(marks[to]!.kind).toBe(from.kind);
            }
          }
          expect(neighbourMark(marks, index, 'Enter')).toBeUndefined();
        },
      ),
    );
  });
});
