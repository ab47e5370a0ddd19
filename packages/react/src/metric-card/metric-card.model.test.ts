import { describe, expect, it } from 'vitest';
import { historyPoints } from '@vitals/metrics';
import { isWithinNoise, metricCardProblems, sparklineGeometry } from './metric-card.model';

describe('sparklineGeometry', () => {
  it('spans the width by position and the height from lowest to highest', () => {
    const g = sparklineGeometry(historyPoints([1, 3, 2]), { width: 100, height: 40, inset: 3 });
    expect(g.path).toBe('M3,37L50,3L97,20');
    expect(g.last).toEqual({ x: 97, y: 20 });
  });

  it('centres a flat history and breaks the line at gaps', () => {
    const flat = sparklineGeometry(historyPoints([4, 4]), { width: 60, height: 40, inset: 0 });
    expect(flat.path).toBe('M0,20L60,20');
    const gap = sparklineGeometry(historyPoints([1, 2, null, 3, 1]), { width: 80, height: 40 });
    expect(gap.path.match(/M/g)).toHaveLength(2);
    const trailing = sparklineGeometry(historyPoints([1, 2, null]), { width: 80, height: 40 });
    expect(trailing.last!.x).toBeCloseTo(40, 6);
  });

  it('draws nothing without values', () => {
    expect(sparklineGeometry(historyPoints([null]), { width: 80, height: 40 })).toEqual({
      path: '',
      last: null,
    });
  });
});

describe('metricCardProblems', () => {
  it('accepts finite numbers, null, a missing previous value and { period, value } points', () => {
    expect(metricCardProblems({ value: 0.93 })).toEqual([]);
    expect(metricCardProblems({ value: null, previousValue: null, history: null })).toEqual([]);
    expect(
      metricCardProblems({
        value: -5,
        previousValue: 12,
        history: [1, null, { value: 2 }, { period: '2025-03', value: null }],
      }),
    ).toEqual([]);
  });

  it.each([
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
    [Number.NEGATIVE_INFINITY, '-Infinity'],
    ['12', "'12'"],
    [true, 'true'],
    [undefined, 'undefined'],
    [[12], 'an array'],
    [{ value: 12 }, 'an object'],
    [12n, 'a value of type bigint'],
  ])('names a value of %s', (value, shown) => {
    expect(metricCardProblems({ value })).toEqual([
      { field: 'value', message: `must be a finite number or null, got ${shown}` },
    ]);
  });

  it('names each unusable previous value, history and history entry', () => {
    expect(metricCardProblems({ value: 1, previousValue: Number.NaN, history: 'x' })).toEqual([
      { field: 'previousValue', message: 'must be a finite number or null, got NaN' },
      { field: 'history', message: "must be an array, got 'x'" },
    ]);
    expect(
      metricCardProblems({
        value: 1,
        history: [1, Number.NaN, 'y', { period: '2025-01' }, { period: 202501, value: 3 }],
      }),
    ).toEqual([
      { field: 'history[1]', message: 'must be a finite number or null, got NaN' },
      {
        field: 'history[2]',
        message: "must be a finite number, null or { period, value }, got 'y'",
      },
      {
        field: 'history[3]',
        message: 'must be a finite number, null or { period, value }, got an object',
      },
      {
        field: 'history[4].period',
        message: "must be a period label such as '2025-03', got 202501",
      },
    ]);
  });
});

describe('isWithinNoise', () => {
  const interval = { low: 0.66, high: 0.83 };

  it('is true when the previous value lies inside the interval, bounds included', () => {
    expect(isWithinNoise(0.75, 0.78, interval)).toBe(true);
    expect(isWithinNoise(0.75, 0.66, interval)).toBe(true);
    expect(isWithinNoise(0.75, 0.83, interval)).toBe(true);
  });

  it('is false outside the interval, without one, without a previous value or without a change', () => {
    expect(isWithinNoise(0.75, 0.9, interval)).toBe(false);
    expect(isWithinNoise(0.75, 0.6, interval)).toBe(false);
    expect(isWithinNoise(0.75, 0.78, null)).toBe(false);
    expect(isWithinNoise(0.75, undefined, interval)).toBe(false);
    expect(isWithinNoise(null, 0.78, interval)).toBe(false);
    expect(isWithinNoise(0.75, 0.75, interval)).toBe(false);
  });
});

describe('metricCardProblems: interval', () => {
  it('names each unusable bound', () => {
    expect(metricCardProblems({ value: 1, interval: { low: NaN, high: 2 } })).toEqual([
      { field: 'interval.low', message: 'must be a finite number, got NaN' },
    ]);
    expect(metricCardProblems({ value: 1, interval: { low: 3, high: 2 } })[0]!.field).toBe(
      'interval.high',
    );
    expect(
      metricCardProblems({ value: 1, interval: { low: 0, high: 2, level: 95 } })[0]!.field,
    ).toBe('interval.level');
    expect(metricCardProblems({ value: 1, interval: 'wide' })[0]!.field).toBe('interval');
    expect(metricCardProblems({ value: 1, interval: null })).toEqual([]);
  });
});
