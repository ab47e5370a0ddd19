import type { InvalidRowPolicy, ValidationIssue } from '../core/errors';

/**
 * A {@link ValidationIssue} that also names the line of the CSV text it is about (1-based, the
 * header is line 1, counted in the text as given: blank lines and line breaks inside quoted fields
 * count). `line` is `null` for a problem in an option rather than in the text.
 *
 * For an issue found while reading the CSV, `index` is the record's position among the data
 * records (0-based: the first record after the header is 0), or `null` for the header; for an
 * issue from a metric function mapped with {@link withCsvLines}, it is the row's index in `rows`.
 */
export interface CsvIssue extends ValidationIssue {
  /** The CSV line the problem is on, or `null` when it is not on a line (an option). */
  line: number | null;
}

/** The field delimiter: one of the four in use, or `'auto'` to take it from the header line. */
export type CsvDelimiter = ',' | ';' | '\t' | '|' | 'auto';

/** The decimal mark of numbers in the CSV. */
export type CsvDecimal = '.' | ',';

/** The digit-group (thousands) separator of numbers in the CSV, or `''` to allow none. */
export type CsvThousands = ',' | '.' | ' ' | "'" | '';

/** Options every CSV reader takes. */
export interface CsvReadOptions<TField extends string> {
  /**
   * The header name of each field, when it differs from the field's own name. Names match
   * ignoring case, spaces, `_` and `-`: `'Account ID'`, `'account_id'` and `'accountId'` are one
   * name. A list gives alternatives; the first present wins.
   * @default each field's own name
   */
  columns?: { [K in TField]?: string | readonly string[] | undefined } | undefined;
  /**
   * The field delimiter. `'auto'` takes whichever of `,` `;` tab `|` occurs most often in the
   * header line (`,` when none does).
   * @default 'auto'
   */
  delimiter?: CsvDelimiter | undefined;
  /**
   * The decimal mark. `'.'` reads `1234.5` and `1,234.50`; `','` reads `1234,5` and `1.234,50`
   * (exports from German, French or Spanish spreadsheets).
   * @default '.'
   */
  decimal?: CsvDecimal | undefined;
  /**
   * The digit-group separator allowed in numbers, in groups of three (`1,234,567`). `' '` also
   * accepts a no-break space and a narrow no-break space. `''` allows none.
   * @default ',' when `decimal` is `'.'`, `'.'` when it is `','`
   */
  thousands?: CsvThousands | undefined;
  /**
   * What to do with lines that cannot be read. `'throw'` throws {@link MetricsInputError} listing
   * every one with its line; `'skip'` leaves them out of `rows` and lists them in `issues`.
   * @default 'throw'
   */
  onInvalid?: InvalidRowPolicy | undefined;
}

/** Rows read from CSV, the line each came from, and the lines that could not be read. */
export interface CsvRows<TRow> {
  /** One row per readable data record, in text order. */
  rows: TRow[];
  /** `lines[i]` is the CSV line `rows[i]` starts on (1-based; a record can span several lines). */
  lines: number[];
  /** Lines that could not be read (empty unless `onInvalid: 'skip'`), in line order. */
  issues: CsvIssue[];
  /** The delimiter used (the detected one with `delimiter: 'auto'`). */
  delimiter: string;
}
