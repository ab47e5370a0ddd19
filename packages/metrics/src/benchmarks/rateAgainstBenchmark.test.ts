import { describe, expect, it } from 'vitest';
import { MetricsInputError } from '../core/errors';
import { rateAgainstBenchmark } from './rateAgainstBenchmark';
import type { BenchmarkMetric, BenchmarkOptions, BenchmarkRating } from './types';

type Case = [value: number, rating: BenchmarkRating];

/** Each edge, and just past it, for every metric of the default table. */
const boundaries: Array<{ metric: BenchmarkMetric; options?: BenchmarkOptions; cases: Case[] }> = [
  {
    // Annual: above 100 % good, ≥ 120 % excellent, ≥ 90 % fair.
    metric: 'nrr',
    cases: [
      [1.3, 'excellent'], // SPEC §10's NRR example
      [1.2, 'excellent'],
      [1.1999, 'good'],
      [1.1, 'good'], // "strong" is still good
      [1.0001, 'good'],
      [1, 'fair'], // exactly 100 % is not above 100 %
      [0.9, 'fair'],
      [0.8999, 'poor'],
    ],
  },
  {
    metric: 'grr',
    cases: [
      [0.95, 'excellent'],
      [0.9499, 'good'],
      [0.93, 'good'], // SPEC §10's GRR example
      [0.9, 'good'],
      [0.8999, 'fair'],
      [0.8, 'fair'],
      [0.7999, 'poor'],
    ],
  },
  {
    // Monthly: 3–5 %.
    metric: 'logoChurn',
    options: { segment: 'SMB' },
    cases: [
      [0, 'excellent'],
      [0.03, 'excellent'],
      [0.0301, 'good'],
      [0.05, 'good'],
      [0.0501, 'fair'],
      [0.075, 'fair'],
      [0.0751, 'poor'],
    ],
  },
  {
    // Monthly: 1–2 %.
    metric: 'logoChurn',
    options: { segment: 'Mid-Market' },
    cases: [
      [0.01, 'excellent'],
      [0.0101, 'good'],
      [0.02, 'good'], // SPEC §10's 500 customers, 10 lost
      [0.0201, 'fair'],
      [0.03, 'fair'],
      [0.0301, 'poor'],
    ],
  },
  {
    // An annual value against the annual Enterprise band: under 5–7 % a year.
    metric: 'logoChurn',
    options: { segment: 'Enterprise', period: 'annual' },
    cases: [
      [0.05, 'excellent'],
      [0.0501, 'good'],
      [0.07, 'good'],
      [0.0701, 'fair'],
      [0.105, 'fair'],
      [0.1051, 'poor'],
    ],
  },
  {
    // A monthly value (the default for logo churn) against the annual Enterprise band:
    // annualised with 1 − (1 − m)^12.
    metric: 'logoChurn',
    options: { segment: 'Enterprise' },
    cases: [
      [0.004, 'excellent'], // 4.70 % a year
      [0.004265, 'excellent'], // 1 − 0.95^(1/12) = 0.0042653…, just under the 5 % edge
      [0.004266, 'good'],
      [0.005, 'good'], // 5.84 % a year
      [0.006, 'good'], // 6.97 % a year
      [0.0061, 'fair'], // 7.08 % a year
      [0.009, 'fair'], // 10.28 % a year
      [0.0095, 'poor'], // 10.82 % a year
      [0.02, 'poor'], // 21.5 % a year: fine for SMB, poor for Enterprise
    ],
  },
  {
    metric: 'health',
    cases: [
      [100, 'excellent'],
      [80, 'excellent'],
      [79.9, 'good'],
      [70.01, 'good'],
      [70, 'fair'], // "> 70" is good
      [50, 'fair'],
      [49.9, 'poor'],
      [0, 'poor'],
    ],
  },
  {
    metric: 'timeToValue',
    cases: [
      [0, 'excellent'],
      [7, 'excellent'],
      [7.5, 'good'],
      [29.9, 'good'],
      [30, 'fair'], // "< 30 days" is good
      [60, 'fair'],
      [60.1, 'poor'],
    ],
  },
  {
    metric: 'csat',
    cases: [
      [0.9, 'excellent'],
      [0.89, 'good'],
      [0.8, 'good'],
      [0.79, 'fair'],
      [0.75, 'fair'], // SPEC §10's CSAT example
      [0.7, 'fair'],
      [0.69, 'poor'],
    ],
  },
  {
    metric: 'nps',
    cases: [
      [100, 'excellent'],
      [50, 'excellent'],
      [49, 'good'],
      [30, 'good'], // SPEC §10's NPS example
      [29.5, 'fair'],
      [0, 'fair'],
      [-1, 'poor'],
      [-100, 'poor'],
    ],
  },
  {
    metric: 'fcr',
    cases: [
      [0.85, 'excellent'],
      [0.84, 'good'],
      [0.65, 'good'], // SPEC §10's FCR example
      [0.64, 'fair'],
      [0.55, 'fair'],
      [0.54, 'poor'],
    ],
  },
  {
    metric: 'ltvToCac',
    cases: [
      [5, 'excellent'],
      [4.99, 'good'],
      [3, 'good'],
      [2.99, 'fair'],
      [1, 'fair'],
      [0.99, 'poor'],
    ],
  },
];

