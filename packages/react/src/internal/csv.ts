// CSV for every export of Vitals: the tier list's and every chart's data table. Pure except
// `downloadCsv`, which touches the DOM only when called (from a click), never at import.

/** A value of one CSV cell: text is escaped and neutralised, numbers written as they are. */
export type CsvValue = string | number | boolean | null | undefined;

/** Characters that make a spreadsheet read a cell as a formula (OWASP's CSV injection list). */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One CSV field per RFC 4180: quoted when it holds a comma, a double quote or a line break, with
 * inner quotes doubled. Text that a spreadsheet would run as a formula (starting with `=`, `+`,
 * `-`, `@`, a tab or a carriage return) is prefixed with `'` so it stays text; finite numbers are
 * written as numbers (a negative number is not a formula). `null`/`undefined` become empty.
 *
 * @example
 * csvField('=HYPERLINK("http://x")'); // `"'=HYPERLINK(""http://x"")"`
 * csvField(-12.5); // '-12.5'
 */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = typeof value === 'boolean' ? String(value) : value;
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A CSV document per RFC 4180: one record per row, fields separated by commas, records ended by
 * CRLF (the last one too), every field through {@link csvField}.
 *
 * @example
 * toCsv([['Account', 'MRR'], ['Acme, Inc.', 1200]]); // 'Account,MRR\r\n"Acme, Inc.",1200\r\n'
 */
export function toCsv(rows: ReadonlyArray<readonly CsvValue[]>): string {
  let out = '';
  for (const row of rows) out += `${row.map(csvField).join(',')}\r\n`;
  return out;
}

/** `x × 10^by` through its shortest decimal text, so no binary noise is added. */
function shiftDecimal(x: number, by: number): number {
  const [mantissa, exponent = '0'] = String(x).split('e');
  return Number(`${mantissa}e${Number(exponent) + by}`);
}

/**
 * `value` rounded to `digits` decimals the way it is shown (half away from zero, as
 * `Intl.NumberFormat` rounds), without binary noise: `roundAsShown(33.958333333333336, 0)` is 34,
 * `roundAsShown(1.005, 2)` is 1.01. Non-finite values pass through (the CSV leaves them empty).
 *
 * @example
 * roundAsShown(-2.25, 1); // -2.3
 */
export function roundAsShown(value: number, digits: number): number {
  if (!Number.isFinite(value)) return value;
  const places = Math.max(0, Math.min(20, Math.trunc(digits)));
  // Shifting the decimal text (exponent arithmetic, not `value * 10 ** places`) keeps 1.005 → 1.01.
  const rounded = shiftDecimal(Math.round(shiftDecimal(Math.abs(value), places)), -places);
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}

/** A locale's group and decimal separators and its own digits. */
interface NumberSymbols {
  group: string;
  decimal: string;
  digits: Map<string, string>;
}

const separatorCache = new Map<string, NumberSymbols>();

function separatorsOf(locale: string): NumberSymbols {
  let found = separatorCache.get(locale);
  if (!found) {
    const parts = new Intl.NumberFormat(locale).formatToParts(-12345.6);
    // The locale's own digits (٠ to ٩ in ar-EG), each mapped to its ASCII digit.
    const plain = new Intl.NumberFormat(locale, { useGrouping: false });
    const digits = new Map<string, string>();
    for (let digit = 0; digit <= 9; digit += 1) {
      const written = plain.format(digit);
      if (written !== String(digit)) digits.set(written, String(digit));
    }
    found = {
      group: parts.find((part) => part.type === 'group')?.value ?? ',',
      decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
      digits,
    };
    separatorCache.set(locale, found);
  }
  return found;
}

const symbolCache = new Map<string, string[]>();

/** How `locale` writes `currency`'s sign: as a symbol, a narrow symbol and its code, longest first. */
function currencySymbols(locale: string, currency: string): string[] {
  const key = `${locale} ${currency}`;
  let found = symbolCache.get(key);
  if (!found) {
    const written = new Set<string>();
    for (const currencyDisplay of ['symbol', 'narrowSymbol', 'code'] as const) {
      try {
        const parts = new Intl.NumberFormat(locale, {
          style: 'currency',
          currency,
          currencyDisplay,
        }).formatToParts(1);
        const sign = parts.find((part) => part.type === 'currency')?.value.trim();
        if (sign) written.add(sign);
      } catch {
        // Not a currency code Intl knows: nothing to strip.
      }
    }
    found = [...written].sort((a, b) => b.length - a.length);
    symbolCache.set(key, found);
  }
  return found;
}

/**
 * The number a table cell shows, read back from its text in `locale` as plain decimal text with
 * the digits it shows: `'$1,204'` → `'1204'`, `'12,5 %'` (de-DE) → `'12.5'`, `'99.0%'` → `'99.0'`,
 * `'−3'` → `'-3'`. Currency signs (`US$` too), the percent sign,
 * spaces and group separators are dropped; a percentage stays in percent (12.5, not 0.125). Text
 * that is not one plain number (`'—'`, `'1.2K'`, `'Q1 2025'`, `'3 of 5'`) is `null`.
 *
 * @example
 * displayedDecimal('1.234,0 €', 'de-DE'); // '1234.0'
 */
