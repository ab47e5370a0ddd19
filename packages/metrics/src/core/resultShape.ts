import { type ValidationIssue, MetricsInputError, mustBe, showValue } from './errors';
import { parsePeriodLabel } from './calendar';
import { UNREADABLE, readOwn } from './read';

/**
 * A check of one value of a precomputed result (a hook's `data`): pushes an issue naming `path`
 * (e.g. `data.points[3].nrr`) for each bad value it finds, and nothing when the value is good.
 */
export type Shape = (value: unknown, path: string, issues: ValidationIssue[]) => void;

/** Issues kept per check: enough to fix a result, bounded for a result of a million bad cells. */
const MAX_ISSUES = 20;

function fail(issues: ValidationIssue[], path: string, what: string, value: unknown): void {
  if (issues.length < MAX_ISSUES) {
    issues.push(mustBe(null, path, what, value));
  }
}

/** A finite number, `min` and up. `undefined` is a missing field. */
export const num =
  (min = -Infinity): Shape =>
  (value, path, issues) => {
    if (typeof value !== 'number' || !(value - value === 0) || value < min) {
      fail(issues, path, min === -Infinity ? 'a finite number' : `a finite number ≥ ${min}`, value);
    }
  };

/** `null`, or what `shape` accepts. */
export const orNull =
  (shape: Shape): Shape =>
  (value, path, issues) => {
    if (value !== null) shape(value, path, issues);
  };

/** A finite number or `null`: a rate whose denominator may be zero (SPEC §2). */
export const rate: Shape = orNull(num());

/** A string. */
export const str: Shape = (value, path, issues) => {
  if (typeof value !== 'string') fail(issues, path, 'a string', value);
};

/** One of the listed values (a grain, a tier, a kind). */
export const oneOf =
  (...values: readonly unknown[]): Shape =>
  (value, path, issues) => {
    if (!values.includes(value))
      fail(issues, path, `one of ${values.map(showValue).join(', ')}`, value);
  };

/** A period label that parses: `'2025-03'`, `'2025-Q1'` or `'2025'`. */
export const period: Shape = (value, path, issues) => {
  if (typeof value !== 'string' || parsePeriodLabel(value) === null) {
    fail(issues, path, "a period 'YYYY-MM', 'YYYY-Qn' or 'YYYY'", value);
  }
};

/** The field may be absent (`undefined`); when present, `shape` checks it. */
export const opt =
  (shape: Shape): Shape =>
  (value, path, issues) => {
    if (value !== undefined) shape(value, path, issues);
  };

/** An array whose every item `item` checks (each path gets `[index]`). */
export const arr =
  (item: Shape): Shape =>
  (value, path, issues) => {
    if (!Array.isArray(value)) return fail(issues, path, 'an array', value);
    for (let at = 0; at < value.length && issues.length < MAX_ISSUES; at++) {
      const entry = read(value, at, `${path}[${at}]`, issues);
      if (entry !== READ_FAILED) item(entry, `${path}[${at}]`, issues);
    }
  };

/**
 * A (non-array) object whose own fields the shapes check (each path gets `.field`); a field the
 * object lacks is `undefined`, so a required field's shape reports it missing.
 */
export const obj =
  (fields: Readonly<Record<string, Shape>>): Shape =>
  (value, path, issues) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      return fail(issues, path, 'an object', value);
    }
    for (const key in fields) {
      const field = read(value, key, `${path}.${key}`, issues);
      if (field !== READ_FAILED) fields[key]!(field, `${path}.${key}`, issues);
    }
  };

const READ_FAILED = Symbol('unreadable');

/** An own field, read once; a getter that throws is an issue, not an escape. */
function read(value: object, key: string | number, path: string, issues: ValidationIssue[]) {
  try {
    return readOwn(value, String(key));
  } catch {
    issues.push({ index: null, field: path, message: UNREADABLE });
    return READ_FAILED;
  }
}

/**
 * Checks a precomputed result against its shape and returns it as is, or throws one
 * `MetricsInputError` whose issues name each bad value by path (`data.points[3].nrr`).
 */
export function checkShape<TData>(functionName: string, data: unknown, shape: Shape): TData {
  const issues: ValidationIssue[] = [];
  shape(data, 'data', issues);
  if (issues.length > 0) throw new MetricsInputError(functionName, issues);
  return data as TData;
}
