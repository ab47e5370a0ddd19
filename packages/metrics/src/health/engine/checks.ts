import { type ValidationIssue, mustBe } from '../../core/errors';

// Small checks shared by the scorecard and normalizer compilers.

export const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

export function issue(field: string, message: string, value?: unknown): ValidationIssue {
  return { index: null, field, message, value };
}

export function scoreIssue(field: string, value: unknown): ValidationIssue | null {
  return isFiniteNumber(value) && value >= 0 && value <= 100
    ? null
    : mustBe(null, field, 'a score from 0 to 100', value);
}
