/**
 * `@vitals/sql/duckdb`: runs a `@vitals/sql` query in-process on DuckDB, the embedded default, over
 * a table, a CSV file or Parquet files. Needs the optional peer dependency `@duckdb/node-api`.
 */
import type { SqlQuery } from './movements';
import type { SubquerySource } from './source';
import { fail, show } from './sql';

/** A file DuckDB reads as the rows of a query: Parquet (a path or a glob) or CSV. */
export type DuckDbFile =
  { parquet: string; csv?: undefined } | { csv: string; parquet?: undefined };

/**
 * A query `source` that reads a Parquet or CSV file (the path is a bound value, never SQL text).
 * Pass it as `source` to any query builder with `dialect: 'duckdb'`.
 *
 * @example
 * const q = movementsSeriesQuery({ dialect: 'duckdb', source: duckDbFile({ parquet: 'mrr.parquet' }), from: '2024-01', to: '2025-12' });
 */
export function duckDbFile(file: DuckDbFile): SubquerySource {
  if (file === null || typeof file !== 'object') {
    fail('duckDbFile', 'file', `must be { parquet: path } or { csv: path }, got ${show(file)}`);
  }
  const path = file.parquet ?? file.csv;
  if (
    typeof path !== 'string' ||
    path === '' ||
    (file.parquet !== undefined && file.csv !== undefined)
  ) {
    fail('duckDbFile', 'file', 'must be { parquet: path } or { csv: path } with a non-empty path');
  }
  const reader = file.parquet !== undefined ? 'read_parquet' : 'read_csv';
  return { subquery: `SELECT * FROM ${reader}($1)`, params: [path] };
}

/** The part of a DuckDB connection (`@duckdb/node-api`'s `DuckDBConnection`) that runs a query. */
export interface DuckDbConnectionLike {
  runAndReadAll(
    sql: string,
    values?: never[],
  ): Promise<{ getRowObjectsJS(): Record<string, unknown>[] }>;
}

/** Options of {@link runDuckDb}. */
export interface RunDuckDbOptions {
  /**
   * A connection to reuse (it stays open). Without one, `runDuckDb` opens an in-memory database
   * (or `database`), runs the query and closes it.
   */
  connection?: DuckDbConnectionLike | undefined;
  /** A DuckDB database file to open when no `connection` is given. @default ':memory:' */
  database?: string | undefined;
  /**
   * DuckDB settings for the database it opens when no `connection` is given, e.g.
   * `{ memory_limit: '4GB', threads: '4', temp_directory: '/tmp/duckdb' }`. DuckDB's own default
   * memory limit is 80 % of the machine's RAM; on a shared server, set one (DuckDB then spills to
   * `temp_directory`).
   */
  config?: Readonly<Record<string, string>> | undefined;
}

/**
 * Runs a query built with `dialect: 'duckdb'` and returns `query.toResult(rows)`: exactly the
 * shape of the pure function, ready to pass as a component's `data`.
 *
 * @example
 * const series = await runDuckDb(
 *   movementsSeriesQuery({ dialect: 'duckdb', source: duckDbFile({ parquet: 'mrr.parquet' }), from: '2024-01', to: '2025-12' }),
 * );
 */
export async function runDuckDb<TResult>(
  query: SqlQuery<TResult>,
  options: RunDuckDbOptions = {},
): Promise<TResult> {
  if (query === null || typeof query !== 'object' || query.dialect !== 'duckdb') {
    fail(
      'runDuckDb',
      'query',
      `must be a @vitals/sql query built with dialect: 'duckdb', got ${show(query?.dialect ?? query)}`,
    );
  }
  if (options === null || typeof options !== 'object') {
    fail('runDuckDb', 'options', `must be an object, got ${show(options)}`);
  }
  const values = query.params as never[];
  if (options.connection !== undefined) {
    const reader = await options.connection.runAndReadAll(query.sql, values);
    return query.toResult(reader.getRowObjectsJS());
  }
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const instance = await DuckDBInstance.create(options.database ?? ':memory:', {
    ...options.config,
  });
  const connection = await instance.connect();
  try {
    const reader = await connection.runAndReadAll(query.sql, values);
    return query.toResult(reader.getRowObjectsJS());
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
