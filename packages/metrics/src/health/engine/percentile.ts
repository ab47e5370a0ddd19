/**
 * Percentile ranks (0–100) of one column of encoded signal values (SPEC §6): (accounts with a
 * strictly lower value + half of the others with an equal value) / (accounts with a value − 1) ×
 * 100, and 100 for a population of one. The column is `values[r * stride + column]` for rows
 * `r < size`, encoded as in `columns.ts` (`NaN` missing, `±Infinity` for `true`/`false`, which rank
 * as 1/0); each rank is written to `out` at the same position, and a missing value gets `fill`.
 *
 * One sort of the present values, then a binary search per account: O(n log n).
 */
export function percentileColumn(
  values: Float64Array,
  column: number,
  stride: number,
  size: number,
  out: Float64Array,
  fill: number,
): void {
  const end = size * stride;
  let present = 0;
  for (let at = column; at < end; at += stride) if (values[at] === values[at]) present++;
  const sorted = new Float64Array(present);
  let k = 0;
  for (let at = column; at < end; at += stride) {
    const v = values[at]!;
    if (v === v) sorted[k++] = decode(v);
  }
  sorted.sort();
  for (let at = column; at < end; at += stride) {
    const v = values[at]!;
    if (v !== v) {
      out[at] = fill;
      continue;
    }
    if (present === 1) {
      out[at] = 100;
      continue;
    }
    const x = decode(v);
    // `start` values are strictly lower; the run [start, end) holds the equal ones, itself included.
    const start = lowerBound(sorted, x);
    const last = upperBound(sorted, x, start);
    out[at] = ((start + (last - start - 1) / 2) / (present - 1)) * 100;
  }
}

function decode(v: number): number {
  return v === Number.POSITIVE_INFINITY ? 1 : v === Number.NEGATIVE_INFINITY ? 0 : v;
}

/** The first index whose value is ≥ x. */
function lowerBound(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first index from `from` on whose value is > x. */
function upperBound(sorted: Float64Array, x: number, from: number): number {
  let lo = from;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
