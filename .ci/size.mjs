#!/usr/bin/env node
/**
 * Bundle-size check: bundles each public entry the way an app would (esbuild, minified, ESM,
 * React external, tree-shaken) and measures it gzipped. Fails, naming the entry and its size,
 * when a budget is exceeded. Run after `pnpm build`: `node .ci/size.mjs` (`--json` for data).
 *
 * Budgets (gzip, decided in issue 15): all of @vitals/metrics ≤ 30 KB; each @vitals/metrics export
 * imported alone ≤ 8 KB; all of @vitals/metrics/csv with its parser (papaparse, 7.2 KB of it)
 * ≤ 12 KB; any one @vitals/react component with its dependencies (d3, @vitals/metrics) ≤ 30 KB,
 * except HealthTierList with TanStack Table and Virtual ≤ 52 KB; all of @vitals/react ≤ 100 KB;
 * all of @vitals/sql's own code (@vitals/metrics, which has its own budget, external) ≤ 12 KB.
 * Entries known to be over are listed in `OVER_BUDGET` with a ceiling they may not pass. Runs in
 * `pnpm test`.
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
export const BUDGETS = {
  metricsWhole: 30 * KB,
  metricsFunction: 8 * KB,
  metricsCsv: 12 * KB,
  component: 30 * KB,
  /** Components with a budget of their own instead of `component`. */
  components: { HealthTierList: 52 * KB },
  reactWhole: 100 * KB,
  sqlWhole: 12 * KB,
};

/** The budget of one @vitals/react component imported alone. */
export const componentBudget = (name) => BUDGETS.components[name] ?? BUDGETS.component;

/**
 * Entries over their budget today, each with a ceiling it must not grow past and the reason it is
 * over (docs/benchmarks.md, "Bundle size", has the detail). The check fails when a listed entry
 * grows past its ceiling, and when it fits its budget again (then delete it here). Lower a ceiling
 * whenever its entry shrinks: this list only ever gets shorter and tighter.
 */
export const OVER_BUDGET = {
  '@vitals/metrics (all)': {
    ceiling: 43.11 * KB,
    why: 'measured 43.01 KB (ceiling = measured + 0.1). The issue 15 size pass took it from 38.96 to 38.84 KB (one mustBe builder, one forEachRow row reader, rate formulas shared by reconcileConventions, benchmarkBands from one rule); then issue 16 on top of the issue 15 size pass, as each branch measured it: the accounts behind each mark (movementAccounts, cohortCellAccounts, healthTierAccounts, surveyAccounts, each checking its input) 1.7 KB, the intervals (wilsonInterval, npsInterval, zForConfidence, interval and maturity fields with their checks) 1.4 KB, the segment filter and comparison windows 0.9 KB; the issue 14 health speed pass 0.16 KB and netNewMrr (moved in from @vitals/react) 0.1 KB. Every SPEC metric with row-and-field validation (SPEC §2); the health family costs 16.7 KB of the whole, so 30 KB needs health in an entry of its own (a SPEC §1 change); docs/benchmarks.md',
  },
  '@vitals/metrics { scoreHealth }': {
    ceiling: 10.35 * KB,
    why: 'measured 10.25 KB; the whole health engine (scorecard compiler, every normalizer, combine, overrides, tiers, percentile) with the health input rules of SPEC §2 (own properties, read once, throwing getters, overflow); the issue 14 speed pass (signals written straight into the score block, results made by a constructor) 0.16 KB',
  },
  '@vitals/metrics { reconcileConventions }': {
    ceiling: 8.24 * KB,
    why: 'measured 8.14 KB; 7.80 KB after the issue 15 size pass, then mrrMovements reads the segment filter and rejects period with from/to (issue 16) 0.34 KB; mrrMovements with its row index and duplicate-row detection is 5.5 KB of it',
  },
  '@vitals/react (all)': {
    ceiling: 149.39 * KB,
    why: "issue 19's overview pass: +0.35 KB (the window words before NRR in two charts in five catalogues, the header's heading box, MetricCard's direction words for screen readers), measured 149.29 KB; before it measured 148.94 KB. 134.26 KB after the issue 15 size pass (our own linear scale); what each part adds then: @vitals/metrics 35.3 KB, TanStack Table v9 + Virtual 27.4 KB, the four non-English catalogues the provider chooses by locale (SPEC §9) 18.6 KB, d3 6.6 KB. Since: the tier list's words in five languages and CSV download on every data table (issue 15 and 16) 4.3 KB, intervals 4.1 KB, segments, small multiples and comparisons 3.4 KB, drill-through 1.4 KB (issue 16 on top of the issue 15 size pass, as each branch measured it, overlapping)",
  },
  '@vitals/react { HealthTierList }': {
    ceiling: 57.51 * KB,
    why: 'measured 57.41 KB against its own 52 KB budget: TanStack Table v9 + Virtual are 25.3 KB of it; the scoring engine with the SPEC §2 health input rules and healthTierRows about 14.7 KB; every word of the list from the catalogue (about 40 keys, issue 15) and CSV rounded as shown and read back in any locale 1.9 KB',
  },
  '@vitals/react { NpsBreakdown }': {
    ceiling: 31.98 * KB,
    why: 'measured 31.88 KB; 27.64 KB after the issue 15 size pass, then issue 16 on top of the issue 15 size pass, as each branch measured it: the bounded interval (adjusted Wald, Wilson, z for any level) with the trend band 1.6 KB, CSV download with its words 1.6 KB (0.2 KB of it reading back ar-EG digits and currency words for the raw file), the accounts behind each part 0.7 KB; d3-shape line and area 4.2 KB (it ships as one file whose curve prototypes stay in any bundle)',
  },
  '@vitals/react { RetentionTrend }': {
    ceiling: 31.59 * KB,
    why: 'measured 31.49 KB; 27.01 KB after the issue 15 size pass, then issue 16 on top of the issue 15 size pass, as each branch measured it: the compareTo overlay and one line per segment 1.8 KB, CSV download with its words 1.6 KB (0.2 KB of it reading back ar-EG digits and currency words for the raw file), the accounts behind each point 0.5 KB',
  },
  '@vitals/react { VitalsProvider }': {
    ceiling: 30.41 * KB,
    why: "issue 19's overview pass: +0.25 KB (waterfall.kpiWindow and trend.kpiWindow in five catalogues), measured 30.31 KB; before it measured 30.06 KB: the five catalogues it chooses from by locale (SPEC §9), grown by the tier list's words, CSV, interval and comparison words of issues 15 and 16",
  },
};
const dist = (pkg, entry = 'index') =>
  fileURLToPath(new URL(`../packages/${pkg}/dist/${entry}.js`, import.meta.url));
