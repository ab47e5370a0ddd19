import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { movementMarks, movementsGeometry, neighbourMark } from './movements.geometry';

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
const series = fc.array(period, { minLength: 1, maxLength: 24 });
const layout = fc.record({
  width: fc.integer({ min: 1, max: 2000 }),
  height: fc.integer({ min: 40, max: 800 }),
});
const KEYS = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'] as const;

describe('movementMarks (properties)', () => {
  it('is one mark per non-zero movement, or one per empty period, in reading order', () => {
    fc.assert(
      fc.property(series, layout, (input, box) => {
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
      fc.property(series, layout, (input, box) => {
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
      fc.property(series, layout, fc.nat(), fc.constantFrom(...KEYS), (input, box, seed, key) => {
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
      }),
    );
  });
});
