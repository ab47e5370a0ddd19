const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/**
 * Parses `'YYYY-MM-DD'`, or a valid `Date` (its UTC day, SPEC §2), into a count of UTC days since
 * 1970-01-01, or `null` if it is not a real date. Years 0–99 are those years, not 1900–1999.
 */
export function parseDay(value: unknown): number | null {
  if (value instanceof Date) {
    const time = value.getTime();
    return Number.isFinite(time) ? Math.floor(time / DAY_MS) : null;
  }
  if (typeof value !== 'string') return null;
  const match = DATE.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return null;
  // setUTCFullYear, unlike Date.UTC, reads years 0–99 as themselves.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCDate() !== day) return null;
  return Math.round(date.getTime() / DAY_MS);
}

/** Formats a day count back to `'YYYY-MM-DD'` (years 0–9999). */
export function formatDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
