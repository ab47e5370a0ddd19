import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { waterfallGeometry } from './waterfall.geometry';

// MRR in cents, up to 100 million.
const amount = fc.integer({ min: 0, max: 1e10 }).map((cents) => cents / 100);
const input = fc.record({
  startingMrr: amount,
  expansionMrr: amount,
  contractionMrr: amount,
  churnedMrr: amount,
  newMrr: amount,
  reactivationMrr: amount,
});
const layout = fc.record({
  width: fc.integer({ min: 1, max: 2000 }),
  height: fc.integer({ min: 1, max: 1000 }),
  includeNewAndReactivation: fc.boolean(),
});

describe('waterfallGeometry (properties)', () => {
  it('never draws a bar of negative height, and keeps every band inside the inner width', () => {
    fc.assert(
      fc.property(input, layout, (totals, box) => {
        const { steps, inner } = waterfallGeometry(totals, box);
        for (const step of steps) {
          expect(step.height).toBeGreaterThanOrEqual(1);
          expect(step.width).toBeGreaterThanOrEqual(0);
          expect(step.x).toBeGreaterThanOrEqual(inner.left - 1e-6);
          expect(step.x + step.width).toBeLessThanOrEqual(inner.right + 1e-6);
        }
        // Bands in drawing order, never overlapping.
        for (let i = 1; i < steps.length; i++) {
          expect(steps[i]!.x).toBeGreaterThanOrEqual(steps[i - 1]!.x + steps[i - 1]!.width - 1e-6);
        }
      }),
    );
  });

  it('stands totals on the zero line and floats each change between its running totals', () => {
    fc.assert(
      fc.property(input, layout, (totals, box) => {
        const { steps, baselineY } = waterfallGeometry(totals, box);
        for (const [index, step] of steps.entries()) {
          const edges = [step.y, step.y + step.height];
          const touches = (y: number) => edges.some((edge) => Math.abs(edge - y) < 1e-6);
          if (step.kind === 'total') {
            // From zero to the total: one edge on the zero line (a zero total is a 1 px hairline).
            expect(touches(baselineY) || step.height === 1).toBe(true);
          } else {
            const before = steps[index - 1]!;
            expect(step.from).toBe(before.to);
            // The change starts where the running total before it ended.
            expect(touches(before.toY) || step.height === 1).toBe(true);
          }
        }
      }),
    );
  });
});
