import {
  type AccountMovement,
  type AccountMovementKind,
  type Grain,
  type MrrMovements,
  type MrrMovementsOptions,
  type MrrMovementsSeriesEntry,
  type MrrMovementsSeriesOptions,
  compensatedSum,
  mrrMovements,
  mrrMovementsSeries,
} from '@vitals/metrics';
import { RowReader } from './rows';
import {
  META_COLUMNS,
  SNAPSHOT_OPTIONS,
  type SnapshotContext,
  type SnapshotQueryOptions,
  checkMeta,
  readSnapshotOptions,
  snapshotCtes,
  withCtes,
} from './snapshots';
import { readOptions, rejectUnknown } from './source';
import {
  type Dialect,
  type Node,
  type SqlParam,
  fail,
  join,
  param,
  render,
  show,
  sql,
} from './sql';

/** A query: one SQL statement, its bound values, and the conversion of its rows to a result. */
export interface SqlQuery<TResult> {
  /** The dialect the SQL is written in. */
  readonly dialect: Dialect;
  /** One SQL statement for the dialect, identifiers quoted, values as placeholders. */
  readonly sql: string;
  /** The values bound to the placeholders, in order. */
  readonly params: readonly SqlParam[];
  /**
   * Turns the rows the database returned (objects keyed by column name) into the same shape as the
   * pure function. Throws a `MetricsInputError` when the rows show bad input (NULL or negative MRR,
   * duplicate rows, mixed currencies) or are not rows of this query.
   */
  toResult(rows: readonly Readonly<Record<string, unknown>>[]): TResult;
}

const MONTHS: Readonly<Record<Grain, number>> = { month: 1, quarter: 3, year: 12 };

/** The period index of a label the pure function produced (`'2025-03'`, `'2025-Q1'`, `'2025'`). */
export function labelIndex(label: string, grain: Grain): number {
  const year = Number(label.slice(0, 4));
  if (grain === 'year') return year;
  if (grain === 'quarter') return year * 4 + Number(label.slice(6)) - 1;
  return year * 12 + Number(label.slice(5, 7)) - 1;
}

/** The last month of period `g`: the month whose MRR is the period's MRR (SPEC §3). */
const lastMonth = (g: number, grain: Grain) => g * MONTHS[grain] + MONTHS[grain] - 1;

/** Movement kinds as the SQL encodes them. */
const KINDS: readonly (AccountMovementKind | null)[] = [
  null,
  'new',
  'reactivation',
  'expansion',
  'contraction',
  'churn',
  'unchanged',
  'new-and-churned',
];

/** `CASE` that classifies one account's transition (SPEC §3), given S, E, inside and first paid. */
function classify(s: Node, e: Node, ins: Node, reactivated: Node): Node {
  return sql`CASE WHEN ${s} > 0 THEN (CASE WHEN ${e} = 0 THEN 5 WHEN ${e} > ${s} THEN 3 WHEN ${e} < ${s} THEN 4 ELSE 6 END) WHEN ${e} > 0 THEN (CASE WHEN ${reactivated} THEN 2 ELSE 1 END) WHEN ${ins} = 1 THEN 7 ELSE 0 END`;
}

const TOTALS = [
  ['starting_mrr', 'startingMrr'],
  ['new_mrr', 'newMrr'],
  ['expansion_mrr', 'expansionMrr'],
  ['reactivation_mrr', 'reactivationMrr'],
  ['contraction_mrr', 'contractionMrr'],
  ['churned_mrr', 'churnedMrr'],
  ['ending_mrr', 'endingMrr'],
] as const;
const COUNTS = [
  ['starting_accounts', 'startingAccounts'],
  ['ending_accounts', 'endingAccounts'],
  ['retained_accounts', 'retainedAccounts'],
  ['new_accounts', 'newAccounts'],
  ['expansion_accounts', 'expansionAccounts'],
  ['reactivated_accounts', 'reactivatedAccounts'],
  ['contraction_accounts', 'contractionAccounts'],
  ['churned_accounts', 'churnedAccounts'],
  ['new_and_churned_accounts', 'newAndChurnedAccounts'],
] as const;

