import { describe, expect, it } from 'vitest';
import { parseInstant, utcDay, utcPeriod } from './dates';
import { quantileSorted } from './stats';

describe('parseInstant', () => {
  it.each([
    ['2025-03-01', Date.UTC(2025, 2, 1)],
    ['2024-02-29', Date.UTC(2024, 1, 29)],
    ['2025-03-01T10:20', Date.UTC(2025, 2, 1, 10, 20)],
    ['2025-03-01T10:20:30', Date.UTC(2025, 2, 1, 10, 20, 30)],
    ['2025-03-01T10:20:30.250Z', Date.UTC(2025, 2, 1, 10, 20, 30, 250)],
    ['2025-03-01 10:20:30Z', Date.UTC(2025, 2, 1, 10, 20, 30)],
    ['2025-03-01T10:00:00+02:00', Date.UTC(2025, 2, 1, 8)],
    ['2025-03-01T10:00:00-0530', Date.UTC(2025, 2, 1, 15, 30)],
  ])('reads %s (no offset means UTC)', (text, expected) => {
    expect(parseInstant(text)).toBe(expected);
  });

  it.each([
    '2025-02-29',
    '2023-02-29',
    '2025-13-01',
    '2025-04-31',
    '2025-3-1',
    '2025-03-01T24:00',
    '2025-03-01T10:60',
    'today',
    '',
  ])('rejects %j', (text) => {
    expect(parseInstant(text)).toBeNull();
  });

  it('accepts valid Dates and rejects invalid ones and other types', () => {
    expect(parseInstant(new Date(Date.UTC(2025, 0, 1)))).toBe(Date.UTC(2025, 0, 1));
    expect(parseInstant(new Date(Number.NaN))).toBeNull();
    expect(parseInstant(1_700_000_000_000)).toBeNull();
    expect(parseInstant(null)).toBeNull();
  });

  it('buckets instants by UTC day and month', () => {
    const time = parseInstant('2025-03-31T23:30:00-01:00')!;
    expect(utcPeriod(time)).toBe('2025-04');
    expect(utcDay(time)).toBe(utcDay(Date.UTC(2025, 3, 1)));
  });
});

describe('quantileSorted (linear interpolation, type 7)', () => {
  it.each([
    [[7], 0.5, 7],
    [[1, 2, 3, 4], 0.5, 2.5],
    [[1, 2, 3, 4, 5], 0.5, 3],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9, 9.1],
    [[0, 100], 0.9, 90],
    [[3, 8], 0, 3],
    [[3, 8], 1, 8],
  ])('of %j at %d is %d', (values, p, expected) => {
    expect(quantileSorted(values, p)).toBeCloseTo(expected, 12);
  });

  it('is null for no values', () => {
    expect(quantileSorted([], 0.5)).toBeNull();
  });
});
