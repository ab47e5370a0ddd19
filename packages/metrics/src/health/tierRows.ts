import {
  MetricsInputError,
  type ValidationIssue,
  type ValidationOptions,
  assertNoIssues,
  showValue,
} from '../core/errors';
import { orDefault, readOptions, readPolicy } from '../core/options';
import { formatDay, parseDay } from '../core/calendar';
import { FIRST_DAY, MAX_DAYS, indexHistory, trendRows } from './history';
import {
  THREW,
  own,
  readAccountRow,
  readFields,
  readOwnOptions,
  readRow,
  thrownIssue,
} from './own';
import { DEFAULT_TIERS, tierIssues } from './tiers';
import type {
  HealthAccount,
  HealthHistoryRow,
  HealthResult,
  HealthScores,
  HealthTier,
  HealthTone,
  Scorecard,
  SegmentScorecards,
} from './types';

/** One row of a health tier list: an account's result joined with the account and its trend. */
export interface HealthTierRow {
  /** The account id. */
  id: string;
  /** The account's name, or its id when it has none. */
  name: string;
  segment: string | null;
  mrr: number | null;
  /** `'YYYY-MM-DD'`. */
  renewalDate: string | null;
  owner: string | null;
  score: number | null;
  /** Tier id, or `'unknown'` when the score is `null`. */
  tier: string;
  /** The tier's label; `'Unknown'` for `'unknown'` and for a tier id the list's tiers lack. */
  tierLabel: string;
  tone: HealthTone;
  /** 0 for the most severe tier (lowest `min`); any other tier id comes after every tier. */
  severity: number;
  /** In the healthiest tier, so there is no next tier to reach. */
  isTopTier: boolean;
  /** Score on `asOf` minus score `trendDays` earlier (`healthTrend`), or `null` without both. */
  trend: number | null;
  /**
   * The account's daily scores from `asOf − trendDays` to `asOf` (both included, so at most
   * `trendDays + 1` of them), oldest first, days without a score left out; `null` when it has none.
   */
  sparkline: readonly number[] | null;
  result: HealthResult;
  account: HealthAccount | null;
  /** The scorecard that scored this account, when known (labels and next-tier paths need it). */
  scorecard: Scorecard | null;
}

/** Options of {@link healthTierRows}. */
export interface HealthTierRowsOptions extends ValidationOptions {
  /** The accounts, joined to the results by id for names, segments, MRR, renewals and owners. */
  accounts?: readonly HealthAccount[] | undefined;
  /** The scorecard (or one per segment) that scored the accounts: tiers, labels, next-tier paths. */
  scorecard?: Scorecard | SegmentScorecards | undefined;
  /** @default the scorecard's tiers (the fallback's for segment scorecards), else DEFAULT_TIERS */
  tiers?: readonly HealthTier[] | undefined;
  /** Daily scores (`{ accountId, date, score }`): adds each row's trend and sparkline. */
  history?: readonly HealthHistoryRow[] | undefined;
  /** `'YYYY-MM-DD'`: the end of the trend window. @default the latest date in `history` */
  asOf?: string | undefined;
  /** Days of the trend window. @default 30 */
  trendDays?: number | undefined;
}

/** The result of {@link healthTierRows}. */
export interface HealthTierRows {
  /** One row per valid result, in the results' order. */
  rows: HealthTierRow[];
  /** The tiers that label the rows, most severe (lowest `min`) first. */
  tiers: HealthTier[];
  /** `'YYYY-MM-DD'`: the end of the trend window, or `null` without history. */
  asOf: string | null;
  trendDays: number;
  /** Rows skipped under `onInvalid: 'skip'` (fields `results.*`, `accounts.*`, `history.*`). */
  issues: readonly ValidationIssue[];
}

/** The tiers a list uses: explicit ones, else the (fallback) scorecard's, else DEFAULT_TIERS. */
function listTiers(
  scorecard: Scorecard | SegmentScorecards | undefined,
  tiers: readonly HealthTier[] | undefined,
): readonly HealthTier[] {
  if (tiers !== undefined) return tiers;
  if (scorecard && 'scorecards' in scorecard) return scorecard.fallback?.tiers ?? DEFAULT_TIERS;
  return scorecard?.tiers ?? DEFAULT_TIERS;
}

