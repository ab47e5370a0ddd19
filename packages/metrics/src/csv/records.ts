import Papa from 'papaparse';
import type { CsvIssue, CsvDelimiter } from './types';

/** One CSV record with the line of the text it starts on (1-based; the header is usually line 1). */
export interface CsvRecord {
  /** Position among the data records (0-based: the first record after the header is 0). */
  index: number;
  line: number;
  fields: string[];
}

/** The records of a CSV text, the delimiter used, and the structural problems found. */
export interface CsvRecords {
  delimiter: string;
  /** The first non-empty record, or `null` when the text has none. */
  header: CsvRecord | null;
  /** Every later non-empty record, in text order. */
  records: CsvRecord[];
  /** Unclosed or stray quotes, each on the line its record starts on. */
  issues: CsvIssue[];
}

const CANDIDATES = [',', ';', '\t', '|'] as const;

/**
 * The delimiter of the first non-blank line: whichever of `,` `;` tab `|` occurs most often in it outside
 * quotes (`,` when none does). One line decides, so a `;` export with `1,5` amounts in its rows is
 * never misread as comma-separated.
 */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>();
  let quoted = false;
  // The first line with any text: blank lines before the header do not decide.
  for (let i = Math.max(text.search(/\S/), 0); i < text.length; i++) {
    const char = text[i]!;
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && (CANDIDATES as readonly string[]).includes(char))
      counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best: string = ',';
  let most = 0;
  for (const candidate of CANDIDATES) {
    const count = counts.get(candidate) ?? 0;
    if (count > most) {
      best = candidate;
      most = count;
    }
  }
  return best;
}

/** Counts line breaks (`\r\n`, `\n` or a lone `\r`) in `text` from `start` up to `end`. */
function lineBreaks(text: string, start: number, end: number): number {
  let count = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) count++;
    else if (code === 13 && text.charCodeAt(i + 1) !== 10) count++;
  }
  return count;
}

const isBlank = (fields: readonly string[]) => fields.length === 1 && fields[0]!.trim() === '';

function quoteMessage(code: string): string {
  return code === 'MissingQuotes'
    ? 'a quoted field opened on this line is never closed: the rest of the text was read into it (close the quote, or double a quote inside a field: "")'
    : 'a quoted field is followed by text before the next delimiter (write a quote inside a quoted field as "")';
}

/**
 * Splits CSV text into records with papaparse (RFC 4180: quoted fields with delimiters, doubled
 * quotes and line breaks; CRLF, LF or CR), after dropping a leading byte-order mark. Each record
 * keeps the line it starts on, counted in the text as given, so a record after a quoted multi-line
 * field still names its true line. Blank lines are skipped but counted.
 */
export function readRecords(text: string, delimiter: CsvDelimiter = 'auto'): CsvRecords {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const chosen = delimiter === 'auto' ? detectDelimiter(body) : delimiter;
  const result: CsvRecords = { delimiter: chosen, header: null, records: [], issues: [] };
  let start = 0;
  let line = 1;
  let index = 0;
  Papa.parse<string[]>(body, {
    delimiter: chosen,
    skipEmptyLines: false,
    step(step) {
      const end = step.meta.cursor;
      const recordLine = line;
      line += lineBreaks(body, start, end);
      start = end;
      const isHeader = result.header === null;
      if (step.errors.length === 0 && isBlank(step.data)) return;
      const record: CsvRecord = {
        index: isHeader ? -1 : index++,
        line: recordLine,
        fields: step.data,
      };
      if (step.errors.length > 0) {
        const missing = step.errors.some((error) => error.code === 'MissingQuotes');
        result.issues.push({
          index: isHeader ? null : record.index,
          line: recordLine,
          field: 'csv',
          message: quoteMessage(missing ? 'MissingQuotes' : 'InvalidQuotes'),
        });
        record.fields = [];
        if (!isHeader) return;
      }
      if (isHeader) result.header = record;
      else result.records.push(record);
    },
  });
  return result;
}
