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

/**
 * Sums numbers with Neumaier compensated summation.
 *
 * @example
 * compensatedSum(Array.from({ length: 1_000_000 }, () => 0.1)); // 100000
 */
export function compensatedSum(values: Iterable<number>): number {
  const total = new CompensatedSum();
  for (const value of values) total.add(value);
  return total.value;
}
