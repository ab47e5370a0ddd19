/**
 * One problem found in the input of a metric function: which row, which field, and why.
 *
 * `index` is the row's position in the array you passed (0-based), or `null` when the problem is
 * in a single object (an options object or a pre-aggregated total) rather than in a row.
 */
export interface ValidationIssue {
  /** Position of the bad row in the input array (0-based), or `null` for a non-row input. */
  index: number | null;
  /** The field that is wrong, e.g. `'mrr'`, `'period'`, `'options.from'`. */
  field: string;
  /** A full sentence a person can act on. */
  message: string;
  /** The offending value, as received. */
  value?: unknown;
}

/**
 * What a function does with bad rows.
 * - `'throw'` (default): throw {@link MetricsInputError} listing every bad row.
 * - `'skip'`: leave bad rows out of the computation and list them in `result.issues`.
 */
export type InvalidRowPolicy = 'throw' | 'skip';

/** Options shared by every function that reads rows. */
export interface ValidationOptions {
  /**
   * What to do with rows that fail validation.
   * @default 'throw'
   */
  onInvalid?: InvalidRowPolicy | undefined;
}

const MAX_LISTED = 5;

/** Brand on `MetricsInputError.prototype`, the same symbol in every copy of the package. */
const BRAND = Symbol.for('@vitals/metrics.MetricsInputError');

function describeIssue(issue: ValidationIssue): string {
  const where =
    issue.index === null ? `field '${issue.field}'` : `row ${issue.index} field '${issue.field}'`;
  return `${where}: ${issue.message}`;
}

/**
 * Thrown when a metric function receives input it cannot compute a trustworthy number from.
 * `issues` lists every problem found (not just the first), each with its row index and field.
 *
 * @example
 * try {
 *   mrrMovements(rows, { period: '2025-03' });
 * } catch (error) {
 *   if (error instanceof MetricsInputError) console.table(error.issues);
 * }
 */
export class MetricsInputError extends Error {
  /**
   * `error instanceof MetricsInputError` holds for an error thrown by any copy of this class: the
   * ESM and CommonJS builds of one install (a `require` next to an `import`), or two installed
   * versions. They share a brand registered with `Symbol.for`. Subclasses keep the ordinary
   * prototype-chain check.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return this === MetricsInputError
      ? value != null && (value as { [BRAND]?: unknown })[BRAND] === true
      : super[Symbol.hasInstance](value);
  }

  static {
    Object.defineProperty(this.prototype, BRAND, { value: true });
  }

  override readonly name = 'MetricsInputError';
  /** Every problem found, in input order. */
  readonly issues: readonly ValidationIssue[];

  constructor(functionName: string, issues: readonly ValidationIssue[]) {
    const rows = issues.filter((issue) => issue.index !== null).length;
    const head =
      rows > 0
        ? `${functionName}: ${rows} invalid row${rows === 1 ? '' : 's'}`
        : `${functionName}: invalid input`;
    const listed = issues.slice(0, MAX_LISTED).map(describeIssue).join('; ');
    const more = issues.length > MAX_LISTED ? `; and ${issues.length - MAX_LISTED} more` : '';
    super(`${head}. ${listed}${more}.`);
    this.issues = issues;
  }
}

/** Throws a {@link MetricsInputError} when `issues` is not empty. */
export function assertNoIssues(functionName: string, issues: readonly ValidationIssue[]): void {
  if (issues.length > 0) throw new MetricsInputError(functionName, issues);
}

/**
 * Throws a {@link MetricsInputError} with one problem in a non-row input (an option, a total):
 * `field` names it, `message` says what it must be. Pass `value` to record what was received.
 */
export function throwInputError(
  functionName: string,
  field: string,
  message: string,
  ...value: [] | [unknown]
): never {
  const issue: ValidationIssue = { index: null, field, message };
  if (value.length > 0) issue.value = value[0];
  throw new MetricsInputError(functionName, [issue]);
}

/**
 * The issue "`field` must be `expected`, got <the value>" of row `index` (`null` for a non-row
 * input such as an option): the one builder of the message most checks give.
 */
export function mustBe(
  index: number | null,
  field: string,
  expected: string,
  value: unknown,
): ValidationIssue {
  return { index, field, message: `must be ${expected}, got ${showValue(value)}`, value };
}

/**
 * Throws a {@link MetricsInputError} with one problem in a non-row input: `field` must be
 * `expected` and was `value` (the message of {@link mustBe}).
 */
export function throwMustBe(
  functionName: string,
  field: string,
  expected: string,
  value: unknown,
): never {
  throw new MetricsInputError(functionName, [mustBe(null, field, expected, value)]);
}

/** Renders a received value for an error message without dumping whole objects. */
export function showValue(value: unknown): string {
  if (typeof value === 'string') return `'${value.length > 40 ? `${value.slice(0, 40)}…` : value}'`;
  if (typeof value === 'number' || typeof value === 'boolean' || value == null)
    return String(value);
  if (Array.isArray(value)) return 'an array';
  return `a value of type ${typeof value}`;
}
