/**
 * A small Node example: a Parquet file of MRR snapshots → the movements series computed by DuckDB
 * in-process → `<MrrMovementsChart>` rendered to HTML on the server (what a React Server Component
 * or a server-rendered route does). Run it with
 *
 *   node --import tsx packages/sql/examples/parquet-to-chart.tsx path/to/mrr.parquet > chart.html
 *
 * The Parquet file needs the columns `account_id`, `month` ('YYYY-MM') and `mrr`.
 * test/render.test.tsx runs `renderMovementsChart` on a generated file.
 */
import { pathToFileURL } from 'node:url';
import { MrrMovementsChart, VitalsProvider } from '@vitals/react';
import { renderToString } from 'react-dom/server';
import { movementsSeriesQuery } from '../src';
import { duckDbFile, runDuckDb } from '../src/duckdb';

export async function renderMovementsChart(
  parquet: string,
  window: { from: string; to: string } = { from: '2024-01', to: '2024-12' },
): Promise<{ html: string; series: Awaited<ReturnType<typeof movementsSeries>> }> {
  const series = await movementsSeries(parquet, window);
  const html = renderToString(
    <VitalsProvider currency="USD" locale="en-US">
      <MrrMovementsChart data={series} />
    </VitalsProvider>,
  );
  return { html, series };
}

function movementsSeries(parquet: string, window: { from: string; to: string }) {
  return runDuckDb(
    movementsSeriesQuery({
      dialect: 'duckdb',
      source: duckDbFile({ parquet }),
      columns: { accountId: 'account_id', period: 'month', mrr: 'mrr' },
      ...window,
    }),
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [parquet, from, to] = process.argv.slice(2);
  if (!parquet) {
    console.error('usage: parquet-to-chart.tsx <file.parquet> [from YYYY-MM] [to YYYY-MM]');
    process.exit(1);
  }
  const { html } = await renderMovementsChart(parquet, {
    from: from ?? '2024-01',
    to: to ?? '2024-12',
  });
  console.log(`<!doctype html><meta charset="utf-8"><body>${html}</body>`);
}
