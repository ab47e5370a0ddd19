import { describe, expect, it } from 'vitest';
import { MetricsInputError, compensatedSum } from '../core';
import { catchInputError } from '../core/errors.test-helper';
import { finite } from '../core/finite';
import { expectBadInput } from './battery.test-helper';

// The bad-input battery of the core helpers (SPEC §2; issue 13).

describe('compensatedSum', () => {
  it.each<[string, unknown[], number]>([
    ['a numeric string', ['1', 2], 0],
    ['NaN', [1, Number.NaN], 1],
    ['Infinity', [Infinity], 0],
    ['-Infinity', [1, 2, -Infinity], 2],
    ['a boolean', [true], 0],
    ['null', [1, null], 1],
    ['a bigint', [1n], 0],
    ['a hole', [1, , 2], 1], // eslint-disable-line no-sparse-arrays
  ])('%s', (_label, values, index) => {
    expectBadInput({
      label: '',
      call: () => compensatedSum(values as never),
      expected: [[index, 'values']],
    });
  });

  it.each([
    ['null', null],
    ['a number', 5],
    ['a string', '12'],
    ['an object', { length: 2 }],
  ])('values %s', (_label, values) =>
    expectBadInput({
      label: '',
      call: () => compensatedSum(values as never),
      expected: [[null, 'values']],
    }),
  );

  it('a sum past the largest number is "too large to sum safely"', () => {
    const error = catchInputError(() => compensatedSum([1e308, 1e308]));
    expect(error.message).toMatch(/too large to sum safely/);
  });

  it('-0 and tiny values are values', () => {
    expect(compensatedSum([-0, 5e-324, 5e-324])).toBe(1e-323);
  });

  it('an iterable that throws midway is a MetricsInputError naming where it stopped', () => {
    function* values() {
      yield 1;
      throw new Error('source failed');
    }
    expectBadInput({ label: '', call: () => compensatedSum(values()), expected: [[1, 'values']] });
  });
});

describe('finite', () => {
  it('passes finite numbers through and names the field of anything else', () => {
    expect(finite('f', 'x', -0)).toBe(-0);
    for (const value of [Infinity, -Infinity, Number.NaN]) {
      const error = catchInputError(() => finite('f', 'x', value, 3));
      expect(error).toBeInstanceOf(MetricsInputError);
      expect(error.issues).toEqual([
        {
          index: 3,
          field: 'x',
          message: expect.stringMatching(/too large to sum safely/) as unknown,
        },
      ]);
    }
  });
});
