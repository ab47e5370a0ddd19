import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatGrainPeriod, parseGrainPeriod } from './calendar';
import { comparisonPeriod, comparisonPoint, comparisonWindow } from './comparison';
import { MetricsInputError } from './errors';

describe('comparisonPeriod', () => {
  it.each([
    ['2025-03', 'previous-period', '2025-02'],
    ['2025-01', 'previous-period', '2024-12'],
    ['2025-03', 'previous-year', '2024-03'],
    ['2025-03-31', 'previous-year', '2024-03'],
    ['2025-Q1', 'previous-period', '2024-Q4'],
    ['2025-Q3', 'previous-year', '2024-Q3'],
    ['2025', 'previous-period', '2024'],
    ['2025', 'previous-year', '2024'],
  ] as const)('%s against the %s is %s', (period, compareTo, expected) => {
    expect(comparisonPeriod(period, compareTo)).toBe(expected);
  });

  it('rejects an unknown mode, an unreadable period and the first period of the calendar', () => {
    expect(() => comparisonPeriod('2025-03', 'last-year' as never)).toThrow(MetricsInputError);
    expect(() => comparisonPeriod('March', 'previous-year')).toThrow(MetricsInputError);
    expect(() => comparisonPeriod('0000-06', 'previous-year')).toThrow(MetricsInputError);
  });
});

describe('comparisonWindow', () => {
  it('takes the window of the same length just before, or the same window a year earlier', () => {
    expect(comparisonWindow({ from: '2025-01', to: '2025-04' }, 'previous-period')).toEqual({
      from: '2024-10',
      to: '2025-01',
    });
    expect(comparisonWindow({ from: '2025-01', to: '2025-04' }, 'previous-year')).toEqual({
      from: '2024-01',
      to: '2024-04',
    });
    expect(
      comparisonWindow({ from: '2025-Q1', to: '2025-Q2', grain: 'quarter' }, 'previous-year'),
    ).toEqual({ from: '2024-Q1', to: '2024-Q2' });
    expect(
      comparisonWindow({ from: '2023', to: '2025', grain: 'year' }, 'previous-period'),
    ).toEqual({ from: '2021', to: '2023' });
  });

  it('keeps the length of the window and ends the previous period where the window starts', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('month', 'quarter', 'year') as fc.Arbitrary<'month' | 'quarter' | 'year'>,
        fc.integer({ min: 2000, max: 9000 }),
        fc.integer({ min: 1, max: 40 }),
        fc.constantFrom('previous-period', 'previous-year') as fc.Arbitrary<
          'previous-period' | 'previous-year'
        >,
        (grain, start, length, compareTo) => {
          const from = formatGrainPeriod(start, grain);
          const to = formatGrainPeriod(start + length, grain);
          const previous = comparisonWindow({ from, to, grain }, compareTo);
          const a = parseGrainPeriod(previous.from, grain)!;
          const b = parseGrainPeriod(previous.to, grain)!;
          expect(b - a).toBe(length);
          if (compareTo === 'previous-period') expect(previous.to).toBe(from);
          else expect(previous.to).toBe(comparisonPeriod(to, 'previous-year'));
        },
      ),
    );
  });

  it('rejects a window that does not move forward or leaves the calendar', () => {
    expect(() => comparisonWindow({ from: '2025-04', to: '2025-01' }, 'previous-year')).toThrow(
      MetricsInputError,
    );
    expect(() => comparisonWindow({ from: '0000-01', to: '0000-05' }, 'previous-period')).toThrow(
      MetricsInputError,
    );
    expect(() => comparisonWindow(null as never, 'previous-period')).toThrow(MetricsInputError);
  });
});

describe('comparisonPoint', () => {
  const history = [
    { period: '2024-03', value: 0.97 },
    { period: '2025-02', value: 1.0 },
    { period: '2025-03', value: 1.02 },
  ];

  it('finds the point labelled with the last point’s comparison period', () => {
    expect(comparisonPoint(history, 'previous-year')).toEqual({ period: '2024-03', value: 0.97 });
    expect(comparisonPoint(history, 'previous-period')).toEqual({ period: '2025-02', value: 1.0 });
    expect(comparisonPoint(history.slice(1), 'previous-year')).toBeNull();
  });

  it('without periods, compares with the point before, and knows no year', () => {
    expect(comparisonPoint([{ value: 1 }, { value: 2 }], 'previous-period')).toEqual({ value: 1 });
    expect(comparisonPoint([{ value: 1 }, { value: 2 }], 'previous-year')).toBeNull();
    expect(comparisonPoint([], 'previous-period')).toBeNull();
  });
});
