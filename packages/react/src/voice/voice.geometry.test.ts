import { describe, expect, it } from 'vitest';
import {
  distributionGeometry,
  shareBarGeometry,
  spreadLabels,
  stackShares,
} from './voice.geometry';

const eleven = (counts: number[]) => counts.map((count, score) => ({ score, count }));

describe('stackShares', () => {
  it('stacks parts left to right, each as wide as its share, ending exactly at the right edge', () => {
    const segments = stackShares(
      [
        { id: 'detractor', count: 25 },
        { id: 'passive', count: 20 },
        { id: 'promoter', count: 55 },
      ],
      10,
      200,
    );
    expect(segments.map((s) => [s.x, s.width, s.share])).toEqual([
      [10, 50, 0.25],
      [60, 40, 0.2],
      [100, 110, 0.55],
    ]);
    expect(segments.at(-1)!.x + segments.at(-1)!.width).toBe(210);
  });

  it('gives every part zero width at the start when there are no responses', () => {
    const segments = stackShares(
      [
        { id: 'a', count: 0 },
        { id: 'b', count: 0 },
      ],
      5,
      100,
    );
    expect(segments.every((s) => s.width === 0 && s.x === 5 && s.share === 0)).toBe(true);
  });

  it('lets one part fill the bar: 100 % promoters', () => {
    const [detractor, passive, promoter] = stackShares(
      [
        { id: 'detractor', count: 0 },
        { id: 'passive', count: 0 },
        { id: 'promoter', count: 7 },
      ],
      0,
      300,
    );
    expect(detractor!.width).toBe(0);
    expect(passive!.width).toBe(0);
    expect(promoter).toMatchObject({ x: 0, width: 300, share: 1 });
  });
});

describe('spreadLabels', () => {
  it('keeps labels at their wanted centres when they do not collide', () => {
    expect(spreadLabels([50, 150, 250], [40, 40, 40], 300)).toEqual([50, 150, 250]);
  });

  it('pushes colliding labels apart, at least the gap between their edges', () => {
    const x = spreadLabels([100, 104, 108], [60, 60, 60], 400, 8)!;
    for (let i = 1; i < x.length; i++) expect(x[i]! - x[i - 1]!).toBeGreaterThanOrEqual(68 - 1e-9);
  });

  it('keeps every label inside the width, even when wanted at the edges', () => {
    const widths = [80, 80, 80];
    const x = spreadLabels([0, 1, 300], widths, 300)!;
    x.forEach((centre, i) => {
      expect(centre - widths[i]! / 2).toBeGreaterThanOrEqual(-1e-9);
      expect(centre + widths[i]! / 2).toBeLessThanOrEqual(300 + 1e-9);
    });
  });

  it('says the labels do not fit (null) when their widths exceed the bar', () => {
    expect(spreadLabels([50, 100, 150], [100, 100, 100], 300, 8)).toBeNull();
  });
});

describe('shareBarGeometry', () => {
  const lines = (segment: { id: string }) => [`${segment.id} (0–6)`, '123 · 45.6%'];

  it('labels every part, even an empty one, without overlap on a wide bar', () => {
    const geometry = shareBarGeometry(
      [
        { id: 'detractor', count: 0 },
        { id: 'passive', count: 0 },
        { id: 'promoter', count: 40 },
      ],
      { width: 640, labelLines: lines },
    );
    expect(geometry.total).toBe(40);
    expect(geometry.labelX).toHaveLength(3);
    const x = geometry.labelX!;
    expect(x[0]!).toBeLessThan(x[1]!);
    expect(x[1]!).toBeLessThan(x[2]!);
  });

  it('gives up on side-by-side labels on a narrow bar so the caller lists them', () => {
    const geometry = shareBarGeometry(
      [
        { id: 'detractor', count: 1 },
        { id: 'passive', count: 1 },
        { id: 'promoter', count: 1 },
      ],
      { width: 200, labelLines: lines },
    );
    expect(geometry.labelX).toBeNull();
  });
});

describe('distributionGeometry', () => {
  const layout = { width: 440, height: 160 };

  it('draws eleven bars in score order, heights proportional to counts', () => {
    const { bars, baselineY } = distributionGeometry(
      eleven([0, 0, 1, 0, 0, 2, 4, 0, 3, 8, 2]),
      layout,
    );
    expect(bars.map((b) => b.score)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (let i = 1; i < bars.length; i++) expect(bars[i]!.x).toBeGreaterThan(bars[i - 1]!.x);
    const nine = bars[9]!;
    const six = bars[6]!;
    expect(nine.height / six.height).toBeCloseTo(2, 6);
    expect(nine.y + nine.height).toBe(baselineY);
    expect(nine.share).toBeCloseTo(8 / 20, 12);
  });

  it('gives a score nobody chose a 1 px stub on the baseline', () => {
    const { bars, baselineY } = distributionGeometry(
      eleven([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5]),
      layout,
    );
    expect(bars[0]).toMatchObject({ count: 0, height: 1, share: 0 });
    expect(bars[0]!.y + bars[0]!.height).toBe(baselineY);
  });

  it('stays finite with no responses at all (every bar a stub)', () => {
    const { bars } = distributionGeometry(eleven(Array(11).fill(0)), layout);
    expect(bars.every((b) => b.height === 1 && b.share === 0 && Number.isFinite(b.y))).toBe(true);
  });

  it('draws a single response as the one full-height bar', () => {
    const { bars, inner } = distributionGeometry(eleven([0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0]), layout);
    expect(bars[7]!.y).toBeCloseTo(inner.top, 6);
    expect(bars[7]!.share).toBe(1);
  });

  it('keeps bars inside the inner box and hides count labels wider than a bar step', () => {
    const wide = distributionGeometry(eleven(Array(11).fill(3)), {
      width: 1000,
      height: 160,
      labelText: () => '1,234,567',
    });
    const narrow = distributionGeometry(eleven(Array(11).fill(3)), {
      width: 160,
      height: 160,
      labelText: () => '1,234,567',
    });
    for (const bar of wide.bars) {
      expect(bar.x).toBeGreaterThanOrEqual(wide.inner.left);
      expect(bar.x + bar.width).toBeLessThanOrEqual(wide.inner.right + 1e-9);
    }
    expect(wide.bars.every((b) => b.showLabel)).toBe(true);
    expect(narrow.bars.every((b) => !b.showLabel)).toBe(true);
  });
});

describe('shareBarGeometry label widths', () => {
  it('reports each label as wide as its longest line', () => {
    const geometry = shareBarGeometry(
      [
        { id: 'a', count: 1 },
        { id: 'b', count: 1 },
      ],
      { width: 600, labelLines: (s) => (s.id === 'a' ? ['short', 'a much longer line'] : ['b']) },
    );
    expect(geometry.labelWidths[0]).toBeGreaterThan(geometry.labelWidths[1]!);
    expect(geometry.labelWidths[0]).toBeCloseTo(18 * 12 * 0.62 + 6, 9);
  });
});
