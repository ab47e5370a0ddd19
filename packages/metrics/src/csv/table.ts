import { MetricsInputError, assertNoIssues, throwMustBe } from '../core/errors';
import { OptionReader } from '../core/options';
import { numberPattern, parseNumber, type NumberFormat } from './numbers';
import { readRecords, type CsvRecord } from './records';
import type { CsvIssue, CsvRows } from './types';

/** One field a reader fills from a column. */
export interface ColumnSpec {
  field: string;
  type: 'text' | 'number';
  required: boolean;
}

/** What `build` gets besides the mapped values: the record and a way to report a problem in it. */
export interface CellReader {
  record: CsvRecord;
  format: NumberFormat;
  /** Records a problem with this record in `field`. */
  fail(field: string, message: string, value?: unknown): void;
}

/** Header names match ignoring case, spaces, `_` and `-`. */
export const normalizeName = (name: string) => name.replace(/[\s_-]+/g, '').toLowerCase();

const DELIMITERS = new Set([',', ';', '\t', '|', 'auto']);
const THOUSANDS = new Set([',', '.', ' ', "'", '']);

interface Settings {
  policy: 'throw' | 'skip';
  delimiter: ',' | ';' | '\t' | '|' | 'auto';
  format: NumberFormat;
  columns: Record<string, readonly string[]>;
}

function readSettings(
  functionName: string,
  options: unknown,
  specs: readonly ColumnSpec[],
): Settings & { reader: OptionReader } {
  const reader = new OptionReader(functionName, options);
  const policy = reader.policy();
  const delimiter = reader.raw('delimiter') ?? 'auto';
  if (typeof delimiter !== 'string' || !DELIMITERS.has(delimiter)) {
    reader.mustBe('delimiter', "',', ';', '\\t', '|' or 'auto'", delimiter);
  }
  const decimal = reader.raw('decimal') ?? '.';
  if (decimal !== '.' && decimal !== ',') {
    reader.mustBe('decimal', "'.' or ','", decimal);
  }
  const thousands = reader.raw('thousands') ?? (decimal === ',' ? '.' : ',');
  if (typeof thousands !== 'string' || !THOUSANDS.has(thousands)) {
    reader.mustBe('thousands', `',', '.', ' ', "'" or ''`, thousands);
  } else if (thousands === decimal) {
    reader.reject('thousands', `must differ from the decimal mark '${decimal}'`, thousands);
  }
  const columns: Record<string, readonly string[]> = {};
  const given = reader.raw('columns');
  if (
    given !== undefined &&
    (given === null || typeof given !== 'object' || Array.isArray(given))
  ) {
    reader.mustBe('columns', 'an object', given);
  }
  const known = new Set(specs.map((spec) => spec.field));
  for (const spec of specs) columns[spec.field] = [spec.field];
  if (given !== null && typeof given === 'object' && !Array.isArray(given)) {
    for (const key of Object.keys(given)) {
      const value = (given as Record<string, unknown>)[key];
      const names = typeof value === 'string' ? [value] : value;
      if (!known.has(key)) {
        reader.reject(
          `columns.${key}`,
          `is not a field this reader fills (${[...known].join(', ')})`,
          value,
        );
      } else if (
        !Array.isArray(names) ||
        names.length === 0 ||
        !names.every((name) => typeof name === 'string' && name.trim() !== '')
      ) {
        reader.mustBe(`columns.${key}`, 'a column name or a non-empty list of them', value);
      } else {
        columns[key] = names as string[];
      }
    }
  }
  return {
    reader,
    policy,
    delimiter: delimiter as Settings['delimiter'],
    format: {
      decimal: decimal as NumberFormat['decimal'],
      thousands: thousands as NumberFormat['thousands'],
    },
    columns,
  };
}

/**
 * The reading every CSV reader shares: options, records with their lines, the header mapped to
 * fields, the per-record column count, and numbers. `build` turns one record into a row (or records
 * problems through `cells.fail`); `extra` receives the header's unmapped columns.
 */
