import type { ValidationIssue, ValidationOptions } from '../core/errors';
import type { DateInput } from '../core/calendar';

/** One user being active at one moment (a login, a session, a tracked event). */
export interface ActivityEvent {
  /** The user who was active. */
  userId: string;
  /** When; the event counts for its UTC calendar day. */
  date: DateInput;
  /** The user's account, when known (not used by the calculation). */
  accountId?: string | undefined;
}

/** Options of {@link stickinessFromActivity}. */
export interface StickinessFromActivityOptions extends ValidationOptions {
  /** The month to measure, `'YYYY-MM'` (a `'YYYY-MM-DD'` date is taken as its month). */
  month: string;
}

/** Distinct users active on one UTC day. */
export interface DailyUsers {
  /** `'YYYY-MM-DD'`. */
  date: string;
  /** Distinct users active that day. */
  users: number;
}

/** Why an engagement figure is `null`. */
export type EngagementNullReason = 'no-active-users' | 'no-measured-accounts';

/** The result of {@link stickinessFromActivity}: DAU / MAU with its inputs. */
export interface StickinessResult {
  /** The month measured, `'YYYY-MM'`. */
  month: string;
  /** `meanDailyUsers / monthlyUsers`, or `null` when nobody was active (see `reason`). */
  stickiness: number | null;
  /** DAU: distinct users per day, averaged over every calendar day of the month (idle days count as 0). */
  meanDailyUsers: number;
  /** MAU: distinct users active at least once in the month. */
  monthlyUsers: number;
  /** Calendar days in the month. */
  days: number;
  /** Distinct users per day, one entry per calendar day, in order. */
  dailyUsers: readonly DailyUsers[];
  /** `'no-active-users'` when `stickiness` is `null`, otherwise `null`. */
  reason: EngagementNullReason | null;
  /** Rows skipped under `onInvalid: 'skip'` (empty otherwise). */
  issues: readonly ValidationIssue[];
}

/** One account's onboarding dates, for {@link timeToValue}. */
export interface TimeToValueAccount {
  /** The account; each account appears once. */
  accountId: string;
  /** When the account started (signed the contract, began onboarding). */
  startedAt: DateInput;
  /** When it first reached value; absent or `null` while it is still waiting. */
  firstValueAt?: DateInput | null | undefined;
}

/** Options of {@link timeToValue}. */
export type TimeToValueOptions = ValidationOptions;

/** The result of {@link timeToValue}: days from start to first value. */
export interface TimeToValueResult {
  /** Median days over measured accounts (linear interpolation), or `null` when none reached value. */
  median: number | null;
  /** 90th percentile of days (linear interpolation), or `null` when none reached value. */
  p90: number | null;
  /** Mean days, or `null` when none reached value. */
  mean: number | null;
  /** Accounts that reached value (the sample behind the three figures). */
  measured: number;
  /** Accounts still waiting for value: no `firstValueAt`. Never dropped silently. */
  waiting: number;
  /** Valid accounts: `measured + waiting`. */
  total: number;
  /** The ids of the accounts still waiting, in input order. */
  waitingAccountIds: readonly string[];
  /** `'no-measured-accounts'` when the figures are `null`, otherwise `null`. */
  reason: EngagementNullReason | null;
  /** Rows skipped under `onInvalid: 'skip'` (empty otherwise). */
  issues: readonly ValidationIssue[];
}
