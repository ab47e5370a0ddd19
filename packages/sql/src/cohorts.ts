import {
  type Cohort,
  type CohortCell,
  type CohortGrain,
  type CohortRetention,
  type CohortRetentionOptions,
  cohortRetention,
  parsePeriodLabel,
  wilsonInterval,
} from '@vitals/metrics';
import type { SqlQuery } from './movements';
import { RowReader } from './rows';
import {
  META_COLUMNS,
  SNAPSHOT_OPTIONS,
  type SnapshotQueryOptions,
  checkMeta,
  readSnapshotOptions,
  snapshotCtes,
  withCtes,
} from './snapshots';
import { readOptions, rejectUnknown } from './source';
import { type Node, param, render, sql } from './sql';

const MONTHS: Readonly<Record<CohortGrain, number>> = { month: 1, quarter: 3, year: 12 };

/** The period of `grain` a bound names: a month or date (the period containing it) or a label. */
function boundIndex(value: string | Date, grain: CohortGrain): number {
  // cohortRetention([], options) has already rejected a bound it cannot read.
  return Math.floor(parsePeriodLabel(value)!.index / MONTHS[grain]);
}

/** Labels a period of `grain` as the pure function does. */
export function formatPeriod(index: number, grain: CohortGrain): string {
  if (grain === 'month') {
    const year = Math.floor(index / 12);
    return `${String(year).padStart(4, '0')}-${String(index - year * 12 + 1).padStart(2, '0')}`;
  }
  if (grain === 'quarter') {
    const year = Math.floor(index / 4);
    return `${String(year).padStart(4, '0')}-Q${index - year * 4 + 1}`;
  }
  return String(index).padStart(4, '0');
}

/** Options of {@link cohortRetentionQuery}: the pure function's options, over a table. */
export type CohortRetentionQueryOptions = SnapshotQueryOptions & {
  /** The first cohort returned (a month, or a label of the grain). */
  from?: string | undefined;
  /** The last cohort returned. */
  to?: string | undefined;
  /** @default 'month' */
  grain?: CohortGrain | undefined;
};

/**
 * The SQL twin of `cohortRetention`: logo and revenue retention by cohort (an account's first
 * period with MRR > 0) and age, a period's MRR being its last month's. The database returns one row
 * per cohort and one per non-empty cell; `toResult` adds the empty cells up to the last complete
 * period, as the pure function does.
 */
