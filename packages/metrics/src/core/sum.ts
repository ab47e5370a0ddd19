import {
  type ValidationIssue,
  assertNoIssues,
  mustBe,
  throwInputError,
  throwMustBe,
} from './errors';
import { TOO_LARGE } from './finite';
import { unreadable } from './read';

/**
 * A running sum with Neumaier's compensation, so that adding many small amounts of money does not
 * drift: adding `0.1` a million times gives `100000` to within 1e-9.
 */
export class CompensatedSum {
  private sum = 0;
  private compensation = 0;

  /** Adds one value. */
  add(value: number): this {
    const next = this.sum + value;
    if (Math.abs(this.sum) >= Math.abs(value)) {
      this.compensation += this.sum - next + value;
    } else {
      this.compensation += value - next + this.sum;
    }
    this.sum = next;
    return this;
  }

  /** The compensated total so far. */
  get value(): number {
    return this.sum + this.compensation;
  }
}

/** Neumaier's step, the same arithmetic as {@link CompensatedSum.add}, on slot `k` of two arrays. */
export function addAt(
  sums: Float64Array,
  compensations: Float64Array,
  k: number,
  value: number,
): void {
  const sum = sums[k]!;
  const next = sum + value;
  compensations[k]! += Math.abs(sum) >= Math.abs(value) ? sum - next + value : value - next + sum;
  sums[k] = next;
}

/**
 * Sums numbers with Neumaier compensated summation.
 *
 * @example
 * compensatedSum(Array.from({ length: 1_000_000 }, () => 0.1)); // 100000
 */
export function compensatedSum(values: Iterable<number>): number {
  if (
    values === null ||
    typeof values !== 'object' ||
    typeof (values as Partial<Iterable<number>>)[Symbol.iterator] !== 'function'
  ) {
    throwMustBe('compensatedSum', 'values', 'an array or iterable of numbers', values);
  }
  const total = new CompensatedSum();
  const issues: ValidationIssue[] = [];
  let index = 0;
  try {
    for (const value of values as Iterable<unknown>) {
      if (typeof value === 'number' && Number.isFinite(value)) total.add(value);
      else issues.push(mustBe(index, 'values', 'a finite number', value));
      index++;
    }
  } catch {
    // An iterator or getter that throws is bad input like any other (SPEC §2).
    issues.push(unreadable(index, 'values'));
  }
  assertNoIssues('compensatedSum', issues);
  const sum = total.value;
  if (!Number.isFinite(sum)) {
    throwInputError('compensatedSum', 'values', `are ${TOO_LARGE}`);
  }
  return sum;
}
