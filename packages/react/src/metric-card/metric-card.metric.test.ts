import { DEFAULT_BENCHMARKS, type BenchmarkMetric } from '@vitals/metrics';
import { describe, expect, it } from 'vitest';
import { metricCardDefaults } from './metric-card.metric';

describe('metricCardDefaults', () => {
  it.each([
    ['nrr', 'percent', true, { metric: 'nrr' }],
    ['grr', 'percent', true, { metric: 'grr' }],
    ['csat', 'percent', true, { metric: 'csat' }],
    ['nps', 'count', true, { metric: 'nps' }],
    ['timeToValue', 'count', false, { metric: 'timeToValue' }],
    // Logo churn's thresholds depend on the segment: no benchmark without one.
    ['logoChurn', 'percent', false, undefined],
    ['arpa', 'currency', true, undefined],
    ['revenueChurn', 'percent', false, undefined],
  ] as const)('%s is written as %s, higher is better: %s', (metric, format, higher, benchmark) => {
    expect(metricCardDefaults(metric)).toEqual({ format, higherIsBetter: higher, benchmark });
  });

  it('follows the benchmark table for every benchmarked metric', () => {
    for (const metric of Object.keys(DEFAULT_BENCHMARKS) as BenchmarkMetric[]) {
      const definition = DEFAULT_BENCHMARKS[metric];
      const defaults = metricCardDefaults(metric)!;
      expect(defaults.higherIsBetter).toBe(definition.direction === 'higher-is-better');
      expect(defaults.format === 'percent').toBe(definition.unit === 'fraction');
    }
  });

  it('knows no other name, inherited ones included', () => {
    expect(metricCardDefaults('toString')).toBeNull();
    expect(metricCardDefaults('NRR')).toBeNull();
    expect(metricCardDefaults(42)).toBeNull();
  });
});
