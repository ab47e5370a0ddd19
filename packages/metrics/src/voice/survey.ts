import { type ValidationIssue, throwMustBe } from '../core/errors';
import { checkShape, obj } from '../core/resultShape';
import { SURVEY_SHAPES } from './shapes';
import type { SurveyResponseInput } from './types';

/** Input of a survey hook: raw `responses` with the function's options, or a precomputed `data`. */
export type SurveyInput<TOptions, TResult> =
  | ({ responses: readonly SurveyResponseInput[]; data?: undefined } & TOptions)
  | { data: TResult; responses?: undefined };

/**
 * Computes a survey result for a hook: passes a precomputed `data` through, or calls `compute` on
 * `responses` and the remaining fields as options. Throws like the pure functions; `settle` turns
 * that into `{ error }`.
 */
export function runSurvey<TOptions, TResult extends { issues: readonly ValidationIssue[] }>(
  hookName: string,
  input: SurveyInput<TOptions, TResult>,
  compute: (responses: readonly SurveyResponseInput[], options: TOptions) => TResult,
): { data: TResult; issues: readonly ValidationIssue[] } {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throwMustBe(hookName, 'input', '{ responses, …options } or { data }', input);
  }
  // A precomputed result wins; `{ data: undefined, responses }` (a component forwarding both
  // optional props) falls through to the raw responses.
  if ('data' in input && input.data !== undefined) {
    // Checked like raw input (every number a breakdown reads), then passed through as is.
    const data = checkShape<TResult>(
      hookName,
      input.data,
      (SURVEY_SHAPES[hookName] ?? (() => obj({})))(),
    );
    return { data, issues: Array.isArray(data.issues) ? data.issues : [] };
  }
  const {
    responses,
    data: _unused,
    ...options
  } = input as {
    responses: readonly SurveyResponseInput[];
    data?: undefined;
  } & TOptions;
  const data = compute(responses, options as TOptions);
  return { data, issues: data.issues };
}
