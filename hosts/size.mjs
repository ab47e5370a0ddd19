#!/usr/bin/env node
// @ts-check
/**
 * What Vitals adds to a vendor's Vite app, gzipped: builds the prepared Vite host (see
 * prepare.mjs) four ways with its own Vite and React, and sums the gzip size of the JavaScript
 * each build ships. Run after `node hosts/prepare.mjs vite`: `node hosts/size.mjs`.
 *
 * - baseline: React 19 rendering one heading;
 * - data only: the sample-data generators the dashboard's book calls (no Vitals metric code),
 *   rendered as a count;
 * - dashboard: the whole dashboard (`shared/Dashboard.tsx`, every component);
 * - recharts: one recharts `BarChart` (Bar, XAxis, YAxis, Tooltip), the bar chart a vendor might
 *   otherwise pick, installed for this measurement only (`npm install --no-save`).
 *
 * Vitals' share is dashboard − data only; recharts' is recharts − baseline.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { hostsDir } from './paths.mjs';

const RECHARTS = '3.10.1';
const app = join(hostsDir(), 'vite');

/** Each variant's entry module, rendered into #root. */
const VARIANTS = {
  baseline: `import { createRoot } from 'react-dom/client';
createRoot(document.getElementById('root')!).render(<h1>Customer health</h1>);`,
  'data only': `import { createRoot } from 'react-dom/client';
import {
  generateHealthAccounts,
  generateHealthHistory,
  generateSampleData,
  generateSurveyResponses,
} from '@vitals/sample-data';
const rows = generateSampleData({ seed: 42 }).snapshots.length;
const accounts = generateHealthAccounts({ seed: 42 });
const history = generateHealthHistory(accounts.map((a) => ({ id: a.id, currentScore: 60 })));
const responses = generateSurveyResponses({ survey: 'nps' });
createRoot(document.getElementById('root')!).render(
  <h1>{rows + accounts.length + history.length + responses.length} rows</h1>,
);`,
  dashboard: `import '@vitals/react/styles.css';
import { createRoot } from 'react-dom/client';
import { Dashboard } from '../Dashboard';
createRoot(document.getElementById('root')!).render(<Dashboard locale="en-US" theme="light" />);`,
  recharts: `import { createRoot } from 'react-dom/client';
import { Bar, BarChart, Tooltip, XAxis, YAxis } from 'recharts';
const data = [{ month: 'Jan', net: 1200 }, { month: 'Feb', net: -300 }];
createRoot(document.getElementById('root')!).render(
  <BarChart width={600} height={300} data={data}>
    <XAxis dataKey="month" /><YAxis /><Tooltip /><Bar dataKey="net" fill="#2563eb" />
  </BarChart>,
);`,
};

/** Gzip bytes of every .js file under `dir`. */
function gzipOfJs(/** @type {string} */ dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.js')) {
      total += gzipSync(readFileSync(join(entry.parentPath, entry.name)), { level: 9 }).byteLength;
    }
  }
  return total;
}

async function main() {
  execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', `recharts@${RECHARTS}`], {
    cwd: app,
    stdio: 'inherit',
  });
  const vite = await import(pathToFileURL(join(app, 'node_modules/vite/dist/node/index.js')).href);
  const react = (
    await import(pathToFileURL(join(app, 'node_modules/@vitejs/plugin-react/dist/index.js')).href)
  ).default;
  mkdirSync(join(app, 'size'), { recursive: true });
  /** @type {Record<string, number>} */
  const sizes = {};
  for (const [name, source] of Object.entries(VARIANTS)) {
    const slug = name.replace(/\W+/g, '-');
    writeFileSync(join(app, 'size', `${slug}.tsx`), source);
    writeFileSync(
      join(app, 'size', `${slug}.html`),
      `<!doctype html><div id="root"></div><script type="module" src="./${slug}.tsx"></script>`,
    );
    const outDir = join(app, 'size-dist', slug);
    await vite.build({
      root: app,
      configFile: false,
      logLevel: 'error',
      plugins: [react()],
      build: {
        outDir,
        emptyOutDir: true,
        rollupOptions: { input: join(app, 'size', `${slug}.html`) },
      },
    });
    sizes[name] = gzipOfJs(outDir);
  }
  const kb = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  const s = /** @type {Record<keyof typeof VARIANTS, number>} */ (sizes);
  console.log('\nVite host, production build, JavaScript gzip (level 9):');
  for (const [name, bytes] of Object.entries(sizes))
    console.log(`  ${name.padEnd(10)} ${kb(bytes)}`);
  console.log(`\n  Vitals (whole dashboard) adds ${kb(s.dashboard - s['data only'])}`);
  console.log(`  the sample-data generators add ${kb(s['data only'] - s.baseline)}`);
  console.log(`  one recharts BarChart adds ${kb(s.recharts - s.baseline)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
