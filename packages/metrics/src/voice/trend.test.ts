import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catchInputError } from '../core/errors.test-helper';
import { nps } from './nps';
import { npsTrend } from './trend';
import type { NpsTrendInput } from './types';

describe('npsTrend', () => {
  it('computes raw periods with nps() and passes precomputed results through', () => {
    const points = npsTrend(
      [
        // 2 promoters, 1 passive, 1 detractor: 100 × (2 − 1) / 4 = 25.
        { period: '2025-01', responses: [10, 9, 8, 2] },
        { period: '2025-02', result: nps([0, 0, 10]) },
        { period: '2025-03', responses: [] },
      ],
      { lowSampleThreshold: 3 },
    );
    expect(points[0]).toMatchObject({ period: '2025-01', score: 25, total: 4, lowSample: false });
    expect(points[1]!.score).toBeCloseTo(-100 / 3, 12);
    expect(points[2]).toMatchObject({ score: null, total: 0, marginOfError: null });
  });

  it('names a bad row by its period entry', () => {
    const error = catchInputError(() => npsTrend([{ period: '2025-01', responses: [11] }]));
    expect(error.issues[0]).toMatchObject({ index: 0, field: 'trend[0].responses.score' });
  });

  it('rejects a bad entry or a non-array, naming it', () => {
    expect(
      catchInputError(() => npsTrend(null as unknown as NpsTrendInput[])).issues[0]!.field,
    ).toBe('trend');
    expect(
      catchInputError(() => npsTrend([{ period: 5 } as unknown as NpsTrendInput])).issues[0]!
        .message,
    ).toMatch(/period must be a string/);
    expect(
      catchInputError(() => npsTrend([{ period: 'x' } as unknown as NpsTrendInput])).issues[0]!
        .message,
    ).toMatch(/exactly one of responses/);
  });

  it('is the trend option of nps(), named options.trend there', () => {
    const trend = [{ period: '2025-01', responses: [10, 9, 8, 2] }];
    expect(nps([9], { trend }).trend).toEqual(npsTrend(trend));
    expect(catchInputError(() => nps([], { trend: {} as [] })).issues[0]!.field).toBe(
      'options.trend',
    );
  });

  it('gives each period the nps() of its own responses (property)', () => {
    const periods = fc.array(fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 60 }), {
      maxLength: 12,
    });
    fc.assert(
      fc.property(periods, fc.integer({ min: 0, max: 40 }), (answers, lowSampleThreshold) => {
        const entries = answers.map((responses, i) => ({ period: `p${i}`, responses }));
        const points = npsTrend(entries, { lowSampleThreshold });
        expect(points.map((p) => p.period)).toEqual(entries.map((e) => e.period));
        points.forEach((point, i) => {
          const direct = nps(answers[i]!, { lowSampleThreshold });
          expect(point).toEqual({
            period: `p${i}`,
            score: direct.score,
            total: direct.total,
            marginOfError: direct.marginOfError,
            interval: direct.interval,
            lowSample: direct.lowSample,
          });
        });
      }),
    );
  });
});
