import { MetricsInputError, type ValidationIssue } from './errors';
import { assertObject } from './options';

/** What every hook returns: the data, or the error that stopped it, and any skipped rows. */
export interface HookResult<TData> {
  /** The computed result, or `null` when `error` is set. */
  data: TData | null;
  /** Why nothing could be computed; hooks never throw during render. */
  error: Error | null;
  /** Rows skipped (with `onInvalid: 'skip'`) or rejected (with the default policy). */
  issues: readonly ValidationIssue[];
}

/** Runs a computation for a hook, turning a thrown error into `{ error }`. */
export function settle<TData>(
  compute: () => { data: TData; issues: readonly ValidationIssue[] },
): HookResult<TData> {
  try {
    const { data, issues } = compute();
    return { data, error: null, issues };
  } catch (caught) {
    const error = caught instanceof Error ? caught : new Error(String(caught));
    return { data: null, error, issues: error instanceof MetricsInputError ? error.issues : [] };
  }
}

const OBJECT = Symbol('object input');

/** What a hook returns for `undefined` input: idle, `{ data: null, error: null, issues: [] }`. */
export function idle<TData>(): HookResult<TData> {
  return { data: null, error: null, issues: [] };
}

/**
 * A hook's input, for reading its fields into memo dependencies: the input when it is an object,
 * `{}` otherwise (so reading a field of `null` or `undefined` never throws during render).
 */
export function hookFields<TKey extends string>(input: unknown): Partial<Record<TKey, unknown>> {
  return input !== null && typeof input === 'object' ? (input as Record<TKey, unknown>) : {};
}

/** A memo dependency that tells `undefined`, `null`, other non-objects and objects apart. */
export function hookShape(input: unknown): unknown {
  return input !== null && typeof input === 'object' ? OBJECT : input;
}

/**
 * Runs a hook on its input: `undefined` is idle (`{ data: null, error: null }`); `null`, an array
 * or any other non-object is `{ error }` (a `MetricsInputError` naming `input`); an object goes to
 * `compute`, whose errors `settle` catches.
 */
export function settleInput<TInput, TData>(
  hookName: string,
  input: TInput | undefined,
  compute: (input: TInput) => { data: TData; issues: readonly ValidationIssue[] },
): HookResult<TData> {
  if (input === undefined) return idle();
  return settle(() => {
    assertObject(hookName, 'input', input, "an object of the hook's fields");
    return compute(input);
  });
}
