import { describe, expect, it } from 'vitest';
import type { MetricsInputError } from '../core/errors';
import { rateAgainstBenchmark } from './rateAgainstBenchmark';
import { DEFAULT_BENCHMARKS } from './table';
import type { BenchmarkTable } from './types';

describe('rateAgainstBenchmark: a replaced table', () => {
  const strictNps: BenchmarkTable = {
    ...DEFAULT_BENCHMARKS,
    nps: {
      label: 'NPS (our targets)',
      unit: 'nps',
      direction: 'higher-is-better',
      default: {
        thresholds: {
          excellent: { value: 70, inclusive: true },
          good: { value: 50, inclusive: false },
          fair: { value: 20, inclusive: true },
        },
        source: 'Our board, 2026',
      },
    },
  };

  it('rates against the replacement and keeps the other metrics', () => {
    expect(rateAgainstBenchmark('nps', 50, { table: strictNps })).toBe('fair');
    expect(rateAgainstBenchmark('nps', 50.5, { table: strictNps })).toBe('good');
    expect(rateAgainstBenchmark('nps', 70, { table: strictNps })).toBe('excellent');
    expect(rateAgainstBenchmark('nps', 19, { table: strictNps })).toBe('poor');
    expect(rateAgainstBenchmark('csat', 0.9, { table: strictNps })).toBe('excellent');
  });

  it('replaces the table as a whole: a metric it lacks is an error', () => {
    const table = { nps: strictNps.nps };
    expect(rateAgainstBenchmark('nps', 80, { table })).toBe('excellent');
    expect(() => rateAgainstBenchmark('csat', 0.9, { table })).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ field: 'metric' })] }),
    );
  });

  it('a table may give logo churn a default for unsegmented data, and new segments', () => {
    const table: BenchmarkTable = {
      ...DEFAULT_BENCHMARKS,
      logoChurn: {
        ...DEFAULT_BENCHMARKS.logoChurn,
        default: {
          period: 'annual',
          thresholds: {
            excellent: { value: 0.1, inclusive: true },
            good: { value: 0.2, inclusive: true },
            fair: { value: 0.3, inclusive: true },
          },
          source: 'Ours',
        },
        segments: {
          ...DEFAULT_BENCHMARKS.logoChurn.segments,
          Consumer: { ...DEFAULT_BENCHMARKS.logoChurn.segments!.SMB!, source: 'Ours' },
        },
      },
    };
    // 1 % a month is 11.4 % a year.
    expect(rateAgainstBenchmark('logoChurn', 0.01, { table })).toBe('good');
    expect(rateAgainstBenchmark('logoChurn', 0.01, { table, segment: 'Startup' })).toBe('good');
    expect(rateAgainstBenchmark('logoChurn', 0.04, { table, segment: 'consumer' })).toBe('good');
    expect(rateAgainstBenchmark('logoChurn', 0.01, { table, segment: 'Mid-Market' })).toBe(
      'excellent',
    );
  });

  it('rejects thresholds out of order, or malformed, naming where they are', () => {
    const upsideDown: BenchmarkTable = {
      ...strictNps,
      nps: {
        ...strictNps.nps,
        default: {
          ...strictNps.nps.default!,
          thresholds: {
            excellent: { value: 20, inclusive: true },
            good: { value: 50, inclusive: true },
            fair: { value: 70, inclusive: true },
          },
        },
      },
    };
    expect(() => rateAgainstBenchmark('nps', 40, { table: upsideDown })).toThrow(
      expect.objectContaining({
        issues: [expect.objectContaining({ field: 'options.table.nps.default.thresholds' })],
      }),
    );
    const malformed = {
      nps: {
        ...strictNps.nps,
        default: {
          source: 'x',
          thresholds: { excellent: { value: 'high' }, good: {}, fair: null },
        },
      },
    } as never;
    try {
      rateAgainstBenchmark('nps', 40, { table: malformed });
      expect.unreachable();
    } catch (error) {
      expect((error as MetricsInputError).issues.map((i) => i.field)).toEqual([
        'options.table.nps.default.thresholds.excellent',
        'options.table.nps.default.thresholds.good',
        'options.table.nps.default.thresholds.fair',
      ]);
    }
  });

  it('needs a compounding rule to convert a rate between periods', () => {
    const { compounding: _dropped, ...grr } = DEFAULT_BENCHMARKS.grr;
    const table = { ...DEFAULT_BENCHMARKS, grr };
    expect(rateAgainstBenchmark('grr', 0.93, { table })).toBe('good');
    expect(() => rateAgainstBenchmark('grr', 0.99, { table, period: 'monthly' })).toThrow(
      expect.objectContaining({
        issues: [expect.objectContaining({ field: 'options.table.grr.compounding' })],
      }),
    );
  });
});

describe('DEFAULT_BENCHMARKS', () => {
  it('is frozen all the way down, so no caller can change it for everyone', () => {
    expect(Object.isFrozen(DEFAULT_BENCHMARKS)).toBe(true);
    expect(Object.isFrozen(DEFAULT_BENCHMARKS.logoChurn.segments!.SMB!.thresholds.good)).toBe(true);
  });

  it('names a source for every entry', () => {
    for (const definition of Object.values(DEFAULT_BENCHMARKS)) {
      const entries = [definition.default, ...Object.values(definition.segments ?? {})];
      for (const entry of entries.filter((e) => e !== undefined)) {
        expect(entry.source).toMatch(/Source articles \(SPEC §7\)/);
      }
    }
  });

  it('covers every metric', () => {
    expect(Object.keys(DEFAULT_BENCHMARKS).sort()).toEqual(
      ['csat', 'fcr', 'grr', 'health', 'logoChurn', 'ltvToCac', 'nps', 'nrr', 'timeToValue'].sort(),
    );
  });
});
