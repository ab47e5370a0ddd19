/**
 * HealthTierList in headless Chromium against a bare TanStack Table v9 + react-virtual table of
 * the same 100,000 accounts (tier-list.page.tsx): (a) render → painted, (b) scrolling 300 frames,
 * (c) sorting 100,000 rows by score. Each run loads a fresh page; both tables must show the same
 * first rows before any figure is printed.
 */
import os from 'node:os';
import { launchChromium, median, quantile, servePage } from './browser.ts';

const RUNS = Number(process.env.TIER_LIST_RUNS ?? 5);

type Kind = 'list' | 'bare';
interface Bench {
  render(kind: Kind): Promise<{ ms: number; names: string[]; rows: number }>;
  scroll(): Promise<number[]>;
  sortByScore(kind: Kind): Promise<{ ms: number; names: string[] }>;
}
declare const window: { tierListBench: Bench };

async function main() {
  const { url, server } = await servePage('tier-list.page.tsx', 'tier-list bench');
  const browser = await launchChromium();
  const version = browser.version();

  const renders: Record<Kind, number[]> = { list: [], bare: [] };
  const frames: Record<Kind, number[]> = { list: [], bare: [] };
  const sorts: Record<Kind, number[]> = { list: [], bare: [] };
  const rowsInDom: Record<Kind, number> = { list: 0, bare: 0 };
  const firstRows: Record<Kind, string[]> = { list: [], bare: [] };
  const sortedRows: Record<Kind, string[]> = { list: [], bare: [] };
  try {
    for (let run = 0; run < RUNS + 1; run++) {
      // Alternate the order so neither always runs on a warmer machine.
      const order: Kind[] = run % 2 ? ['bare', 'list'] : ['list', 'bare'];
      for (const kind of order) {
        const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
        page.on('pageerror', (error) => console.error(`page error (${kind}): ${error.message}`));
        page.on('console', (message) => {
          if (message.type() === 'error') console.error(`console (${kind}): ${message.text()}`);
        });
        await page.goto(url);
        await page.waitForFunction(() => 'tierListBench' in window, undefined, {
          timeout: 120_000,
        });
        const rendered = await page.evaluate((k) => window.tierListBench.render(k), kind);
        const scrolled = await page.evaluate(() => window.tierListBench.scroll());
        const sorted = await page.evaluate((k) => window.tierListBench.sortByScore(k), kind);
        await page.close();
        if (run === 0) {
          // Warm-up run: checks only.
          firstRows[kind] = rendered.names;
          sortedRows[kind] = sorted.names;
          rowsInDom[kind] = rendered.rows;
          continue;
        }
        renders[kind].push(rendered.ms);
        frames[kind].push(...scrolled);
        sorts[kind].push(sorted.ms);
      }
      if (run === 0) {
        if (firstRows.list.length < 10 || firstRows.list.join('|') !== firstRows.bare.join('|')) {
          throw new Error(
            `The two tables disagree on the first rows:\n list ${firstRows.list.join(', ')}\n bare ${firstRows.bare.join(', ')}`,
          );
        }
        if (sortedRows.list.join('|') !== sortedRows.bare.join('|')) {
          throw new Error('The two tables disagree on the first rows after sorting by score.');
        }
      }
    }
  } finally {
    await browser.close();
    server.close();
  }

  const fmt = (n: number) => n.toFixed(1).padStart(8);
  console.log(
    `\nHealthTierList bench: 100,000 accounts, ${RUNS} runs (+1 warm-up), Chromium ${version}`,
  );
  console.log(
    `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, load ${os.loadavg()[0]!.toFixed(1)}`,
  );
  console.log(
    `first rows agree: ${firstRows.list.slice(0, 3).join(', ')}, …; rows in the DOM: list ${rowsInDom.list}, bare ${rowsInDom.bare}`,
  );
  console.log('                              HealthTierList  bare table   ratio');
  const line = (name: string, list: number, bare: number) =>
    console.log(
      `${name.padEnd(30)}${fmt(list)} ms${fmt(bare)} ms${(list / bare).toFixed(2).padStart(7)}×`,
    );
  line('render → painted (median)', median(renders.list), median(renders.bare));
  line('scroll frame p95', quantile(frames.list, 0.95), quantile(frames.bare, 0.95));
  line('scroll frame median', median(frames.list), median(frames.bare));
  line('sort by score → painted (med.)', median(sorts.list), median(sorts.bare));
  console.log(
    `render runs (ms): list ${renders.list.map((n) => n.toFixed(0)).join(', ')}; bare ${renders.bare.map((n) => n.toFixed(0)).join(', ')}`,
  );
  const ratio = median(renders.list) / median(renders.bare);
  console.log(
    `targets: render ≤ 1.3× bare → ${ratio <= 1.3 ? 'met' : 'NOT met'} (${ratio.toFixed(2)}×); scroll p95 ≤ 17 ms → ${quantile(frames.list, 0.95) <= 17 ? 'met' : 'NOT met'}`,
  );
}

await main();
