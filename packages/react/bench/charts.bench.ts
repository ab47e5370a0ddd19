/**
 * First render of each chart with 36 months of data, in headless Chromium (charts.page.tsx),
 * beside recharts' BarChart drawing the same 36 months in the same run. Before timing, the
 * movements chart and the recharts chart must both draw one column per month.
 */
import os from 'node:os';
import { launchChromium, median, servePage } from './browser.ts';

const RUNS = Number(process.env.CHART_RUNS ?? 7);
declare const window: {
  chartsBench: {
    names: string[];
    periods: number;
    render(name: string): Promise<{ ms: number; commitMs: number; columns: number }>;
  };
};

async function main() {
  const { url, server } = await servePage('charts.page.tsx', 'charts bench');
  const browser = await launchChromium();
  const times = new Map<string, number[]>();
  const commits = new Map<string, number[]>();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    await page.goto(url);
    await page.waitForFunction(() => 'chartsBench' in window, undefined, { timeout: 120_000 });
    const { names, periods } = await page.evaluate(() => ({
      names: window.chartsBench.names,
      periods: window.chartsBench.periods,
    }));
    // Warm-up and agreement: both bar charts draw one column per month.
    for (const name of names) {
      const { columns } = await page.evaluate((n) => window.chartsBench.render(n), name);
      if ((name === 'MrrMovementsChart' || name === 'recharts BarChart') && columns !== periods) {
        throw new Error(
          `${name} drew ${columns} columns for ${periods} months; no time is printed.`,
        );
      }
    }
    for (let run = 0; run < RUNS; run++) {
      for (const name of run % 2 ? [...names].reverse() : names) {
        const { ms, commitMs } = await page.evaluate((n) => window.chartsBench.render(n), name);
        times.set(name, [...(times.get(name) ?? []), ms]);
        commits.set(name, [...(commits.get(name) ?? []), commitMs]);
      }
    }
    console.log(`\n## Charts: first render with ${periods} months of data`);
    console.log(
      `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, Chromium ${browser.version()}, load ${os.loadavg()[0]!.toFixed(1)}; median of ${RUNS} runs after a warm-up`,
    );
    const alternative = median(commits.get('recharts BarChart')!);
    console.log(
      '| chart | render + commit, median ms | ratio to recharts BarChart | to painted, median ms |',
    );
    console.log('|---|---:|---:|---:|');
    for (const name of names) {
      const commit = median(commits.get(name)!);
      const painted = median(times.get(name)!);
      console.log(
        `| ${name} | ${commit.toFixed(1)} | ${(commit / alternative).toFixed(2)}× | ${painted.toFixed(1)} |`,
      );
    }
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
