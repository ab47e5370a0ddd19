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
