import { describe, expect, it } from 'vitest';
import {
  addMonths,
  estimateTextWidth,
  monthsAfter,
  parsePeriod,
  periodLabel,
  thinTicks,
} from './time';

describe('parsePeriod', () => {
  it.each([
    ['2025-03', { grain: 'month', year: 2025, month: 2 }],
    ['2025-03-31', { grain: 'month', year: 2025, month: 2 }],
    ['2025-Q2', { grain: 'quarter', year: 2025, month: 3 }],
    ['2025', { grain: 'year', year: 2025, month: 0 }],
  ])('reads %s', (label, expected) => {
    expect(parsePeriod(label)).toMatchObject(expected);
  });

  it.each(['2025-13', '2025-00', '2025-Q5', '25-01', 'March 2025', '', 202503, null])(
    'rejects %s',
    (label) => {
      expect(parsePeriod(label)).toBeNull();
    },
  );

  it('orders periods of every grain by their first month', () => {
    expect(parsePeriod('2025-Q2')!.index).toBe(parsePeriod('2025-04')!.index);
    expect(parsePeriod('2026')!.index - parsePeriod('2025-12')!.index).toBe(1);
  });
});

describe('month arithmetic', () => {
  it('steps across year ends both ways', () => {
    expect(addMonths('2026-03', -12)).toBe('2025-03');
    expect(addMonths('2024-12', 1)).toBe('2025-01');
    expect(addMonths('2025-01', -1)).toBe('2024-12');
    expect(addMonths('2025-01-15', 0)).toBe('2025-01');
  });

  it('refuses a quarter or an unreadable label', () => {
    expect(() => addMonths('2025-Q1', 1)).toThrow(RangeError);
    expect(() => addMonths('soon', 1)).toThrow(/expected a month/);
  });

  it('lists the months after `from` up to and including `to`', () => {
    expect(monthsAfter('2024-11', '2025-02')).toEqual(['2024-12', '2025-01', '2025-02']);
    expect(monthsAfter('2025-02', '2025-02')).toEqual([]);
    expect(monthsAfter('2025-03', '2025-01')).toEqual([]);
    expect(monthsAfter('2024-01', '2025-12')).toHaveLength(23);
  });
});

describe('periodLabel', () => {
  it('names months through Intl in the given locale', () => {
    expect(periodLabel('2025-01', 'en-US', 'long')).toBe('January 2025');
    expect(periodLabel('2025-01', 'en-US', 'short')).toBe('Jan 25');
    expect(periodLabel('2025-03', 'de-DE', 'long')).toBe('März 2025');
    expect(periodLabel('2025-03', 'ja-JP', 'long')).toBe('2025年3月');
  });

  it('names quarters and years, and leaves an unreadable label as it is', () => {
    expect(periodLabel('2025-Q3', 'en-US', 'short')).toBe('Q3 2025');
    expect(periodLabel('2025', 'de-DE', 'long')).toBe('2025');
    expect(periodLabel('later', 'en-US', 'long')).toBe('later');
  });

  it('names the first and last month of a year correctly whatever the time zone', () => {
    expect(periodLabel('2025-12', 'en-US', 'long')).toBe('December 2025');
    expect(periodLabel('2026-01', 'en-US', 'long')).toBe('January 2026');
  });
});

describe('thinTicks', () => {
  it('keeps every label when they fit', () => {
    expect(thinTicks(12, 60, 40)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('shows every k-th label counted back from the last when they do not', () => {
    // 40 px labels on a 12 px step need 4 steps each.
    expect(thinTicks(36, 12, 40)).toEqual([3, 7, 11, 15, 19, 23, 27, 31, 35]);
    expect(thinTicks(1, 5, 80)).toEqual([0]);
    expect(thinTicks(0, 5, 80)).toEqual([]);
  });

  it('never places two shown labels closer than a label width, always keeping the last', () => {
    for (const count of [1, 2, 7, 13, 24, 36, 60]) {
      for (const step of [3, 8.5, 17, 33, 90]) {
        for (const labelWidth of [20, 44.6, 71]) {
          const shown = thinTicks(count, step, labelWidth);
          expect(shown.at(-1)).toBe(count - 1);
          for (let i = 1; i < shown.length; i++) {
            expect((shown[i]! - shown[i - 1]!) * step).toBeGreaterThanOrEqual(labelWidth);
          }
          // Not thinner than needed: half as many gaps would overlap.
          if (shown.length > 1 && shown[1]! - shown[0]! > 1) {
            expect((shown[1]! - shown[0]! - 1) * step).toBeLessThan(labelWidth);
          }
        }
      }
    }
  });
});

describe('estimateTextWidth', () => {
  it('counts CJK characters as wider than Latin ones', () => {
    expect(estimateTextWidth('25年1月', 12)).toBeGreaterThan(estimateTextWidth('Jan 25', 12));
    expect(estimateTextWidth('', 12)).toBe(6);
  });
});
