import {
  DEFAULT_TIERS,
  type HealthAccount,
  type HealthHistoryRow,
  type HealthResult,
  type HealthTier,
  type HealthTone,
  type Scorecard,
  type SegmentScorecards,
  UNKNOWN_TIER,
  healthTrend,
} from '@vitals/metrics';

/** One row of the list: an account's health result joined with the account itself. */
export interface TierListRow {
  /** The account id (also TanStack's row id, so selection is keyed by account). */
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
  tierLabel: string;
  tone: HealthTone;
  /** 0 for the most severe tier (lowest `min`); `'unknown'` comes after every tier. */
  severity: number;
  /** In the healthiest tier, so there is no next tier to reach. */
  isTopTier: boolean;
  /** Score change over the trend window, or `null` without history for both ends. */
  trend: number | null;
  /** The daily scores of the trend window, oldest first, or `null` without history. */
  sparkline: readonly number[] | null;
  result: HealthResult;
  account: HealthAccount | null;
  /** The scorecard that scored this account, when known (labels and next-tier paths need it). */
  scorecard: Scorecard | null;
}

/** Options of {@link tierListRows}. */
export interface TierListRowsOptions {
  accounts?: readonly HealthAccount[] | undefined;
  scorecard?: Scorecard | SegmentScorecards | undefined;
  /** @default the scorecard's tiers, else DEFAULT_TIERS */
  tiers?: readonly HealthTier[] | undefined;
  history?: readonly HealthHistoryRow[] | undefined;
  /** `'YYYY-MM-DD'`: the end of the trend window. @default the latest date in `history` */
  asOf?: string | undefined;
  /** @default 30 */
  trendDays?: number | undefined;
}

/** The tiers a list uses: explicit ones, else the (fallback) scorecard's, else DEFAULT_TIERS. */
export function listTiers(
  scorecard: Scorecard | SegmentScorecards | undefined,
  tiers?: readonly HealthTier[],
): readonly HealthTier[] {
  if (tiers) return tiers;
  if (scorecard && 'scorecards' in scorecard) return scorecard.fallback?.tiers ?? DEFAULT_TIERS;
  return scorecard?.tiers ?? DEFAULT_TIERS;
}

/** The scorecard that applies to an account of `segment`. */
export function scorecardFor(
  scorecard: Scorecard | SegmentScorecards | undefined,
  segment: string | null,
): Scorecard | null {
  if (!scorecard) return null;
  if (!('scorecards' in scorecard)) return scorecard;
  return (
    (segment !== null ? scorecard.scorecards[segment] : undefined) ?? scorecard.fallback ?? null
  );
}

/** Tiers from the most severe (lowest `min`) to the healthiest. */
export function tiersBySeverity(tiers: readonly HealthTier[]): HealthTier[] {
  return [...tiers].sort((a, b) => a.min - b.min);
}

const DAY = 86_400_000;

/** Each account's daily scores in the window ending at `asOf`, oldest first. */
function sparklines(
  history: readonly HealthHistoryRow[],
  asOf: string,
  days: number,
): Map<string, number[]> {
  const end = Date.parse(`${asOf}T00:00:00Z`);
  const start = end - days * DAY;
  const byAccount = new Map<string, Array<[number, number]>>();
  for (const row of history) {
    if (row.score === null) continue;
    const time = Date.parse(`${row.date}T00:00:00Z`);
    if (!(time >= start && time <= end)) continue;
    let list = byAccount.get(row.accountId);
    if (!list) byAccount.set(row.accountId, (list = []));
    list.push([time, row.score]);
  }
  const result = new Map<string, number[]>();
  for (const [id, list] of byAccount) {
    list.sort((a, b) => a[0] - b[0]);
    result.set(
      id,
      list.map((point) => point[1]),
    );
  }
  return result;
}

/**
 * Joins `scoreHealth` results with their accounts into the list's rows: name, segment, MRR,
 * renewal, owner, tier label and tone, severity rank and (with `history`) the trend.
 *
 * @example
 * tierListRows(scoreHealth(accounts, card).accounts, { accounts, scorecard: card });
 */
export function tierListRows(
  results: readonly HealthResult[],
  options: TierListRowsOptions = {},
): TierListRow[] {
  const { accounts = [], scorecard, history, trendDays = 30 } = options;
  const tiers = listTiers(scorecard, options.tiers);
  const bySeverity = tiersBySeverity(tiers);
  const tierInfo = new Map(bySeverity.map((tier, index) => [tier.id, { tier, index }]));
  // `scoreHealth` keeps the accounts' order, so the account at the result's index is nearly always
  // its account: look there first, and index the accounts by id (the last of a repeated id wins)
  // only when it is not, which saves a 100,000-entry map when `data` and `accounts` line up.
  let accountById: Map<string, HealthAccount> | null = null;
  const accountOf = (accountId: string, index: number): HealthAccount | null => {
    const same = accounts[index];
    if (same?.id === accountId) return same;
    if (!accountById) {
      accountById = new Map();
      for (const account of accounts) accountById.set(account.id, account);
    }
    return accountById.get(accountId) ?? null;
  };

  let trendById: Map<string, number | null> | null = null;
  let lines: Map<string, number[]> | null = null;
  if (history && history.length > 0) {
    const trend = healthTrend(history, {
      days: trendDays,
      asOf: options.asOf,
      onInvalid: 'skip',
    });
    trendById = new Map(trend.accounts.map((row) => [row.accountId, row.change]));
    if (trend.asOf) lines = sparklines(history, trend.asOf, trendDays);
  }

  const rows: TierListRow[] = new Array(results.length);
  for (let i = 0; i < results.length; i++) {
    const result = results[i]!;
    const account = accountOf(result.accountId, i);
    const info = tierInfo.get(result.tier);
    const segment = account?.segment ?? null;
    rows[i] = {
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
    };
  }
  return rows;
}

/**
 * The filter options of a list: each tier (most severe first, plus "Unknown" when some accounts
 * have no score) with how many accounts it holds, and the segments in alphabetical order.
 *
 * @example
 * tierListCounts(rows, tiersBySeverity(DEFAULT_TIERS)).tierOptions[0]; // { tier: critical, count: 2 }
 */
export function tierListCounts(
  rows: readonly TierListRow[],
  tiers: readonly HealthTier[],
): { tierOptions: Array<{ tier: HealthTier; count: number }>; segments: string[] } {
  const byTier = new Map<string, number>();
  const segments = new Set<string>();
  for (const row of rows) {
    byTier.set(row.tier, (byTier.get(row.tier) ?? 0) + 1);
    if (row.segment !== null) segments.add(row.segment);
  }
  const tierOptions = tiers.map((tier) => ({ tier, count: byTier.get(tier.id) ?? 0 }));
  const unknown = byTier.get(UNKNOWN_TIER);
  if (unknown) {
    const tier: HealthTier = {
      id: UNKNOWN_TIER,
      label: 'Unknown',
      min: -Infinity,
      tone: 'neutral',
    };
    tierOptions.push({ tier, count: unknown });
  }
  return { tierOptions, segments: [...segments].sort() };
}
