import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ces, flipScore } from './ces';
import { csat } from './csat';
import { npsInterval, wilsonInterval } from '../core/interval';
import { nps } from './nps';

const npsScores = fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 300 });
const scaleAndScores = fc
  .integer({ min: 2, max: 11 })
  .chain((scale) =>
    fc.tuple(
      fc.constant(scale),
      fc.array(fc.integer({ min: 1, max: scale }), { minLength: 1, maxLength: 200 }),
    ),
  );

describe('nps properties', () => {
  it('is in [−100, 100] and its shares sum to 1', () => {
    fc.assert(
      fc.property(npsScores, (scores) => {
        const result = nps(scores);
        expect(result.score).not.toBeNull();
        expect(result.score!).toBeGreaterThanOrEqual(-100);
        expect(result.score!).toBeLessThanOrEqual(100);
        expect(result.promoterShare! + result.passiveShare! + result.detractorShare!).toBeCloseTo(
          1,
          12,
        );
        expect(result.promoters + result.passives + result.detractors).toBe(scores.length);
        expect(result.distribution.reduce((sum, d) => sum + d.count, 0)).toBe(scores.length);
      }),
    );
  });

  it('equals 100 × (promoter share − detractor share)', () => {
    fc.assert(
      fc.property(npsScores, (scores) => {
        const result = nps(scores);
        expect(result.score!).toBeCloseTo(
          100 * (result.promoterShare! - result.detractorShare!),
          9,
        );
      }),
    );
  });

  it('does not change when the responses are shuffled', () => {
    fc.assert(
      fc.property(
        npsScores.chain((scores) =>
          fc.tuple(fc.constant(scores), fc.shuffledSubarray(scores, { minLength: scores.length })),
        ),
        ([scores, shuffled]) => {
          expect(nps(shuffled)).toEqual(nps(scores));
        },
      ),
    );
  });

  it('has a finite, non-negative margin of error that shrinks as the same mix is repeated', () => {
    fc.assert(
      fc.property(npsScores, (scores) => {
        const once = nps(scores).marginOfError!;
        const quadrupled = nps([...scores, ...scores, ...scores, ...scores]).marginOfError!;
        expect(Number.isFinite(once)).toBe(true);
        expect(once).toBeGreaterThanOrEqual(0);
        // same shares, four times the responses: the margin halves
        expect(quadrupled).toBeCloseTo(once / 2, 9);
      }),
    );
  });
});

describe('csat properties', () => {
  it('is a fraction in [0, 1] and never falls when the threshold is lowered', () => {
    fc.assert(
      fc.property(scaleAndScores, ([scale, scores]) => {
        let previous = -1;
        for (let satisfiedMin = scale; satisfiedMin >= 1; satisfiedMin--) {
          const score = csat(scores, { scale, satisfiedMin }).score!;
          expect(score).toBeGreaterThanOrEqual(Math.max(0, previous));
          expect(score).toBeLessThanOrEqual(1);
          previous = score;
        }
        expect(previous).toBe(1);
      }),
    );
  });
});

