import { MetricsInputError, type ValidationIssue } from '@vitals/metrics';
import type { RowReader } from './rows';
import { type Dialect, type Node, ident, join, readDialect, sql } from './sql';
import { type SqlSource, readChoice, readColumns, readSource } from './source';

/** Column names of an MRR snapshot table, one per `MrrSnapshot` field. */
export interface SnapshotColumns {
  /** @default 'accountId' */
  accountId?: string | undefined;
  /** Text `'YYYY-MM'` or `'YYYY-MM-DD'`, or a `DATE` with `periodType: 'date'`. @default 'period' */
  period?: string | undefined;
  /** @default 'mrr' */
  mrr?: string | undefined;
  /** Read only when mapped: checks that all rows name one currency. */
  currency?: string | undefined;
  /** Read only when mapped: each account's segment in the per-account rows. */
  segment?: string | undefined;
  /** Read only when mapped: tells split subscriptions apart (SPEC §2). */
  subscriptionId?: string | undefined;
}

/** Options every query over MRR snapshots takes. */
export interface SnapshotQueryOptions {
  /** The SQL dialect to generate. */
  dialect: Dialect;
  /** The table to read (a name, or its qualified parts). Pass this or `source`. */
  table?: string | readonly string[] | undefined;
  /** The table or subquery to read. Pass this or `table`. */
  source?: SqlSource | undefined;
  /** Column names, when they differ from the `MrrSnapshot` field names. */
  columns?: SnapshotColumns | undefined;
  /**
   * How the period column is stored: text `'YYYY-MM'` (or `'YYYY-MM-DD'`), or a SQL `DATE`.
   * @default 'text'
   */
  periodType?: 'text' | 'date' | undefined;
  /**
   * Two rows identical in every mapped column: an error (the default, as in `@vitals/metrics`;
   * the query counts them, which costs one more aggregation over the rows) or summed like split
   * subscriptions (`'sum'`, the fast path when `subscriptionId` is not mapped).
   * @default 'error'
   */
  duplicateRows?: 'error' | 'sum' | undefined;
}

export const SNAPSHOT_OPTIONS = [
  'dialect',
  'table',
  'source',
  'columns',
  'periodType',
  'duplicateRows',
] as const;

type Field = 'accountId' | 'period' | 'mrr' | 'currency' | 'segment' | 'subscriptionId';

/** Everything a snapshot query needs, read and checked. */
export interface SnapshotContext {
  dialect: Dialect;
  source: Node;
  columns: Record<Field, string | null>;
  periodType: 'text' | 'date';
  duplicateRows: 'error' | 'sum';
}

export function readSnapshotOptions(
  functionName: string,
  options: Record<string, unknown>,
): SnapshotContext {
  const dialect = readDialect(functionName, options['dialect']);
  const source = readSource(functionName, options);
  const columns = readColumns<Field>(functionName, options['columns'], {
    accountId: 'accountId',
    period: 'period',
    mrr: 'mrr',
    currency: null,
    segment: null,
    subscriptionId: null,
  });
  const periodType = readChoice(
    functionName,
    'periodType',
    options['periodType'],
    ['text', 'date'],
    'text',
  );
  const duplicateRows = readChoice(
    functionName,
    'duplicateRows',
    options['duplicateRows'],
    ['error', 'sum'],
    'error',
  );
  return { dialect, source, columns, periodType, duplicateRows };
}

/** The month index (`year × 12 + month − 1`) of the period column. */
function monthIndex(ctx: SnapshotContext): Node {
  const p = sql`s.${ident(ctx.columns.period!)}`;
  return ctx.periodType === 'date'
    ? sql`CAST(EXTRACT(YEAR FROM ${p}) AS BIGINT_T) * 12 + CAST(EXTRACT(MONTH FROM ${p}) AS BIGINT_T) - 1`
    : sql`CAST(SUBSTR(${p}, 1, 4) AS BIGINT_T) * 12 + CAST(SUBSTR(${p}, 6, 2) AS BIGINT_T) - 1`;
}

/**
 * The CTEs shared by every snapshot query:
 * - `src` (a, mi, m, raw period and the optional columns), one row per input row;
 * - `meta`, one row: row count, invalid rows (NULL account, period or MRR, or MRR < 0), the number
 *   of currencies and the currency, exact duplicate rows and repeated subscriptions;
 * - `am`, MRR per account and month (split subscriptions summed, SPEC §3), rows up to `maxMonth`.
 */
