import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catchInputError, where } from './errors.test-helper';
import { npsInterval, wilsonInterval, zForConfidence } from './interval';

/**
 * An independent Wilson interval: the two roots in p of the score-test boundary
 * (p̂ − p)² = z²·p(1 − p)/n, i.e. (1 + z²/n)p² − (2p̂ + z²/n)p + p̂² = 0, by the quadratic formula.
 */
function wilsonByRoots(successes: number, total: number, z: number): [number, number] {
  const share = successes / total;
  const a = 1 + (z * z) / total;
  const b = -(2 * share + (z * z) / total);
  const c = share * share;
  const root = Math.sqrt(Math.max(0, b * b - 4 * a * c));
  return [(-b - root) / (2 * a), (-b + root) / (2 * a)];
}

/** An independent adjusted Wald (Rocks 2016) on the −1..1 scale, unclamped. */
function adjustedWald(pro: number, pas: number, det: number, z: number): [number, number] {
  const n = pro + pas + det + 3;
  const p = (pro + 3 / 4) / n;
  const d = (det + 3 / 4) / n;
  const se = Math.sqrt((p * (1 - p) + d * (1 - d) + 2 * p * d) / n);
  return [p - d - z * se, p - d + z * se];
}

const levels = fc.constantFrom(0.8, 0.9, 0.95, 0.99);
const shareCounts = fc
  .integer({ min: 1, max: 5_000 })
  .chain((total) => fc.tuple(fc.integer({ min: 0, max: total }), fc.constant(total)));
const npsCounts = fc.tuple(
  fc.integer({ min: 0, max: 2_000 }),
  fc.integer({ min: 0, max: 2_000 }),
  fc.integer({ min: 0, max: 2_000 }),
);

describe('zForConfidence', () => {
  it('matches the normal table at 80, 90, 95 and 99 %', () => {
    expect(zForConfidence(0.8)).toBeCloseTo(1.281552, 5);
    expect(zForConfidence(0.9)).toBeCloseTo(1.644854, 5);
    expect(zForConfidence(0.95)).toBeCloseTo(1.959964, 5);
    expect(zForConfidence(0.99)).toBeCloseTo(2.575829, 5);
    expect(zForConfidence(0.9999)).toBeCloseTo(3.890592, 4);
  });

  it('rejects a level outside 0.5–0.9999 with a MetricsInputError naming level', () => {
    for (const level of [0, 1, 95, -0.5, Number.NaN, '0.95' as unknown as number]) {
      expect(where(catchInputError(() => zForConfidence(level)))).toEqual([[null, 'level']]);
    }
  });
});

describe('wilsonInterval', () => {
  it('is null with no responses, and bounded at 0 of 3 and 3 of 3', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
    const none = wilsonInterval(0, 3)!;
    const all = wilsonInterval(3, 3)!;
    expect(none.low).toBe(0);
    expect(none.high).toBeCloseTo(0.5615, 4);
    expect(all.low).toBeCloseTo(0.4385, 4);
    expect(all.high).toBe(1);
    expect(all.level).toBe(0.95);
  });

  it('is the Wilson formula: the roots of the score test, computed independently', () => {
    fc.assert(
      fc.property(shareCounts, levels, ([successes, total], level) => {
        const interval = wilsonInterval(successes, total, level)!;
        const [low, high] = wilsonByRoots(successes, total, zForConfidence(level));
        expect(interval.low).toBeCloseTo(low, 9);
        expect(interval.high).toBeCloseTo(high, 9);
        expect(interval.level).toBe(level);
      }),
    );
  });

  it('contains the share and stays inside 0..1', () => {
    fc.assert(
      fc.property(shareCounts, levels, ([successes, total], level) => {
        const { low, high } = wilsonInterval(successes, total, level)!;
        const share = successes / total;
        expect(low).toBeGreaterThanOrEqual(0);
        expect(high).toBeLessThanOrEqual(1);
        expect(low).toBeLessThanOrEqual(share);
        expect(high).toBeGreaterThanOrEqual(share);
      }),
    );
  });

  it('narrows as the sample grows with the same share', () => {
    fc.assert(
      fc.property(shareCounts, fc.integer({ min: 2, max: 50 }), ([successes, total], k) => {
        const small = wilsonInterval(successes, total)!;
        const large = wilsonInterval(successes * k, total * k)!;
        expect(large.high - large.low).toBeLessThan(small.high - small.low);
      }),
    );
  });

  it('rejects counts that are not whole, negative, or more successes than the total', () => {
    expect(where(catchInputError(() => wilsonInterval(1.5, 3)))).toEqual([[null, 'successes']]);
    expect(where(catchInputError(() => wilsonInterval(1, -3)))).toEqual([[null, 'total']]);
    expect(where(catchInputError(() => wilsonInterval(4, 3)))).toEqual([[null, 'successes']]);
    expect(where(catchInputError(() => wilsonInterval(1, 3, 2)))).toEqual([[null, 'level']]);
  });
});

