import { MetricsInputError, type ValidationIssue, mustBe, throwMustBe } from './errors';

/**
 * Reads a row's fields exactly once each, own properties only (SPEC §2): an inherited field (a
 * `toString` or an `accountId` on the prototype) is `undefined`, so a row that lacks it is missing
 * it. A getter or Proxy trap that throws does not escape: the row gets an issue naming the field
 * that could not be read, and the reader returns `null`.
 *
 * `values` receives the fields in the order of `fields`; reuse one array across rows to keep a
 * loop free of allocation. Pass `polluted` ({@link isPolluted}, once per call) so plain rows are
 * read directly; left out, every field goes through `Object.hasOwn`.
 */
export function readOwnFields(
  row: object,
  fields: readonly string[],
  values: unknown[],
  index: number,
  issues: ValidationIssue[],
  polluted = true,
): boolean {
  let at = 0;
  try {
    const own = mayInherit(row, polluted);
    for (; at < fields.length; at++) {
      const key = fields[at]!;
      values[at] = own ? readOwn(row, key) : (row as Record<string, unknown>)[key];
    }
    return true;
  } catch {
    issues.push(unreadable(index, fields[at]!));
    return false;
  }
}

/** An own property's value, `undefined` when the object only inherits it (SPEC §2). */
export function readOwn(row: object, key: string): unknown {
  return Object.hasOwn(row, key) ? (row as Record<string, unknown>)[key] : undefined;
}

/**
 * Whether `row` may inherit one of `fields`, so that they must be read with {@link readOwn}: false
 * for a plain object (or one with a null prototype) while `Object.prototype` has none of them
 * (`polluted` is that check, done once per call), so hot loops read plain rows directly.
 */
export function mayInherit(row: object, polluted: boolean): boolean {
  const proto: unknown = Object.getPrototypeOf(row);
  return !((proto === Object.prototype && !polluted) || proto === null);
}

/** Whether `Object.prototype` itself has one of `fields` (someone added it): once per call. */
export function isPolluted(fields: readonly string[]): boolean {
  return fields.some((key) => key in Object.prototype);
}

/** The message of a field whose getter (or Proxy trap) threw when read. */
export const UNREADABLE = 'could not be read: reading it threw an error';

/** The issue of a field whose getter (or Proxy trap) threw when read. */
export function unreadable(index: number, field: string): ValidationIssue {
  return { index, field, message: UNREADABLE };
}

/**
 * `rows[index]`, or `undefined` with an issue on `row` when reading it throws (a getter on an
 * array index, a Proxy). Returns `READ_FAILED` then.
 */
export function readRow(
  rows: readonly unknown[],
  index: number,
  issues: ValidationIssue[],
): unknown {
  try {
    return rows[index];
  } catch {
    issues.push(unreadable(index, 'row'));
    return READ_FAILED;
  }
}

/**
 * Reads each row of `rows` once, own fields only (SPEC §2), and calls `visit` with the values of
 * `fields` (in that order, in one array reused across rows) and the row's index. A row that
 * cannot be read, is not an object (`must be an object <shape>`) or has a field whose getter
 * throws gets its issue in `issues` and is not visited.
 */
export function forEachRow(
  rows: readonly unknown[],
  fields: readonly string[],
  shape: string,
  issues: ValidationIssue[],
  visit: (values: unknown[], index: number) => void,
): void {
  const values: unknown[] = [];
  const polluted = isPolluted(fields);
  for (let index = 0; index < rows.length; index++) {
    const row = readRow(rows, index, issues);
    if (row === READ_FAILED) continue;
    if (row === null || typeof row !== 'object') {
      issues.push(mustBe(index, 'row', `an object ${shape}`, row));
    } else if (readOwnFields(row, fields, values, index, issues, polluted)) {
      visit(values, index);
    }
  }
}

/** What {@link readRow} returns for a row that could not be read. */
export const READ_FAILED: unique symbol = Symbol('unreadable row');

/**
 * The named own fields of a single-object argument (an input such as `{ spend, revenue }`), each
 * read once, as a plain record: throws a `MetricsInputError` naming `argument` when it is not an
 * object, or the field whose getter threw.
 */
export function readInput<TKey extends string>(
  functionName: string,
  argument: string,
  input: unknown,
  fields: readonly TKey[],
): Record<TKey, unknown> {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throwMustBe(functionName, argument, `an object { ${fields.join(', ')} }`, input);
  }
  const values: unknown[] = [];
  const issues: ValidationIssue[] = [];
  if (!readOwnFields(input, fields, values, 0, issues)) {
    throw new MetricsInputError(functionName, [{ ...issues[0]!, index: null }]);
  }
  const record = {} as Record<TKey, unknown>;
  fields.forEach((field, at) => (record[field] = values[at]));
  return record;
}
