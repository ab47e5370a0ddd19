import { benchmarkBands } from '@vitals/metrics';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BAND_LINE, bandGutter, layoutBandLabels } from './bands.layout';
import { estimateTextWidth } from '../internal/time';
import { retentionTrendGeometry } from './trend.geometry';

/** Bands stacked top to bottom from `top`, each of a random height, with random label widths. */
const bandsIn = fc
  .record({
    top: fc.integer({ min: 0, max: 400 }),
    heights: fc.array(fc.double({ min: 0.5, max: 120, noNaN: true }), {
      minLength: 1,
      maxLength: 6,
    }),
    widths: fc.array(fc.integer({ min: 10, max: 200 }), { minLength: 6, maxLength: 6 }),
    x: fc.integer({ min: 0, max: 1200 }),
    room: fc.integer({ min: 0, max: 240 }),
    line: fc.integer({ min: 8, max: 20 }),
  })
  .map(({ top, heights, widths, x, room, line }) => {
    let y = top;
    const bands = heights.map((height, i) => {
      const band = { top: y, bottom: y + height, width: widths[i]! };
      y += height;
      return band;
    });
    return { bands, area: { x, right: x + room, top, bottom: y, lineHeight: line } };
  });

describe('layoutBandLabels (properties)', () => {
  it('never overlaps two labels, never leaves its column, and keeps each label beside its band', () => {
    fc.assert(
      fc.property(bandsIn, ({ bands, area }) => {
        const placed = layoutBandLabels(bands, area);
        expect(placed).toHaveLength(bands.length);
        const line = area.lineHeight;
        const boxes = placed.flatMap((p, i) => (p ? [{ ...p, band: bands[i]! }] : []));
        for (const box of boxes) {
          // Inside the column, across and down.
          expect(box.x).toBeGreaterThanOrEqual(area.x);
          expect(box.x + box.band.width).toBeLessThanOrEqual(area.right + 1e-9);
          expect(box.centerY - line / 2).toBeGreaterThanOrEqual(area.top - 1e-9);
          expect(box.centerY + line / 2).toBeLessThanOrEqual(area.bottom + 1e-9);
          // Beside its own band.
          expect(box.centerY - line / 2).toBeLessThanOrEqual(box.band.bottom + 1 + 1e-9);
          expect(box.centerY + line / 2).toBeGreaterThanOrEqual(box.band.top - 1 - 1e-9);
        }
        const ys = boxes.map((box) => box.centerY).sort((a, b) => a - b);
        for (let i = 1; i < ys.length; i++)
          expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(line - 1e-9);
      }),
      { numRuns: 300 },
    );
  });

  it('labels every band when the column has room for all of them at their centres', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 0, max: 300 }), (n, top) => {
        // Bands two lines tall: each label fits at its band's centre.
        const bands = Array.from({ length: n }, (_, i) => ({
          top: top + i * BAND_LINE * 2,
          bottom: top + (i + 1) * BAND_LINE * 2,
          width: 80,
        }));
        const placed = layoutBandLabels(bands, {
          x: 500,
          right: 600,
          top,
          bottom: top + n * BAND_LINE * 2,
        });
        expect(placed.every((p) => p !== null)).toBe(true);
        placed.forEach((p, i) =>
          expect(p!.centerY).toBeCloseTo(top + (i + 0.5) * BAND_LINE * 2, 6),
        );
      }),
    );
  });
});

describe('bandGutter (properties)', () => {
  it('takes at most 30 % of the chart, and the full labels whenever they fit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 10, max: 300 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 0, max: 2000 }),
        (full, width) => {
          const short = full.map((w) => Math.ceil(w / 3));
          const gutter = bandGutter({ full, short }, width);
          if (gutter.form !== 'none') expect(gutter.width).toBeLessThanOrEqual(width * 0.3);
          const widest = Math.max(...full);
          if (gutter.form === 'full') expect(gutter.width).toBeGreaterThanOrEqual(widest);
          if (gutter.form === 'short')
            expect(gutter.width).toBeGreaterThanOrEqual(Math.max(...short));
          if (gutter.form !== 'full') expect(widest + 12).toBeGreaterThan(width * 0.3);
        },
      ),
    );
  });
});

const rate = fc.integer({ min: 0, max: 20_000 }).map((basisPoints) => basisPoints / 10_000);
const months = fc.array(fc.record({ nrr: rate, grr: rate, logoChurn: rate }), {
  minLength: 1,
  maxLength: 24,
});

describe('retentionTrendGeometry band labels (properties)', () => {
  it('keeps every band label right of the plot, inside the chart, apart from the others', () => {
    fc.assert(
      fc.property(
        months,
        fc.integer({ min: 200, max: 1600 }),
        fc.integer({ min: 60, max: 240 }),
        fc.string({ minLength: 1, maxLength: 30 }),
        (values, width, panelHeight, text) => {
          const points = values.map((v, i) => ({
            ...v,
            period: `2025-${String((i % 12) + 1).padStart(2, '0')}`,
          }));
          const geometry = retentionTrendGeometry(points, ['nrr', 'grr', 'logoChurn'], {
            width,
            panelHeight,
            bands: {
              nrr: benchmarkBands('nrr', { period: 'monthly' }),
              grr: benchmarkBands('grr'),
              logoChurn: benchmarkBands('logoChurn', { period: 'monthly', segment: 'SMB' }),
            },
            bandLabel: (_metric, range, form) =>
              form === 'short' ? text : `${text} ${range} ≥ 101.5%`,
          });
          const labelWidth = (form: 'full' | 'short', range: number) =>
            estimateTextWidth(form === 'short' ? text : `${text} ${range} ≥ 101.5%`, 11);
          for (const panel of geometry.panels) {
            const labels = panel.bands.flatMap((band) =>
              band.label ? [{ ...band.label, band }] : [],
            );
            for (const label of labels) {
              expect(geometry.bandLabels).not.toBe('none');
              expect(label.x).toBeGreaterThan(geometry.right);
              const w = labelWidth(geometry.bandLabels as 'full' | 'short', label.band.range);
              expect(label.x + w).toBeLessThanOrEqual(width + 1e-6);
              expect(label.y - 4 - BAND_LINE / 2).toBeGreaterThanOrEqual(panel.top - 1e-6);
              expect(label.y - 4 + BAND_LINE / 2).toBeLessThanOrEqual(panel.bottom + 1e-6);
            }
            const ys = labels.map((l) => l.y).sort((a, b) => a - b);
            for (let i = 1; i < ys.length; i++)
              expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(BAND_LINE - 1e-6);
            // The line's points stay left of the gutter.
            for (const mark of panel.marks) expect(mark.x).toBeLessThanOrEqual(geometry.right);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
