import { type ValidationIssue, assertNoIssues, mustBe } from '../core/errors';
import {
  DATE_RULE,
  DAY_MS,
  formatPeriod,
  parseInstant,
  parsePeriod,
  utcDay,
} from '../core/calendar';
import { OptionReader, assertArray, isId } from '../core/options';
import { forEachRow } from '../core/read';
import type {
  ActivityEvent,
  DailyUsers,
  StickinessFromActivityOptions,
  StickinessResult,
} from './types';

const FIELDS = ['userId', 'date'] as const;

/** The issues of one event, from its fields read once. */
function fieldIssues(userId: unknown, date: unknown, index: number): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (!isId(userId)) {
    issues.push(mustBe(index, 'userId', 'a non-empty string', userId));
  }
  if (parseInstant(date) === null) {
    issues.push(mustBe(index, 'date', DATE_RULE, date));
  }
  return issues;
}

/**
 * Stickiness from raw activity: `mean daily distinct users over the month's days / distinct users
 * in the month` (DAU / MAU). Every calendar day of the month counts, idle days as 0; events count
 * for their UTC day; events outside the month are validated and ignored. `null` with no activity.
 *
 * @example
 * stickinessFromActivity(
 *   [
 *     { userId: 'ana', date: '2025-02-03' },
 *     { userId: 'bo', date: '2025-02-03' },
 *     { userId: 'ana', date: '2025-02-04' },
 *   ],
 *   { month: '2025-02' },
 * ).stickiness; // (3 user-days / 28 days) / 2 users = 0.0536
 */
export function stickinessFromActivity(
  events: readonly ActivityEvent[],
  options: StickinessFromActivityOptions,
): StickinessResult {
  const reader = new OptionReader('stickinessFromActivity', options);
  const policy = reader.policy();
  const monthValue = reader.raw('month');
  const month = parsePeriod(monthValue);
  if (month === null) {
    reader.mustBe('month', "a month 'YYYY-MM'", monthValue);
  }
  reader.done();
  assertArray('stickinessFromActivity', 'events', events, 'activity events { userId, date }');

  const year = Math.floor(month! / 12);
  const start = new Date(0);
  start.setUTCFullYear(year, month! - year * 12, 1);
  const end = new Date(0);
  end.setUTCFullYear(year, month! - year * 12 + 1, 1);
  const startDay = utcDay(start.getTime());
  const days = utcDay(end.getTime()) - startDay;

  const issues: ValidationIssue[] = [];
  const usersByDay: Array<Set<string>> = Array.from({ length: days }, () => new Set());
  const monthlyUsers = new Set<string>();
  forEachRow(events, FIELDS, '{ userId, date }', issues, (values, index) => {
    const [userId, date] = values;
    const found = fieldIssues(userId, date, index);
    if (found.length > 0) {
      issues.push(...found);
      return;
    }
    const offset = utcDay(parseInstant(date)!) - startDay;
    if (offset < 0 || offset >= days) return;
    usersByDay[offset]!.add(userId as string);
    monthlyUsers.add(userId as string);
  });
  if (policy === 'throw') assertNoIssues('stickinessFromActivity', issues);

  const dailyUsers: DailyUsers[] = usersByDay.map((users, offset) => ({
    date: new Date((startDay + offset) * DAY_MS).toISOString().slice(0, 10),
    users: users.size,
  }));
  const userDays = dailyUsers.reduce((sum, day) => sum + day.users, 0);
  const meanDailyUsers = userDays / days;
  const hasUsers = monthlyUsers.size > 0;
  return {
    month: formatPeriod(month!),
    stickiness: hasUsers ? meanDailyUsers / monthlyUsers.size : null,
    meanDailyUsers,
    monthlyUsers: monthlyUsers.size,
    days,
    dailyUsers,
    reason: hasUsers ? null : 'no-active-users',
    issues,
  };
}
