import { afterAll, beforeAll, expect } from 'vitest';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
// @ts-expect-error: a plain ES module shared with the CI scripts, without type declarations.
import { CHROMIUM_ARGS, findChromium } from '../../.ci/chromium.mjs';
// @ts-expect-error: a plain ES module shared with prepare.mjs, without type declarations.
import { hostsDir } from '../paths.mjs';
import { messagesForLocale } from '../../packages/react/src/messages/catalogues';

/** The folder of one prepared host app; fails with what to run when it is not there. */
export function hostApp(host: string): string {
  const dir = hostsDir() as string;
  const manifest = join(dir, 'manifest.json');
  const hosts: string[] = existsSync(manifest)
    ? JSON.parse(readFileSync(manifest, 'utf8')).hosts
    : [];
  if (!hosts.includes(host)) {
    throw new Error(
      `host "${host}" is not prepared in ${dir}: run "node hosts/prepare.mjs" after "pnpm build" ` +
        '(pnpm test and pnpm test:hosts do both).',
    );
  }
  return join(dir, host);
}

/** A free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * Starts a host's server (`command` in `cwd`) and waits until `url` answers; the returned
 * function stops it and everything it started.
 */
export async function startServer(
  name: string,
  command: string,
  args: string[],
  cwd: string,
  url: string,
): Promise<() => void> {
  const child: ChildProcess = spawn(command, args, {
    cwd,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const stop = () => {
    if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(
        `host "${name}": server exited (${child.exitCode}) before it answered\n${output}`,
      );
    }
    try {
      const response = await fetch(url);
      if (response.ok) return stop;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      stop();
      throw new Error(`host "${name}": server did not answer ${url} within 60 s\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Debian's (or the configured) Chromium, headless. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium() as string | null;
  if (!executablePath) {
    throw new Error(
      'Chromium not found: run "node .ci/chromium.mjs --ensure" or set CHROMIUM_PATH.',
    );
  }
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

/** A page with every console error and warning and every uncaught exception recorded. */
export async function openPage(
  browser: Browser,
  url: string,
  width = 1280,
): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push(`console.${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, problems };
}

/** Waits until React has hydrated (or rendered) the Vitals root: its DOM node carries a fiber. */
export async function waitForReact(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const root = document.querySelector('.vitals-root');
      return root !== null && Object.keys(root).some((key) => key.startsWith('__reactFiber'));
    },
    undefined,
    { timeout: 30_000 },
  );
}

/** The raw numbers the installed `@vitals/metrics` computes on the hosts' book. */
export interface ExpectedNumbers {
  nrr: number;
  grr: number;
  startingMrr: number;
  endingMrr: number;
  nps: number;
}

/** Runs the node host's expected.mjs: the pure functions, from the packed tarball. */
export function expectedNumbers(): ExpectedNumbers {
  const output = execFileSync('node', ['expected.mjs'], { cwd: hostApp('node'), encoding: 'utf8' });
  return JSON.parse(output) as ExpectedNumbers;
}

const MINUS = '\u2212';
const withMinus = (text: string) => text.replace(/^-/, MINUS);

/** The texts a page must show for `expected` in `locale`/`currency`, formatted here with Intl. */
export function expectedTexts(expected: ExpectedNumbers, locale: string, currency: string) {
  const percent = new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  const money = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    maximumFractionDigits: 0,
  });
  const score = Math.round(expected.nps);
  return {
    cards: [
      percent.format(expected.nrr),
      percent.format(expected.grr),
      money.format(expected.endingMrr),
    ],
    waterfall: [percent.format(expected.nrr), money.format(expected.startingMrr)],
    nps: withMinus(
      new Intl.NumberFormat(locale, { maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(
        score === 0 ? 0 : score,
      ),
    ),
  };
}

/** What the page shows: the metric cards' values and every chart's text alternative. */
export async function pageNumbers(page: Page): Promise<{ cards: string[]; descriptions: string }> {
  return page.evaluate(() => {
    const cards = [...document.querySelectorAll('.vitals-metric-card-value')].map(
      (node) => node.textContent ?? '',
    );
    const descriptions = [...document.querySelectorAll('[aria-describedby]')]
      .flatMap((node) => (node.getAttribute('aria-describedby') ?? '').split(/\s+/))
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join('\n');
    return { cards, descriptions };
  });
}

/**
 * The checks every dashboard page passes: React took over the server's markup (or rendered),
 * the numbers are the pure functions' in the page's locale, a chart's control works, and the
 * console stayed silent.
 */
export async function checkDashboard(
  page: Page,
  problems: string[],
  where: string,
  { locale, currency }: { locale: string; currency: string },
  expected: ExpectedNumbers,
): Promise<void> {
  await waitForReact(page);
  const texts = expectedTexts(expected, locale, currency);
  const shown = await pageNumbers(page);
  expect(shown.cards, `${where}: metric card values`).toEqual(texts.cards);
  for (const text of texts.waterfall) {
    expect(shown.descriptions, `${where}: waterfall text alternative`).toContain(text);
  }
  // The NPS sentence opens with the locale's name for the score, then the score itself.
  const npsSummary = messagesForLocale(locale).nps.summary;
  expect(shown.descriptions, `${where}: NPS text alternative`).toContain(
    `${npsSummary.slice(0, npsSummary.indexOf('{headline}'))}${texts.nps}`,
  );
  expect(await textOutsideCharts(page), `${where}: chart text drawn outside its card`).toEqual([]);
  // Event handlers are attached: a chart's table toggle answers a click.
  const toggle = page.locator('.vitals-table-toggle').first();
  expect(await toggle.getAttribute('aria-expanded'), `${where}: table toggle`).toBe('false');
  await toggle.click();
  await expect
    .poll(() => toggle.getAttribute('aria-expanded'), { message: `${where}: table toggle opens` })
    .toBe('true');
  expect(problems, `${where}: console errors, warnings and uncaught exceptions`).toEqual([]);
}

/** What a host's tests share: its server's address, a browser and the expected numbers. */
export interface HostContext {
  base: string;
  browser: Browser;
  expected: ExpectedNumbers;
}

/**
 * Registers the hooks that start `host`'s server (`node <args(port)>` in the host's folder) on
 * a free port, launch Chromium and compute the expected numbers, and stop both afterwards.
 * The returned context is filled in before the first test runs.
 */
export function serveHost(
  host: string,
  args: (port: number) => string[],
  readyPath = '/',
): HostContext {
  const context = {} as HostContext;
  let stop: (() => void) | undefined;
  beforeAll(async () => {
    const port = await freePort();
    context.base = `http://127.0.0.1:${port}`;
    stop = await startServer(
      host,
      process.execPath,
      args(port),
      hostApp(host),
      `${context.base}${readyPath}`,
    );
    context.browser = await launchChromium();
    context.expected = expectedNumbers();
  });
  afterAll(async () => {
    await context.browser?.close();
    stop?.();
  });
  return context;
}

/**
 * Text of a chart's SVG that is drawn outside the chart's card (a label cut off, or spilling over
 * the host's page), e.g. when a `dir="rtl"` page flips the SVG's text anchors.
 */
export async function textOutsideCharts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const outside: string[] = [];
    for (const text of document.querySelectorAll('.vitals-chart svg text')) {
      const card = text.closest('.vitals-chart')?.getBoundingClientRect();
      const box = text.getBoundingClientRect();
      if (!card || box.width === 0) continue;
      if (box.left < card.left - 0.5 || box.right > card.right + 0.5) {
        const title = text.closest('.vitals-chart')?.querySelector('.vitals-chart-title');
        outside.push(`${title?.textContent ?? 'chart'}: "${text.textContent}"`);
      }
    }
    return outside;
  });
}