export function cohortRetentionQuery(
  options: CohortRetentionQueryOptions,
): SqlQuery<CohortRetention> {
  const NAME = 'cohortRetentionQuery';
  const raw = readOptions(NAME, options);
  rejectUnknown(NAME, raw, [...SNAPSHOT_OPTIONS, 'from', 'to', 'grain']);
  const ctx = readSnapshotOptions(NAME, raw);
  const pure: CohortRetentionOptions = { duplicateRows: ctx.duplicateRows };
  for (const key of ['from', 'to', 'grain'] as const) {
    if (raw[key] !== undefined) (pure as Record<string, unknown>)[key] = raw[key];
  }
  const grain = cohortRetention([], pure).grain; // checks the options exactly as the pure function
  const k = MONTHS[grain];
  const periodOf = (month: Node) =>
    k === 1 ? month : sql`CAST(FLOOR(CAST(${month} AS DOUBLE_T) / ${k}) AS BIGINT_T)`;
  const range: Node[] = [];
  if (pure.from !== undefined)
    range.push(sql` AND c >= ${param(boundIndex(pure.from, grain), 'bigint')}`);
  if (pure.to !== undefined)
    range.push(sql` AND c <= ${param(boundIndex(pure.to, grain), 'bigint')}`);

  const ctes = snapshotCtes(ctx, null);
  ctes.push(
    sql`bounds AS (SELECT CAST(MIN(mi) AS DOUBLE_T) AS first_month, CAST(MAX(mi) AS DOUBLE_T) AS last_month FROM am)`,
    sql`co AS (SELECT a, c FROM (SELECT a, ${periodOf(sql`MIN(mi)`)} AS c FROM am WHERE m > 0 GROUP BY a) x WHERE 1 = 1${{ kind: 'list', items: range }})`,
    sql`sizes AS (SELECT c, COUNT(*) AS n FROM co GROUP BY c)`,
    sql`cells AS (SELECT c, g - c AS age, COUNT(*) AS n, SUM(m) AS mrr FROM (SELECT co.c AS c, ${periodOf(sql`am.mi`)} AS g, am.m AS m FROM am JOIN co ON co.a = am.a WHERE am.m > 0 AND MOD(am.mi, ${k}) = ${k - 1}) x GROUP BY c, g - c)`,
    sql`res AS (SELECT 0 AS kind, c, 0 AS age, n, CAST(0 AS DOUBLE_T) AS mrr FROM sizes UNION ALL SELECT 1 AS kind, c, age, n, mrr FROM cells)`,
  );
  const select = sql`SELECT ${META_COLUMNS}, bounds.first_month, bounds.last_month, CAST(res.kind AS DOUBLE_T) AS kind, CAST(res.c AS DOUBLE_T) AS cohort_index, CAST(res.age AS DOUBLE_T) AS age, CAST(res.n AS DOUBLE_T) AS n, CAST(res.mrr AS DOUBLE_T) AS mrr FROM meta CROSS JOIN bounds LEFT JOIN res ON TRUE ORDER BY res.kind, res.c, res.age`;
  const { sql: text, params } = render(ctx.dialect, withCtes(ctes, select));
  return {
    dialect: ctx.dialect,
    sql: text,
    params,
    toResult(rowsIn) {
      const rows = new RowReader(NAME, rowsIn);
      const currency = checkMeta(NAME, rows);
      const result = cohortRetention([], pure);
      if (currency !== undefined) result.currency = currency;
      const firstMonth = rows.number(0, 'first_month', true);
      const lastMonth = rows.number(0, 'last_month', true);
      if (firstMonth === null || lastMonth === null) return result;
      const last = Math.floor((lastMonth + 1) / k) - 1;
      if (last < Math.floor(firstMonth / k)) return result;
      result.lastPeriod = formatPeriod(last, grain);
      const sizes = new Map<number, number>();
      const cells = new Map<number, Map<number, [number, number]>>();
      for (let i = 0; i < rows.length; i++) {
        if (rows.isNull(i, 'kind')) continue;
        const c = rows.number(i, 'cohort_index');
        if (c > last) continue;
        if (rows.count(i, 'kind') === 0) sizes.set(c, rows.count(i, 'n'));
        else {
          const age = rows.count(i, 'age');
          if (age > last - c) continue;
          if (!cells.has(c)) cells.set(c, new Map());
          cells.get(c)!.set(age, [rows.count(i, 'n'), rows.number(i, 'mrr')]);
        }
      }
      result.cohorts = [...sizes.keys()]
        .sort((a, b) => a - b)
        .map((c): Cohort => {
          const size = sizes.get(c)!;
          const byAge = cells.get(c);
          const initialMrr = byAge?.get(0)?.[1] ?? 0;
          const list: CohortCell[] = [];
          for (let age = 0; age <= last - c; age++) {
            const [activeAccounts, mrr] = byAge?.get(age) ?? [0, 0];
            const hasInitialMrr = initialMrr > 0;
            list.push({
              age,
              period: formatPeriod(c + age, grain),
              activeAccounts,
              mrr,
              logoRetention: activeAccounts / size,
              logoRetentionInterval: wilsonInterval(activeAccounts, size)!,
              revenueRetention: hasInitialMrr ? mrr / initialMrr : null,
              reason: hasInitialMrr ? null : 'no-initial-mrr',
            });
          }
          // As cohortRetention: mature after a year (12 months, 4 quarters or 1 year) by default.
          const ageReached = last - c;
          return {
            cohort: formatPeriod(c, grain),
            size,
            initialMrr,
            ageReached,
            mature: ageReached >= 12 / k,
            cells: list,
          };
        });
      return result;
    },
  };
}