/** The scorecard that applies to an account of `segment`. */
function scorecardFor(
  scorecard: Scorecard | SegmentScorecards | undefined,
  segment: string | null,
): Scorecard | null {
  if (!scorecard) return null;
  if (!('scorecards' in scorecard)) return scorecard;
  return (
    (segment !== null && Object.hasOwn(scorecard.scorecards, segment)
      ? scorecard.scorecards[segment]
      : undefined) ??
    scorecard.fallback ??
    null
  );
}

/**
 * Tiers from the most severe (lowest `min`) to the healthiest.
 *
 * @example
 * tiersBySeverity(DEFAULT_TIERS).map((tier) => tier.id); // ['critical', 'at-risk', 'healthy']
 */
export function tiersBySeverity(tiers: readonly HealthTier[]): HealthTier[] {
  return [...tiers].sort((a, b) => a.min - b.min);
}

const isText = (value: unknown) => value === undefined || typeof value === 'string';

/** Reads and checks one account; `null` (after pushing issues) when it cannot be joined. */
function readAccount(
  accounts: readonly unknown[],
  index: number,
  issues: ValidationIssue[],
): HealthAccount | null {
  const account = readAccountRow(accounts, index, issues, 'accounts.row');
  if (account === THREW) return null;
  const names = ['id', 'name', 'segment', 'mrr', 'renewalDate', 'owner'] as const;
  const fields = readFields(account, names, index, issues, 'accounts.');
  if (fields === THREW) return null;
  const before = issues.length;
  const bad = (field: string, expected: string, value: unknown) =>
    issues.push({
      index,
      field: `accounts.${field}`,
      message: `must be ${expected}, got ${showValue(value)}`,
      value,
    });
  if (typeof fields.id !== 'string' || fields.id.length === 0) {
    bad('id', 'a non-empty string', fields.id);
  }
  for (const name of ['name', 'segment', 'owner'] as const) {
    if (!isText(fields[name])) bad(name, 'a string or left out', fields[name]);
  }
  const { mrr, renewalDate } = fields;
  if (mrr !== undefined && (typeof mrr !== 'number' || !Number.isFinite(mrr) || mrr < 0)) {
    bad('mrr', 'a finite number ≥ 0 or left out', mrr);
  }
  if (renewalDate !== undefined && (typeof renewalDate !== 'string' || !parseDay(renewalDate))) {
    bad('renewalDate', "a date 'YYYY-MM-DD' or left out", renewalDate);
  }
  return issues.length > before ? null : (account as HealthAccount);
}

/** Reads and checks one result; `null` (after pushing issues) when it is not a usable row. */
function readResult(
  results: readonly unknown[],
  index: number,
  issues: ValidationIssue[],
): HealthResult | null {
  const result = readRow(results, index, issues);
  if (result === THREW) return null;
  if (result === null || typeof result !== 'object') {
    issues.push({
      index,
      field: 'results.row',
      message: `must be a scoreHealth() result { accountId, score, tier }, got ${showValue(result)}`,
      value: result,
    });
    return null;
  }
  const fields = readFields(result, ['accountId', 'score', 'tier'], index, issues, 'results.');
  if (fields === THREW) return null;
  const { accountId, score, tier } = fields;
  const before = issues.length;
  if (typeof accountId !== 'string' || accountId.length === 0) {
    issues.push({
      index,
      field: 'results.accountId',
      message: `must be a non-empty string, got ${showValue(accountId)}`,
      value: accountId,
    });
  }
  if (score !== null && (typeof score !== 'number' || !Number.isFinite(score))) {
    issues.push({
      index,
      field: 'results.score',
      message: `must be a finite number, or null for no score, got ${showValue(score)}`,
      value: score,
    });
  }
  if (typeof tier !== 'string' || tier.length === 0) {
    issues.push({
      index,
      field: 'results.tier',
      message: `must be a tier id, got ${showValue(tier)}`,
      value: tier,
    });
  }
  return issues.length > before ? null : (result as HealthResult);
}

