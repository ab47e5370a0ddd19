import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { metricChange } from './change';
import { catchInputError, where } from './errors.test-helper';

describe('metricChange', () => {
  it.each([
    [110, 100, true, { delta: 10, relative: 0.1, direction: 'up', tone: 'positive' }],
    [110, 100, false, { delta: 10, relative: 0.1, direction: 'up', tone: 'negative' }],
    [90, 100, false, { delta: -10, relative: -0.1, direction: 'down', tone: 'positive' }],
    [90, 100, true, { delta: -10, relative: -0.1, direction: 'down', tone: 'negative' }],
    [100, 100, true, { delta: 0, relative: 0, direction: 'flat', tone: 'neutral' }],
    [5, 0, true, { delta: 5, relative: null, direction: 'up', tone: 'positive' }],
    // A change from a negative value is measured against its size.
    [-50, -100, true, { delta: 50, relative: 0.5, direction: 'up', tone: 'positive' }],
  ] as const)('%s from %s (higher is better: %s)', (value, previous, higherIsBetter, expected) => {
    expect(metricChange(value, previous, { higherIsBetter })).toEqual(expected);
  });

  it('is null without both values, and higher is better by default', () => {
    expect(metricChange(null, 100)).toBeNull();
    expect(metricChange(100, undefined)).toBeNull();
    expect(metricChange(100, null)).toBeNull();
    expect(metricChange(2, 1)?.tone).toBe('positive');
  });

  it('names a bad value, previous value or option', () => {
    expect(where(catchInputError(() => metricChange(Number.NaN, 1)))).toEqual([[null, 'value']]);
    const text = '3' as unknown as number;
    expect(where(catchInputError(() => metricChange(1, text)))).toEqual([[null, 'previous']]);
    const yes = 'yes' as unknown as boolean;
    expect(where(catchInputError(() => metricChange(1, 2, { higherIsBetter: yes })))).toEqual([
      [null, 'options.higherIsBetter'],
    ]);
  });

  it('is an error, not Infinity, when the change overflows', () => {
    expect(where(catchInputError(() => metricChange(1.5e308, -1.5e308)))).toEqual([
      [null, 'value'],
    ]);
    expect(where(catchInputError(() => metricChange(1e308, 1e-300)))).toEqual([[null, 'previous']]);
  });

  it('signs the change as the move from previous to value, and tones it by higherIsBetter', () => {
    // Whole numbers: a subnormal previous value would overflow the relative change (tested above).
    const finite = fc.integer({ min: -1e9, max: 1e9 });
    fc.assert(
      fc.property(finite, finite, fc.boolean(), (value, previous, higherIsBetter) => {
        const change = metricChange(value, previous, { higherIsBetter })!;
        expect(change.direction).toBe(value > previous ? 'up' : value < previous ? 'down' : 'flat');
        expect(Math.sign(change.delta)).toBe(Math.sign(value - previous));
        if (change.relative !== null)
          expect(Math.sign(change.relative)).toBe(Math.sign(change.delta));
        const isGood = (change.direction === 'up') === higherIsBetter;
        expect(change.tone).toBe(
          change.direction === 'flat' ? 'neutral' : isGood ? 'positive' : 'negative',
        );
      }),
    );
  });
});
