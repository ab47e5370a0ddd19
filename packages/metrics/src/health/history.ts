import {
  type InvalidRowPolicy,
  MetricsInputError,
  type ValidationIssue,
  type ValidationOptions,
  assertNoIssues,
  showValue,
  throwInputError,
  throwMustBe,
} from '../core/errors';
import { orDefault, readOptions, readPolicy } from '../core/options';
import { formatDay, parseDay } from '../core/calendar';
import { THREW, readFields, readOwnOptions, readRow, tooLargeIssue } from './own';
import type { HealthHistoryRow } from './types';

/** Valid history rows grouped by account (first-seen order), day → score. */
export interface HistoryIndex {
  accounts: Map<string, Map<number, number | null>>;
  /** Per account, day → the history row it came from. */
  rowOf: Map<string, Map<number, number>>;
  lastDay: number | null;
  issues: readonly ValidationIssue[];
}

/**
 * Reads `history` once into {@link HistoryIndex}; bad rows are issues (thrown unless `onInvalid` is
 * `'skip'`), and a non-array is a `MetricsInputError` naming `history`.
 */
export function indexHistory(
  functionName: string,
  history: unknown,
  onInvalid: InvalidRowPolicy,
): HistoryIndex {
  if (!Array.isArray(history)) {
    throw new MetricsInputError(functionName, [
      {
        index: null,
        field: 'history',
        message: `must be an array of { accountId, date, score }, got ${showValue(history)}`,
      },
    ]);
  }
  const issues: ValidationIssue[] = [];
  const accounts = new Map<string, Map<number, number | null>>();
  const rowOf = new Map<string, Map<number, number>>();
  let lastDay: number | null = null;
  for (let index = 0; index < history.length; index++) {
    const row = readRow(history, index, issues);
    if (row === THREW) continue;
    if (row === null || typeof row !== 'object') {
      issues.push({
        index,
        field: 'row',
        message: `must be an object, got ${showValue(row)}`,
        value: row,
      });
      continue;
    }
    const fields = readFields(row, ['accountId', 'date', 'score'], index, issues);
    if (fields === THREW) continue;
    const { accountId, date, score } = fields;
    const before = issues.length;
    if (typeof accountId !== 'string' || accountId.length === 0) {
      issues.push({
        index,
        field: 'accountId',
        message: `must be a non-empty string, got ${showValue(accountId)}`,
        value: accountId,
      });
    }
    const day = parseDay(date);
    if (day === null) {
      issues.push({
        index,
        field: 'date',
        message: `must be a date 'YYYY-MM-DD' (or a Date), got ${showValue(date)}`,
        value: date,
      });
    }
    if (score !== null && (typeof score !== 'number' || !Number.isFinite(score))) {
      issues.push({
        index,
        field: 'score',
        message: `must be a finite number, or null for no score, got ${showValue(score)}`,
        value: score,
      });
    }
    if (issues.length > before) continue;
    let rows = rowOf.get(accountId as string);
    if (rows === undefined) rowOf.set(accountId as string, (rows = new Map()));
    if (rows.has(day!)) {
      issues.push({
        index,
        field: 'date',
        message: `repeats row ${rows.get(day!)}: one score per account and day`,
        value: date,
      });
      continue;
    }
    rows.set(day!, index);
    let days = accounts.get(accountId as string);
    if (days === undefined) accounts.set(accountId as string, (days = new Map()));
    days.set(day!, score as number | null);
    if (lastDay === null || day! > lastDay) lastDay = day!;
  }
  if (onInvalid !== 'skip') assertNoIssues(functionName, issues);
  return { accounts, rowOf, lastDay, issues };
}

/** 0000-01-01 as a day count: `from` and `since` cannot be earlier. */
export const FIRST_DAY = parseDay('0000-01-01')!;

/** The longest look-back or run, in days: a century. */
export const MAX_DAYS = 36_525;

