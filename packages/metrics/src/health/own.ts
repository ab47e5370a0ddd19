import { type ValidationIssue, showValue } from '../core/errors';

/**
 * Reading input fields as SPEC §2 says: own properties only (`Object.hasOwn`, so a signal named
 * `constructor` or `toString` is missing when the object does not have it), each read once, and a
 * getter or Proxy trap that throws is reported as a bad field instead of escaping as a `TypeError`.
 */

const OBJECT_PROTOTYPE: object = Object.prototype;

/** `object[key]` when it is an own property of `object`, else `undefined`. May throw (a getter). */
export function own(object: object, key: string): unknown {
  return Object.hasOwn(object, key) ? (object as Record<string, unknown>)[key] : undefined;
}

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
