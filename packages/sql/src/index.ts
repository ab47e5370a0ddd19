/**
 * `@vitals/sql`: the metric definitions of `@vitals/metrics` as SQL for DuckDB, PostgreSQL,
 * BigQuery, Snowflake and Trino. Each builder returns `{ sql, params, toResult(rows) }`, and
 * `toResult` returns exactly the shape of the pure function, so every hook and component takes it
 * as `data`. `@vitals/sql/duckdb` runs a query in-process over a table, a CSV or a Parquet file.
 */
export { DIALECTS } from './sql';
export type { Dialect, SqlParam } from './sql';
export type { SqlSource, SubquerySource } from './source';
export type { SnapshotColumns, SnapshotQueryOptions } from './snapshots';
export { movementsQuery, movementsSeriesQuery } from './movements';
export type { MovementsQueryOptions, MovementsSeriesQueryOptions, SqlQuery } from './movements';
export { cohortRetentionQuery } from './cohorts';
export type { CohortRetentionQueryOptions } from './cohorts';
export { cesQuery, csatQuery, npsQuery } from './voice';
export type {
  CesQueryOptions,
  CsatQueryOptions,
  NpsQueryOptions,
  ResponseColumns,
  ResponseQueryOptions,
} from './voice';
export { healthScoresQuery } from './health';
export type { HealthColumns, HealthScoresQueryOptions } from './health';