function positiveInteger(functionName: string, field: string, value: number): void {
  if (!Number.isInteger(value) || value < 1 || value > MAX_DAYS) {
    throw new MetricsInputError(functionName, [
      {
        index: null,
        field,
        message: `must be a whole number of days from 1 to ${MAX_DAYS}, got ${showValue(value)}`,
        value,
      },
    ]);
  }
}

function readAsOf(functionName: string, asOf: unknown): number {
  const day = parseDay(asOf);
  if (day === null) {
    throwMustBe(functionName, 'options.asOf', "a date 'YYYY-MM-DD'", asOf);
  }
  return day;
}

/** Options of {@link healthTrend}. */
export interface HealthTrendOptions extends ValidationOptions {
  /** How far back to compare, in days. @default 30 */
  days?: number | undefined;
  /** `'YYYY-MM-DD'`: "now". @default the latest date in `history` */
  asOf?: string | undefined;
}

/** One account's change in score over the window. */
export interface HealthTrendRow {
  accountId: string;
  /** The score on `from`, or `null` when the account has none that day. */
  scoreThen: number | null;
  /** The score on `asOf`, or `null` when the account has none that day. */
  scoreNow: number | null;
  /** `scoreNow − scoreThen`, or `null` with a `reason`. */
  change: number | null;
  reason?: 'no-score-now' | 'no-score-then' | undefined;
}

/** The result of {@link healthTrend}. */
export interface HealthTrend {
  /** `'YYYY-MM-DD'`, or `null` for an empty history without `asOf`. */
  asOf: string | null;
  /** `asOf − days`. */
  from: string | null;
  days: number;
  /** Every account in the history, in first-seen order. */
  accounts: HealthTrendRow[];
  issues: readonly ValidationIssue[];
}

/**
 * Each account's score on `asOf` minus its score `days` days earlier (SPEC §6). Both days must
 * have a score: nothing is carried forward, so a gap gives `change: null` with a `reason`.
 *
 * @example
 * const trend = healthTrend(
 *   [
 *     { accountId: 'acme', date: '2025-03-01', score: 80 },
 *     { accountId: 'acme', date: '2025-03-31', score: 65 },
 *   ],
 *   { days: 30 },
 * );
 * trend.accounts[0].change; // -15
 */
export function healthTrend(
  history: readonly HealthHistoryRow[],
  options?: HealthTrendOptions,
): HealthTrend {
  options = readOptions('healthTrend', options);
  const given = readOwnOptions('healthTrend', options, ['onInvalid', 'days', 'asOf']);
  const onInvalid = readPolicy('healthTrend', given.onInvalid);
  const days = orDefault(given.days, 30) as number;
  positiveInteger('healthTrend', 'options.days', days);
  const asOfGiven = given.asOf !== undefined ? readAsOf('healthTrend', given.asOf) : null;
  const index = indexHistory('healthTrend', history, onInvalid);
  const now = asOfGiven ?? index.lastDay;
  if (now === null) return { asOf: null, from: null, days, accounts: [], issues: index.issues };
  const then = now - days;
  if (then < FIRST_DAY) {
    throwInputError(
      'healthTrend',
      'options.days',
      `reaches back before the year 0000 from ${formatDay(now)}, got ${days}`,
      days,
    );
  }
  const issues = [...index.issues];
  const accounts = trendRows(index, now, days, issues);
  if (onInvalid !== 'skip') assertNoIssues('healthTrend', issues);
  return { asOf: formatDay(now), from: formatDay(then), days, accounts, issues };
}

/**
 * Each indexed account's score on day `now` minus its score on day `now − days`, in first-seen
 * order; a difference that overflows is an issue pushed to `issues` and the account is left out.
 */
