import {
  DEFAULT_TIERS,
  compensatedSum,
  type HealthAccount,
  type HealthHistoryRow,
  type HealthResult,
  type HealthTier,
  type HealthTone,
  type Scorecard,
  type SegmentScorecards,
  healthTrend,
} from '@vitals/metrics';

/** The tier id of an account without a score. */
export const UNKNOWN_TIER_ID = 'unknown';

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
  const accountById = new Map<string, HealthAccount>();
  for (const account of accounts) accountById.set(account.id, account);

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
    const account = accountById.get(result.accountId) ?? null;
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

/** One line of the rendered list: a tier's header (when grouped), an account, or its details. */
export type TierListItem<TRow> =
  | {
      kind: 'group';
      key: string;
      tier: string;
      label: string;
      tone: HealthTone;
      count: number;
      mrr: number;
    }
  | { kind: 'row'; key: string; row: TRow }
  | { kind: 'detail'; key: string; row: TRow };

/** Totals of one tier, for its group header. */
export interface TierGroupTotals {
  count: number;
  mrr: number;
}

/**
 * The lines to render, in the table's order: with `groupByTier`, accounts are gathered under one
 * header per tier (most severe first, order kept inside each group); an expanded account is
 * followed by its details line.
 */
export function tierListItems<TRow>(
  rows: readonly TRow[],
  options: {
    dataOf: (row: TRow) => TierListRow;
    isExpanded: (row: TRow) => boolean;
    groupByTier: boolean;
    hasExpanded: boolean;
  },
): Array<TierListItem<TRow>> {
  const { dataOf, isExpanded, groupByTier, hasExpanded } = options;
  const items: Array<TierListItem<TRow>> = [];
  const push = (row: TRow) => {
    const data = dataOf(row);
    items.push({ kind: 'row', key: data.id, row });
    if (hasExpanded && isExpanded(row))
      items.push({ kind: 'detail', key: `${data.id}:detail`, row });
  };
  if (!groupByTier) {
    for (const row of rows) push(row);
    return items;
  }
  const groups = new Map<number, TRow[]>();
  for (const row of rows) {
    const severity = dataOf(row).severity;
    let list = groups.get(severity);
    if (!list) groups.set(severity, (list = []));
    list.push(row);
  }
  for (const severity of [...groups.keys()].sort((a, b) => a - b)) {
    const list = groups.get(severity)!;
    const first = dataOf(list[0]!);
    const mrr = compensatedSum(list.map((row) => dataOf(row).mrr ?? 0));
    items.push({
      kind: 'group',
      key: `group:${first.tier}`,
      tier: first.tier,
      label: first.tierLabel,
      tone: first.tone,
      count: list.length,
      mrr,
    });
    for (const row of list) push(row);
  }
  return items;
}

/**
 * The lines to render, read by index. With nothing grouped or expanded, the lines are the table's
 * rows themselves (no array of 100,000 line objects to build on every sort or filter); otherwise
 * they are {@link tierListItems}.
 */
export interface TierListLines<TRow> {
  /** How many lines there are. */
  readonly count: number;
  /** The line at `index` (built on demand for an account line read straight from the rows). */
  at(index: number): TierListItem<TRow> | undefined;
  /** The key of the line at `index`, without building the line. */
  keyAt(index: number): string | undefined;
  /** The kind of the line at `index`, without building the line. */
  kindAt(index: number): TierListItem<TRow>['kind'] | undefined;
}

/** The lines of {@link tierListItems}, read by index without copying the rows when possible. */
export function tierListLines<TRow>(
  rows: readonly TRow[],
  options: Parameters<typeof tierListItems<TRow>>[1],
): TierListLines<TRow> {
  const { dataOf } = options;
  if (!options.groupByTier && !options.hasExpanded) {
    return {
      count: rows.length,
      at: (index) => {
        const row = rows[index];
        return row === undefined ? undefined : { kind: 'row', key: dataOf(row).id, row };
      },
      keyAt: (index) => {
        const row = rows[index];
        return row === undefined ? undefined : dataOf(row).id;
      },
      kindAt: (index) => (index >= 0 && index < rows.length ? 'row' : undefined),
    };
  }
  const items = tierListItems(rows, options);
  return {
    count: items.length,
    at: (index) => items[index],
    keyAt: (index) => items[index]?.key,
    kindAt: (index) => items[index]?.kind,
  };
}