describe('rateAgainstBenchmark: the default table at every edge', () => {
  for (const { metric, options, cases } of boundaries) {
    const name = `${metric}${options ? ` ${JSON.stringify(options)}` : ''}`;
    it.each(cases)(`${name}: %d is %s`, (value, rating) => {
      expect(rateAgainstBenchmark(metric, value, options)).toBe(rating);
    });
  }
});

describe('rateAgainstBenchmark: periods', () => {
  it.each<[number, BenchmarkRating]>([
    [1.016, 'excellent'], // 1.016^12 ≈ 1.21
    [1.0153, 'good'], // just under 1.2^(1/12) = 1.015309…
    [1.01, 'good'],
    [1, 'fair'],
    [0.992, 'fair'], // above 0.9^(1/12) = 0.99126…
    [0.99, 'poor'],
  ])('a monthly NRR of %d compounds to an annual one: %s', (value, rating) => {
    expect(rateAgainstBenchmark('nrr', value, { period: 'monthly' })).toBe(rating);
  });

  it('an annual SMB churn is compared with the monthly band after conversion', () => {
    // 1 − 0.97^12 = 0.3062: exactly the 3 %-a-month edge, give or take rounding.
    expect(rateAgainstBenchmark('logoChurn', 0.3, { segment: 'SMB', period: 'annual' })).toBe(
      'excellent',
    );
    expect(rateAgainstBenchmark('logoChurn', 0.46, { segment: 'SMB', period: 'annual' })).toBe(
      'fair',
    ); // 1 − 0.95^12 = 0.4596
  });

  it('rejects a period for a metric that is not a rate over time, and unknown periods', () => {
    expect(() => rateAgainstBenchmark('nps', 40, { period: 'monthly' })).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ field: 'options.period' })] }),
    );
    expect(() => rateAgainstBenchmark('nrr', 1, { period: 'weekly' as never })).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ field: 'options.period' })] }),
    );
  });
});

describe('rateAgainstBenchmark: segments', () => {
  it.each(['smb', 'SMB', ' smb ', 'Smb'])('matches %j to SMB', (segment) => {
    expect(rateAgainstBenchmark('logoChurn', 0.04, { segment })).toBe('good');
  });

  it.each(['Mid Market', 'mid-market', 'MIDMARKET', 'mid_market'])(
    'matches %j to Mid-Market',
    (segment) => {
      expect(rateAgainstBenchmark('logoChurn', 0.04, { segment })).toBe('poor');
    },
  );

  it('the same monthly churn rates differently by segment', () => {
    const churn = 0.015;
    expect(rateAgainstBenchmark('logoChurn', churn, { segment: 'SMB' })).toBe('excellent');
    expect(rateAgainstBenchmark('logoChurn', churn, { segment: 'Mid-Market' })).toBe('good');
    expect(rateAgainstBenchmark('logoChurn', churn, { segment: 'Enterprise' })).toBe('poor');
  });

  it('requires a known segment for logo churn', () => {
    for (const options of [undefined, {}, { segment: 'Startup' }]) {
      try {
        rateAgainstBenchmark('logoChurn', 0.02, options);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(MetricsInputError);
        const [issue] = (error as MetricsInputError).issues;
        expect(issue).toMatchObject({ index: null, field: 'options.segment' });
        expect(issue!.message).toContain("'Enterprise', 'Mid-Market', 'SMB'");
      }
    }
  });

  it('ignores a segment for metrics without per-segment thresholds', () => {
    expect(rateAgainstBenchmark('nps', 40, { segment: 'Enterprise' })).toBe('good');
  });
});

describe('rateAgainstBenchmark: values and metrics', () => {
  it.each<BenchmarkMetric>([
    'nrr',
    'grr',
    'health',
    'timeToValue',
    'csat',
    'nps',
    'fcr',
    'ltvToCac',
  ])('a null %s value has no rating', (metric) => {
    expect(rateAgainstBenchmark(metric, null)).toBeNull();
  });

  it('a null logo churn has no rating either', () => {
    expect(rateAgainstBenchmark('logoChurn', null, { segment: 'SMB' })).toBeNull();
  });

  it.each([Number.NaN, Infinity, -Infinity, '0.5'])('rejects the value %s', (value) => {
    expect(() => rateAgainstBenchmark('csat', value as never)).toThrow(
      expect.objectContaining({
        issues: [expect.objectContaining({ index: null, field: 'value' })],
      }),
    );
  });

  it('rejects an unknown metric, naming the known ones', () => {
    expect(() => rateAgainstBenchmark('arr' as never, 1)).toThrow(/known metrics: nrr, grr/);
  });
});
