import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mrrMovements } from '../revenue/mrrMovements';
import { healthTrend } from '../health/history';
import {
  DAY_MS,
  LAST_MONTH,
  addMonths,
  dayFromCivil,
  daysInMonth,
  formatDay,
  formatGrainPeriod,
  formatPeriod,
  parseDay,
  parseGrainPeriod,
  parseInstant,
  parsePeriod,
  parsePeriodLabel,
  utcDay,
  utcMonth,
  utcPeriod,
} from './calendar';
import { MetricsInputError } from './errors';
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

const pad = (value: number, width: number) => String(value).padStart(width, '0');
const calendarDate = fc
  .record({
    year: fc.integer({ min: 0, max: 9999 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .map(({ year, month, day }) => ({
    year,
    month,
    // Clamped to the month's length so every generated date is real; Date checks the answer below.
    day: Math.min(day, daysInMonth(year, month)),
  }));

describe('the calendar, years 0000–9999', () => {
  it('round-trips every month label and orders months by index', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: LAST_MONTH }), (index) => {
        const label = formatPeriod(index);
        expect(label).toMatch(/^\d{4}-\d{2}$/);
        expect(parsePeriod(label)).toBe(index);
      }),
    );
    expect(formatPeriod(0)).toBe('0000-01');
    expect(formatPeriod(LAST_MONTH)).toBe('9999-12');
    expect(parseDay('0000-01-01')).toBe(-719_528);
    expect(parseDay('9999-12-31')).toBe(2_932_896);
  });

  it('round-trips every day label, through the same day as Date', () => {
    fc.assert(
      fc.property(calendarDate, ({ year, month, day }) => {
        const label = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
        const index = parseDay(label);
        expect(index).toBe(dayFromCivil(year, month, day));
        expect(formatDay(index!)).toBe(label);
        const date = new Date(0);
        date.setUTCFullYear(year, month - 1, day);
        expect(index! * 86_400_000).toBe(date.getTime());
        expect(parseInstant(label)).toBe(date.getTime());
        expect(parseDay(date)).toBe(index);
      }),
    );
  });

  it('round-trips quarters and years at their grain', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 * 4 + 3 }), (quarter) => {
        expect(parseGrainPeriod(formatGrainPeriod(quarter, 'quarter'), 'quarter')).toBe(quarter);
      }),
    );
    expect(formatGrainPeriod(0, 'quarter')).toBe('0000-Q1');
    expect(formatGrainPeriod(7, 'year')).toBe('0007');
    expect(parseGrainPeriod('0007', 'year')).toBe(7);
  });

  it('reads years 0–99 as themselves, not 1900–1999', () => {
    expect(formatDay(parseDay('0050-03-09')!)).toBe('0050-03-09');
    expect(utcPeriod(parseInstant('0050-03-09T12:00Z')!)).toBe('0050-03');
    expect(utcPeriod(parseInstant('0099-12-31T23:30:00-01:00')!)).toBe('0100-01');
    expect(parseDay('0000-02-29')).not.toBeNull(); // year 0 is a leap year
    expect(parseDay('0100-02-29')).toBeNull();
  });

  it('reads a Date in UTC and refuses Dates outside years 0000–9999', () => {
    const lateEvening = new Date('2025-03-31T23:30:00-05:00'); // 2025-04-01T04:30Z
    expect(parseDay(lateEvening)).toBe(dayFromCivil(2025, 4, 1));
    expect(utcMonth(parseInstant(lateEvening)!)).toBe(parsePeriod('2025-04'));
    expect(parseDay(new Date(Date.UTC(10_000, 0, 1)))).toBeNull();
    expect(parseInstant(new Date(Date.UTC(-1, 11, 31)))).toBeNull();
    expect(parseDay(new Date(Number.NaN))).toBeNull();
  });
});