const folder = (pkg) => fileURLToPath(new URL(`../packages/${pkg}`, import.meta.url));
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

/**
 * Whether an entry of `gzip` bytes passes: `null` when within its budget (or it has none), else
 * `{ fails, message }`. An entry in {@link OVER_BUDGET} passes up to its ceiling.
 */
export function checkEntry(name, gzip, budget, overBudget = OVER_BUDGET) {
  const known = overBudget[name];
  if (budget === undefined || gzip <= budget) {
    if (!known) return null;
    return {
      fails: true,
      message: `${name} is ${kb(gzip)} gzip, within its ${kb(budget)} budget: delete it from OVER_BUDGET in .ci/size.mjs`,
    };
  }
  if (!known) {
    return { fails: true, message: `${name} is ${kb(gzip)} gzip, over its ${kb(budget)} budget` };
  }
  if (gzip > known.ceiling) {
    return {
      fails: true,
      message: `${name} is ${kb(gzip)} gzip, over its ${kb(budget)} budget and past its recorded ceiling of ${kb(known.ceiling)}`,
    };
  }
  return {
    fails: false,
    message: `${name}: ${kb(gzip)} gzip, over its ${kb(budget)} budget, within its ceiling of ${kb(known.ceiling)} (${known.why})`,
  };
}

async function main() {
  for (const pkg of ['metrics', 'react', 'sql']) {
    if (!existsSync(dist(pkg))) {
      console.error(`size: ${dist(pkg)} is missing; run "pnpm build" first.`);
      process.exit(1);
    }
  }
  const metrics = await import(dist('metrics'));
  const react = await import(dist('react'));
  const rows = [];
  const failures = [];
  const allowed = [];
  const measure = async (name, source, budget, options) => {
    const size = await bundleSize(source, options);
    rows.push({ name, ...size, budget });
    const problem = checkEntry(name, size.gzip, budget);
    if (problem?.fails) failures.push(problem.message);
    else if (problem) allowed.push(problem.message);
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
      BUDGETS.metricsFunction,
    );
  }
  await measure(
    '@vitals/metrics/csv (all)',
    `export * from ${JSON.stringify(dist('metrics', 'csv'))};`,
    BUDGETS.metricsCsv,
  );
  await measure(
    '@vitals/react (all)',
    `export * from ${JSON.stringify(dist('react'))};`,
    BUDGETS.reactWhole,
  );
  const components = Object.keys(react)
    // Function components, and forwardRef components (objects with a React `$$typeof`).
    .filter(
      (name) => /^[A-Z]/.test(name) && (typeof react[name] === 'function' || react[name]?.$$typeof),
    )
    .sort();
  for (const name of components) {
    await measure(
      `@vitals/react { ${name} }`,
      `export { ${name} } from ${JSON.stringify(dist('react'))};`,
      componentBudget(name),
    );
  }

  // A server-side package: its own code, with @vitals/metrics (budgeted above) left external.
  await measure(
    '@vitals/sql (all, @vitals/metrics external)',
    `export * from ${JSON.stringify(dist('sql'))};`,
    BUDGETS.sqlWhole,
    { external: ['@vitals/metrics', '@duckdb/node-api'], resolveDir: folder('sql') },
  );

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
  if (allowed.length > 0) {
    console.log(
      `\nover budget, within the ceilings recorded in .ci/size.mjs:\n- ${allowed.join('\n- ')}`,
    );
  }
  if (failures.length > 0) {
    console.error(`\nsize check failed:\n- ${failures.join('\n- ')}`);
    process.exit(1);
  }
  console.log(
    `\nsize: ${rows.length} entries measured; ${rows.length - allowed.length} within budget, ${allowed.length} over budget within their recorded ceilings.`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
