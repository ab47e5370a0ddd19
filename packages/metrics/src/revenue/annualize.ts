import { throwMustBe } from '../core/errors';
import { finite } from '../core/finite';

function readRate(functionName: string, field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value > 1) {
    throwMustBe(functionName, field, 'a finite rate ≤ 1 (a fraction: 0.02 is 2 %)', value);
  }
  return value as number;
}

/**
 * Compounds a monthly rate over twelve months: `annualizeRate(m) = 1 − (1 − m)^12`.
 *
 * A negative rate (net negative churn) compounds the same way. `null` in, `null` out, so a rate
 * that is `null` (no starting MRR) can be passed straight through. The domain is a finite rate ≤ 1
 * whose compounded value is a finite number: below about −1.6e25 it is a `MetricsInputError`
 * ("too large to sum safely").
 *
 * @example
 * annualizeRate(0.02); // 0.2153… (2 % a month is about 21.5 % a year)
 */
export function annualizeRate(monthly: number | null): number | null {
  if (monthly === null) return null;
  // A net churn rate far below −1 compounds past the largest number (−1e30 gives 1e360).
  return finite(
    'annualizeRate',
    'monthly',
    1 - (1 - readRate('annualizeRate', 'monthly', monthly)) ** 12,
  );
}

/**
 * The monthly rate that compounds to an annual one: `monthlyRate(a) = 1 − (1 − a)^(1/12)`, the
 * inverse of {@link annualizeRate}. `null` in, `null` out.
 *
 * @example
 * monthlyRate(0.2153); // ≈ 0.02
 */
export function monthlyRate(annual: number | null): number | null {
  if (annual === null) return null;
  return 1 - (1 - readRate('monthlyRate', 'annual', annual)) ** (1 / 12);
}

/**
 * Annual recurring revenue from monthly recurring revenue: `arr(mrr) = 12 × mrr`. `null` in,
 * `null` out.
 *
 * @example
 * arr(1_000); // 12000
 */
export function arr(mrr: number | null): number | null {
  if (mrr === null) return null;
  if (typeof mrr !== 'number' || !Number.isFinite(mrr) || mrr < 0) {
    throwMustBe('arr', 'mrr', 'a finite number ≥ 0', mrr);
  }
  return finite('arr', 'mrr', 12 * mrr);
}