describe('npsInterval', () => {
  it('keeps three answers inside the scale, where the Wald margin is ±106.7 points', () => {
    // 10, 10, 0: score 33.3, Wald 33.3 ± 106.7 = −73.4..140.0.
    const { low, high } = npsInterval(2, 0, 1)!;
    expect(low).toBeGreaterThanOrEqual(-100);
    expect(high).toBeLessThanOrEqual(100);
    expect(low).toBeLessThan(100 / 3);
    expect(high).toBeGreaterThan(100 / 3);
    expect(npsInterval(0, 0, 0)).toBeNull();
  });

  it('is the adjusted Wald (¾ + ¾ + 1½ pseudo-answers) clamped, widened to the score', () => {
    fc.assert(
      fc.property(npsCounts, levels, ([pro, pas, det], level) => {
        fc.pre(pro + pas + det > 0);
        const interval = npsInterval(pro, pas, det, level)!;
        const [low, high] = adjustedWald(pro, pas, det, zForConfidence(level));
        const score = (pro - det) / (pro + pas + det);
        const clamp = (x: number) => Math.min(1, Math.max(-1, x));
        expect(interval.low).toBeCloseTo(100 * clamp(Math.min(low, score)), 9);
        expect(interval.high).toBeCloseTo(100 * clamp(Math.max(high, score)), 9);
      }),
    );
  });

  it('contains the score and stays inside −100..100', () => {
    fc.assert(
      fc.property(npsCounts, levels, ([pro, pas, det], level) => {
        fc.pre(pro + pas + det > 0);
        const { low, high } = npsInterval(pro, pas, det, level)!;
        const score = (100 * (pro - det)) / (pro + pas + det);
        expect(low).toBeGreaterThanOrEqual(-100);
        expect(high).toBeLessThanOrEqual(100);
        expect(low).toBeLessThanOrEqual(score + 1e-9);
        expect(high).toBeGreaterThanOrEqual(score - 1e-9);
      }),
    );
  });

  it('narrows (or stays pinned at the scale) as the sample grows with the same shares', () => {
    fc.assert(
      fc.property(npsCounts, fc.integer({ min: 2, max: 50 }), ([pro, pas, det], k) => {
        fc.pre(pro + pas + det > 0);
        const small = npsInterval(pro, pas, det)!;
        const large = npsInterval(pro * k, pas * k, det * k)!;
        expect(large.high - large.low).toBeLessThanOrEqual(small.high - small.low + 1e-9);
      }),
    );
  });

  it('rejects counts that are not whole numbers, naming the field', () => {
    expect(where(catchInputError(() => npsInterval(1, -1, 0)))).toEqual([[null, 'passives']]);
    expect(where(catchInputError(() => npsInterval(1, 0, Number.NaN)))).toEqual([
      [null, 'detractors'],
    ]);
  });
});
