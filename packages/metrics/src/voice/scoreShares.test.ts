import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MetricsInputError } from '../core/errors';
import { csat } from './csat';
import { scoreShares } from './scoreShares';
import type { ScoreCount } from './types';

describe('scoreShares', () => {
  it("gives each score its share of the distribution's responses", () => {
    const result = csat([5, 5, 4, 2]);
    expect(scoreShares(result.distribution)).toEqual([
      { score: 1, count: 0, share: 0 },
      { score: 2, count: 1, share: 0.25 },
      { score: 3, count: 0, share: 0 },
      { score: 4, count: 1, share: 0.25 },
      { score: 5, count: 2, share: 0.5 },
    ]);
    expect(scoreShares(csat([]).distribution).every((bar) => bar.share === null)).toBe(true);
  });

  it('names the index and field of a bad score or count', () => {
    try {
      scoreShares([{ score: 1, count: -1 }, { score: 1.5, count: 2 }, null] as ScoreCount[]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(MetricsInputError);
      expect((error as MetricsInputError).issues.map((i) => [i.index, i.field])).toEqual([
        [0, 'count'],
        [1, 'score'],
        [2, 'score'],
        [2, 'count'],
      ]);
    }
  });

  it('shares lie in [0, 1], sum to 1, and keep the counts in proportion (property)', () => {
    const counts = fc.array(fc.nat({ max: 10_000 }), { minLength: 1, maxLength: 11 });
    fc.assert(
      fc.property(counts, (list) => {
        const bars = scoreShares(list.map((count, i) => ({ score: i, count })));
        const total = list.reduce((s, c) => s + c, 0);
        if (total === 0) {
          expect(bars.every((bar) => bar.share === null)).toBe(true);
          return;
        }
        let sum = 0;
        for (const bar of bars) {
          expect(bar.share).toBeGreaterThanOrEqual(0);
          expect(bar.share).toBeLessThanOrEqual(1);
          expect(bar.share! * total).toBeCloseTo(bar.count, 6);
          sum += bar.share!;
        }
        expect(sum).toBeCloseTo(1, 9);
      }),
    );
  });
});
