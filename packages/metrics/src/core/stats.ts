import { CompensatedSum } from './sum';

/**
 * The `p`-quantile (0 ≤ p ≤ 1) of values sorted ascending, by linear interpolation between the two
 * nearest ranks (Hyndman–Fan type 7, the default of Excel `PERCENTILE.INC`, NumPy and R): with n
 * values and h = (n − 1)·p, it is `x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋])`. So p = 0.5 is the
 * usual median (the mean of the two middle values when n is even). `null` for no values.
 */
export function quantileSorted(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const h = (sorted.length - 1) * p;
  const lower = Math.floor(h);
  const low = sorted[lower]!;
  const high = sorted[Math.min(lower + 1, sorted.length - 1)]!;
  return low + (h - lower) * (high - low);
}

/** The arithmetic mean with compensated summation, or `null` for no values. */
export function meanOf(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const total = new CompensatedSum();
  for (const value of values) total.add(value);
  return total.value / values.length;
}

/** Sorts numbers ascending into a new array. */
export function sortedCopy(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}