/** Totals and counts of the classified rows `cl` (s, e, kind), grouped by `group` when given. */
function aggregate(group: Node | null): Node {
  const money = (when: string, amount: string) =>
    `CAST(COALESCE(SUM(CASE WHEN ${when} THEN ${amount} ELSE 0 END), 0) AS DOUBLE_T)`;
  const count = (when: string) =>
    `CAST(COALESCE(SUM(CASE WHEN ${when} THEN 1 ELSE 0 END), 0) AS DOUBLE_T)`;
  const columns = [
    `${money('s > 0', 's')} AS starting_mrr`,
    `${money('kind = 1', 'e')} AS new_mrr`,
    `${money('kind = 3', 'e - s')} AS expansion_mrr`,
    `${money('kind = 2', 'e')} AS reactivation_mrr`,
    `${money('kind = 4', 's - e')} AS contraction_mrr`,
    `${money('kind = 5', 's')} AS churned_mrr`,
    `${money('e > 0', 'e')} AS ending_mrr`,
    `${count('s > 0')} AS starting_accounts`,
    `${count('e > 0')} AS ending_accounts`,
    `${count('s > 0 AND e > 0')} AS retained_accounts`,
    `${count('kind = 1')} AS new_accounts`,
    `${count('kind = 3')} AS expansion_accounts`,
    `${count('kind = 2')} AS reactivated_accounts`,
    `${count('kind = 4')} AS contraction_accounts`,
    `${count('kind = 5')} AS churned_accounts`,
    `${count('kind = 7')} AS new_and_churned_accounts`,
  ];
  const body: Node = { kind: 'keyword', text: columns.join(', ') };
  return group === null
    ? sql`SELECT ${body} FROM cl WHERE kind > 0`
    : sql`SELECT ${group} AS g, ${body} FROM cl WHERE kind > 0 GROUP BY ${group}`;
}

/** Reads the totals and counts of row `i` into `target`. */
function readTotals(rows: RowReader, i: number, target: Record<string, unknown>): void {
  for (const [column, field] of TOTALS) target[field] = rows.number(i, column);
  for (const [column, field] of COUNTS) target[field] = rows.count(i, column);
}

/** Options of {@link movementsQuery}: the pure function's window options, over a table. */
export type MovementsQueryOptions = SnapshotQueryOptions &
  (
    | { from: string; to: string; period?: undefined }
    | { period: string; from?: undefined; to?: undefined }
  ) & {
    /** `'month'` (default), `'quarter'` or `'year'`: a period's MRR is its last month's. */
    grain?: Grain | undefined;
    /**
     * Whether the query returns one row per account so the result carries `accounts` (the
     * drill-down), as `mrrMovements` does. `false` returns one row of totals and `accounts: []`.
     * @default true
     */
    includeAccounts?: boolean | undefined;
  };

function pureOptions(
  functionName: string,
  options: Record<string, unknown>,
  ctx: SnapshotContext,
): MrrMovementsOptions {
  const window: Record<string, unknown> = { duplicateRows: ctx.duplicateRows };
  for (const key of ['from', 'to', 'period', 'grain']) {
    if (options[key] !== undefined) window[key] = options[key];
  }
  if (options['includeAccounts'] !== undefined && typeof options['includeAccounts'] !== 'boolean') {
    fail(
      functionName,
      'options.includeAccounts',
      `must be true or false, got ${show(options['includeAccounts'])}`,
    );
  }
  return window as unknown as MrrMovementsOptions;
}

/**
 * The SQL twin of `mrrMovements`: the movements between the end of `from` and the end of `to`
 * (or the one period `period`), per SPEC §3, computed by the database. `toResult(rows)` returns an
 * `MrrMovements`. The per-account rows are ordered by account id (the pure function keeps input
 * order, which a table does not have).
 */