export function snapshotCtes(ctx: SnapshotContext, maxMonth: Node | null): Node[] {
  const { columns } = ctx;
  const col = (name: string | null) => (name === null ? sql`NULL` : sql`s.${ident(name)}`);
  const src = sql`src AS (SELECT CAST(${col(columns.accountId)} AS TEXT_T) AS a, ${monthIndex(ctx)} AS mi, CAST(${col(columns.mrr)} AS DOUBLE_T) AS m, ${col(columns.period)} AS rp, ${col(columns.currency)} AS cur, ${col(columns.segment)} AS sg, ${col(columns.subscriptionId)} AS sub FROM ${ctx.source} AS s)`;

  const checksExact = ctx.duplicateRows === 'error';
  const checksSubscription = columns.subscriptionId !== null;
  const ctes: Node[] = [src];
  if (checksExact || checksSubscription) {
    ctes.push(
      sql`grp AS (SELECT a, mi, rp, m, cur, sg, sub, COUNT(*) AS n FROM src GROUP BY a, mi, rp, m, cur, sg, sub)`,
    );
  }
  ctes.push(
    checksExact
      ? sql`dx AS (SELECT COALESCE(SUM(n - 1), 0) AS exact_dups FROM grp)`
      : sql`dx AS (SELECT 0 AS exact_dups)`,
    checksSubscription
      ? sql`ds AS (SELECT COUNT(*) AS sub_conflicts FROM (SELECT a FROM grp WHERE sub IS NOT NULL GROUP BY a, mi, sub HAVING COUNT(*) > 1) x)`
      : sql`ds AS (SELECT 0 AS sub_conflicts)`,
  );
  // A text period must look like 'YYYY-MM' or 'YYYY-MM-DD' with a month from 01 to 12 (a
  // non-numeric part is the database's own cast error).
  const badPeriod =
    ctx.periodType === 'text'
      ? sql` OR NOT (LENGTH(rp) IN (7, 10) AND SUBSTR(rp, 5, 1) = '-' AND mi - CAST(SUBSTR(rp, 1, 4) AS BIGINT_T) * 12 BETWEEN 0 AND 11)`
      : sql``;
  const currencies =
    columns.currency === null
      ? sql`0 AS currencies, CAST(NULL AS TEXT_T) AS currency`
      : sql`COUNT(DISTINCT UPPER(cur)) AS currencies, MIN(UPPER(cur)) AS currency`;
  ctes.push(
    sql`meta0 AS (SELECT COUNT(*) AS row_count, COALESCE(SUM(CASE WHEN a IS NULL OR mi IS NULL OR m IS NULL OR m < 0${badPeriod} THEN 1 ELSE 0 END), 0) AS invalid_rows, ${currencies} FROM src)`,
    sql`meta AS (SELECT CAST(row_count AS DOUBLE_T) AS row_count, CAST(invalid_rows AS DOUBLE_T) AS invalid_rows, CAST(currencies AS DOUBLE_T) AS currencies, currency, CAST(dx.exact_dups AS DOUBLE_T) AS exact_dups, CAST(ds.sub_conflicts AS DOUBLE_T) AS sub_conflicts FROM meta0 CROSS JOIN dx CROSS JOIN ds)`,
  );
  const where = maxMonth === null ? sql`` : sql` WHERE mi <= ${maxMonth}`;
  ctes.push(sql`am AS (SELECT a, mi, SUM(m) AS m FROM src${where} GROUP BY a, mi)`);
  return ctes;
}

/** `WITH cte, cte, … SELECT …`. */
export function withCtes(ctes: readonly Node[], select: Node): Node {
  return sql`WITH ${join(ctes, ',\n')}\n${select}`;
}

/** The `meta` columns every snapshot query returns on each row. */
export const META_COLUMNS = sql`meta.row_count, meta.invalid_rows, meta.currencies, meta.currency, meta.exact_dups, meta.sub_conflicts`;

/**
 * Checks the `meta` columns of the first row: invalid rows, exact duplicates, repeated
 * subscriptions and mixed currencies are a `MetricsInputError`, as in `@vitals/metrics` (which
 * names the row index; SQL rows have no index, so the issue gives the count). Returns the currency.
 */
export function checkMeta(functionName: string, rows: RowReader): string | undefined {
  const issues: ValidationIssue[] = [];
  const invalid = rows.count(0, 'invalid_rows');
  if (invalid > 0) {
    issues.push({
      index: null,
      field: 'row',
      message: `${invalid} row(s) have a NULL account, period or MRR, a period that is not 'YYYY-MM' (or 'YYYY-MM-DD') with a month from 01 to 12, or an MRR below 0`,
      value: invalid,
    });
  }
  const exact = rows.count(0, 'exact_dups');
  if (exact > 0) {
    issues.push({
      index: null,
      field: 'row',
      message: `${exact} row(s) duplicate another row (identical in every field); pass { duplicateRows: 'sum' } to add identical rows up`,
      value: exact,
    });
  }
  const subs = rows.count(0, 'sub_conflicts');
  if (subs > 0) {
    issues.push({
      index: null,
      field: 'subscriptionId',
      message: `${subs} subscription(s) appear twice in the same account and month`,
      value: subs,
    });
  }
  const currencies = rows.count(0, 'currencies');
  if (currencies > 1) {
    issues.push({
      index: null,
      field: 'currency',
      message: `the rows name ${currencies} currencies; Vitals converts nothing, so pass amounts in one currency`,
      value: currencies,
    });
  }
  if (issues.length > 0) throw new MetricsInputError(functionName, issues);
  return currencies === 1 ? (rows.text(0, 'currency') ?? undefined) : undefined;
}

export type { Dialect };
