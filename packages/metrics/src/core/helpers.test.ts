import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TIERS, healthTier, scoreHealth } from '../health';
import type { Scorecard } from '../health/types';
import { retention } from '../revenue';
import { defaultAgreeMin, flipScore } from '../voice';
import { MetricsInputError } from './errors';
import { catchInputError, where } from './errors.test-helper';
import { compensatedSum } from './sum';

// SPEC §2: no exported function, helper included, returns a wrong value for bad input.
describe('helpers reject bad arguments', () => {
  it('defaultAgreeMin', () => {
    for (const scale of ['7', 1, 7.5, Number.NaN, 101, null]) {
      expect(where(catchInputError(() => defaultAgreeMin(scale as never)))).toEqual([
        [null, 'scale'],
      ]);
    }
    expect(defaultAgreeMin(7)).toBe(5);
    expect(defaultAgreeMin(10)).toBe(6);
  });

  it('flipScore', () => {
    expect(where(catchInputError(() => flipScore(9, 7)))).toEqual([[null, 'score']]);
    for (const score of [0, 2.5, '2', Number.NaN]) {
      expect(where(catchInputError(() => flipScore(score as never, 7)))).toEqual([[null, 'score']]);
    }
    expect(where(catchInputError(() => flipScore(2, '7' as never)))).toEqual([[null, 'scale']]);
    expect(flipScore(2, 7)).toBe(6);
    expect(flipScore(flipScore(3, 5), 5)).toBe(3);
  });

  it('compensatedSum', () => {
    expect(where(catchInputError(() => compensatedSum(['1', 2] as never)))).toEqual([
      [0, 'values'],
    ]);
    expect(
      where(catchInputError(() => compensatedSum([1, Number.NaN, Infinity, true] as never))),
    ).toEqual([
      [1, 'values'],
      [2, 'values'],
      [3, 'values'],
    ]);
    for (const values of [null, undefined, 42, '12']) {
      expect(where(catchInputError(() => compensatedSum(values as never)))).toEqual([
        [null, 'values'],
      ]);
    }
    expect(catchInputError(() => compensatedSum([1e308, 1e308])).message).toMatch(
      /too large to sum safely/,
    );
    expect(compensatedSum([0.1, 0.2, 0.3])).toBe(0.6);
    expect(compensatedSum(new Set([1, 2]))).toBe(3);
  });

  it('healthTier', () => {
    for (const score of ['85', true, Number.NaN, Infinity, undefined, {}]) {
      expect(where(catchInputError(() => healthTier(score as never)))).toEqual([[null, 'score']]);
    }
    expect(healthTier(85)).toBe('healthy');
    expect(healthTier(null)).toBe('unknown');
  });
});

describe('tier floors compare scores rounded to 9 decimals', () => {
  it('healthTier', () => {
    expect(healthTier(79.99999999999999)).toBe('healthy');
    expect(healthTier(80 - 4e-10)).toBe('healthy');
    expect(healthTier(80 - 6e-10)).toBe('at-risk');
    expect(healthTier(49.9999999999)).toBe('at-risk');
    expect(healthTier(1e300, DEFAULT_TIERS)).toBe('healthy');
  });

  it('scoreHealth: measures all scoring 80 with category weights 0.1 and 0.2 are healthy', () => {
    const measure = (id: string) => ({
      id,
      signal: id,
      normalize: { type: 'range' as const, min: 0, max: 100 },
    });
    const scorecard: Scorecard = {
      categories: [
        { id: 'a', weight: 0.1, measures: [measure('x')] },
        { id: 'b', weight: 0.2, measures: [measure('y')] },
      ],
    };
    const [result] = scoreHealth([{ id: 'acme', signals: { x: 80, y: 80 } }], scorecard).accounts;
    // The score itself is not rounded (SPEC §2): it is just below 80.
    expect(result!.score).toBeLessThan(80);
    expect(result!.score).toBeCloseTo(80, 9);
    expect(result!.tier).toBe('healthy');
  });
});

describe('property: any argument is a result or a MetricsInputError', () => {
  const anything = fc.oneof(
    fc.anything(),
    fc.double(),
    fc.array(fc.oneof(fc.double(), fc.string(), fc.boolean(), fc.constant(null))),
  );
  const calls: Record<string, (value: unknown) => unknown> = {
    defaultAgreeMin: (value) => defaultAgreeMin(value as never),
    flipScore: (value) => flipScore(value as never, 7),
    flipScoreScale: (value) => flipScore(1, value as never),
    healthTier: (value) => healthTier(value as never),
    healthTierTiers: (value) => healthTier(50, value as never),
    compensatedSum: (value) => compensatedSum(value as never),
    retention: (value) => retention(value as never),
  };

  it.each(Object.keys(calls))('%s', (name) => {
    fc.assert(
      fc.property(anything, (value) => {
        try {
          const result = calls[name]!(value);
          if (typeof result === 'number') expect(Number.isFinite(result)).toBe(true);
        } catch (error) {
          if (!(error instanceof MetricsInputError)) throw error;
        }
      }),
      { numRuns: 500 },
    );
  });
});