export function readTable<TRow>(
  functionName: string,
  text: unknown,
  options: unknown,
  specs: readonly ColumnSpec[],
  build: (values: Record<string, string | number | undefined>, cells: CellReader) => TRow | null,
  extra?: {
    /** Checks the reader's own options against the header's unmapped columns. */
    prepare(
      reader: OptionReader,
      header: readonly string[],
      unmapped: readonly number[],
      headerLine: number,
    ): CsvIssue[];
  },
): CsvRows<TRow> {
  if (typeof text !== 'string') {
    throwMustBe(functionName, 'text', 'the CSV as a string', text);
  }
  const settings = readSettings(functionName, options, specs);
  const { reader, policy, format, columns } = settings;
  const parsed = readRecords(text, settings.delimiter === 'auto' ? 'auto' : settings.delimiter);
  const issues: CsvIssue[] = [...parsed.issues];
  const result: CsvRows<TRow> = { rows: [], lines: [], issues, delimiter: parsed.delimiter };
  const header = parsed.header;
  const headerLine = header?.line ?? 1;
  const names = (header?.fields ?? []).map((name) => name.trim());
  const normalized = names.map(normalizeName);

  // Map each field to one column; a missing required column stops the reading.
  const columnOf = new Map<string, number>();
  const headerIssues: CsvIssue[] = [];
  if (header === null) {
    headerIssues.push({
      index: null,
      line: 1,
      field: 'header',
      message: 'the CSV is empty: it needs a header line and at least one row',
    });
  } else {
    for (const spec of specs) {
      const wanted = columns[spec.field]!;
      for (const name of wanted) {
        const matches = normalized.flatMap((n, i) => (n === normalizeName(name) ? [i] : []));
        if (matches.length > 1) {
          headerIssues.push({
            index: null,
            line: headerLine,
            field: spec.field,
            message: `the header has ${matches.length} columns named like '${name}' (${matches.map((i) => `'${names[i]}'`).join(', ')}): rename one or name the column to use in options.columns`,
          });
        }
        if (matches.length > 0) {
          columnOf.set(spec.field, matches[0]!);
          break;
        }
      }
      if (!columnOf.has(spec.field) && spec.required && header.fields.length > 0) {
        headerIssues.push({
          index: null,
          line: headerLine,
          field: spec.field,
          message: `the header has no column for '${spec.field}' (looked for ${wanted.map((n) => `'${n}'`).join(' or ')}, found ${names.map((n) => `'${n}'`).join(', ') || 'none'}); name it in options.columns`,
        });
      }
    }
  }
  const mapped = new Set(columnOf.values());
  const unmapped = names.flatMap((_, i) => (mapped.has(i) ? [] : [i]));
  if (header !== null && headerIssues.length === 0)
    headerIssues.push(...(extra?.prepare(reader, names, unmapped, headerLine) ?? []));
  reader.done();
  if (headerIssues.length > 0 || (header !== null && header.fields.length === 0)) {
    // Without a usable header no line can be read: this fails whatever onInvalid says.
    throw new MetricsInputError(functionName, [...headerIssues, ...issues]);
  }

  const pattern = numberPattern(format);
  for (const record of parsed.records) {
    const recordIssues: CsvIssue[] = [];
    const cells: CellReader = {
      record,
      format,
      fail(field, message, value) {
        const issue: CsvIssue = { index: record.index, line: record.line, field, message };
        if (value !== undefined) issue.value = value;
        recordIssues.push(issue);
      },
    };
    if (record.fields.length !== names.length) {
      cells.fail(
        'csv',
        `has ${record.fields.length} field${record.fields.length === 1 ? '' : 's'}, the header has ${names.length}`,
      );
      issues.push(...recordIssues);
      continue;
    }
    const values: Record<string, string | number | undefined> = {};
    for (const spec of specs) {
      const column = columnOf.get(spec.field);
      if (column === undefined) continue;
      const cell = record.fields[column]!;
      if (spec.type === 'text') {
        const trimmed = cell.trim();
        if (trimmed !== '') values[spec.field] = trimmed;
        else if (spec.required) values[spec.field] = '';
        continue;
      }
      if (cell.trim() === '' && !spec.required) continue;
      const number = parseNumber(cell, format, pattern);
      if (typeof number === 'number') values[spec.field] = number;
      else {
        // Name the column as the header spells it when that differs from the field's name.
        const named = normalizeName(names[column]!) === normalizeName(spec.field);
        cells.fail(
          spec.field,
          named ? number.error : `column '${names[column]}': ${number.error}`,
          cell,
        );
      }
    }
    const row = recordIssues.length === 0 ? build(values, cells) : null;
    if (recordIssues.length > 0 || row === null) {
      issues.push(...recordIssues);
      continue;
    }
    result.rows.push(row);
    result.lines.push(record.line);
  }
  issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  if (policy === 'throw') assertNoIssues(functionName, issues);
  return result;
}