describe('the regex-free month and day readers', () => {
  // The reference: the regular expressions these readers replaced, with daysInMonth.
  const reference = (value: string): { month: number | null; day: number | null } => {
    const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
    if (!match) return { month: null, day: null };
    const [year, month] = [Number(match[1]), Number(match[2])];
    const day = match[3] === undefined ? undefined : Number(match[3]);
    const real =
      month >= 1 &&
      month <= 12 &&
      (day === undefined || (day >= 1 && day <= daysInMonth(year, month)));
    if (!real) return { month: null, day: null };
    return {
      month: year * 12 + month - 1,
      day: day === undefined ? null : dayFromCivil(year, month, day),
    };
  };
  // Near misses: digits, dashes, letters, spaces and signs in the places of 'YYYY-MM-DD'.
  const nearMiss = fc
    .array(fc.constantFrom(...'0123456789--0123456789 a+/:'.split('')), {
      minLength: 6,
      maxLength: 11,
    })
    .map((chars) => chars.join(''));
  const plausible = fc
    .tuple(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 0, max: 13 }),
      fc.option(fc.integer({ min: 0, max: 32 })),
    )
    .map(
      ([year, month, day]) =>
        `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}${day === null ? '' : `-${String(day).padStart(2, '0')}`}`,
    );

  it('parsePeriod and parseDay answer as the regular expressions did', () => {
    fc.assert(
      fc.property(fc.oneof(nearMiss, plausible), (value) => {
        const expected = reference(value);
        expect(parsePeriod(value)).toBe(expected.month);
        expect(parseDay(value)).toBe(expected.day);
        if (value.length === 10) {
          expect(parseInstant(value)).toBe(expected.day === null ? null : expected.day * DAY_MS);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses a period with a non-digit in any place', () => {
    for (const value of [
      '2o25-01',
      '2025-0x',
      '2025-01-1x',
      ' 2025-01',
      '2025/01',
      '+025-01',
      '2025-01x01',
      '2025-01101',
    ]) {
      expect(parsePeriod(value)).toBeNull();
    }
    expect(parseDay('2025-01-0a')).toBeNull();
    expect(parsePeriod('0000-01')).toBe(0);
    expect(parsePeriod('9999-12-31')).toBe(LAST_MONTH);
  });
});

describe('parsePeriodLabel', () => {
  it.each([
    ['2025-03', { grain: 'month', year: 2025, month: 3 }],
    ['2025-03-31', { grain: 'month', year: 2025, month: 3 }],
    ['2025-Q2', { grain: 'quarter', year: 2025, month: 4 }],
    ['2025', { grain: 'year', year: 2025, month: 1 }],
    ['0000-01', { grain: 'month', year: 0, month: 1, index: 0 }],
  ])('reads %s', (label, expected) => {
    expect(parsePeriodLabel(label)).toMatchObject(expected);
  });

  it.each(['2025-13', '2025-00', '2025-Q5', '2025-02-30', '25-01', 'March 2025', '', 202503, null])(
    'rejects %j',
    (label) => {
      expect(parsePeriodLabel(label)).toBeNull();
    },
  );

  it('orders periods of every grain by their first month', () => {
    expect(parsePeriodLabel('2025-Q2')!.index).toBe(parsePeriodLabel('2025-04')!.index);
    expect(parsePeriodLabel('2026')!.index - parsePeriodLabel('2025-12')!.index).toBe(1);
  });
});

describe('addMonths', () => {
  it('steps across year ends both ways', () => {
    expect(addMonths('2026-03', -12)).toBe('2025-03');
    expect(addMonths('2024-12', 1)).toBe('2025-01');
    expect(addMonths('2025-01', -1)).toBe('2024-12');
    expect(addMonths('2025-01-15', 0)).toBe('2025-01');
    expect(addMonths('0001-01', -12)).toBe('0000-01');
  });

  it.each([
    ['2025-Q1', 1, 'period'],
    ['soon', 1, 'period'],
    ['0000-01', -1, 'count'],
    ['9999-12', 1, 'count'],
    ['2025-01', 0.5, 'count'],
    ['2025-01', Number.NaN, 'count'],
  ])('refuses %j + %d with a MetricsInputError naming %s', (period, count, field) => {
    const call = () => addMonths(period, count);
    expect(call).toThrow(MetricsInputError);
    expect(call).toThrow(field);
  });
});

describe('early years in the metric functions (issue 13)', () => {
  it('healthTrend reports asOf 0050-03-09 as year 50', () => {
    const trend = healthTrend(
      [
        { accountId: 'a', date: '0050-02-07', score: 60 },
        { accountId: 'a', date: '0050-03-09', score: 70 },
      ],
      { asOf: '0050-03-09', days: 30 },
    );
    expect(trend.asOf).toBe('0050-03-09');
    expect(trend.from).toBe('0050-02-07');
    expect(trend.accounts[0]!.change).toBe(10);
  });

  it('mrrMovements in year 0000: a window from 0000-01 works, a period of 0000-01 has no month before it', () => {
    expect(mrrMovements([], { period: '0000-02' }).from).toBe('0000-01');
    expect(() => mrrMovements([], { period: '0000-01' })).toThrow(MetricsInputError);
    expect(() => mrrMovements([], { period: '0000-01' })).toThrow('options.period');
    expect(() => mrrMovements([], { period: '0000-Q1', grain: 'quarter' })).toThrow(
      'options.period',
    );
  });
});
