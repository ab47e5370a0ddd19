/**
 * The one calendar of Vitals: months, quarters, years and days as integers, read from and written
 * back to their labels, for every family and for `@vitals/react`.
 *
 * - The calendar is the proleptic Gregorian one, in UTC, for years 0000–9999 (what a four-digit
 *   label can say). Every label in that range round-trips; nothing here goes through `Date.UTC`,
 *   which reads years 0–99 as 1900–1999.
 * - A `Date` is read in UTC, never in the machine's time zone, so results do not depend on where
 *   the code runs. A `Date` outside years 0000–9999 is unreadable, like a malformed label.
 * - Months are `year × 12 + month − 1` (a {@link MonthIndex}); days are whole days since
 *   1970-01-01 (a {@link DayIndex}): month and day arithmetic is exact and comparisons are cheap.
 */
import { throwMustBe } from './errors';

/** Milliseconds in one day. */
export const DAY_MS = 86_400_000;
/** Milliseconds in one hour. */
export const HOUR_MS = 3_600_000;

/**
 * A date: `'YYYY-MM-DD'`, an ISO 8601 date-time (UTC when it names no offset), or a `Date` (read in
 * UTC).
 */
export type DateInput = string | Date;

/** A month as an integer, `year × 12 + month − 1`: 0 is 0000-01, 119,999 is 9999-12. */
export type MonthIndex = number;
/** A day as a whole number of days since 1970-01-01 (UTC); negative before 1970. */
export type DayIndex = number;

/** The last month of the calendar, 9999-12. */
export const LAST_MONTH: MonthIndex = 9999 * 12 + 11;
/** The first day of the calendar, 0000-01-01 (a literal, so bundlers can drop unused code). */
const FIRST_DAY: DayIndex = -719_528;
/** The last day of the calendar, 9999-12-31. */
const LAST_DAY: DayIndex = 2_932_896;

