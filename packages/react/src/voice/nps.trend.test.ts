import { describe, expect, it } from 'vitest';
import { npsTrendGeometry } from './nps.trend';

describe('npsTrendGeometry', () => {
  const layout = { width: 500, height: 140 };
  const point = (period: string, score: number | null) => ({
    period,
    score,
    total: score === null ? 0 : 40,
    marginOfError: null,
    interval: null,
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

describe('npsTrendGeometry: the interval band', () => {
  const layout = { width: 500, height: 140 };
  const withInterval = (period: string, score: number, low: number, high: number) => ({
    period,
    score,
    total: 3,
    marginOfError: 106.7,
    interval: { low, high, level: 0.95 },
    lowSample: true,
  });

  it('draws a band from each low to high bound around the score, the scale covering it', () => {
    const g = npsTrendGeometry(
      [withInterval('2025-01', 33, -51, 85), withInterval('2025-02', 10, -20, 40)],
      layout,
    );
    expect(g.band).toMatch(/^M/);
    for (const mark of g.points) {
      expect(mark.band!.low).toBeGreaterThanOrEqual(mark.y!);
      expect(mark.band!.high).toBeLessThanOrEqual(mark.y!);
      expect(mark.band!.high).toBeGreaterThanOrEqual(g.inner.top - 1e-9);
      expect(mark.band!.low).toBeLessThanOrEqual(g.inner.bottom + 1e-9);
    }
  });

  it('has no band without intervals, and none for a period without a score', () => {
    const g = npsTrendGeometry(
      [
        {
          period: 'a',
          score: 10,
          total: 40,
          marginOfError: null,
          interval: null,
          lowSample: false,
        },
        {
          period: 'b',
          score: null,
          total: 0,
          marginOfError: null,
          interval: null,
          lowSample: true,
        },
      ],
      layout,
    );
    expect(g.band).toBe('');
    expect(g.points.map((p) => p.band)).toEqual([null, null]);
  });
});
