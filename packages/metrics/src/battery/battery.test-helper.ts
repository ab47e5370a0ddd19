import { expect } from 'vitest';
import { MetricsInputError } from '../core/errors';
import { catchInputError, where } from '../core/errors.test-helper';

/**
 * One bad input and where its error must point: the `[index, field]` pairs that must be among
 * the error's issues (`index` null for an option or a single-object argument).
 */
export interface BadInput {
  label: string;
  call: () => unknown;
  expected: Array<[number | null, string]>;
}

/** Asserts that `call` throws a MetricsInputError whose issues include every expected pair. */
export function expectBadInput({ call, expected }: BadInput): void {
  const error = catchInputError(call);
  expect(error).toBeInstanceOf(MetricsInputError);
  const found = where(error);
  for (const pair of expected) expect(found).toContainEqual(pair);
}

/** A value whose getter throws, for a field that cannot be read. */
export function throwingGetter<T extends object>(row: T, field: string): T {
  const copy = { ...row } as Record<string, unknown>;
  delete copy[field];
  Object.defineProperty(copy, field, {
    enumerable: true,
    get() {
      throw new Error(`getter of ${field} exploded`);
    },
  });
  return copy as T;
}

/** A row that has every field of `row` but inherits `field` (with a valid value) from its prototype. */
export function inherited<T extends object>(row: T, field: string): T {
  const own = { ...row } as Record<string, unknown>;
  const proto = { [field]: own[field] };
  delete own[field];
  return Object.assign(Object.create(proto) as object, own) as T;
}

/** `row` without `field`. */
export function without<T extends object>(row: T, field: string): T {
  const copy = { ...row } as Record<string, unknown>;
  delete copy[field];
  return copy as T;
}

/**
 * A Proxy of `row` whose `field` answers `first` on the first read and `later` after, and which
 * counts the reads of every field.
 */
export function shifty<T extends object>(
  row: T,
  field: string,
  first: unknown,
  later: unknown,
): { row: T; reads: Map<string, number> } {
  const reads = new Map<string, number>();
  const proxy = new Proxy(row, {
    get(target, key, receiver) {
      if (typeof key === 'string') {
        const count = (reads.get(key) ?? 0) + 1;
        reads.set(key, count);
        if (key === field) return count === 1 ? first : later;
      }
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { row: proxy, reads };
}

/** Bad values by class for a number field that must be finite and ≥ 0. */
export const BAD_AMOUNTS: Array<[string, unknown]> = [
  ['NaN', Number.NaN],
  ['Infinity', Infinity],
  ['-Infinity', -Infinity],
  ['a negative number', -1],
  ['a numeric string', '5'],
  ['a boolean', true],
  ['null', null],
  ['an object', { valueOf: () => 5 }],
  ['a bigint', 5n],
];

/** Bad values by class for an id field (a non-empty string). */
export const BAD_IDS: Array<[string, unknown]> = [
  ['an empty string', ''],
  ['a number', 7],
  ['a boolean', false],
  ['null', null],
  ['an object', { id: 'a' }],
];

/** Bad values by class for a 'YYYY-MM' period. */
export const BAD_PERIODS: Array<[string, unknown]> = [
  ['month 13', '2025-13'],
  ['month 00', '2025-00'],
  ['a day that does not exist', '2025-02-30'],
  ['a free-form date', 'March 2025'],
  ['a number', 202503],
  ['an invalid Date', new Date(Number.NaN)],
  ['null', null],
  ['a boolean', true],
];

/** Bad values by class for an option that must be an object or left out. */
export const BAD_OPTIONS: Array<[string, unknown]> = [
  ['null', null],
  ['a string', 'skip'],
  ['a number', 1],
  ['an array', []],
];

/** Bad `onInvalid` values. */
export const BAD_POLICIES: Array<[string, unknown]> = [
  ['upper case', 'SKIP'],
  ['null', null],
  ['a boolean', true],
  ['a number', 0],
];

/** A sparse array: `rows` with a hole at `hole`. */
export function withHole<T>(rows: readonly T[], hole: number): T[] {
  const sparse = [...rows];
  sparse.length = rows.length + 1;
  for (let i = rows.length; i > hole; i--) sparse[i] = sparse[i - 1]!;
  delete sparse[hole];
  return sparse;
}
