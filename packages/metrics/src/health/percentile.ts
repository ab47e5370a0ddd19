import type { SignalValue } from './types';

/**
 * Percentile rank (0–100) of each value among the present ones, `NaN` where the value is missing
 * (SPEC §6): (accounts with a strictly lower value + half of the others with an equal value) /
 * (accounts with a value − 1) × 100, and 100 for a population of one. Booleans count as 1/0.
 * One sort, so O(n log n).
 */
export function percentileRanks(values: readonly SignalValue[]): Float64Array {
  const ranks = new Float64Array(values.length).fill(Number.NaN);
  const numbers = new Float64Array(values.length);
  const order: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value == null) continue;
    numbers[i] = typeof value === 'boolean' ? (value ? 1 : 0) : value;
    order.push(i);
  }
  const n = order.length;
  if (n === 1) {
    ranks[order[0]!] = 100;
    return ranks;
  }
  order.sort((a, b) => numbers[a]! - numbers[b]!);
  let start = 0;
  while (start < n) {
    const x = numbers[order[start]!]!;
    let end = start + 1;
    while (end < n && numbers[order[end]!] === x) end++;
    // `start` values are strictly lower; the run holds `end − start` equal values, itself included.
    const rank = ((start + (end - start - 1) / 2) / (n - 1)) * 100;
    for (let k = start; k < end; k++) ranks[order[k]!] = rank;
    start = end;
  }
  return ranks;
}