/** Whether `year` is a leap year of the proleptic Gregorian calendar (year 0 is one). */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month of the proleptic Gregorian calendar, `month` 1–12. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Days since 1970-01-01 of a calendar date (any year, `month` 1–12), by integer arithmetic on
 * 400-year eras (H. Hinnant's `days_from_civil`).
 */
export function dayFromCivil(year: number, month: number, day: number): DayIndex {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

const pad = (value: number, width: number) =>
  value < 0 ? `-${String(-value).padStart(width, '0')}` : String(value).padStart(width, '0');

// ——— Months ———

/** The digit at `at`, or -100 000 when there is none, so any field it is part of fails its range check. */
const digit = (text: string, at: number) => {
  const value = text.charCodeAt(at) - 48;
  return value >= 0 && value <= 9 ? value : -100_000;
};

/**
 * `'YYYY-MM'` or `'YYYY-MM-DD'` (taken as its month) as a month index, `-1` when it is not a real
 * month or date of that exact shape: read without a regular expression or an allocation (exports
 * run to millions of rows; the row index reads every period with it).
 */
export function monthOfText(value: string): MonthIndex {
  const length = value.length;
  if ((length !== 7 && length !== 10) || value.charCodeAt(4) !== 45) return -1;
  const year =
    digit(value, 0) * 1000 + digit(value, 1) * 100 + digit(value, 2) * 10 + digit(value, 3);
  const month = digit(value, 5) * 10 + digit(value, 6);
  if (year < 0 || month < 1 || month > 12) return -1;
  if (length === 10) {
    const day = digit(value, 8) * 10 + digit(value, 9);
    if (value.charCodeAt(7) !== 45 || day < 1 || day > daysInMonth(year, month)) return -1;
  }
  return year * 12 + month - 1;
}

/**
 * Parses `'YYYY-MM'`, `'YYYY-MM-DD'` (taken as its month) or a `Date` (its UTC month) into a month
 * index, or returns `null` when the value is not a real calendar month or date within years
 * 0000–9999.
 */
export function parsePeriod(value: unknown): MonthIndex | null {
  if (value instanceof Date) {
    // A Date is read in UTC (SPEC §2), within the years a label can name.
    const time = dateTime(value);
    if (time === null) return null;
    const date = new Date(time);
    return date.getUTCFullYear() * 12 + date.getUTCMonth();
  }
  if (typeof value !== 'string') return null;
  const month = monthOfText(value);
  return month < 0 ? null : month;
}

/**
 * Formats a month index as `'YYYY-MM'`. Callers keep indexes within 0000-01…9999-12 (see
 * {@link isCalendarMonth}); outside it the year is written with its sign rather than garbled.
 */
export function formatPeriod(index: MonthIndex): string {
  const year = Math.floor(index / 12);
  return `${pad(year, 4)}-${String(index - year * 12 + 1).padStart(2, '0')}`;
}

/** Whether a month index lies within 0000-01…9999-12, the months a label can name. */
export function isCalendarMonth(index: MonthIndex): boolean {
  return Number.isInteger(index) && index >= 0 && index <= LAST_MONTH;
}

// ——— Grains: months, quarters, years ———

/** The length of the periods a view is built from. */
export type Grain = 'month' | 'quarter' | 'year';

/**
 * A period of a grain as an integer: the month index at month grain, `year × 4 + quarter − 1` at
 * quarter grain, the year at year grain. Consecutive periods differ by 1, and 0 is the first
 * period of year 0000 at every grain.
 */
export type GrainIndex = number;

/** Months in one period of each grain. */
export const MONTHS_PER_GRAIN: Readonly<Record<Grain, number>> = { month: 1, quarter: 3, year: 12 };

const QUARTER = /^(\d{4})-Q([1-4])$/;
const YEAR = /^(\d{4})$/;

/** Whether `value` names a grain. */
export function isGrain(value: unknown): value is Grain {
  return value === 'month' || value === 'quarter' || value === 'year';
}

/** The period of `grain` that contains `month`. */
export function grainOfMonth(month: MonthIndex, grain: Grain): GrainIndex {
  return Math.floor(month / MONTHS_PER_GRAIN[grain]);
}

/**
 * Reads a period of `grain`: a month or date is taken as the period that contains it; at quarter
 * grain `'2025-Q1'` and at year grain `'2025'` are read as labels. `null` when unreadable.
 */
export function parseGrainPeriod(value: unknown, grain: Grain): GrainIndex | null {
  const month = parsePeriod(value);
  if (month !== null) return grainOfMonth(month, grain);
  if (typeof value !== 'string') return null;
  const match =
    grain === 'quarter' ? QUARTER.exec(value) : grain === 'year' ? YEAR.exec(value) : null;
  if (match === null) return null;
  return grain === 'quarter' ? Number(match[1]) * 4 + Number(match[2]) - 1 : Number(match[1]);
}

/** Labels a period of `grain`: `'2025-01'` (month), `'2025-Q1'` (quarter) or `'2025'` (year). */
export function formatGrainPeriod(index: GrainIndex, grain: Grain): string {
  if (grain === 'month') return formatPeriod(index);
  if (grain === 'quarter') {
    const year = Math.floor(index / 4);
    return `${pad(year, 4)}-Q${index - year * 4 + 1}`;
  }
  return pad(index, 4);
}

/** The last month of a period: the month whose ending MRR is the period's MRR (SPEC §3). */
export function lastMonthOf(index: GrainIndex, grain: Grain): MonthIndex {
  const length = MONTHS_PER_GRAIN[grain];
  return index * length + length - 1;
}

/** The last period of `grain` whose last month is at or before `month` (the last complete one). */
export function lastCompletePeriod(month: MonthIndex, grain: Grain): GrainIndex {
  return Math.floor((month + 1) / MONTHS_PER_GRAIN[grain]) - 1;
}

// ——— Period labels, for charts and for callers ———

/** A period label read into numbers by {@link parsePeriodLabel}. */
export interface PeriodLabel {
  /** The grain the label is written in: `'2025-03'` is a month, `'2025-Q1'` a quarter, `'2025'` a year. */
  grain: Grain;
  /** The year, 0–9999. */
  year: number;
  /** The period's first month, 1 = January. */
  month: number;
  /** The month index (`year × 12 + month − 1`) of the period's first month: sorts and steps periods. */
  index: number;
}

/**
 * Reads a period label: `'YYYY-MM'` (a `'YYYY-MM-DD'` date is taken as its month), `'YYYY-Qn'` or
 * `'YYYY'`, for years 0000–9999. Returns `null` for anything else.
 *
 * @example
 * parsePeriodLabel('2025-Q2'); // { grain: 'quarter', year: 2025, month: 4, index: 24303 }
 * parsePeriodLabel('2025-02-30'); // null
 */
export function parsePeriodLabel(value: unknown): PeriodLabel | null {
  let index = parsePeriod(value);
  let grain: Grain = 'month';
  if (index === null) {
    const quarter = parseGrainPeriod(value, 'quarter');
    if (quarter !== null) {
      grain = 'quarter';
      index = quarter * 3;
    } else {
      const year = parseGrainPeriod(value, 'year');
      if (year === null) return null;
      grain = 'year';
      index = year * 12;
    }
  }
  const year = Math.floor(index / 12);
  return { grain, year, month: index - year * 12 + 1, index };
}

/**
 * The month `count` months after (or before, when negative) a month `'YYYY-MM'` (a date
 * `'YYYY-MM-DD'` is taken as its month). Throws `MetricsInputError` for anything else, or when the
 * answer falls outside years 0000–9999.
 *
 * @example
 * addMonths('2026-03', -12); // '2025-03'
 * addMonths('2024-12-31', 1); // '2025-01'
 */
export function addMonths(period: string, count: number): string {
  const start = parsePeriod(period);
  if (start === null) {
    throwMustBe('addMonths', 'period', "a month 'YYYY-MM' or a date 'YYYY-MM-DD'", period);
  }
  if (!Number.isInteger(count) || !isCalendarMonth(start + count)) {
    throwMustBe(
      'addMonths',
      'count',
      'a whole number of months that stays within 0000-01…9999-12',
      count,
    );
  }
  return formatPeriod(start + count);
}

/**
 * Every month P with `from` < P ≤ `to` (month indexes), as labels in order; empty when `to` is not
 * after `from`.
 */
export function monthsAfter(from: MonthIndex, to: MonthIndex): string[] {
  const months: string[] = [];
  for (let month = from + 1; month <= to; month++) months.push(formatPeriod(month));
  return months;
}

// ——— Days and instants ———

/**
 * `'YYYY-MM-DD'` as a day index, read without a regular expression or a `Date` object (exports run
 * to millions of rows): `null` when it is ten characters long but not a real date of that shape,
 * `undefined` when it is not ten characters long.
 */
function parsePlainDay(value: string): DayIndex | null | undefined {
  if (value.length !== 10) return undefined;
  const month = monthOfText(value);
  if (month < 0) return null;
  const year = Math.floor(month / 12);
  return dayFromCivil(year, month - year * 12 + 1, digit(value, 8) * 10 + digit(value, 9));
}

/** Epoch milliseconds of a valid `Date` within years 0000–9999, else `null`. */
function dateTime(value: Date): number | null {
  const time = value.getTime();
  if (!Number.isFinite(time)) return null;
  const day = Math.floor(time / DAY_MS);
  return day >= FIRST_DAY && day <= LAST_DAY ? time : null;
}

/**
 * Parses a calendar day: `'YYYY-MM-DD'`, or a `Date` (its UTC day). `null` when it is not a real
 * date within years 0000–9999.
 */
export function parseDay(value: unknown): DayIndex | null {
  if (value instanceof Date) {
    const time = dateTime(value);
    return time === null ? null : Math.floor(time / DAY_MS);
  }
  if (typeof value !== 'string') return null;
  return parsePlainDay(value) ?? null;
}

/**
 * Formats a day index as `'YYYY-MM-DD'` (the inverse of {@link parseDay}). `toISOString` writes
 * years 0000–9999 with four digits (and others with a sign and six), so it is safe here.
 */
export function formatDay(dayIndex: DayIndex): string {
  return new Date(dayIndex * DAY_MS).toISOString().slice(0, 10);
}

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** What {@link parseInstant} accepts, for the messages of date fields. */
export const DATE_RULE = "a date 'YYYY-MM-DD', an ISO 8601 date-time or a valid Date";

/**
 * Parses a date or date-time into epoch milliseconds, or returns `null` when it is not a real one.
 *
 * Accepts a valid `Date` within years 0000–9999, `'YYYY-MM-DD'` (midnight UTC), or an ISO 8601
 * date-time `'YYYY-MM-DDTHH:mm[:ss[.sss]][Z|±HH:mm]'`. A date-time without an offset is read as UTC
 * (never as the machine's local time, so results do not depend on where the code runs).
 */
export function parseInstant(value: unknown): number | null {
  if (value instanceof Date) return dateTime(value);
  if (typeof value !== 'string') return null;
  const plain = parsePlainDay(value);
  if (plain !== undefined) return plain === null ? null : plain * DAY_MS;
  const match = ISO.exec(value);
  if (!match) return null;
  const [, y, mo, d, h, mi, s, frac, zone] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  const hour = h === undefined ? 0 : Number(h);
  const minute = mi === undefined ? 0 : Number(mi);
  const second = s === undefined ? 0 : Number(s);
  if (hour > 23 || minute > 59 || second > 59) return null;
  const millis = second * 1000 + (frac === undefined ? 0 : Math.round(Number(frac) * 1000));
  let offsetMinutes = 0;
  if (zone !== undefined && zone !== 'Z') {
    const digits = zone.replace(':', '');
    const offsetHours = Number(digits.slice(1, 3));
    const offsetMins = Number(digits.slice(3, 5));
    if (offsetHours > 23 || offsetMins > 59) return null;
    offsetMinutes = (zone.startsWith('-') ? -1 : 1) * (offsetHours * 60 + offsetMins);
  }
  return (
    dayFromCivil(year, month, day) * DAY_MS +
    ((hour * 60 + minute - offsetMinutes) * 60_000 + millis)
  );
}

/** The UTC calendar day of an instant. */
export function utcDay(time: number): DayIndex {
  return Math.floor(time / DAY_MS);
}

/** The UTC month of an instant, as a month index. */
export function utcMonth(time: number): MonthIndex {
  const date = new Date(time);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

/** The UTC month of an instant as `'YYYY-MM'`. */
export function utcPeriod(time: number): string {
  return formatPeriod(utcMonth(time));
}
