import type { MrrSnapshot } from '@vitals/metrics';

/** A problem with one line of pasted CSV, before the metric functions even see it. */
export interface CsvLineIssue {
  /** 1-based line number in the pasted text (the header is line 1). */
  line: number;
  message: string;
}

/** Rows read from CSV, with each row's line number so metric errors can point back to it. */
export interface ParsedSnapshots {
  rows: MrrSnapshot[];
  /** `lines[i]` is the CSV line of `rows[i]`. */
  lines: number[];
  issues: CsvLineIssue[];
}

const REQUIRED = ['accountId', 'period', 'mrr'] as const;
const OPTIONAL = ['currency', 'segment'] as const;

/** Splits CSV text into records per RFC 4180 (quoted fields, doubled quotes, CRLF or LF). */
export function parseCsv(text: string): Array<{ line: number; fields: string[] }> {
  const records: Array<{ line: number; fields: string[] }> = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        if (char === '\n') line++;
        field += char;
      }
    } else if (char === '"' && field === '') {
      quoted = true;
    } else if (char === ',') {
      fields.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      fields.push(field);
      records.push({ line: recordLine, fields });
      fields = [];
      field = '';
      line++;
      recordLine = line;
    } else {
      field += char;
    }
  }
  if (field !== '' || fields.length > 0) {
    fields.push(field);
    records.push({ line: recordLine, fields });
  }
  return records.filter(
    (record) => !(record.fields.length === 1 && record.fields[0]!.trim() === ''),
  );
}

/**
 * Reads MRR snapshots from CSV with a header naming `accountId`, `period`, `mrr` (and optionally
 * `currency`, `segment`), in any order. Structural problems (missing columns, wrong field count,
 * a non-numeric `mrr`) are reported per line here; every other check is left to the metric
 * functions, whose issues map back to lines through `lines`. Nothing is dropped silently.
 */
export function parseSnapshotsCsv(text: string): ParsedSnapshots {
  const [header, ...records] = parseCsv(text);
  const result: ParsedSnapshots = { rows: [], lines: [], issues: [] };
  if (!header) {
    result.issues.push({
      line: 1,
      message: 'The CSV is empty: paste a header line and at least one row.',
    });
    return result;
  }
  const names = header.fields.map((name) => name.trim());
  const column = (name: string) => names.indexOf(name);
  const missing = REQUIRED.filter((name) => column(name) === -1);
  if (missing.length > 0) {
    result.issues.push({
      line: header.line,
      message: `The header needs the column${missing.length === 1 ? '' : 's'} ${missing.join(', ')} (found: ${names.join(', ') || 'nothing'}).`,
    });
    return result;
  }
  for (const record of records) {
    if (record.fields.length !== names.length) {
      result.issues.push({
        line: record.line,
        message: `has ${record.fields.length} field${record.fields.length === 1 ? '' : 's'}, the header has ${names.length}.`,
      });
      continue;
    }
    const text = (name: string) => record.fields[column(name)]!.trim();
    const mrrText = text('mrr');
    const mrr = mrrText === '' ? Number.NaN : Number(mrrText);
    if (Number.isNaN(mrr)) {
      result.issues.push({ line: record.line, message: `mrr "${mrrText}" is not a number.` });
      continue;
    }
    const row: MrrSnapshot = { accountId: text('accountId'), period: text('period'), mrr };
    for (const name of OPTIONAL) {
      if (column(name) !== -1 && text(name) !== '') row[name] = text(name);
    }
    result.rows.push(row);
    result.lines.push(record.line);
  }
  return result;
}
