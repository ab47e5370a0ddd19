import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { benchmarkBands } from './benchmarkBands';
import { rateAgainstBenchmark } from './rateAgainstBenchmark';
import { DEFAULT_BENCHMARKS } from './table';
import type { BenchmarkOptions, BenchmarkRange, BenchmarkRating } from './types';

describe('benchmarkBands', () => {
  it('gives SMB logo churn as four ranges, best first since lower is better', () => {
    const bands = benchmarkBands('logoChurn', { segment: 'smb' });
    expect(bands).toMatchObject({
      metric: 'logoChurn',
      label: 'Logo churn',
      unit: 'fraction',
      direction: 'lower-is-better',
      segment: 'SMB',
      period: 'monthly',
    });
    expect(bands.source).toContain('3–5 % a month');
    expect(bands.ranges).toEqual([
      { rating: 'excellent', min: null, max: 0.03, includesMin: false, includesMax: true },
      { rating: 'good', min: 0.03, max: 0.05, includesMin: false, includesMax: true },
      { rating: 'fair', min: 0.05, max: 0.075, includesMin: false, includesMax: true },
      { rating: 'poor', min: 0.075, max: null, includesMin: false, includesMax: false },
    ]);
  });

  it('gives NRR with its exclusive 100 % edge, poor first since higher is better', () => {
    expect(benchmarkBands('nrr').ranges).toEqual([
      { rating: 'poor', min: null, max: 0.9, includesMin: false, includesMax: false },
      { rating: 'fair', min: 0.9, max: 1, includesMin: true, includesMax: true },
      { rating: 'good', min: 1, max: 1.2, includesMin: false, includesMax: false },
      { rating: 'excellent', min: 1.2, max: null, includesMin: true, includesMax: false },
    ]);
  });

  it('converts the annual Enterprise band to monthly edges for a monthly chart', () => {
    const bands = benchmarkBands('logoChurn', { segment: 'Enterprise' });
    expect(bands.period).toBe('monthly'); // logo churn values are taken as monthly by default
    // 1 − (1 − annual)^(1/12) for 5 %, 7 % and 10.5 % a year.
    expect(bands.thresholds.excellent.value).toBeCloseTo(0.0042653188, 9);
    expect(bands.thresholds.good.value).toBeCloseTo(0.0060293081, 9);
    expect(bands.thresholds.fair.value).toBeCloseTo(0.0092016996, 9);
    const annual = benchmarkBands('logoChurn', { segment: 'Enterprise', period: 'annual' });
    expect(annual.period).toBe('annual');
    expect(annual.thresholds).toEqual(
      DEFAULT_BENCHMARKS.logoChurn.segments!.Enterprise!.thresholds,
    );
  });

  it('has no period for a metric that is not a rate', () => {
    const bands = benchmarkBands('health');
    expect(bands.period).toBeNull();
    expect(bands.segment).toBeNull();
    expect(bands.ranges.map((r) => [r.rating, r.min, r.max])).toEqual([
      ['poor', null, 50],
      ['fair', 50, 70],
      ['good', 70, 80],
      ['excellent', 80, null],
    ]);
  });

  it('validates its options like rateAgainstBenchmark', () => {
    expect(() => benchmarkBands('logoChurn')).toThrow(/benchmarkBands: invalid input/);
  });
});

/** Every metric, segment and period combination of the default table. */
const combinations: BenchmarkOptions[] = [];
const metricOf = new Map<BenchmarkOptions, keyof typeof DEFAULT_BENCHMARKS>();
for (const [metric, definition] of Object.entries(DEFAULT_BENCHMARKS) as Array<
  [keyof typeof DEFAULT_BENCHMARKS, (typeof DEFAULT_BENCHMARKS)[keyof typeof DEFAULT_BENCHMARKS]]
>) {
  const segments = definition.segments ? Object.keys(definition.segments) : [undefined];
  const periods = definition.compounding ? (['monthly', 'annual'] as const) : [undefined];
  for (const segment of segments) {
    for (const period of periods) {
      const options: BenchmarkOptions = {};
      if (segment !== undefined) options.segment = segment;
      if (period !== undefined) options.period = period;
      combinations.push(options);
      metricOf.set(options, metric);
    }
  }
}

const contains = (range: BenchmarkRange, value: number) =>
  (range.min === null || (range.includesMin ? value >= range.min : value > range.min)) &&
  (range.max === null || (range.includesMax ? value <= range.max : value < range.max));

const RANK: Record<BenchmarkRating, number> = { excellent: 0, good: 1, fair: 2, poor: 3 };

describe('benchmark properties', () => {
  const optionsArb = fc.constantFrom(...combinations);
  // Values around every edge of the table: fractions, scores, days and ratios.
  const valueArb = fc.oneof(
    fc.double({ min: -0.1, max: 1.5, noNaN: true }),
    fc.double({ min: -100, max: 120, noNaN: true }),
    fc.constantFrom(
      ...Object.values(DEFAULT_BENCHMARKS).flatMap((d) =>
        [d.default, ...Object.values(d.segments ?? {})].flatMap((e) =>
          e ? Object.values(e.thresholds).map((b) => b.value) : [],
        ),
      ),
    ),
  );

  it('a value falls in exactly one band, whose rating is the rating of the value', () => {
    fc.assert(
      fc.property(optionsArb, valueArb, (options, value) => {
        const metric = metricOf.get(options)!;
        const { ranges } = benchmarkBands(metric, options);
        const holding = ranges.filter((range) => contains(range, value));
        expect(holding).toHaveLength(1);
        expect(rateAgainstBenchmark(metric, value, options)).toBe(holding[0]!.rating);
      }),
    );
  });

  it('ratings never get better as the value gets worse', () => {
    fc.assert(
      fc.property(optionsArb, valueArb, valueArb, (options, a, b) => {
        const metric = metricOf.get(options)!;
        const [low, high] = a <= b ? [a, b] : [b, a];
        const lowRank = RANK[rateAgainstBenchmark(metric, low, options)!];
        const highRank = RANK[rateAgainstBenchmark(metric, high, options)!];
        if (DEFAULT_BENCHMARKS[metric].direction === 'higher-is-better') {
          expect(highRank).toBeLessThanOrEqual(lowRank);
        } else {
          expect(lowRank).toBeLessThanOrEqual(highRank);
        }
      }),
    );
  });

  it('ranges tile the line: each shared edge belongs to exactly one side', () => {
    for (const options of combinations) {
      const { ranges } = benchmarkBands(metricOf.get(options)!, options);
      expect(ranges[0]!.min).toBeNull();
      expect(ranges.at(-1)!.max).toBeNull();
      for (let i = 0; i + 1 < ranges.length; i++) {
        expect(ranges[i]!.max).toBe(ranges[i + 1]!.min);
        expect(ranges[i]!.includesMax).not.toBe(ranges[i + 1]!.includesMin);
      }
    }
  });
});