export function movementsQuery(options: MovementsQueryOptions): SqlQuery<MrrMovements> {
  const NAME = 'movementsQuery';
  const raw = readOptions(NAME, options);
  rejectUnknown(NAME, raw, [
    ...SNAPSHOT_OPTIONS,
    'from',
    'to',
    'period',
    'grain',
    'includeAccounts',
  ]);
  const ctx = readSnapshotOptions(NAME, raw);
  const window = pureOptions(NAME, raw, ctx);
  // The pure function checks the window exactly as mrrMovements does (and labels the result).
  const empty = mrrMovements([], window);
  const grain = empty.grain;
  const p0 = lastMonth(labelIndex(empty.from, grain), grain);
  const p1 = lastMonth(labelIndex(empty.to, grain), grain);
  const includeAccounts = raw['includeAccounts'] !== false;

  const ctes = snapshotCtes(ctx, param(p1, 'bigint'));
  ctes.push(
    sql`pa AS (SELECT a, SUM(CASE WHEN mi = ${param(p0, 'bigint')} THEN m ELSE 0 END) AS s, SUM(CASE WHEN mi = ${param(p1, 'bigint')} THEN m ELSE 0 END) AS e, MAX(CASE WHEN mi > ${param(p0, 'bigint')} AND mi < ${param(p1, 'bigint')} AND m > 0 THEN 1 ELSE 0 END) AS ins, MIN(CASE WHEN m > 0 THEN mi END) AS fp FROM am GROUP BY a)`,
    sql`cl AS (SELECT a, s, e, ${classify(sql`s`, sql`e`, sql`ins`, sql`fp < ${param(p0, 'bigint')}`)} AS kind FROM pa)`,
  );
  let select: Node;
  if (includeAccounts) {
    const segment = ctx.columns.segment !== null;
    if (segment) {
      ctes.push(
        sql`segs AS (SELECT a, MIN(CASE WHEN sg <> '' THEN sg END) AS sg FROM src GROUP BY a)`,
      );
    }
    const rowsSelect = segment
      ? sql`SELECT cl.a AS account_id, cl.s AS s, cl.e AS e, cl.kind AS kind, segs.sg AS segment FROM cl LEFT JOIN segs ON segs.a = cl.a WHERE cl.kind > 0`
      : sql`SELECT cl.a AS account_id, cl.s AS s, cl.e AS e, cl.kind AS kind, CAST(NULL AS TEXT_T) AS segment FROM cl WHERE cl.kind > 0`;
    select = sql`SELECT ${META_COLUMNS}, x.account_id, CAST(x.s AS DOUBLE_T) AS s, CAST(x.e AS DOUBLE_T) AS e, CAST(x.kind AS DOUBLE_T) AS kind, x.segment FROM meta LEFT JOIN (${rowsSelect}) x ON TRUE ORDER BY x.account_id`;
  } else {
    select = sql`SELECT ${META_COLUMNS}, t.* FROM meta CROSS JOIN (${aggregate(null)}) t`;
  }
  const { sql: text, params } = render(ctx.dialect, withCtes(ctes, select));
  return {
    dialect: ctx.dialect,
    sql: text,
    params,
    toResult(rowsIn) {
      const rows = new RowReader(NAME, rowsIn);
      const currency = checkMeta(NAME, rows);
      const result = mrrMovements([], window);
      if (currency !== undefined) result.currency = currency;
      if (!includeAccounts) {
        readTotals(rows, 0, result as unknown as Record<string, unknown>);
        return result;
      }
      const accounts: AccountMovement[] = [];
      const sums: Record<string, number[]> = {};
      for (const [, field] of TOTALS) sums[field] = [];
      const counts: Record<string, number> = {};
      for (const [, field] of COUNTS) counts[field] = 0;
      for (let i = 0; i < rows.length; i++) {
        if (rows.isNull(i, 'account_id')) continue;
        const accountId = rows.text(i, 'account_id')!;
        const s = rows.number(i, 's');
        const e = rows.number(i, 'e');
        const code = rows.count(i, 'kind');
        const movement = KINDS[code];
        if (movement == null) fail(NAME, 'kind', `row ${i} has an unknown movement code ${code}`);
        const amount =
          movement === 'churn'
            ? s
            : movement === 'expansion'
              ? e - s
              : movement === 'contraction'
                ? s - e
                : movement === 'new' || movement === 'reactivation'
                  ? e
                  : 0;
        const row: AccountMovement = { accountId, startingMrr: s, endingMrr: e, movement, amount };
        const segment = rows.text(i, 'segment');
        if (segment !== null) row.segment = segment;
        accounts.push(row);
        if (s > 0) {
          sums['startingMrr']!.push(s);
          counts['startingAccounts']!++;
        }
        if (e > 0) {
          sums['endingMrr']!.push(e);
          counts['endingAccounts']!++;
        }
        if (s > 0 && e > 0) counts['retainedAccounts']!++;
        const slot = {
          new: ['newMrr', 'newAccounts'],
          reactivation: ['reactivationMrr', 'reactivatedAccounts'],
          expansion: ['expansionMrr', 'expansionAccounts'],
          contraction: ['contractionMrr', 'contractionAccounts'],
          churn: ['churnedMrr', 'churnedAccounts'],
          unchanged: null,
          'new-and-churned': [null, 'newAndChurnedAccounts'],
        }[movement];
        if (slot) {
          if (slot[0]) sums[slot[0]]!.push(amount);
          counts[slot[1]!]!++;
        }
      }
      const target = result as unknown as Record<string, unknown>;
      for (const [, field] of TOTALS) target[field] = compensatedSum(sums[field]!);
      for (const [, field] of COUNTS) target[field] = counts[field];
      target['accounts'] = accounts;
      return result;
    },
  };
}

/** Options of {@link movementsSeriesQuery}. */
export type MovementsSeriesQueryOptions = SnapshotQueryOptions & {
  /** The first starting point (`'YYYY-MM'`, or a quarter / year label at that grain). */
  from: string;
  /** The last period measured. */
  to: string;
  /** `'month'` (default), `'quarter'` or `'year'`: a period's MRR is its last month's. */
  grain?: Grain | undefined;
  /**
   * Only `false` (the default here): the series carries totals and counts, `accounts: []`, like
   * `mrrMovementsSeries(rows, { includeAccounts: false })`. Ask `movementsQuery` for one period's
   * per-account rows.
   * @default false
   */
  includeAccounts?: false | undefined;
};

