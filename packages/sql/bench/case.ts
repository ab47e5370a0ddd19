/**
 * One measurement of bench/series.bench.ts, in its own process so its peak RSS is its own:
 * `case.ts duckdb <parquet>` or `case.ts pure <parquet>`. Prints one JSON line.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { type MrrSnapshot, mrrMovementsSeries } from '@vitals/metrics';
import { movementsSeriesQuery } from '../src';
import { duckDbFile } from '../src/duckdb';

const [kind, path] = process.argv.slice(2) as ['duckdb' | 'pure', string];
const window = { from: '2024-01', to: '2025-12' } as const;
const peakRssMb = () => process.resourceUsage().maxRSS / 1024;
/** DuckDB's settings: a memory limit, so a 50M-row run spills to disk instead of taking the RAM. */
const config = {
  memory_limit: process.env['VITALS_SQL_BENCH_MEMORY'] ?? '4GB',
  temp_directory: join(tmpdir(), 'vitals-sql-bench', 'spill'),
};

if (kind === 'duckdb') {
  const started = performance.now();
  const query = movementsSeriesQuery({
    dialect: 'duckdb',
    source: duckDbFile({ parquet: path }),
    columns: { subscriptionId: 'subscriptionId' },
    ...window,
  });
  const instance = await DuckDBInstance.create(':memory:', config);
  const connection = await instance.connect();
  const rows = (
    await connection.runAndReadAll(query.sql, query.params as never[])
  ).getRowObjectsJS();
  const result = query.toResult(rows);
  const ms = performance.now() - started;
  connection.closeSync();
  instance.closeSync();
  console.log(
    JSON.stringify({
      ms,
      peakRssMb: peakRssMb(),
      rowsToJs: rows.length,
      entries: result.length,
      result,
    }),
  );
} else {
  const loadStarted = performance.now();
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const reader = await connection.runAndReadAll(
    'SELECT "accountId", period, mrr, "subscriptionId" FROM read_parquet($1)',
    [path],
  );
  const rows = reader.getRowObjectsJS() as unknown as MrrSnapshot[];
  connection.closeSync();
  instance.closeSync();
  const loadMs = performance.now() - loadStarted;
  globalThis.gc?.();
  const started = performance.now();
  const result = mrrMovementsSeries(rows, { ...window, includeAccounts: false });
  const ms = performance.now() - started;
  console.log(
    JSON.stringify({
      ms,
      loadMs,
      peakRssMb: peakRssMb(),
      rowsToJs: rows.length,
      entries: result.length,
      result,
    }),
  );
}
