import type { HealthTierBucket } from '@vitals/metrics';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { healthDistributionGeometry } from './health-distribution.geometry';

const buckets = fc
  .array(
    fc.record({
      count: fc.integer({ min: 0, max: 10_000 }),
      mrr: fc.integer({ min: 0, max: 1e8 }),
    }),
    { minLength: 1, maxLength: 8 },
  )
  .map((rows): HealthTierBucket[] =>
    rows.map((row, index) => ({
      tier: `tier-${index}`,
      label: `Tier ${index}`,
      tone: 'neutral',
      count: row.count,
      mrr: row.mrr,
      countShare: null,
      mrrShare: null,
    })),
  );
const layout = fc.record({
  width: fc.integer({ min: 1, max: 1600 }),
  measure: fc.constantFrom('accounts' as const, 'mrr' as const, 'both' as const),
  rowHeight: fc.integer({ min: 8, max: 60 }),
});

describe('healthDistributionGeometry (properties)', () => {
  it('draws every bar with a non-negative size, one row band per tier inside its block, in order', () => {
    fc.assert(
      fc.property(buckets, layout, (input, box) => {
        const { panels, height } = healthDistributionGeometry(input, box);
        for (const panel of panels) {
          for (const [index, bar] of panel.bars.entries()) {
            expect(bar.width).toBeGreaterThanOrEqual(0);
            expect(bar.height).toBeGreaterThan(0);
            expect(bar.x + bar.width).toBeLessThanOrEqual(panel.x + panel.width + 1e-6);
            // The bar sits inside its row band; bands tile the block top to bottom.
            expect(bar.y).toBeGreaterThanOrEqual(bar.band.y - 1e-6);
            expect(bar.y + bar.height).toBeLessThanOrEqual(bar.band.y + bar.band.height + 1e-6);
            expect(bar.band.y + bar.band.height).toBeLessThanOrEqual(height + 1e-6);
            if (index > 0) {
              const above = panel.bars[index - 1]!;
              expect(bar.band.y).toBeCloseTo(above.band.y + above.band.height, 6);
            }
          }
        }
      }),
    );
  });
});
