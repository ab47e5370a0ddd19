import { describe, expect, it } from 'vitest';
import { DEFAULT_BENCHMARKS, benchmarkBands, rateAgainstBenchmark } from '../benchmarks';
import { catchInputError } from '../core/errors.test-helper';
import { BAD_OPTIONS, expectBadInput } from './battery.test-helper';

// The bad-input battery of the benchmarks family (SPEC §2, §7; issue 13).

const callers = {
  rateAgainstBenchmark: (metric: unknown, options?: unknown) =>
    rateAgainstBenchmark(metric as never, 0.5, options as never),
  benchmarkBands: (metric: unknown, options?: unknown) =>
    benchmarkBands(metric as never, options as never),
};

describe.each(Object.keys(callers) as Array<keyof typeof callers>)('%s', (name) => {
  const call = callers[name];

  it.each([
    ['unknown', 'mrr'],
    ['null', null],
    ['a number', 1],
    ['inherited', 'toString'],
    ['__proto__', '__proto__'],
  ])('metric %s', (_label, metric) =>
    expectBadInput({ label: '', call: () => call(metric), expected: [[null, 'metric']] }),
  );

  it.each(BAD_OPTIONS.filter(([l]) => l !== 'an array'))('options %s', (_label, options) => {
    expectBadInput({ label: '', call: () => call('nps', options), expected: [[null, 'options']] });
  });

  it.each<[string, unknown, string]>([
    ['table null', { table: null }, 'options.table'],
    ['table entry null', { table: { nps: null } }, 'options.table.nps'],
    ['period unknown', { period: 'weekly' }, 'options.period'],
    ['period on a metric without one', { period: 'annual' }, 'options.period'],
    [
      'threshold NaN',
      {
        table: {
          nps: {
            ...DEFAULT_BENCHMARKS.nps,
            default: {
              ...DEFAULT_BENCHMARKS.nps.default,
              thresholds: {
                ...DEFAULT_BENCHMARKS.nps.default!.thresholds,
                good: { value: Number.NaN, inclusive: true },
              },
            },
          },
        },
      },
      'options.table.nps.default.thresholds.good',
    ],
  ])('%s', (_label, options, field) => {
    const error = catchInputError(() => call('nps', options));
    expect(error.issues.some((issue) => issue.field.startsWith(field))).toBe(true);
  });

  it('a monthly retention edge that compounds past the largest number is an input error', () => {
    const monthly = {
      ...DEFAULT_BENCHMARKS.nrr,
      assumedPeriod: 'monthly' as const,
      default: {
        ...DEFAULT_BENCHMARKS.nrr.default!,
        period: 'monthly' as const,
        thresholds: {
          excellent: { value: 1e30, inclusive: true },
          good: { value: 1, inclusive: true },
          fair: { value: 0.5, inclusive: true },
        },
      },
    };
    const error = catchInputError(() => call('nrr', { table: { nrr: monthly }, period: 'annual' }));
    expect(error.issues[0]).toMatchObject({
      index: null,
      field: 'options.table.nrr.thresholds.excellent',
    });
    expect(error.message).toMatch(/too large to sum safely/);
  });
});

describe('rateAgainstBenchmark value', () => {
  it.each([
    ['NaN', Number.NaN],
    ['Infinity', Infinity],
    ['a string', '0.5'],
    ['a boolean', true],
  ])('%s', (_label, value) =>
    expectBadInput({
      label: '',
      call: () => rateAgainstBenchmark('nrr', value as never),
      expected: [[null, 'value']],
    }),
  );

  it('takes 1e308 and -0 as values', () => {
    expect(rateAgainstBenchmark('nrr', 1e308)).toBe('excellent');
    expect(rateAgainstBenchmark('nrr', -0)).toBe('poor');
  });
});
