import { describe, expect, it } from 'vitest';
import { ces, defaultAgreeMin, flipScore } from './ces';
import { catchInputError, times, where } from '../core/errors.test-helper';

describe('ces: SPEC §10 worked example', () => {
  it('mean 3 on a 1–5 scale → normalized 0.6', () => {
    const result = ces([1, 2, 3, 4, 5], { scale: 5 });
    expect(result.mean).toBe(3);
    expect(result.normalized).toBeCloseTo(0.6, 12);
  });
});

describe('ces: defaults', () => {
  it('uses a 7-point scale agreeing at 5 and above', () => {
    const result = ces([7, 6, 5, 4, 1]);
    expect(result).toMatchObject({
      scale: 7,
      agreeMin: 5,
      higherIsEasier: true,
      agreeing: 3,
      total: 5,
    });
    expect(result.agreeShare).toBeCloseTo(0.6, 12);
    expect(result.mean).toBeCloseTo(23 / 5, 12);
    expect(result.normalized).toBeCloseTo(23 / 5 / 7, 12);
  });

  it.each([
    [5, 4],
    [7, 5],
    [10, 6],
    [3, 3],
  ])('the default agree threshold on a %i-point scale is %i', (scale, agreeMin) => {
    expect(defaultAgreeMin(scale)).toBe(agreeMin);
    expect(ces([1], { scale }).agreeMin).toBe(agreeMin);
  });

  it('honours an explicit agreeMin', () => {
    const result = ces([7, 6, 5], { agreeMin: 6 });
    expect(result.agreeing).toBe(2);
  });

  it("is null with reason 'no-responses' when there are none", () => {
    expect(ces([])).toMatchObject({
      mean: null,
      agreeShare: null,
      normalized: null,
      total: 0,
      reason: 'no-responses',
    });
  });
});

describe('ces: scale direction', () => {
  it('with higherIsEasier: false reports the flipped scale (1 = most effort becomes 5 on 5)', () => {
    // raw "how much effort" answers 1, 1, 2 on 1–5 → easier-is-higher 5, 5, 4
    const result = ces([1, 1, 2], { scale: 5, higherIsEasier: false });
    expect(result.mean).toBeCloseTo(14 / 3, 12);
    expect(result.normalized).toBeCloseTo(14 / 15, 12);
    expect(result.agreeing).toBe(3);
    expect(result.distribution.map((d) => d.count)).toEqual([0, 0, 0, 1, 2]);
    expect(result.higherIsEasier).toBe(false);
  });

  it('gives the same figures for a survey and its mirror image asked the other way round', () => {
    const easier = [7, 6, 6, 2, 5, 3];
    const effort = easier.map((s) => 8 - s);
    const direct = ces(easier);
    const flipped = ces(effort, { higherIsEasier: false });
    expect({ ...flipped, higherIsEasier: true }).toEqual(direct);
  });

  it('flipScore mirrors a score on its scale', () => {
    expect(flipScore(1, 7)).toBe(7);
    expect(flipScore(4, 7)).toBe(4);
    expect(flipScore(2, 5)).toBe(4);
  });
});

describe('ces: validation', () => {
  it('rejects scores off the scale and non-integers, per row', () => {
    const error = catchInputError(() => ces([0, 8, 3.5, 4, { score: Number.POSITIVE_INFINITY }]));
    expect(where(error)).toEqual([
      [0, 'score'],
      [1, 'score'],
      [2, 'score'],
      [4, 'score'],
    ]);
  });

  it("with onInvalid: 'skip' keeps the good rows", () => {
    const result = ces(times(3, 9).concat([7]), { onInvalid: 'skip' });
    expect(result.total).toBe(1);
    expect(result.issues).toHaveLength(3);
  });

  it.each([
    [{ scale: 0 }, 'options.scale'],
    [{ higherIsEasier: 'no' }, 'options.higherIsEasier'],
    [{ agreeMin: 8 }, 'options.agreeMin'],
    [{ scale: 5, agreeMin: 6 }, 'options.agreeMin'],
  ])('rejects the options %j naming %s', (options, field) => {
    expect(where(catchInputError(() => ces([3], options as never)))).toEqual([[null, field]]);
  });
});
