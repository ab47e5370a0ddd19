import { MetricsInputError } from './errors';
import { SAFE_TOTAL, TOO_LARGE } from './finite';
import { formatPeriod } from './calendar';
import { addAt } from './sum';

/**
 * Throws a `MetricsInputError` when the valid rows of one month add up to more than
 * {@link SAFE_TOTAL} (`Number.MAX_VALUE` less one part in a million), naming the row that crosses it (SPEC §2: "too large to sum
 * safely"). Below that, every sum the engine forms (an account's month, a window's totals, a
 * cohort's cell) is at most a month's total and stays finite, so the hot loops need no checks of
 * their own. One plain pass over the amounts decides it; months are summed one by one only when
 * the whole book passes the bound.
 */
export function assertMonthsSummable(
  functionName: string,
  months: Int32Array,
  amounts: Float64Array,
  inputOf: (r: number) => number,
): void {
  let total = 0;
  for (let r = 0; r < amounts.length; r++) total += amounts[r]!;
  if (total <= SAFE_TOTAL) return;
  // Each month's compensated sum in its own slot, numbered in order of first appearance.
  const slots = new Map<number, number>();
  const sums = new Float64Array(amounts.length);
  const compensations = new Float64Array(amounts.length);
  for (let r = 0; r < amounts.length; r++) {
    const month = months[r]!;
    let k = slots.get(month);
    if (k === undefined) slots.set(month, (k = slots.size));
    addAt(sums, compensations, k, amounts[r]!);
    // Negated so that NaN (Infinity − Infinity in the compensation) fails too.
    if (!(sums[k]! + compensations[k]! <= SAFE_TOTAL)) {
      throw new MetricsInputError(functionName, [
        {
          index: inputOf(r),
          field: 'mrr',
          message: `brings the MRR of ${formatPeriod(month)} past ${SAFE_TOTAL.toPrecision(4)}, ${TOO_LARGE}`,
          value: amounts[r]!,
        },
      ]);
    }
  }
}
