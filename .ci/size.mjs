#!/usr/bin/env node
/**
 * Bundle-size check: bundles each public entry the way an app would (esbuild, minified, ESM,
 * React external, tree-shaken) and measures it gzipped. Fails, naming the entry and its size,
 * when a budget is exceeded. Run after `pnpm build`: `node .ci/size.mjs` (`--json` for data).
 *
 * Budgets (gzip): all of @vitals/metrics ≤ 10 KB; any one @vitals/react component with its
 * dependencies (d3, @vitals/metrics) ≤ 25 KB; all of @vitals/react ≤ 60 KB.
 * `--compare` also bundles, the same way, the bar chart a vendor might otherwise pick from
 * recharts, @tremor/react and @nivo/bar (root devDependencies, never dependencies of a package).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);
const { build } = require('esbuild');

const KB = 1024;
export const BUDGETS = { metricsWhole: 10 * KB, component: 25 * KB, reactWhole: 60 * KB };
const dist = (pkg) => fileURLToPath(new URL(`../packages/${pkg}/dist/index.js`, import.meta.url));
const REACT_EXTERNALS = [
  'react',
  'react-dom',
  'react/jsx-runtime',
  'react-dom/client',
  'react-dom/server',
];

/** Gzipped size in bytes of a minified bundle of `source`, resolved from packages/react. */
export async function bundleSize(source, { external = REACT_EXTERNALS, resolveDir } = {}) {
  const result = await build({
    stdin: {
      contents: source,
      resolveDir: resolveDir ?? fileURLToPath(new URL('../packages/react', import.meta.url)),
      loader: 'js',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    external,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const code = result.outputFiles[0].contents;
  return { raw: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength };
}

const kb = (bytes) => `${(bytes / KB).toFixed(2)} KB`;

async function main() {
  for (const pkg of ['metrics', 'react']) {
    if (!existsSync(dist(pkg))) {
      console.error(`size: ${dist(pkg)} is missing; run "pnpm build" first.`);
      process.exit(1);
    }
  }
  const metrics = await import(dist('metrics'));
  const react = await import(dist('react'));
  const rows = [];
  const failures = [];
  const measure = async (name, source, budget) => {
    const size = await bundleSize(source);
    rows.push({ name, ...size, budget });
    if (budget !== undefined && size.gzip > budget)
      failures.push(`${name} is ${kb(size.gzip)} gzip, over its ${kb(budget)} budget`);
  };

  await measure(
    '@vitals/metrics (all)',
    `export * from ${JSON.stringify(dist('metrics'))};`,
    BUDGETS.metricsWhole,
  );
  for (const name of Object.keys(metrics).sort()) {
    await measure(
      `@vitals/metrics { ${name} }`,
      `export { ${name} } from ${JSON.stringify(dist('metrics'))};`,
    );
  }
  await measure(
    '@vitals/react (all)',
    `export * from ${JSON.stringify(dist('react'))};`,
    BUDGETS.reactWhole,
  );
  const components = Object.keys(react)
    .filter((name) => /^[A-Z]/.test(name) && typeof react[name] === 'function')
    .sort();
  for (const name of components) {
    await measure(
      `@vitals/react { ${name} }`,
      `export { ${name} } from ${JSON.stringify(dist('react'))};`,
      BUDGETS.component,
    );
  }

  if (process.argv.includes('--compare')) {
    const root = fileURLToPath(new URL('..', import.meta.url));
    const alternatives = {
      'recharts { BarChart, Bar, XAxis, YAxis, Tooltip }':
        "export { BarChart, Bar, XAxis, YAxis, Tooltip } from 'recharts';",
      '@tremor/react { BarChart }': "export { BarChart } from '@tremor/react';",
      '@nivo/bar { ResponsiveBar }': "export { ResponsiveBar } from '@nivo/bar';",
    };
    for (const [name, source] of Object.entries(alternatives)) {
      const size = await bundleSize(source, { resolveDir: root });
      rows.push({ name: `for comparison: ${name}`, ...size, budget: undefined });
    }
  }

  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(rows, null, 2));
  } else {
    console.log('| entry | minified | gzip | budget (gzip) |');
    console.log('|---|---:|---:|---:|');
    for (const row of rows) {
      console.log(
        `| ${row.name} | ${kb(row.raw)} | ${kb(row.gzip)} | ${row.budget === undefined ? '—' : kb(row.budget)} |`,
      );
    }
  }
  if (failures.length > 0) {
    console.error(`\nsize budget exceeded:\n- ${failures.join('\n- ')}`);
    process.exit(1);
  }
  console.log(`\nsize: ${rows.length} entries measured, all within budget.`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
