#!/usr/bin/env node
/**
 * Regenerates the picture on Storybook's Introduction page
 * (docs/storybook/assets/customer-health-overview.png): the `Examples/Customer health overview`
 * story in the light theme, en-US, at 1280 × 800 CSS pixels and device pixel ratio 1 (the first
 * screen of the page), taken in Chromium.
 *
 *   node .ci/screenshot-intro.mjs                          starts `storybook dev` on port 6114,
 *                                                          takes the picture, stops the server
 *   node .ci/screenshot-intro.mjs --url http://localhost:6006   uses a Storybook already running
 *
 * It fails when the file would exceed 250 KB, so the docs stay light to load.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(root, 'docs/storybook/assets/customer-health-overview.png');
const STORY = 'examples-customer-health-overview--overview';
const VIEWPORT = { width: 1280, height: 800 };
const MAX_BYTES = 250 * 1024;
const PORT = 6114;

const urlFlag = process.argv.indexOf('--url');
const given = urlFlag === -1 ? null : process.argv[urlFlag + 1];
if (urlFlag !== -1 && !given) throw new Error('--url needs a value, e.g. http://localhost:6006');

/** Resolves once Storybook answers index.json, or rejects after `seconds`. */
async function waitForStorybook(base, seconds, server) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (server && server.exitCode !== null) {
      throw new Error(`storybook dev exited with code ${server.exitCode}`);
    }
    try {
      const response = await fetch(new URL('index.json', base));
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`Storybook did not answer at ${base} within ${seconds} s`);
}

let server = null;
const base = new URL(given ?? `http://localhost:${PORT}/`);
if (!given) {
  // Its own process group, so stopping it stops Vite's children too.
  server = spawn('pnpm', ['exec', 'storybook', 'dev', '-p', String(PORT), '--no-open', '--ci'], {
    cwd: root,
    detached: true,
    stdio: 'ignore',
  });
}

function stopServer() {
  if (server && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
}

let browser;
try {
  await waitForStorybook(base, 180, server);
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: run `node .ci/chromium.mjs --ensure`.');
  browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const story = new URL('iframe.html', base);
  story.search = new URLSearchParams({
    id: STORY,
    viewMode: 'story',
    globals: 'theme:light;locale:en-US',
  }).toString();
  // The first visit to a dev server may wait for Vite to pre-bundle dependencies.
  await page.goto(story.href, { waitUntil: 'networkidle', timeout: 180_000 });
  await page
    .getByRole('heading', { name: 'Customer health', level: 1 })
    .waitFor({ timeout: 180_000 });
  await page.evaluate(() => document.fonts.ready);
  // Charts size themselves with ResizeObserver after the first paint.
  await page.waitForTimeout(500);
  mkdirSync(dirname(OUT), { recursive: true });
  await page.screenshot({ path: OUT, animations: 'disabled', caret: 'hide' });
  const bytes = statSync(OUT).size;
  console.log(`${OUT}: ${VIEWPORT.width} × ${VIEWPORT.height}, ${(bytes / 1024).toFixed(1)} KB`);
  if (bytes > MAX_BYTES) {
    throw new Error(`the picture is ${bytes} bytes, over the ${MAX_BYTES} byte budget`);
  }
} finally {
  await browser?.close();
  stopServer();
}