export function displayedDecimal(text: string, locale: string, currency?: string): string | null {
  const { group, decimal, digits } = separatorsOf(locale);
  // The locale's words for the currency (`ج.م.‏` for EGP in ar-EG) are not a currency sign.
  if (currency)
    for (const symbol of currencySymbols(locale, currency)) text = text.split(symbol).join('');
  // A currency sign with the letters written onto it (`US$`, `$US`, `CA$`) is one symbol.
  // So is an ISO code before or after the number (`EUR 12.00` in de-CH).
  let plain = text
    .trim()
    .replace(/^\p{Lu}{3}\s*|\s*\p{Lu}{3}$/gu, '')
    .replace(/\p{Lu}{0,3}\p{Sc}\p{Lu}{0,3}/gu, '')
    .replace(/[%\u066a\u2030\s\u200e\u200f\u061c]/gu, '');
  if (digits.size > 0) plain = Array.from(plain, (char) => digits.get(char) ?? char).join('');
  if (group) plain = plain.split(group).join('');
  // Some locales group with a no-break space that a host's formatter may write as a plain one.
  plain = plain.replace(/[\u00a0\u202f'\u2019]/g, '');
  if (decimal !== '.') {
    if (plain.includes('.')) return null;
    plain = plain.split(decimal).join('.');
  }
  plain = plain.replace(/^[\u2212\u2013]/, '-');
  if (!/^[+-]?\d+(\.\d+)?$/.test(plain)) return null;
  // No `+`, and no sign on a zero (`−0.0` is `0.0`): the number as a spreadsheet reads it.
  plain = plain.replace(/^\+/, '');
  return /[1-9]/.test(plain) ? plain : plain.replace(/^-/, '');
}

/**
 * The number a table cell shows ({@link displayedDecimal}) as a number: `'$1,204'` → 1204,
 * `'12,5 %'` (de-DE) → 12.5, `'−3'` → -3; `null` for text that is not one plain number.
 *
 * @example
 * displayedNumber('1.234,5 €', 'de-DE'); // 1234.5
 */
export function displayedNumber(text: string, locale: string, currency?: string): number | null {
  const plain = displayedDecimal(text, locale, currency);
  if (plain === null) return null;
  const value = Number(plain);
  return Number.isFinite(value) ? (Object.is(value, -0) ? 0 : value) : null;
}

/**
 * A file name for a download from a title: characters that file systems refuse, and spaces,
 * become `-`; an empty result becomes `fallback`.
 *
 * @example
 * csvFileName('NRR: Q1 / Q2'); // 'NRR-Q1-Q2.csv'
 */
export function csvFileName(title: string, fallback = 'data', suffix = ''): string {
  // Control characters first (as spaces), then what file systems refuse, and spaces, as `-`.
  const base = Array.from(title.normalize('NFC'), (ch) => (ch < ' ' ? ' ' : ch))
    .join('')
    .replace(/[\\/:*?"<>|\s]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 80);
  return `${base || fallback}${suffix}.csv`;
}

/** The parts of a data table a CSV needs (the shape of `DataTable`'s props). */
export interface CsvTable {
  /** The header of the row-header column. */
  rowHeader: string;
  columns: ReadonlyArray<{ id: string; header: string }>;
  /** Each row's header and its formatted cells by column id (a missing cell shows "—"). */
  rows: ReadonlyArray<{ header: string; cells: Readonly<Record<string, string>> }>;
}

/** How a data table is exported: as the reader sees it, or as plain numbers. */
export type CsvMode = 'displayed' | 'raw';

/**
 * A data table as CSV. `'displayed'`: every cell as the table shows it, in the reader's locale.
 * `'raw'`: every cell that shows one number becomes that number with the digits it shows, `.` as
 * decimal separator and no currency or percent sign ({@link displayedDecimal}); other text stays,
 * and an empty cell ("—") is empty. Text cells are neutralised against formulas either way.
 *
 * @example
 * dataTableCsv(table, 'raw', 'de-DE'); // 'Schritt,MRR\r\nStart,1234.5\r\n'
 */
export function dataTableCsv(
  table: CsvTable,
  mode: CsvMode,
  locale: string,
  currency?: string,
): string {
  let out = toCsv([[table.rowHeader, ...table.columns.map((column) => column.header)]]);
  for (const row of table.rows) {
    const fields = [csvField(row.header)];
    for (const column of table.columns) {
      const text = row.cells[column.id];
      if (mode === 'displayed') fields.push(csvField(text ?? '\u2014'));
      else if (text === undefined || text === '\u2014' || text === '') fields.push('');
      // A plain decimal keeps the digits the table shows (`99.0`, not `99`); it is no formula.
      else fields.push(displayedDecimal(text, locale, currency) ?? csvField(text));
    }
    out += `${fields.join(',')}\r\n`;
  }
  return out;
}

/**
 * Offers `text` as a file download in the browser. Does nothing where there is no `document`
 * (server rendering); call it from an event handler.
 */
export function downloadCsv(fileName: string, text: string): void {
  if (typeof document === 'undefined' || typeof URL.createObjectURL !== 'function') return;
  // A byte-order mark lets spreadsheet apps read the file as UTF-8.
  const blob = new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
