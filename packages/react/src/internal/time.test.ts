import { describe, expect, it } from 'vitest';
import { estimateTextWidth, periodLabel, thinTicks } from './time';

describe('periodLabel', () => {
  it('names months and quarters of years 0–99 as those years, not 1900–1999', () => {
    expect(periodLabel('0050-03', 'en-US', 'long')).toBe('March 50');
    expect(periodLabel('0005-Q2', 'en-US', 'long')).toBe('Q2 5');
  });

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
