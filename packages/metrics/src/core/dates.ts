import { formatPeriod } from './period';

/** Milliseconds in one day. */
export const DAY_MS = 86_400_000;
/** Milliseconds in one hour. */
export const HOUR_MS = 3_600_000;

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** Days in a month of the proleptic Gregorian calendar (what `Date` uses), `month` 1–12. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const digit = (text: string, at: number) => text.charCodeAt(at) - 48;
const isDigit = (text: string, at: number) => {
  const code = text.charCodeAt(at);
  return code >= 48 && code <= 57;
};

/**
 * The common case, `'YYYY-MM-DD'`, read without a regular expression or a `Date` object (survey
 * exports run to millions of rows); `undefined` when the text is not in that exact shape.
 */
function parsePlainDate(value: string): number | null | undefined {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45)
    return undefined;
  for (const at of [0, 1, 2, 3, 5, 6, 8, 9]) if (!isDigit(value, at)) return undefined;
  const year =
    digit(value, 0) * 1000 + digit(value, 1) * 100 + digit(value, 2) * 10 + digit(value, 3);
  const month = digit(value, 5) * 10 + digit(value, 6);
  const day = digit(value, 8) * 10 + digit(value, 9);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  // Date.UTC reads years 0–99 as 1900–1999; those few take the general path.
  return year >= 100 ? Date.UTC(year, month - 1, day) : undefined;
}

function utc(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  ms: number,
): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, 0, ms);
  return date.getTime();
}

/**
 * Parses a date or date-time into epoch milliseconds, or returns `null` when it is not a real one.
 *
 * Accepts a valid `Date`, `'YYYY-MM-DD'` (midnight UTC), or an ISO 8601 date-time
 * `'YYYY-MM-DDTHH:mm[:ss[.sss]][Z|±HH:mm]'`. A date-time without an offset is read as UTC (never
 * as the machine's local time, so results do not depend on where the code runs).
 */
export function parseInstant(value: unknown): number | null {
  if (value instanceof Date) {
    const time = value.getTime();
    return Number.isFinite(time) ? time : null;
  }
  if (typeof value !== 'string') return null;
  const plain = parsePlainDate(value);
  if (plain !== undefined) return plain;
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
  return utc(year, month, day, hour, minute - offsetMinutes, millis);
}

/** The UTC calendar day of an instant, as a whole number of days since 1970-01-01. */
export function utcDay(time: number): number {
  return Math.floor(time / DAY_MS);
}

/** The UTC month of an instant as `'YYYY-MM'`. */
export function utcPeriod(time: number): string {
  const date = new Date(time);
  return formatPeriod(date.getUTCFullYear() * 12 + date.getUTCMonth());
}