/** Each account's scores on the days `from`–`to` (inclusive), oldest first. */
function sparklines(
  byAccount: ReadonlyMap<string, ReadonlyMap<number, number | null>>,
  from: number,
  to: number,
): Map<string, number[]> {
  const lines = new Map<string, number[]>();
  for (const [accountId, byDay] of byAccount) {
    const points: Array<[number, number]> = [];
    for (const [day, score] of byDay) {
      if (score !== null && day >= from && day <= to) points.push([day, score]);
    }
    if (points.length === 0) continue;
    points.sort((a, b) => a[0] - b[0]);
    lines.set(
      accountId,
      points.map((point) => point[1]),
    );
  }
  return lines;
}

function fail(field: string, message: string, value: unknown): never {
  throw new MetricsInputError('healthTierRows', [{ index: null, field, message, value }]);
}

/**
 * The rows of a health tier list (SPEC §9 `HealthTierList`): each `scoreHealth` result joined by id
 * with its account (name, segment, MRR, renewal, owner), its tier's label, tone and severity rank,
 * and, with `history`, its trend over `trendDays` (as `healthTrend` computes it) and the daily
 * scores of that window for a sparkline. Bad results, accounts or history rows are a
 * `MetricsInputError` naming the row and field (`results.score`, `accounts.mrr`, `history.date`);
 * with `onInvalid: 'skip'` bad results are left out, bad accounts are not joined, bad history rows
 * are ignored, and all of them are listed in `issues`.
 *
 * @example
 * const accounts = [{ id: 'acme', name: 'Acme', mrr: 900, signals: { logins: 4 } }];
 * const { rows } = healthTierRows(scoreHealth(accounts, scorecard), {
 *   accounts,
 *   scorecard,
 *   history: [
 *     { accountId: 'acme', date: '2025-03-01', score: 60 },
 *     { accountId: 'acme', date: '2025-03-31', score: 45 },
 *   ],
 * });
 * rows[0]; // { id: 'acme', name: 'Acme', mrr: 900, tier: 'critical', trend: -15, sparkline: [60, 45], … }
 */
