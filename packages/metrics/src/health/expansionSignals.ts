import {
  type ValidationIssue,
  type ValidationOptions,
  assertNoIssues,
  showValue,
  throwInputError,
  throwMustBe,
} from '../core/errors';
import { orDefault, readOptions, readPolicy } from '../core/options';
import { THREW, readAccountRow, readFields, readOwnOptions, tooLargeIssue } from './own';
import type { HealthAccount } from './types';

/** Options of {@link expansionSignals}. */
export interface ExpansionSignalsOptions extends ValidationOptions {
  /** Seats used / seats purchased at or above which an account is listed. @default 0.9 */
  seatUtilization?: number | undefined;
  /** The signal holding the seats in use. @default 'seatsUsed' */
  seatsUsedSignal?: string | undefined;
  /** The signal holding the seats paid for. @default 'seatsPurchased' */
  seatsPurchasedSignal?: string | undefined;
}

/** One account close to (or over) its seat limit. */
export interface ExpansionSignal {
  accountId: string;
  seatsUsed: number;
  seatsPurchased: number;
  /** `seatsUsed / seatsPurchased` (may exceed 1). */
  utilization: number;
}

/** The result of {@link expansionSignals}. */
export interface ExpansionSignals {
  /** In input order. */
  accounts: ExpansionSignal[];
  issues: readonly ValidationIssue[];
}

function seatIssue(index: number, field: string, value: unknown): ValidationIssue | null {
  if (value == null || (typeof value === 'number' && Number.isFinite(value) && value >= 0))
    return null;
  return {
    index,
    field,
    message: `must be a finite number ≥ 0, or null when unknown, got ${showValue(value)}`,
    value,
  };
}

/**
 * Accounts using at least `seatUtilization` (90 % by default) of the seats they pay for: the
 * expansion conversation to have (SPEC §6). Seats are read from `signals.seatsUsed` and
 * `signals.seatsPurchased` (names configurable); an account missing either, or with 0 seats
 * purchased (a zero denominator), is not listed.
 *
 * @example
 * expansionSignals([
 *   { id: 'acme', signals: { seatsUsed: 46, seatsPurchased: 50 } },
 *   { id: 'bolt', signals: { seatsUsed: 10, seatsPurchased: 50 } },
 * ]).accounts;
 * // [{ accountId: 'acme', seatsUsed: 46, seatsPurchased: 50, utilization: 0.92 }]
 */
export function expansionSignals(
  accounts: readonly HealthAccount[],
  options?: ExpansionSignalsOptions,
): ExpansionSignals {
  options = readOptions('expansionSignals', options);
  const given = readOwnOptions('expansionSignals', options, [
    'onInvalid',
    'seatUtilization',
    'seatsUsedSignal',
    'seatsPurchasedSignal',
  ]);
  const onInvalid = readPolicy('expansionSignals', given.onInvalid);
  const threshold = orDefault(given.seatUtilization, 0.9);
  const used = orDefault(given.seatsUsedSignal, 'seatsUsed');
  const purchased = orDefault(given.seatsPurchasedSignal, 'seatsPurchased');
  for (const [name, value] of [
    ['seatsUsedSignal', used],
    ['seatsPurchasedSignal', purchased],
  ] as const) {
    if (typeof value !== 'string' || value.length === 0) {
      throwInputError(
        'expansionSignals',
        `options.${name}`,
        `must be a signal name (a non-empty string), got ${showValue(value)}`,
        value,
      );
    }
  }
  if (typeof threshold !== 'number' || !Number.isFinite(threshold) || threshold < 0) {
    throwMustBe(
      'expansionSignals',
      'options.seatUtilization',
      'a finite fraction ≥ 0 (0.9 means 90 %)',
      threshold,
    );
  }
  if (!Array.isArray(accounts)) {
    throwMustBe('expansionSignals', 'accounts', 'an array of accounts', accounts);
  }
  const usedKey = used as string;
  const purchasedKey = purchased as string;
  const issues: ValidationIssue[] = [];
  const result: ExpansionSignal[] = [];
  for (let index = 0; index < accounts.length; index++) {
    const account = readAccountRow(accounts, index, issues, 'row');
    if (account === THREW) continue;
    const fields = readFields(account, ['id', 'signals'], index, issues);
    if (fields === THREW) continue;
    const { id, signals } = fields;
    const before = issues.length;
    if (typeof id !== 'string' || id.length === 0) {
      issues.push({
        index,
        field: 'id',
        message: `must be a non-empty string, got ${showValue(id)}`,
        value: id,
      });
    }
    if (signals === null || typeof signals !== 'object') {
      issues.push({
        index,
        field: 'signals',
        message: `must be an object of signal values, got ${showValue(signals)}`,
        value: signals,
      });
      continue;
    }
    const seats = readFields(signals, [usedKey, purchasedKey], index, issues, 'signals.');
    if (seats === THREW) continue;
    const u = seats[usedKey];
    const p = seats[purchasedKey];
    const bad = [
      seatIssue(index, `signals.${usedKey}`, u),
      seatIssue(index, `signals.${purchasedKey}`, p),
    ];
    for (const problem of bad) if (problem) issues.push(problem);
    if (issues.length > before || typeof u !== 'number' || typeof p !== 'number' || p === 0)
      continue;
    const utilization = u / p;
    if (!Number.isFinite(utilization)) {
      issues.push(
        tooLargeIssue(index, `signals.${usedKey}`, `divide by signals.${purchasedKey} (${p})`, u),
      );
      continue;
    }
    if (utilization >= threshold)
      result.push({ accountId: id as string, seatsUsed: u, seatsPurchased: p, utilization });
  }
  if (onInvalid !== 'skip') assertNoIssues('expansionSignals', issues);
  return { accounts: result, issues };
}
