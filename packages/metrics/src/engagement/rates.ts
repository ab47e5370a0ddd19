import {
  type ValidationIssue,
  assertNoIssues,
  mustBe,
  throwInputError,
  throwMustBe,
} from '../core/errors';
import { readOwnFields } from '../core/read';

/**
 * Reads `{ [count], [base] }` for a count-over-a-base rate: both must be finite integers ≥ 0 with
 * count ≤ base. Returns `count / base`, or `null` when the base is 0.
 */
function countOverBase(
  functionName: string,
  input: unknown,
  countField: string,
  baseField: string,
  { isIntegral = true }: { isIntegral?: boolean } = {},
): number | null {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throwMustBe(functionName, 'input', `an object { ${countField}, ${baseField} }`, input);
  }
  // Each field read once, own properties only (SPEC §2).
  const fields = [countField, baseField];
  const values: unknown[] = [];
  const issues: ValidationIssue[] = [];
  if (!readOwnFields(input, fields, values, 0, issues)) {
    throwInputError(functionName, issues[0]!.field, issues[0]!.message);
  }
  const kind = isIntegral ? 'an integer' : 'a finite number';
  for (let at = 0; at < 2; at++) {
    const field = fields[at]!;
    const value = values[at];
    const isValid =
      typeof value === 'number' &&
      Number.isFinite(value) &&
      value >= 0 &&
      (!isIntegral || Number.isInteger(value));
    if (!isValid) {
      issues.push(mustBe(null, field, `${kind} ≥ 0`, value));
    }
  }
  assertNoIssues(functionName, issues);
  const [count, base] = values as [number, number];
  if (count > base) {
    throwInputError(
      functionName,
      countField,
      `must be at most ${baseField} (${base}), got ${count}`,
      count,
    );
  }
  return base === 0 ? null : count / base;
}

/** Input of {@link stickiness}. */
export interface StickinessInput {
  /** Daily active users: usually the mean over the month's days, so it may be fractional. */
  dau: number;
  /** Monthly active users: distinct users active in the month. */
  mau: number;
}

/**
 * Stickiness: the share of a month's users who come back on a typical day, `DAU / MAU`; `null`
 * when MAU is 0. DAU may be fractional (a mean); it must not exceed MAU.
 *
 * @example
 * stickiness({ dau: 100, mau: 200 }); // 0.5
 */
export function stickiness(input: StickinessInput): number | null {
  return countOverBase('stickiness', input, 'dau', 'mau', { isIntegral: false });
}

/** Input of {@link activationRate}. */
export interface ActivationInput {
  /** Users (or accounts) that reached the activation milestone. */
  activated: number;
  /** Users (or accounts) that signed up in the same cohort. */
  signedUp: number;
}

/**
 * Activation rate: `activated / signedUp`; `null` when nobody signed up.
 *
 * @example
 * activationRate({ activated: 100, signedUp: 200 }); // 0.5
 */
export function activationRate(input: ActivationInput): number | null {
  return countOverBase('activationRate', input, 'activated', 'signedUp');
}

/** Input of {@link onboardingCompletionRate}. */
export interface OnboardingInput {
  /** Accounts (or users) that finished onboarding. */
  completed: number;
  /** Accounts (or users) that started onboarding. */
  started: number;
}

/**
 * Onboarding completion rate: `completed / started`; `null` when nobody started.
 *
 * @example
 * onboardingCompletionRate({ completed: 42, started: 60 }); // 0.7
 */
export function onboardingCompletionRate(input: OnboardingInput): number | null {
  return countOverBase('onboardingCompletionRate', input, 'completed', 'started');
}

/** Input of {@link conversionRate}. */
export interface ConversionInput {
  /** Free (or trial) users who became paying customers. */
  converted: number;
  /** Free (or trial) users who could have converted over the same period. */
  freeUsers: number;
}

/**
 * Free-to-paid conversion rate: `converted / freeUsers`; `null` when there were no free users.
 *
 * @example
 * conversionRate({ converted: 30, freeUsers: 1_000 }); // 0.03
 */
export function conversionRate(input: ConversionInput): number | null {
  return countOverBase('conversionRate', input, 'converted', 'freeUsers');
}

/** Input of {@link renewalRate}. */
export interface RenewalInput {
  /** Contracts that renewed. */
  renewed: number;
  /** Contracts that came up for renewal over the same period. */
  dueForRenewal: number;
}

/**
 * Renewal rate: `renewed / dueForRenewal`; `null` when no contract came up for renewal.
 *
 * @example
 * renewalRate({ renewed: 45, dueForRenewal: 50 }); // 0.9
 */
export function renewalRate(input: RenewalInput): number | null {
  return countOverBase('renewalRate', input, 'renewed', 'dueForRenewal');
}

/** Input of {@link featureAdoption}. */
export interface FeatureAdoptionInput {
  /** Active users who used the feature over the period. */
  featureUsers: number;
  /** Active users over the same period. */
  activeUsers: number;
}

/**
 * Feature adoption: `featureUsers / activeUsers`; `null` when there were no active users.
 *
 * @example
 * featureAdoption({ featureUsers: 120, activeUsers: 400 }); // 0.3
 */
export function featureAdoption(input: FeatureAdoptionInput): number | null {
  return countOverBase('featureAdoption', input, 'featureUsers', 'activeUsers');
}
