import { MetricsInputError } from './errors';

/** Runs `fn`, expecting a `MetricsInputError`, and returns it (test helper). */
export function catchInputError(fn: () => unknown): MetricsInputError {
  try {
    fn();
  } catch (error) {
    if (error instanceof MetricsInputError) return error;
    throw error;
  }
  throw new Error('expected a MetricsInputError');
}

/** `[index, field]` of each issue, for compact assertions (test helper). */
export function where(error: {
  issues: readonly { index: number | null; field: string }[];
}): Array<[number | null, string]> {
  return error.issues.map(({ index, field }) => [index, field]);
}

/** `count` copies of `value` (test helper). */
export function times<T>(count: number, value: T): T[] {
  return Array.from({ length: count }, () => value);
}
