#!/usr/bin/env node
/**
 * The whole test suite, in the order a failure is cheapest to read:
 * Chromium and the pinned fonts → build → typecheck → lint → package checks → bundle sizes → host apps (the packed
 * packages installed with npm, built and typechecked) → every vitest project (unit, React 18,
 * stories in Chromium with axe, the stories' screenshots against their baselines with the layout
 * checks, the example app's end-to-end smoke test, the host apps served and loaded in Chromium).
 * It stops at the first failing stage and exits non-zero; on success its last line is the total:
 * `vitest: N passed, 0 failed`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { hostsDir } from '../hosts/paths.mjs';
import { ensureChromium } from './chromium.mjs';
import { compactBaselines } from '../.storybook/visual-png.mjs';
import { ensureFonts } from './fonts.mjs';

const RESULTS = '.vitest-results/results.json';
const env = {
  ...process.env,
  TURBO_TELEMETRY_DISABLED: '1',
  FORCE_COLOR: process.env.CI ? '0' : '1',
};

function stage(name, command, args) {
  const started = Date.now();
  console.log(`\n▶ ${name}: ${[command, ...args].join(' ')}`);
  const run = spawnSync(command, args, { stdio: 'inherit', env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (run.status !== 0) {
    console.error(`\n✖ ${name} failed after ${seconds} s (exit ${run.status ?? run.signal}).`);
    process.exit(run.status || 1);
  }
  console.log(`✔ ${name} (${seconds} s)`);
}

const started = Date.now();
env.CHROMIUM_PATH = ensureChromium();
console.log(`Chromium: ${env.CHROMIUM_PATH}`);
// The story tests measure text and the visual tests compare screenshots: both need the same fonts.
ensureFonts();

stage('build', 'pnpm', ['exec', 'turbo', 'run', 'build', '--output-logs=errors-only']);
stage('typecheck', 'pnpm', ['exec', 'turbo', 'run', 'typecheck', '--output-logs=errors-only']);
stage('typecheck (Storybook and CI configs)', 'pnpm', ['exec', 'tsc', '-p', 'tsconfig.json']);
stage('lint', 'pnpm', ['exec', 'eslint', '.', '--max-warnings', '0']);
stage('format', 'pnpm', ['exec', 'prettier', '--check', '.', '--log-level', 'warn']);
stage('package checks (publint, attw, API reports, README props tables)', 'pnpm', [
  'exec',
  'turbo',
  'run',
  'check:package',
  '--output-logs=errors-only',
]);

stage('publish dry run (tarballs, no warnings)', 'node', ['.ci/publish-dry-run.mjs']);
stage('bundle size budgets', 'node', ['.ci/size.mjs']);
// The packed tarballs installed with npm into fresh Next.js, Vite, React 18 and Node apps; the
// vitest project `hosts` below serves each app and checks it in Chromium.
stage('hosts: pack, npm install, build and typecheck each host app', 'node', ['hosts/prepare.mjs']);

rmSync('.vitest-results', { recursive: true, force: true });
mkdirSync('.vitest-results', { recursive: true });
const testsStarted = Date.now();
const tests = spawnSync(
  'pnpm',
  [
    'exec',
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${RESULTS}`,
  ],
  { stdio: 'inherit', env },
);

// A baseline the visual tests wrote (a new story, outside CI) is stored small (visual-png.mjs).
compactBaselines();

const minutes = ((Date.now() - started) / 60000).toFixed(1);
if (!existsSync(RESULTS)) {
  console.error(`\n✖ tests did not report results (exit ${tests.status}).`);
  process.exit(tests.status || 1);
}
const report = JSON.parse(readFileSync(RESULTS, 'utf8'));
const passed = report.numPassedTests;
const failed = report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0);
const skipped = report.numPendingTests + report.numTodoTests;
console.log(
  `\nvitest ran in ${((Date.now() - testsStarted) / 1000).toFixed(1)} s; all stages in ${minutes} min.`,
);
if (tests.status !== 0 && failed === 0) {
  console.error(
    `✖ vitest exited ${tests.status} although no test failed (a suite failed to load?).`,
  );
  process.exit(tests.status || 1);
}
// The host apps take about 1 GB: keep them only when something failed, to look into.
if (tests.status === 0) rmSync(hostsDir(), { recursive: true, force: true });
else console.log(`The host apps are kept in ${hostsDir()}.`);
console.log(
  `vitest: ${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`,
);
process.exit(tests.status ?? 1);
