import {
  type ValidationIssue,
  assertNoIssues,
  mustBe,
  showValue,
  throwInputError,
  throwMustBe,
} from '../core/errors';
import { UNREADABLE } from '../core/read';
import type { MovementTotals } from './types';

/** A numeric field of a movement result or a pre-aggregated total. */
export type TotalsField = Exclude<keyof MovementTotals, 'currency'>;

/**
 * A movement result or pre-aggregated total that certainly has the fields `TField` (and may have
 * any other field of {@link MovementTotals}).
 */
export type TotalsWith<TField extends TotalsField> = {
  [TKey in TField]-?: NonNullable<MovementTotals[TKey]>;
} & { [TKey in keyof MovementTotals]?: MovementTotals[TKey] | undefined };

/**
 * Checks that the named fields of a movement result (or a pre-aggregated total) are finite numbers
 * ≥ 0 (whole numbers for account counts), and throws a {@link MetricsInputError} naming each bad
 * field otherwise. Returns a plain copy of the object's own enumerable fields, each read once
 * (SPEC §2: an inherited field is missing, and a getter or Proxy cannot answer one value to the
 * check and another to the formula), typed with those fields present. Read further fields from
 * the copy, never from the original.
 */
export function readTotals<TField extends TotalsField>(
  functionName: string,
  totals: unknown,
  fields: readonly TField[],
): TotalsWith<TField> {
  if (totals === null || typeof totals !== 'object' || Array.isArray(totals)) {
    throwInputError(
      functionName,
      'movements',
      `must be an mrrMovements() result or an object of movement totals, got ${showValue(totals)}`,
    );
  }
  let record: Record<string, unknown>;
  try {
    record = { ...(totals as Record<string, unknown>) };
  } catch {
    throwInputError(functionName, 'movements', UNREADABLE);
  }
  const issues: ValidationIssue[] = [];
  for (const field of fields) {
    const value = record[field];
    const isCount = field.endsWith('Accounts');
    if (value === undefined) {
      issues.push({
        index: null,
        field,
        message: `is required by ${functionName} but missing`,
        value,
      });
    } else if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      issues.push(mustBe(null, field, 'a finite number ≥ 0', value));
    } else if (isCount && !Number.isInteger(value)) {
      issues.push(mustBe(null, field, 'a whole number of accounts', value));
    }
  }
  assertNoIssues(functionName, issues);
  return record as TotalsWith<TField>;
}

/**
 * Throws when parts of a whole add up to more than the whole (e.g. contraction + churn above the
 * starting MRR), which would give a rate outside its range: such totals cannot come from one
 * window. A relative slack of 1e-9 absorbs rounding.
 */
export function assertPartsWithin(
  functionName: string,
  totals: Partial<Record<TotalsField, number | undefined>>,
  parts: readonly TotalsField[],
  whole: TotalsField,
): void {
  const sum = parts.reduce((total, field) => total + (totals[field] ?? 0), 0);
  const limit = totals[whole] ?? 0;
  if (sum > limit + 1e-9 * Math.max(1, Math.abs(limit))) {
    throwInputError(
      functionName,
      parts.join(' + '),
      `adds up to ${sum}, more than ${whole} (${limit}); these totals cannot come from one window`,
      sum,
    );
  }
}

/** Reads a boolean option, throwing a {@link MetricsInputError} when it is neither absent nor boolean. */
export function readBoolean(
  functionName: string,
  field: string,
  value: unknown,
  fallback: boolean,
): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') {
    throwMustBe(functionName, `options.${field}`, 'true or false', value);
  }
  return value as boolean;
}
