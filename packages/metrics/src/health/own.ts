import { MetricsInputError, type ValidationIssue, showValue } from '../core/errors';
import { readOwn as own } from '../core/read';

/**
 * Reading input fields as SPEC §2 says: own properties only (`Object.hasOwn`, so a signal named
 * `constructor` or `toString` is missing when the object does not have it), each read once, and a
 * getter or Proxy trap that throws is reported as a bad field instead of escaping as a `TypeError`.
 */

const OBJECT_PROTOTYPE: object = Object.prototype;

/**
 * `object[key]` when it is an own property of `object`, else `undefined`. May throw (a getter).
 * The core reader itself, so a bundle holding both the health and the core readers has one copy.
 */
export { own };

/**
 * True when `object`'s prototype is `Object.prototype`: then a key that `Object.prototype` does not
 * have (see {@link prototypeLacks}) is either own or absent, and a plain read is an own read. Read
 * through the `__proto__` accessor, which V8 answers from the object's shape (about 30 times
 * cheaper than `Object.getPrototypeOf` or `Object.hasOwn` on a hot loop); an object with an own
 * `__proto__` key (from `JSON.parse`) answers that key instead and takes the careful path.
 */
export function isPlain(object: object): boolean {
  return (object as { __proto__?: unknown }).__proto__ === OBJECT_PROTOTYPE;
}

/** True when `Object.prototype` has none of `keys` (nobody added them, and none is built in). */
export function prototypeLacks(keys: readonly string[]): boolean {
  for (const key of keys) if (key in OBJECT_PROTOTYPE) return false;
  return true;
}

/** True when `Object.prototype` has no enumerable key, so that `for…in` on a plain object lists only its own keys. */
export function prototypeEnumeratesNothing(): boolean {
  for (const _key in OBJECT_PROTOTYPE) return false;
  return true;
}

/** The issue for a field whose getter (or Proxy trap) threw while it was read. */
export function thrownIssue(index: number | null, field: string, error: unknown): ValidationIssue {
  const reason = error instanceof Error ? error.message : showValue(error);
  return { index, field, message: `could not be read: reading it threw (${reason})` };
}

/** The issue for a sum or ratio of finite input that does not fit in a number (SPEC §2). */
export function tooLargeIssue(
  index: number | null,
  field: string,
  what: string,
  value?: unknown,
): ValidationIssue {
  const issue: ValidationIssue = {
    index,
    field,
    message: `is too large to ${what} safely: the result would overflow to ±Infinity`,
  };
  if (value !== undefined) issue.value = value;
  return issue;
}

/**
 * The named options of `options` (already checked to be an object or `{}`), each read once as an
 * own property; a getter that throws is a `MetricsInputError` naming `options.<name>`.
 */
export function readOwnOptions<TName extends string>(
  functionName: string,
  options: object,
  names: readonly TName[],
): Record<TName, unknown> {
  const values = {} as Record<TName, unknown>;
  for (const name of names) {
    try {
      values[name] = own(options, name);
    } catch (error) {
      throw new MetricsInputError(functionName, [thrownIssue(null, `options.${name}`, error)]);
    }
  }
  return values;
}

/**
 * Row `index` of `rows`, read once; a getter or Proxy trap that throws pushes an issue naming the
 * row and returns `THREW`. A hole in a sparse array reads as `undefined` (a bad row, not a skip).
 */
export function readRow(
  rows: readonly unknown[],
  index: number,
  issues: ValidationIssue[],
): unknown {
  try {
    return rows[index];
  } catch (error) {
    issues.push(thrownIssue(index, 'row', error));
    return THREW;
  }
}

/**
 * Account `index` of `accounts`, read once: `THREW` (the row is skipped) after pushing an issue
 * when reading it threw or when it is not an object (`field` names it, e.g. `accounts.row`).
 */
export function readAccountRow(
  accounts: readonly unknown[],
  index: number,
  issues: ValidationIssue[],
  field: string,
): object | typeof THREW {
  const account = readRow(accounts, index, issues);
  if (account === THREW) return THREW;
  if (account === null || typeof account !== 'object') {
    issues.push({
      index,
      field,
      message: `must be an account object, got ${showValue(account)}`,
      value: account,
    });
    return THREW;
  }
  return account;
}

/** What {@link readRow} and {@link readFields} return for a read that threw. */
export const THREW: unique symbol = Symbol('threw');

/**
 * The own fields `names` of one row, each read once, or `THREW` after pushing an issue naming the
 * row and the field whose getter threw (`prefix` + name, e.g. `accounts.mrr`).
 */
export function readFields<TName extends string>(
  row: object,
  names: readonly TName[],
  index: number | null,
  issues: ValidationIssue[],
  prefix = '',
): Record<TName, unknown> | typeof THREW {
  const values = {} as Record<TName, unknown>;
  for (const name of names) {
    try {
      values[name] = own(row, name);
    } catch (error) {
      issues.push(thrownIssue(index, prefix + name, error));
      return THREW;
    }
  }
  return values;
}