/**
 * The SQL twin of `mrrMovementsSeries(rows, { from, to, grain, includeAccounts: false })`: one
 * entry per period P with from < P ≤ to (23 for a two-year monthly window), whatever the number of
 * rows. The database returns one row per period that has any movement; `toResult` fills the others
 * with zeros, as the pure function does.
 */
export function movementsSeriesQuery(
  options: MovementsSeriesQueryOptions,
): SqlQuery<MrrMovementsSeriesEntry[]> {
  const NAME = 'movementsSeriesQuery';
  const raw = readOptions(NAME, options);
  rejectUnknown(NAME, raw, [...SNAPSHOT_OPTIONS, 'from', 'to', 'grain', 'includeAccounts']);
  if (raw['includeAccounts'] !== undefined && raw['includeAccounts'] !== false) {
    fail(
      NAME,
      'options.includeAccounts',
      `is not supported by the SQL series (it returns totals per period); ask movementsQuery({ period }) for one period's accounts, got ${show(raw['includeAccounts'])}`,
      raw['includeAccounts'],
    );
  }
  const ctx = readSnapshotOptions(NAME, raw);
  if (raw['from'] === undefined || raw['to'] === undefined) {
    fail(NAME, 'options', "needs a window: pass { from: 'YYYY-MM', to: 'YYYY-MM' }");
  }
  const window = pureOptions(NAME, raw, ctx);
  const pure = { ...window, includeAccounts: false } as MrrMovementsSeriesOptions;
  const empty = mrrMovementsSeries([], pure);
  const grain = empty[0]!.grain;
  const from = labelIndex(empty[0]!.from, grain);
  const to = labelIndex(empty[empty.length - 1]!.to, grain);
  const k = MONTHS[grain];

  // One pass over the rows, grouped by account: its MRR at each point (the last month of each
  // period from `from` to `to`; split subscriptions summed), whether it paid strictly between two
  // points, and its first paid month. Then one branch per transition over those per-account rows.
  // (MRR ≥ 0 is checked by `meta`, so a month's sum is > 0 exactly when one of its rows is.)
  const periods = to - from;
  const point = (j: number) => lastMonth(from + j, grain);
  const columns: Node[] = [];
  for (let j = 0; j <= periods; j++) {
    columns.push(sql`SUM(CASE WHEN mi = ${point(j)} THEN m ELSE 0 END) AS v${j}`);
    if (j > 0 && k > 1) {
      columns.push(
        sql`MAX(CASE WHEN mi > ${point(j - 1)} AND mi < ${point(j)} AND m > 0 THEN 1 ELSE 0 END) AS i${j}`,
      );
    }
  }
  const branches: Node[] = [];
  for (let j = 1; j <= periods; j++) {
    const ins = k > 1 ? sql`i${j}` : sql`0`;
    branches.push(
      sql`SELECT ${from + j} AS g, v${j - 1} AS s, v${j} AS e, ${classify(sql`v${j - 1}`, sql`v${j}`, ins, sql`fp < ${point(j - 1)}`)} AS kind FROM acc`,
    );
  }
  const ctes = snapshotCtes(ctx, null);
  ctes.push(
    sql`acc AS (SELECT a, ${join(columns, ', ')}, MIN(CASE WHEN m > 0 THEN mi END) AS fp FROM src WHERE mi <= ${param(point(periods), 'bigint')} GROUP BY a)`,
    sql`cl AS (${join(branches, '\nUNION ALL ')})`,
    sql`agg AS (${aggregate(sql`g`)})`,
  );
  const select = sql`SELECT ${META_COLUMNS}, CAST(agg.g AS DOUBLE_T) AS period_index, ${{
    kind: 'keyword',
    text: [...TOTALS, ...COUNTS].map(([column]) => `agg.${column}`).join(', '),
  }} FROM meta LEFT JOIN agg ON TRUE ORDER BY agg.g`;
  const { sql: text, params } = render(ctx.dialect, withCtes(ctes, select));
  return {
    dialect: ctx.dialect,
    sql: text,
    params,
    toResult(rowsIn) {
      const rows = new RowReader(NAME, rowsIn);
      const currency = checkMeta(NAME, rows);
      const series = mrrMovementsSeries([], pure);
      for (let i = 0; i < rows.length; i++) {
        if (rows.isNull(i, 'period_index')) continue;
        const period = rows.number(i, 'period_index');
        const entry = series[period - from - 1];
        if (entry === undefined || !Number.isInteger(period)) {
          fail(NAME, 'period_index', `row ${i} names period ${period}, outside the window`);
        }
        readTotals(rows, i, entry as unknown as Record<string, unknown>);
      }
      if (currency !== undefined) for (const entry of series) entry.currency = currency;
      return series;
    },
  };
}
