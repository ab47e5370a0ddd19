import { MetricsInputError } from '../core/errors';
import type { HookResult } from '../core/hook';
import { own, thrownIssue } from './own';

/**
 * A health hook's input fields, each read once as an own property, for its memo dependencies and
 * its computation: `{}` for an input that is not an object (the hook's own check reports it), and a
 * `MetricsInputError` naming `input.<field>` instead of the fields when a getter throws, so that a
 * hook never throws during render (SPEC §8).
 */
export function readHookInput<TName extends string>(
  hookName: string,
  input: unknown,
  names: readonly TName[],
): { fields: Partial<Record<TName, unknown>>; failed: HookResult<never> | null } {
  const fields: Partial<Record<TName, unknown>> = {};
  if (input === null || typeof input !== 'object') return { fields, failed: null };
  for (const name of names) {
    try {
      fields[name] = own(input, name);
    } catch (error) {
      const failure = new MetricsInputError(hookName, [thrownIssue(null, `input.${name}`, error)]);
      return { fields: {}, failed: { data: null, error: failure, issues: failure.issues } };
    }
  }
  return { fields, failed: null };
}
