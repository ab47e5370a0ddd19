import {
  type InvalidRowPolicy,
  type ValidationIssue,
  assertNoIssues,
  mustBe,
  throwMustBe,
} from './errors';

/**
 * Reads an options object field by field, collecting every bad value as an issue with
 * `index: null` and `field: 'options.<name>'`, then throws them all at once from {@link done}.
 * Shared by the voice and engagement families.
 */
export class OptionReader {
  private readonly issues: ValidationIssue[] = [];
  private readonly values: Record<string, unknown>;

  constructor(
    private readonly functionName: string,
    options: unknown,
  ) {
    if (options === undefined) {
      this.values = {};
    } else if (options === null || typeof options !== 'object' || Array.isArray(options)) {
      this.issues.push(mustBe(null, 'options', 'an object', options));
      this.values = {};
    } else {
      this.values = options as Record<string, unknown>;
    }
  }

  private fail(name: string, message: string, value: unknown): void {
    this.issues.push({ index: null, field: `options.${name}`, message, value });
  }

  /** `onInvalid`: `'throw'` (default) or `'skip'`. */
  policy(): InvalidRowPolicy {
    const value = this.values.onInvalid;
    if (value === undefined || value === 'throw' || value === 'skip') return value ?? 'throw';
    this.mustBe('onInvalid', "'throw' or 'skip'", value);
    return 'throw';
  }

  /** An integer option in `[min, max]`, or `fallback` when absent. */
  integer(name: string, fallback: number, min: number, max: number): number {
    const value = this.values[name];
    if (value === undefined) return fallback;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      this.mustBe(name, `an integer from ${min} to ${max}`, value);
      return fallback;
    }
    return value;
  }

  /** A boolean option, or `fallback` when absent. */
  boolean(name: string, fallback: boolean): boolean {
    const value = this.values[name];
    if (value === undefined) return fallback;
    if (typeof value !== 'boolean') {
      this.mustBe(name, 'true or false', value);
      return fallback;
    }
    return value;
  }

  /** The raw value of an option, for checks this class does not cover. */
  raw(name: string): unknown {
    return this.values[name];
  }

  /** Records that option `name` must be `expected` (the message of `mustBe`) and was `value`. */
  mustBe(name: string, expected: string, value: unknown): void {
    this.issues.push(mustBe(null, `options.${name}`, expected, value));
  }

  /** Records a problem found by the caller in an option. */
  reject(name: string, message: string, value: unknown): void {
    this.fail(name, message, value);
  }

  /** Throws a `MetricsInputError` listing every bad option, if any. */
  done(): void {
    assertNoIssues(this.functionName, this.issues);
  }
}

/**
 * `options` itself: `{}` when left out, the object when it is one; anything else (`null`, a number,
 * an array) throws a `MetricsInputError` naming `options`. Functions that read a few options call
 * this first instead of {@link OptionReader}.
 */
export function readOptions<T extends object>(functionName: string, options: T | undefined): T {
  if (options === undefined) return {} as T;
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throwMustBe(functionName, 'options', 'an object or left out', options);
  }
  return options;
}

/**
 * Throws unless `input` is an object (not `null`, not an array), naming `field` and saying it must
 * be `what`: the check for a single-object argument such as a hook's or `retention`'s input.
 */
export function assertObject(
  functionName: string,
  field: string,
  input: unknown,
  what: string,
): asserts input is object {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throwMustBe(functionName, field, what, input);
  }
}

/**
 * An option's value, or `fallback` when it is left out (`undefined` only: `null` is a value, which
 * the caller's check then rejects, where `??` would quietly use the default).
 */
export function orDefault<T>(value: T | undefined, fallback: T): T {
  return value === undefined ? fallback : value;
}

/** `options.onInvalid`: `'throw'` (default) or `'skip'`; anything else throws naming it. */
export function readPolicy(functionName: string, value: unknown): InvalidRowPolicy {
  if (value === undefined || value === 'throw' || value === 'skip') return value ?? 'throw';
  throwMustBe(functionName, 'options.onInvalid', "'throw' or 'skip'", value);
}

/** Throws unless `rows` is an array, naming the argument. */
export function assertArray(
  functionName: string,
  argument: string,
  rows: unknown,
  what: string,
): void {
  if (!Array.isArray(rows)) {
    throwMustBe(functionName, argument, `an array of ${what}`, rows);
  }
}

/** True when `value` is a non-empty string (the rule for every id). */
export function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}