export function healthTierRows(
  results: HealthScores | readonly HealthResult[],
  options?: HealthTierRowsOptions,
): HealthTierRows {
  options = readOptions('healthTierRows', options);
  const given = readOwnOptions('healthTierRows', options, [
    'accounts',
    'scorecard',
    'tiers',
    'history',
    'asOf',
    'trendDays',
    'onInvalid',
  ]);
  const onInvalid = readPolicy('healthTierRows', given.onInvalid);
  const trendDays = orDefault(given.trendDays, 30) as number;
  if (!Number.isInteger(trendDays) || trendDays < 1 || trendDays > MAX_DAYS) {
    fail(
      'options.trendDays',
      `must be a whole number of days from 1 to ${MAX_DAYS}, got ${showValue(trendDays)}`,
      trendDays,
    );
  }
  let asOfDay: number | null = null;
  if (given.asOf !== undefined) {
    asOfDay = typeof given.asOf === 'string' ? parseDay(given.asOf) : null;
    if (asOfDay === null) {
      fail('options.asOf', `must be a date 'YYYY-MM-DD', got ${showValue(given.asOf)}`, given.asOf);
    }
  }
  const scorecard = given.scorecard as Scorecard | SegmentScorecards | undefined;
  if (scorecard !== undefined && (scorecard === null || typeof scorecard !== 'object')) {
    fail('options.scorecard', `must be a scorecard object, got ${showValue(scorecard)}`, scorecard);
  }
  const tierList = listTiers(scorecard, given.tiers as readonly HealthTier[] | undefined);
  const tierPath = given.tiers !== undefined ? 'options.tiers' : 'options.scorecard.tiers';
  const tierProblems = tierIssues(tierList, tierPath);
  if (tierProblems.length > 0) throw new MetricsInputError('healthTierRows', tierProblems);
  const accounts = orDefault(given.accounts, []) as readonly unknown[];
  if (!Array.isArray(accounts)) {
    fail('accounts', `must be an array of accounts, got ${showValue(accounts)}`, accounts);
  }
  const history = given.history as readonly unknown[] | undefined;
  if (history !== undefined && !Array.isArray(history)) {
    fail(
      'history',
      `must be an array of { accountId, date, score }, got ${showValue(history)}`,
      history,
    );
  }
  let list: unknown = results;
  if (!Array.isArray(results) && results !== null && typeof results === 'object') {
    try {
      list = own(results, 'accounts');
    } catch (error) {
      throw new MetricsInputError('healthTierRows', [thrownIssue(null, 'results.accounts', error)]);
    }
  }
  if (!Array.isArray(list)) {
    fail(
      'results',
      `must be a scoreHealth() result or its accounts array, got ${showValue(results)}`,
      results,
    );
  }

  const issues: ValidationIssue[] = [];
  // Accounts, checked once each; joined by index first (`scoreHealth` keeps the accounts' order),
  // and by id (the last of a repeated id wins) only when the result at that index is another's.
  const checked: Array<HealthAccount | null> = new Array(accounts.length);
  for (let index = 0; index < accounts.length; index++) {
    checked[index] = readAccount(accounts, index, issues);
  }
  let accountById: Map<string, HealthAccount> | null = null;
  const accountOf = (accountId: string, index: number): HealthAccount | null => {
    const same = checked[index];
    if (same?.id === accountId) return same;
    if (!accountById) {
      accountById = new Map();
      for (const account of checked) if (account) accountById.set(account.id, account);
    }
    return accountById.get(accountId) ?? null;
  };

  let trendById: Map<string, number | null> | null = null;
  let lines: Map<string, number[]> | null = null;
  let asOf: string | null = null;
  if (history !== undefined && history.length > 0) {
    const historyIssues: ValidationIssue[] = [];
    const index = indexHistory('healthTierRows', history, 'skip');
    historyIssues.push(...index.issues);
    const now = asOfDay ?? index.lastDay;
    if (now !== null) {
      if (now - trendDays < FIRST_DAY) {
        fail(
          'options.trendDays',
          `reaches back before the year 0000 from ${formatDay(now)}, got ${trendDays}`,
          trendDays,
        );
      }
      asOf = formatDay(now);
      const trend = trendRows(index, now, trendDays, historyIssues);
      trendById = new Map(trend.map((row) => [row.accountId, row.change]));
      lines = sparklines(index.accounts, now - trendDays, now);
    }
    for (const issue of historyIssues) issues.push({ ...issue, field: `history.${issue.field}` });
  } else if (asOfDay !== null) {
    asOf = formatDay(asOfDay);
  }

  const bySeverity = tiersBySeverity(tierList);
  const tierInfo = new Map(bySeverity.map((tier, index) => [tier.id, { tier, index }]));
  const rows: HealthTierRow[] = [];
  const resultList = list as readonly unknown[];
  for (let i = 0; i < resultList.length; i++) {
    const result = readResult(resultList, i, issues);
    if (result === null) continue;
    const account = accountOf(result.accountId, i);
    const info = tierInfo.get(result.tier);
    const segment = account?.segment ?? null;
    rows.push({
      id: result.accountId,
      name: account?.name ?? result.accountId,
      segment,
      mrr: account?.mrr ?? null,
      renewalDate: account?.renewalDate ?? null,
      owner: account?.owner ?? null,
      score: result.score,
      tier: result.tier,
      tierLabel: info?.tier.label ?? 'Unknown',
      tone: info?.tier.tone ?? 'neutral',
      severity: info ? info.index : bySeverity.length,
      isTopTier: info !== undefined && info.index === bySeverity.length - 1,
      trend: trendById?.get(result.accountId) ?? null,
      sparkline: lines?.get(result.accountId) ?? null,
      result,
      account,
      scorecard: scorecardFor(scorecard, segment),
    });
  }
  if (onInvalid !== 'skip') assertNoIssues('healthTierRows', issues);
  return { rows, tiers: bySeverity, asOf, trendDays, issues };
}
