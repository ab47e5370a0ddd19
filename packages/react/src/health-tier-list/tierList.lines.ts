import { type HealthTone, healthTierTotals } from '@vitals/metrics';
import type { TierListRow } from './tierList.model';

/** Height of a tier's header line, in pixels. */
export const GROUP_HEIGHT = 40;
/** First guess at the height of a details line (measured once rendered), in pixels. */
const DETAIL_ESTIMATE = 240;

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
  for (const { severity, count, mrr } of healthTierTotals(rows.map(dataOf))) {
    const list = groups.get(severity)!;
    const first = dataOf(list[0]!);
    items.push({
      kind: 'group',
      key: `group:${first.tier}`,
      tier: first.tier,
      label: first.tierLabel,
      tone: first.tone,
      count,
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
  /** The lines are the rows themselves: one account per line, none grouped or expanded. */
  readonly isRows: boolean;
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
      isRows: true,
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
    isRows: false,
    at: (index) => items[index],
    keyAt: (index) => items[index]?.key,
    kindAt: (index) => items[index]?.kind,
  };
}

/**
 * The virtualiser's `estimateSize` and `getItemKey` for `lines`. Build them once per lines and row
 * height: the virtualiser places every line again (100,000 of them) whenever `getItemKey` is a new
 * function, so fresh ones per render cost a full pass on every scroll frame. When the lines are
 * the rows themselves, all share the estimated height and none is measured, so the index is key
 * enough (no 100,000 ids to read); measured details keep their height by key as lines come and go.
 */
export function lineSizing<TRow>(
  lines: TierListLines<TRow>,
  rowHeight: number,
): { estimateSize: (index: number) => number; getItemKey: (index: number) => string | number } {
  return {
    estimateSize: (index) => {
      const kind = lines.kindAt(index);
      return kind === 'group' ? GROUP_HEIGHT : kind === 'detail' ? DETAIL_ESTIMATE : rowHeight;
    },
    getItemKey: lines.isRows ? (index) => index : (index) => lines.keyAt(index) ?? index,
  };
}
