import { type ValidationIssue, assertNoIssues, showValue } from '../core/errors';
import type { SurveyResponseInput } from './types';

/** Input of a survey hook: raw `responses` with the function's options, or a precomputed `data`. */
export type SurveyInput<TOptions, TResult> =
  ({ responses: readonly SurveyResponseInput[] } & TOptions) | { data: TResult };

/**
 * Computes a survey result for a hook: passes a precomputed `data` through, or calls `compute` on
 * `responses` and the remaining fields as options. Throws like the pure functions; `settle` turns
 * that into `{ error }`.
 */
export function runSurvey<TOptions, TResult extends { issues: ValidationIssue[] }>(
  hookName: string,
  input: SurveyInput<TOptions, TResult>,
  compute: (responses: readonly SurveyResponseInput[], options: TOptions) => TResult,
): { data: TResult; issues: readonly ValidationIssue[] } {
  if (input === null || typeof input !== 'object') {
    assertNoIssues(hookName, [
      {
        index: null,
        field: 'input',
        message: `must be { responses, …options } or { data }, got ${showValue(input)}`,
        value: input,
      },
    ]);
  }
  if ('data' in input) {
    const { data } = input;
    if (data === null || typeof data !== 'object') {
      assertNoIssues(hookName, [
        {
          index: null,
          field: 'data',
          message: `must be a precomputed result object, got ${showValue(data)}`,
          value: data,
        },
      ]);
    }
    return { data, issues: Array.isArray(data.issues) ? data.issues : [] };
  }
  const { responses, ...options } = input;
  const data = compute(responses, options as TOptions);
  return { data, issues: data.issues };
}
