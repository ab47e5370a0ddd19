/**
 * Profiles the tier-list bench page (not a bench, and not run by `pnpm bench`): serves
 * tier-list.page.tsx with function names kept, then records one first render with the
 * DevTools protocol's profiler and prints the heaviest functions by self and total time.
 *
 *   pnpm exec tsx bench/tier-list.profile.ts [list|bare]
 *
 * `PROFILE_RUNS=n` profiles n fresh pages; `PROFILE_BRIEF=fnA,fnB` prints one line per run with
 * the total time of those functions; `PROFILE_SCROLL=1` profiles the 300 scroll frames instead of
 * the render; `PROFILE_HEAP=1` samples allocations (bytes by allocating function) instead of time;
 * `PROFILE_OUT=file.cpuprofile` writes the profile for DevTools.
 */
import { writeFileSync } from 'node:fs';
import { launchChromium, servePage } from './browser.ts';

const kind = process.argv[2] === 'bare' ? 'bare' : 'list';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}
interface HeapNode {
  callFrame: { functionName: string; lineNumber: number };
  selfSize: number;
  children: HeapNode[];
}
declare const window: {
  tierListBench: {
    render(kind: string): Promise<{ ms: number }>;
    scroll(): Promise<number[]>;
  };
};

async function main() {
  const { url, server } = await servePage('tier-list.page.tsx', 'HealthTierList profile', {
    keepNames: true,
  });
  const browser = await launchChromium();
  try {
    for (let run = 0; run < Number(process.env.PROFILE_RUNS ?? 1); run++) await once(browser, url);
  } finally {
    await browser.close();
    server.close();
  }
}

async function once(browser: Awaited<ReturnType<typeof launchChromium>>, url: string) {
  {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(url);
    await page.waitForFunction(() => 'tierListBench' in window, undefined, { timeout: 120_000 });
    const cdp = await page.context().newCDPSession(page);
    if (process.env.PROFILE_HEAP) {
      // Allocations instead of time: bytes allocated during the render, by allocating function.
      await cdp.send('HeapProfiler.enable');
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.startSampling', {
        samplingInterval: 1024,
        includeObjectsCollectedByMajorGC: true,
        includeObjectsCollectedByMinorGC: true,
      });
      await page.evaluate((k) => window.tierListBench.render(k), kind);
      const { profile } = (await cdp.send('HeapProfiler.stopSampling')) as unknown as {
        profile: { head: HeapNode };
      };
      const bytes = new Map<string, number>();
      let total = 0;
      const walk = (node: HeapNode, path: string) => {
        const key = `${node.callFrame.functionName || '(anonymous)'}:${node.callFrame.lineNumber} < ${path}`;
        bytes.set(key, (bytes.get(key) ?? 0) + node.selfSize);
        total += node.selfSize;
        for (const child of node.children) walk(child, node.callFrame.functionName || '(anon)');
      };
      walk(profile.head, '');
      console.log(`${kind}: ${(total / 1e6).toFixed(1)} MB allocated during render`);
      for (const [key, size] of [...bytes].sort((a, b) => b[1] - a[1]).slice(0, 25))
        console.log(`${(size / 1e6).toFixed(2).padStart(8)} MB  ${key}`);
      await page.close();
      return;
    }
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    // PROFILE_SCROLL: profile the 300 scroll frames after an unprofiled render instead.
    const isScroll = Boolean(process.env.PROFILE_SCROLL);
    if (isScroll) await page.evaluate((k) => window.tierListBench.render(k), kind);
    await cdp.send('Profiler.start');
    const ms = isScroll
      ? (await page.evaluate(() => window.tierListBench.scroll())).reduce((a, b) => a + b, 0)
      : (await page.evaluate((k) => window.tierListBench.render(k), kind)).ms;
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    if (process.env.PROFILE_OUT) writeFileSync(process.env.PROFILE_OUT, JSON.stringify(profile));
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const self = new Map<number, number>();
    profile.samples.forEach((id, i) =>
      self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)),
    );
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const name = (n: ProfileNode) =>
      `${n.callFrame.functionName || '(anonymous)'}:${n.callFrame.lineNumber}`;
    const selfByName = new Map<string, number>();
    const totalByName = new Map<string, number>();
    for (const [id, us] of self) {
      const node = byId.get(id)!;
      selfByName.set(name(node), (selfByName.get(name(node)) ?? 0) + us);
      const seen = new Set<string>();
      for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
        const key = name(byId.get(cur)!);
        if (seen.has(key)) continue;
        seen.add(key);
        totalByName.set(key, (totalByName.get(key) ?? 0) + us);
      }
    }
    if (process.env.PROFILE_BRIEF) {
      const pick = (k: string) =>
        [...totalByName]
          .filter(([key]) => key.startsWith(`${k}:`))
          .reduce((a, [, us]) => a + us, 0);
      const names = (process.env.PROFILE_BRIEF ?? '').split(',');
      console.log(
        `${kind} ${ms.toFixed(0)} ms; ${names.map((k) => `${k} ${(pick(k) / 1000).toFixed(0)}`).join(', ')}`,
      );
      await page.close();
      return;
    }
    const top = (map: Map<string, number>, n: number) =>
      [...map]
        .sort((a, b) => b[1] - a[1])
        .slice(0, n)
        .map(([k, us]) => `${(us / 1000).toFixed(1).padStart(8)} ms  ${k}`)
        .join('\n');
    console.log(`${kind}: render → painted ${ms.toFixed(0)} ms`);
    console.log(`self time:\n${top(selfByName, 30)}`);
    console.log(`total time:\n${top(totalByName, 45)}`);
    await page.close();
  }
}

await main();
