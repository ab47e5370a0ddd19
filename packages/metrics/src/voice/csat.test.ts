import { describe, expect, it } from 'vitest';
import { csat } from './csat';
import { catchInputError, times, where } from '../core/errors.test-helper';
import type { SurveyResponseInput } from './types';

describe('csat: SPEC §10 worked example', () => {
  it('100 responses, 75 of them 4 or 5 → 0.75', () => {
    const responses = [
      ...times(40, 5),
      ...times(35, 4),
      ...times(15, 3),
      ...times(6, 2),
      ...times(4, 1),
    ];
    const result = csat(responses);
    expect(result.score).toBeCloseTo(0.75, 12);
    expect(result).toMatchObject({
      satisfied: 75,
      total: 100,
      scale: 5,
      satisfiedMin: 4,
      reason: null,
    });
    // (40·5 + 35·4 + 15·3 + 6·2 + 4·1) / 100 = 401 / 100
    expect(result.mean).toBeCloseTo(4.01, 12);
    expect(result.distribution).toEqual([
      { score: 1, count: 4 },
      { score: 2, count: 6 },
      { score: 3, count: 15 },
      { score: 4, count: 35 },
      { score: 5, count: 40 },
    ]);
  });
});

describe('csat: scales and thresholds', () => {
  it.each([
    {
      name: '5-point default: top-two-box is 4 and 5',
      responses: [5, 4, 3],
      options: {},
      satisfied: 2,
      min: 4,
    },
    {
      name: '10-point: top-two-box is 9 and 10',
      responses: [10, 9, 8, 1],
      options: { scale: 10 },
      satisfied: 2,
      min: 9,
    },
    {
      name: 'top-box only on 5',
      responses: [5, 4, 4],
      options: { satisfiedMin: 5 },
      satisfied: 1,
      min: 5,
    },
    { name: '3-point scale', responses: [3, 2, 1], options: { scale: 3 }, satisfied: 2, min: 2 },
  ])('$name', ({ responses, options, satisfied, min }) => {
    const result = csat(responses, options);
    expect(result.satisfied).toBe(satisfied);
    expect(result.satisfiedMin).toBe(min);
    expect(result.score).toBeCloseTo(satisfied / responses.length, 12);
  });

  it("is null with reason 'no-responses' when there are none", () => {
    expect(csat([])).toMatchObject({
      score: null,
      mean: null,
      total: 0,
      satisfied: 0,
      reason: 'no-responses',
    });
  });

  it('handles a single response', () => {
    expect(csat([{ score: 2 }])).toMatchObject({ score: 0, mean: 2, total: 1 });
  });
});

describe('csat: validation', () => {
  it('lists every bad row: 0 and 6 are off a 5-point scale, 4.5 is not an integer', () => {
    const error = catchInputError(() =>
      csat([0, 6, 4.5, 3, { score: Number.NaN }] as SurveyResponseInput[]),
    );
    expect(where(error)).toEqual([
      [0, 'score'],
      [1, 'score'],
      [2, 'score'],
      [4, 'score'],
    ]);
    expect(error.issues[0]?.message).toBe('must be an integer from 1 to 5, got 0');
  });

  it('accepts 10 on a 10-point scale that a 5-point call rejects', () => {
    expect(csat([10], { scale: 10 }).score).toBe(1);
    expect(where(catchInputError(() => csat([10])))).toEqual([[0, 'score']]);
  });

  it("with onInvalid: 'skip' computes from the good rows", () => {
    const result = csat([5, 7, 1], { onInvalid: 'skip' });
    expect(result).toMatchObject({ total: 2, satisfied: 1, score: 0.5 });
    expect(where(result)).toEqual([[1, 'score']]);
  });

  it.each([
    [{ scale: 1 }, 'options.scale'],
    [{ scale: 4.5 }, 'options.scale'],
    [{ scale: 101 }, 'options.scale'],
    [{ satisfiedMin: 6 }, 'options.satisfiedMin'],
    [{ satisfiedMin: 0 }, 'options.satisfiedMin'],
    [{ scale: 10, satisfiedMin: 11 }, 'options.satisfiedMin'],
    [{ onInvalid: 'warn' }, 'options.onInvalid'],
  ])('rejects the options %j naming %s', (options, field) => {
    expect(where(catchInputError(() => csat([3], options as never)))).toEqual([[null, field]]);
  });
});
