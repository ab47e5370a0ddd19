import { nps } from '@vitals/metrics';
import { describe, expect, it } from 'vitest';
import { npsTrendGeometry, npsTrendPoints } from './nps.trend';

describe('npsTrendPoints', () => {
  it('computes raw periods with nps() and passes precomputed results through', () => {
    const points = npsTrendPoints(
      [
        // 2 promoters, 1 passive, 1 detractor: 100 × (2 − 1) / 4 = 25.
        { period: '2025-01', responses: [10, 9, 8, 2] },
        { period: '2025-02', result: nps([0, 0, 10]) },
        { period: '2025-03', responses: [] },
      ],
      { lowSampleThreshold: 3 },
    );
    expect(points[0]).toMatchObject({ period: '2025-01', score: 25, total: 4, lowSample: false });
    expect(points[1]!.score).toBeCloseTo(-100 / 3, 12);
    expect(points[2]).toMatchObject({ score: null, total: 0, marginOfError: null });
  });

  it('throws on a bad response like nps() does', () => {
    expect(() => npsTrendPoints([{ period: '2025-01', responses: [11] }])).toThrow(/invalid row/);
  });
});

describe('npsTrendGeometry', () => {
  const layout = { width: 500, height: 140 };
  const point = (period: string, score: number | null) => ({
    period,
    score,
    total: score === null ? 0 : 40,
    marginOfError: null,
    lowSample: false,
  });

  it('places periods left to right and higher scores higher', () => {
    const g = npsTrendGeometry(
      [point('2025-01', 10), point('2025-02', 40), point('2025-03', -20)],
      layout,
    );
    const [jan, feb, mar] = g.points;
    expect(jan!.x).toBeLessThan(feb!.x);
    expect(feb!.x).toBeLessThan(mar!.x);
    expect(feb!.y!).toBeLessThan(jan!.y!);
    expect(mar!.y!).toBeGreaterThan(g.zeroY);
    expect(jan!.y!).toBeLessThan(g.zeroY);
  });

  it('always includes zero and never leaves −100..100', () => {
    const all = npsTrendGeometry([point('a', 100), point('b', 90)], layout);
    expect(all.ticks.some((t) => t.value === 0)).toBe(true);
    expect(Math.max(...all.ticks.map((t) => t.value))).toBeLessThanOrEqual(100);
    const worst = npsTrendGeometry([point('a', -100)], layout);
    expect(Math.min(...worst.ticks.map((t) => t.value))).toBeGreaterThanOrEqual(-100);
    expect(worst.points[0]!.y).toBeCloseTo(worst.inner.bottom, 6);
  });

  it('breaks the line at a period without responses', () => {
    const g = npsTrendGeometry(
      [point('a', 10), point('b', 20), point('c', null), point('d', 30)],
      layout,
    );
    expect(g.points[2]!.y).toBeNull();
    // Two runs: "M…L…" for a–b, then "M…Z"-less single point for d.
    expect(g.path.match(/M/g)).toHaveLength(2);
  });

  it('thins period labels so they never crowd', () => {
    const many = Array.from({ length: 36 }, (_, i) => point(`p${i}`, i));
    expect(npsTrendGeometry(many, { width: 300, height: 140 }).labelEvery).toBeGreaterThan(1);
    expect(npsTrendGeometry(many.slice(0, 4), layout).labelEvery).toBe(1);
  });
});