describe('ces properties', () => {
  it('flipping every score twice changes nothing', () => {
    fc.assert(
      fc.property(scaleAndScores, ([scale, scores]) => {
        const twice = scores.map((s) => flipScore(flipScore(s, scale), scale));
        expect(twice).toEqual(scores);
        expect(ces(twice, { scale })).toEqual(ces(scores, { scale }));
      }),
    );
  });

  it('reads flipped answers with higherIsEasier: false exactly as the originals', () => {
    fc.assert(
      fc.property(scaleAndScores, ([scale, scores]) => {
        const flipped = ces(
          scores.map((s) => flipScore(s, scale)),
          { scale, higherIsEasier: false },
        );
        expect({ ...flipped, higherIsEasier: true }).toEqual(ces(scores, { scale }));
      }),
    );
  });

  it('keeps mean in [1, scale], normalized in [1/scale, 1] and agreeShare in [0, 1]', () => {
    fc.assert(
      fc.property(scaleAndScores, fc.boolean(), ([scale, scores], higherIsEasier) => {
        const result = ces(scores, { scale, higherIsEasier });
        expect(result.mean!).toBeGreaterThanOrEqual(1);
        expect(result.mean!).toBeLessThanOrEqual(scale);
        expect(result.normalized!).toBeCloseTo(result.mean! / scale, 12);
        expect(result.agreeShare!).toBeGreaterThanOrEqual(0);
        expect(result.agreeShare!).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('survey intervals (properties)', () => {
  it("nps's interval contains the score, stays inside −100..100 and is npsInterval of its counts", () => {
    fc.assert(
      fc.property(npsScores, (scores) => {
        const result = nps(scores);
        const { low, high, level } = result.interval!;
        expect(level).toBe(0.95);
        expect(low).toBeGreaterThanOrEqual(-100);
        expect(high).toBeLessThanOrEqual(100);
        expect(low).toBeLessThanOrEqual(result.score! + 1e-9);
        expect(high).toBeGreaterThanOrEqual(result.score! - 1e-9);
        expect(result.interval).toEqual(
          npsInterval(result.promoters, result.passives, result.detractors),
        );
      }),
    );
  });

  it("csat's and ces's intervals are Wilson on their shares, with lowSample below the threshold", () => {
    fc.assert(
      fc.property(scaleAndScores, fc.integer({ min: 0, max: 60 }), ([scale, scores], floor) => {
        const satisfied = csat(scores, { scale, lowSampleThreshold: floor });
        expect(satisfied.interval).toEqual(wilsonInterval(satisfied.satisfied, satisfied.total));
        expect(satisfied.interval!.low).toBeLessThanOrEqual(satisfied.score!);
        expect(satisfied.interval!.high).toBeGreaterThanOrEqual(satisfied.score!);
        expect(satisfied.lowSample).toBe(scores.length < floor);
        const effort = ces(scores, { scale, lowSampleThreshold: floor });
        expect(effort.interval).toEqual(wilsonInterval(effort.agreeing, effort.total));
        expect(effort.interval!.low).toBeLessThanOrEqual(effort.agreeShare!);
        expect(effort.interval!.high).toBeGreaterThanOrEqual(effort.agreeShare!);
        expect(effort.lowSample).toBe(scores.length < floor);
      }),
    );
  });
});

describe('survey interval options', () => {
  it('is null with no responses; confidence sets the level', () => {
    expect(nps([]).interval).toBeNull();
    expect(csat([]).interval).toBeNull();
    expect(ces([]).interval).toBeNull();
    expect(csat([]).lowSample).toBe(true);
    expect(nps([10, 9, 0], { confidence: 0.9 }).interval).toEqual(npsInterval(2, 0, 1, 0.9));
    expect(csat([5, 1], { confidence: 0.99 }).interval).toEqual(wilsonInterval(1, 2, 0.99));
    expect(ces([7, 1], { confidence: 0.8 }).interval).toEqual(wilsonInterval(1, 2, 0.8));
  });

  it('a confidence outside 0.5–0.9999 names options.confidence', () => {
    for (const run of [
      () => nps([9], { confidence: 95 }),
      () => csat([5], { confidence: 0 }),
      () => ces([5], { confidence: '0.95' as unknown as number }),
    ]) {
      expect(run).toThrow(/options\.confidence/);
    }
  });

  it('the groups and the trend carry their own intervals', () => {
    const responses = [
      { score: 10, segment: 'SMB' },
      { score: 2, segment: 'SMB' },
      { score: 9, segment: 'Enterprise' },
    ];
    const result = nps(responses, {
      groupBy: 'segment',
      trend: [{ period: '2025-01', responses: [10, 0] }],
    });
    expect(result.groups!.map((g) => g.result.interval)).toEqual([
      npsInterval(1, 0, 1),
      npsInterval(1, 0, 0),
    ]);
    expect(result.trend![0]!.interval).toEqual(npsInterval(1, 0, 1));
  });
});
