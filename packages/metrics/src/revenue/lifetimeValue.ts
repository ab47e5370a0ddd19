import { type ValidationIssue, assertNoIssues, mustBe } from '../core/errors';
import { finite } from '../core/finite';
import { readInput } from '../core/read';

/** Input of {@link customerLifetimeValue} from a churn rate. */
export interface LifetimeValueFromChurn {
  /** Average revenue per account per period (e.g. a month), ≥ 0. */
  arpa: number;
  /** Churn rate per the same period as `arpa`, a fraction in [0, 1]. */
  churnRate: number;
  /**
   * Gross margin as a fraction in [0, 1].
   * @default 1
   */
  grossMargin?: number | undefined;
}

/** Input of {@link customerLifetimeValue} from an expected lifetime. */
export interface LifetimeValueFromLifetime {
  /** Average revenue per account per month, ≥ 0. */
  arpa: number;
  /** Expected customer lifetime in months, ≥ 0 (5 years is 60). */
  lifetimeMonths: number;
  /**
   * Gross margin as a fraction in [0, 1].
   * @default 1
   */
  grossMargin?: number | undefined;
}

type Check = (value: number) => boolean;
const nonNegative: Check = (value) => value >= 0;
const fraction: Check = (value) => value >= 0 && value <= 1;

function check(
  issues: ValidationIssue[],
  field: string,
  value: unknown,
  isValid: Check,
  expected: string,
): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || !isValid(value)) {
    issues.push(mustBe(null, field, expected, value));
    return 0;
  }
  return value;
}

/**
 * Customer lifetime value (LTV), from a churn rate or from an expected lifetime.
 *
 * `LTV = arpa × grossMargin / churnRate` (churn per the same period as arpa), or
 * `LTV = arpa × lifetimeMonths × grossMargin`. `null` when `churnRate` is 0: no churn observed
 * yet, so the lifetime is unknown (reason `'zero-churn'`; this is the only `null` case).
 *
 * @example
 * customerLifetimeValue({ arpa: 50, churnRate: 0.01 }); // 5000
 * customerLifetimeValue({ arpa: 50, lifetimeMonths: 60 }); // 3000
 * customerLifetimeValue({ arpa: 12_000 / 12, lifetimeMonths: 36, grossMargin: 0.8 }); // 28800
 */
export function customerLifetimeValue(
  input: LifetimeValueFromChurn | LifetimeValueFromLifetime,
): number | null {
  const name = 'customerLifetimeValue';
  // Each field read once, own properties only (SPEC §2).
  const record = readInput(name, 'input', input, [
    'arpa',
    'churnRate',
    'lifetimeMonths',
    'grossMargin',
  ]);
  const hasChurn = record.churnRate !== undefined;
  const hasLifetime = record.lifetimeMonths !== undefined;
  const issues: ValidationIssue[] = [];
  if (hasChurn === hasLifetime) {
    issues.push({
      index: null,
      field: hasChurn ? 'lifetimeMonths' : 'churnRate',
      message: hasChurn
        ? 'cannot be given together with churnRate; pass one of them'
        : 'is required (or lifetimeMonths): LTV needs a churn rate or an expected lifetime',
    });
  }
  const arpaValue = check(issues, 'arpa', record.arpa, nonNegative, 'a finite number ≥ 0');
  const margin =
    record.grossMargin === undefined
      ? 1
      : check(issues, 'grossMargin', record.grossMargin, fraction, 'a fraction in [0, 1]');
  const churn = hasChurn
    ? check(issues, 'churnRate', record.churnRate, fraction, 'a fraction in [0, 1]')
    : 0;
  const months = hasLifetime
    ? check(issues, 'lifetimeMonths', record.lifetimeMonths, nonNegative, 'a finite number ≥ 0')
    : 0;
  assertNoIssues(name, issues);
  if (hasLifetime) return finite(name, 'lifetimeMonths', arpaValue * months * margin);
  return churn === 0 ? null : finite(name, 'churnRate', (arpaValue * margin) / churn);
}

/**
 * LTV to customer acquisition cost: `ltvToCac(ltv, cac) = ltv / cac` (3 or more is the usual
 * benchmark). `null` when `cac` is 0 or `ltv` is `null`.
 *
 * @example
 * ltvToCac(4_500, 1_500); // 3
 */
export function ltvToCac(ltv: number | null, cac: number): number | null {
  const issues: ValidationIssue[] = [];
  const l =
    ltv === null ? null : check(issues, 'ltv', ltv, nonNegative, 'a finite number ≥ 0 or null');
  const c = check(issues, 'cac', cac, nonNegative, 'a finite number ≥ 0');
  assertNoIssues('ltvToCac', issues);
  return l === null || c === 0 ? null : finite('ltvToCac', 'cac', l / c);
}

/**
 * Customer retention cost (CRC): retention spend per customer over a period,
 * `retentionCost({ spend, customers }) = spend / customers`. `null` with no customers.
 *
 * @example
 * retentionCost({ spend: 5_000, customers: 50 }); // 100
 */
export function retentionCost(input: { spend: number; customers: number }): number | null {
  const record = readInput('retentionCost', 'input', input, ['spend', 'customers']);
  const issues: ValidationIssue[] = [];
  const spend = check(issues, 'spend', record.spend, nonNegative, 'a finite number ≥ 0');
  const customers = check(
    issues,
    'customers',
    record.customers,
    (v) => v >= 0 && Number.isInteger(v),
    'a whole number ≥ 0',
  );
  assertNoIssues('retentionCost', issues);
  return customers === 0 ? null : spend / customers;
}

/**
 * Retention spend as a share of revenue over the same period,
 * `retentionCostRatio({ spend, revenue }) = spend / revenue`. `null` with no revenue.
 *
 * @example
 * retentionCostRatio({ spend: 5_000, revenue: 100_000 }); // 0.05
 */
export function retentionCostRatio(input: { spend: number; revenue: number }): number | null {
  const record = readInput('retentionCostRatio', 'input', input, ['spend', 'revenue']);
  const issues: ValidationIssue[] = [];
  const spend = check(issues, 'spend', record.spend, nonNegative, 'a finite number ≥ 0');
  const revenue = check(issues, 'revenue', record.revenue, nonNegative, 'a finite number ≥ 0');
  assertNoIssues('retentionCostRatio', issues);
  return revenue === 0 ? null : finite('retentionCostRatio', 'revenue', spend / revenue);
}
