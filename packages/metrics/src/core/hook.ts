import { MetricsInputError, type ValidationIssue } from './errors';

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
