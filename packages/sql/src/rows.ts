import { MetricsInputError, type ValidationIssue } from '@vitals/metrics';
import { fail, show } from './sql';

/** One row as a database client returns it: column name → value. */
export type ResultRow = Readonly<Record<string, unknown>>;

/**
 * Reads the rows a database returned for a query, checking each value `toResult` uses, so rows
 * from the wrong query (or a driver that renamed columns) are a `MetricsInputError` naming the row
 * and the column, never a wrong number. Numbers may arrive as `number`, `bigint` or a numeric string
 * (PostgreSQL's `pg` returns 64-bit integers and `NUMERIC` as strings).
 */
export class RowReader {
  private readonly rows: readonly ResultRow[];

  constructor(
    private readonly functionName: string,
    rows: unknown,
    allowEmpty = false,
  ) {
    if (!Array.isArray(rows)) {
      fail(
        functionName,
        'rows',
        `must be the array of rows the database returned, got ${show(rows)}`,
      );
    }
    rows.forEach((row: unknown, index) => {
      if (row === null || typeof row !== 'object' || Array.isArray(row)) {
        throw new MetricsInputError(functionName, [
          { index, field: 'row', message: `must be an object of columns, got ${show(row)}` },
        ]);
      }
    });
    if (rows.length === 0 && !allowEmpty) {
      fail(
        functionName,
        'rows',
        'is empty, but every query returns at least one row; pass the rows of this query',
      );
    }
    this.rows = rows as readonly ResultRow[];
  }

  get length(): number {
    return this.rows.length;
  }

  private issue(index: number, field: string, message: string, value: unknown): never {
    const issue: ValidationIssue = { index, field, message, value };
    throw new MetricsInputError(this.functionName, [issue]);
  }

  /** Whether column `key` of row `index` is SQL NULL. */
  isNull(index: number, key: string): boolean {
    const value = this.rows[index]![key];
    return value === null || value === undefined;
  }

  /** A finite number (or `null` when `nullable` and the column is NULL). */
  number(index: number, key: string): number;
  number(index: number, key: string, nullable: true): number | null;
  number(index: number, key: string, nullable = false): number | null {
    const row = this.rows[index]!;
    if (!Object.hasOwn(row, key)) {
      this.issue(index, key, `is missing: these rows do not come from this query`, undefined);
    }
    const value = row[key];
    if (value === null || value === undefined) {
      if (nullable) return null;
      this.issue(index, key, 'must be a number, got NULL', value);
    }
    const number =
      typeof value === 'number'
        ? value
        : typeof value === 'bigint'
          ? Number(value)
          : typeof value === 'string' && value.trim() !== ''
            ? Number(value)
            : Number.NaN;
    if (!Number.isFinite(number))
      this.issue(index, key, `must be a finite number, got ${show(value)}`, value);
    return number;
  }

  /** A whole number ≥ 0 (a count). */
  count(index: number, key: string): number {
    const value = this.number(index, key);
    if (!Number.isInteger(value) || value < 0) {
      this.issue(index, key, `must be a whole number ≥ 0, got ${value}`, value);
    }
    return value;
  }

  /** A string, or `null` when the column is NULL. */
  text(index: number, key: string): string | null {
    const row = this.rows[index]!;
    if (!Object.hasOwn(row, key)) {
      this.issue(index, key, `is missing: these rows do not come from this query`, undefined);
    }
    const value = row[key];
    if (value === null || value === undefined) return null;
    if (typeof value !== 'string')
      this.issue(index, key, `must be text, got ${show(value)}`, value);
    return value;
  }
}
