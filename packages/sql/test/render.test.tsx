/**
 * The README's path from a Parquet file to a rendered chart, for real, through the Node example
 * (examples/parquet-to-chart.tsx): `runDuckDb` over Parquet gives the series, and
 * `<MrrMovementsChart data={series} />` renders it on the server as a React Server Component would.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, expect, it } from 'vitest';
import { renderMovementsChart } from '../examples/parquet-to-chart';

const dir = mkdtempSync(join(tmpdir(), 'vitals-sql-render-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('Parquet → runDuckDb → MrrMovementsChart renders every period (the Node example)', async () => {
  const parquet = join(dir, 'mrr.parquet');
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  // 40 accounts over 2024: every third churns in June, every fifth joins in March.
  await connection.run(`COPY (
    SELECT 'acct-' || a AS account_id, strftime(DATE '2024-01-01' + INTERVAL (m) MONTH, '%Y-%m') AS month,
           CASE WHEN a % 3 = 0 AND m >= 5 THEN 0 WHEN a % 5 = 0 AND m < 2 THEN 0 ELSE 100 + a * 10 + m END AS mrr
    FROM range(40) t(a), range(12) u(m)) TO '${parquet}' (FORMAT parquet)`);
  connection.closeSync();
  instance.closeSync();

  const { html, series } = await renderMovementsChart(parquet);
  expect(series).toHaveLength(11);
  expect(series[4]!.churnedAccounts).toBe(14); // June: accounts 0, 3, …, 39
  expect(series[1]!.newAccounts).toBe(8); // March: accounts 0, 5, …, 35

  expect(html).toContain('<svg');
  expect(html).toContain('$'); // amounts formatted in the provider's currency
  expect(html.match(/2024/g)?.length ?? 0).toBeGreaterThanOrEqual(11);
});