export function trendRows(
  index: HistoryIndex,
  now: number,
  days: number,
  issues: ValidationIssue[],
): HealthTrendRow[] {
  const then = now - days;
  const accounts: HealthTrendRow[] = [];
  for (const [accountId, byDay] of index.accounts) {
    const scoreNow = byDay.get(now) ?? null;
    const scoreThen = byDay.get(then) ?? null;
    const row: HealthTrendRow = { accountId, scoreThen, scoreNow, change: null };
    if (scoreNow === null) row.reason = 'no-score-now';
    else if (scoreThen === null) row.reason = 'no-score-then';
    else {
      const change = scoreNow - scoreThen;
      if (!Number.isFinite(change)) {
        // Two finite scores whose difference overflows (SPEC §2): the row of today's score is bad.
        issues.push(
          tooLargeIssue(
            index.rowOf.get(accountId)!.get(now)!,
            'score',
            `subtract: this score minus the one ${days} days earlier (${scoreThen})`,
            scoreNow,
          ),
        );
        continue;
      }
      row.change = change;
    }
    accounts.push(row);
  }
  return accounts;
}

/** Options of {@link sustainedBelow}. */
export interface SustainedBelowOptions extends ValidationOptions {
  /** A day counts when its score is strictly below this. @default 70 */
  threshold?: number | undefined;
  /** How many consecutive days ending at `asOf` it takes. @default 5 */
  days?: number | undefined;
  /** `'YYYY-MM-DD'`: the last day of the run (required; the function reads no clock). */
  asOf: string;
}

/** One account below the threshold for long enough. */
export interface SustainedRun {
  accountId: string;
  /** `'YYYY-MM-DD'`: the first day of the unbroken run that ends at `asOf`. */
  since: string;
  /** The run's length in days (≥ `options.days`; it may start before the window). */
  days: number;
  /** The score on `asOf`. */
  latestScore: number;
}

/** The result of {@link sustainedBelow}. */
export interface SustainedBelow {
  asOf: string;
  threshold: number;
  days: number;
  /** In first-seen order of the history. */
  accounts: SustainedRun[];
  issues: readonly ValidationIssue[];
}

/**
 * Accounts whose daily score was below `threshold` on each of the `days` days ending at `asOf`,
 * the at-risk playbook trigger of SPEC §6, with the day their run began. A day with no score (no
 * row, or `score: null`) breaks the run; calendar days are counted across month and year ends.
 *
 * @example
 * const days = ['2025-02-26', '2025-02-27', '2025-02-28', '2025-03-01', '2025-03-02'];
 * const result = sustainedBelow(
 *   days.map((date) => ({ accountId: 'acme', date, score: 60 })),
 *   { asOf: '2025-03-02' },
 * );
 * result.accounts[0].since; // '2025-02-26'
 */
export function sustainedBelow(
  history: readonly HealthHistoryRow[],
  options: SustainedBelowOptions,
): SustainedBelow {
  options = readOptions('sustainedBelow', options);
  const given = readOwnOptions('sustainedBelow', options, [
    'onInvalid',
    'threshold',
    'days',
    'asOf',
  ]);
  const onInvalid = readPolicy('sustainedBelow', given.onInvalid);
  const threshold = orDefault(given.threshold, 70) as number;
  if (typeof threshold !== 'number' || !Number.isFinite(threshold)) {
    throwMustBe('sustainedBelow', 'options.threshold', 'a finite number', threshold);
  }
  const days = orDefault(given.days, 5) as number;
  positiveInteger('sustainedBelow', 'options.days', days);
  const asOf = readAsOf('sustainedBelow', given.asOf);
  const index = indexHistory('sustainedBelow', history, onInvalid);
  const accounts: SustainedRun[] = [];
  for (const [accountId, byDay] of index.accounts) {
    let day = asOf;
    for (;;) {
      const score = byDay.get(day);
      if (score === undefined || score === null || score >= threshold) break;
      day--;
    }
    const length = asOf - day;
    if (length >= days) {
      accounts.push({
        accountId,
        since: formatDay(day + 1),
        days: length,
        latestScore: byDay.get(asOf)!,
      });
    }
  }
  return { asOf: formatDay(asOf), threshold, days, accounts, issues: index.issues };
}
