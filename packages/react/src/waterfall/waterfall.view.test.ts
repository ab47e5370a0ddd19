import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateTextWidth } from '../internal/text';
import {
  defaultWaterfallView,
  waterfallGeometry,
  waterfallRunningExtent,
  zoomedDomain,
} from './waterfall.geometry';
import { fitText } from './waterfall.text';

// Issue 19's book: +$2,428 and −$692 against $634K.
const book = { startingMrr: 634_000, expansionMrr: 2_428, contractionMrr: 692, churnedMrr: 1_150 };
const box = { width: 640, height: 280 };

describe('the zoomed view', () => {
  it('is what auto picks for issue 19’s book, and makes its movements visible', () => {
    const full = waterfallGeometry(book, { ...box, view: 'full' });
    const auto = waterfallGeometry(book, box);
    expect(auto.view).toBe('zoomed');
    const height = (g: typeof full, id: string) => g.steps.find((s) => s.id === id)!.height;
    // From zero, +$2,428 is a hairline; zoomed, it is a bar.
    expect(height(full, 'expansion')).toBeLessThan(2);
    expect(height(auto, 'expansion')).toBeGreaterThan(40);
    expect(height(auto, 'contraction')).toBeGreaterThan(10);
    // Honestly marked: the domain leaves out zero and the break is drawn.
    expect(auto.domain[0]).toBeGreaterThan(0);
    expect(auto.breakY).not.toBeNull();
    expect(full.breakY).toBeNull();
  });

  it('stays full when the movements are large against the totals', () => {
    const big = {
      startingMrr: 100_000,
      expansionMrr: 30_000,
      contractionMrr: 5_000,
      churnedMrr: 20_000,
    };
    expect(defaultWaterfallView(waterfallRunningExtent(big))).toBe('full');
    expect(waterfallGeometry(big, box).view).toBe('full');
    // Asked for, the zoom is still drawn: the reader chose it.
    expect(waterfallGeometry(big, { ...box, view: 'zoomed' }).view).toBe('zoomed');
  });

  it('has no zoom when nothing moves, and falls back to the full axis', () => {
    const still = { startingMrr: 50_000, expansionMrr: 0, contractionMrr: 0, churnedMrr: 0 };
    expect(zoomedDomain(waterfallRunningExtent(still))).toBeUndefined();
    const geometry = waterfallGeometry(still, { ...box, view: 'zoomed' });
    expect(geometry.canZoom).toBe(false);
    expect(geometry.view).toBe('full');
    expect(geometry.domain[0]).toBeLessThanOrEqual(0);
  });

  it('decides on the shared domain of small multiples, so every part draws on one scale', () => {
    const small = { startingMrr: 10_000, expansionMrr: 500, contractionMrr: 100, churnedMrr: 300 };
    const large = {
      startingMrr: 400_000,
      expansionMrr: 9_000,
      contractionMrr: 1_000,
      churnedMrr: 4_000,
    };
    const shared: [number, number] = [
      Math.min(waterfallRunningExtent(small)[0], waterfallRunningExtent(large)[0]),
      Math.max(waterfallRunningExtent(small)[1], waterfallRunningExtent(large)[1]),
    ];
    const parts = [small, large].map((input) =>
      waterfallGeometry(input, { ...box, domain: shared }),
    );
    expect(parts.map((part) => part.view)).toEqual(['full', 'full']);
    expect(parts[0]!.domain).toEqual(parts[1]!.domain);
  });
});

describe('fitText', () => {
  it('takes the axis name, else the short name, else cuts the short name with an ellipsis', () => {
    expect(fitText(['Contraction', 'Contr.'], 200)).toBe('Contraction');
    expect(fitText(['Contraction', 'Contr.'], estimateTextWidth('Contr.'))).toBe('Contr.');
    const cut = fitText(['Contraction', 'Contr.'], estimateTextWidth('Con…'));
    expect(cut).toBe('Con…');
  });

  it('never returns more than fits, and marks every cut (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1, maxLength: 20 }), { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 0, max: 300 }),
        (candidates, width) => {
          const text = fitText(candidates, width);
          if (candidates.includes(text)) {
            expect(estimateTextWidth(text)).toBeLessThanOrEqual(width);
          } else {
            expect(text.endsWith('…')).toBe(true);
            const letters = [...text].length - 1;
            // At least one letter; more only while they fit.
            if (letters > 1) expect(estimateTextWidth(text)).toBeLessThanOrEqual(width);
            expect(candidates.at(-1)!.startsWith(text.slice(0, -1).trimEnd())).toBe(true);
          }
        },
      ),
    );
  });
});
