import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { waterfallGeometry, waterfallRunningExtent } from './waterfall.geometry';

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

const viewLayout = fc.record({
  width: fc.integer({ min: 1, max: 2000 }),
  height: fc.integer({ min: 40, max: 1000 }),
  includeNewAndReactivation: fc.boolean(),
  view: fc.constantFrom('auto' as const, 'full' as const, 'zoomed' as const),
});

describe('waterfall views (properties)', () => {
  it('never draws a bar past the plot, in any view', () => {
    fc.assert(
      fc.property(input, viewLayout, (totals, options) => {
        const { steps, inner } = waterfallGeometry(totals, options);
        for (const step of steps) {
          expect(step.y).toBeGreaterThanOrEqual(inner.top - 1e-6);
          expect(step.y + step.height).toBeLessThanOrEqual(inner.bottom + 1e-6);
          expect(step.toY).toBeGreaterThanOrEqual(inner.top - 1e-6);
          expect(step.toY).toBeLessThanOrEqual(inner.bottom + 1e-6);
        }
      }),
    );
  });

  it('draws the break iff the y domain leaves out zero, and only in the zoomed view', () => {
    fc.assert(
      fc.property(input, viewLayout, (totals, options) => {
        const geometry = waterfallGeometry(totals, options);
        const includesZero = geometry.domain[0] <= 0 && geometry.domain[1] >= 0;
        expect(geometry.breakY === null).toBe(includesZero);
        if (geometry.view === 'full') expect(geometry.breakY).toBeNull();
        if (options.view === 'full') expect(geometry.view).toBe('full');
        if (options.view === 'zoomed') expect(geometry.view === 'zoomed').toBe(geometry.canZoom);
      }),
    );
  });

  it('zoomed, gives each movement at least a third of its share of the running range in pixels', () => {
    fc.assert(
      fc.property(input, viewLayout, (totals, options) => {
        const geometry = waterfallGeometry(totals, { ...options, view: 'zoomed' });
        if (geometry.view !== 'zoomed') return;
        const [low, high] = waterfallRunningExtent(totals, options.includeNewAndReactivation);
        const plot = geometry.inner.bottom - geometry.inner.top;
        for (const step of geometry.steps) {
          if (step.kind === 'total') continue;
          expect(step.height).toBeGreaterThanOrEqual(
            Math.max(1, (plot * step.amount) / (3 * (high - low))) - 1e-6,
          );
          // So on a plot of 240 px or more, a movement of a tenth of the range is ≥ 8 px.
          if (plot >= 240 && step.amount >= (high - low) / 10) {
            expect(step.height).toBeGreaterThanOrEqual(8 - 1e-6);
          }
        }
      }),
    );
  });
});
