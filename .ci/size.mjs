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
    ceiling: 42.82 * KB,
    why: 'measured 42.72 KB (ceiling = measured + 0.1); 43.01 KB before the second issue 15 size pass (POINTS_TIERS no longer bundled with every tier reader, one mustBe/throwMustBe for the remaining hand-written issues, one Neumaier step, one own-property reader). The issue 15 size pass took it from 38.96 to 38.84 KB (one mustBe builder, one forEachRow row reader, rate formulas shared by reconcileConventions, benchmarkBands from one rule); then issue 16 on top of the issue 15 size pass, as each branch measured it: the accounts behind each mark (movementAccounts, cohortCellAccounts, healthTierAccounts, surveyAccounts, each checking its input) 1.7 KB, the intervals (wilsonInterval, npsInterval, zForConfidence, interval and maturity fields with their checks) 1.4 KB, the segment filter and comparison windows 0.9 KB; the issue 14 health speed pass 0.16 KB and netNewMrr (moved in from @vitals/react) 0.1 KB. Every SPEC metric with row-and-field validation (SPEC §2); the whole without the health family is 25.75 KB and the health family alone 18.77 KB, so 30 KB needs health in an entry of its own (a SPEC §1 change); docs/benchmarks.md',
  },
  '@vitals/metrics { scoreHealth }': {
    ceiling: 10.19 * KB,
    why: 'measured 10.09 KB (10.25 before the second issue 15 size pass: POINTS_TIERS no longer rides along, the scorecard checks build their issues with mustBe); the whole health engine (scorecard compiler, every normalizer, combine, overrides, tiers, percentile) with the health input rules of SPEC §2 (own properties, read once, throwing getters, overflow); the issue 14 speed pass (signals written straight into the score block, results made by a constructor) 0.16 KB',
  },
  '@vitals/react (all)': {
    ceiling: 154.43 * KB,
    why: "measured 154.33 KB: 154.16 KB after issue 19's design pass, then the tier list's explicit table roles in cards (+0.17 KB, so WebKit keeps rows and cells when CSS display restyles them) (the second issue 15 size pass had it at 148.63 KB). What issue 19 added, as each branch measured it on its own: the zoomed waterfall with its break marks, toggle and fitted step names, and one mark per movement segment 2.14 KB; the trend's band-label gutter and legend, the NPS interval line and trend legend, interval columns 1.87 KB; the cohort heatmap's two-sided scale, scroll hint and plurals 0.79 KB; the overview's window words and MetricCard rows 0.35 KB; the tier list's cards 0.29 KB. 134.26 KB after the first issue 15 size pass (our own linear scale); what each part adds then: @vitals/metrics 35.3 KB, TanStack Table v9 + Virtual 27.4 KB, the four non-English catalogues the provider chooses by locale (SPEC §9) 18.6 KB (about 20 KB now), d3 6.6 KB. Issues 15 and 16 then added the tier list's words and CSV download 4.3 KB, intervals 4.1 KB, segments, small multiples and comparisons 3.4 KB, drill-through 1.4 KB. esbuild writes every non-ASCII character as a \\uXXXX escape; measured as Vite ships it (UTF-8) the whole is about 0.6 KB smaller. docs/benchmarks.md",
  },
  '@vitals/react { HealthTierList }': {
    ceiling: 57.85 * KB,
    why: 'measured 57.75 KB with the explicit table roles of its cards (+0.14 KB: WebKit drops table semantics from elements CSS restyles); measured 57.68 KB against its own 52 KB budget (57.41 before issue 19 raised it by 0.27 KB: the stacked cards below 640 px of its own width with their labels, whole rows with a sideways scrollbar measured, CSS sort arrows and full text in title; everything else of that design pass is CSS): TanStack Table v9 + Virtual are 25.3 KB of it; the scoring engine with the SPEC §2 health input rules and healthTierRows about 14.7 KB; every word of the list from the catalogue (about 40 keys, issue 15) and CSV rounded as shown and read back in any locale 1.9 KB',
  },
  '@vitals/react { NpsBreakdown }': {
    ceiling: 32.51 * KB,
    why: 'measured 31.88 KB, then 32.41 KB with issue 19 (+0.53 KB: the bounded interval as a "likely between" line under the margin, the trend legend, the interval bounds as table columns); 27.64 KB after the issue 15 size pass, then issue 16 on top of the issue 15 size pass, as each branch measured it: the bounded interval (adjusted Wald, Wilson, z for any level) with the trend band 1.6 KB, CSV download with its words 1.6 KB (0.2 KB of it reading back ar-EG digits and currency words for the raw file), the accounts behind each part 0.7 KB; d3-shape line and area 4.2 KB (it ships as one file whose curve prototypes stay in any bundle)',
  },
  '@vitals/react { RetentionTrend }': {
    ceiling: 32.46 * KB,
    why: 'measured 31.49 KB, then 32.36 KB with issue 19 (+0.87 KB: band labels in a gutter right of the plot, placed by layoutBandLabels and bandGutter, a full-colour range tick per band, the poor band hatched, and the legend of bands not named in full); 27.01 KB after the issue 15 size pass, then issue 16 on top of the issue 15 size pass, as each branch measured it: the compareTo overlay and one line per segment 1.8 KB, CSV download with its words 1.6 KB (0.2 KB of it reading back ar-EG digits and currency words for the raw file), the accounts behind each point 0.5 KB',
  },
  '@vitals/react { VitalsProvider }': {
    ceiling: 31.68 * KB,
    why: "measured 31.58 KB: the five catalogues it chooses from by locale (SPEC §9); 30.16 KB before issue 19, whose words in five languages each branch measured as: the waterfall's axis-break and step names and the movement segment label 0.62 KB, the band legend, interval columns and NPS interval line 0.55 KB, the overview's window words 0.25 KB, the cohort plurals 0.2 KB. Its own code is about 2.4 KB; measured as Vite ships it (UTF-8, no \\uXXXX escapes) it is about 0.85 KB smaller",
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
