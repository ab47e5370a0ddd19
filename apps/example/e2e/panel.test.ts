import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module shared with the CI scripts, without type declarations.
import { CHROMIUM_ARGS, findChromium } from '../../../.ci/chromium.mjs';
import { serveStatic } from './serve';

const dist = fileURLToPath(new URL('../dist', import.meta.url));
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let browser: Browser;
let close: () => void;
let url: string;

beforeAll(async () => {
  const served = await serveStatic(dist);
  url = served.url;
  close = () => served.server.close();
  const executablePath = findChromium();
  if (!executablePath)
    throw new Error(
      'Chromium not found: run "node .ci/chromium.mjs --ensure" or set CHROMIUM_PATH.',
    );
  browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  close?.();
});

/** Opens a page of the panel, recording console errors and uncaught exceptions. */
async function open(hash: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
  });
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${url}#/${hash}`);
  await page.addScriptTag({ path: axePath });
  return { page, errors };
}

async function axeViolations(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    type Axe = {
      run: () => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }>;
    };
    const result = await (window as unknown as { axe: Axe }).axe.run();
    return result.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  });
}

describe('example admin panel: every page', () => {
  it.each([
    ['overview', 'Overview', 'Net revenue retention, last 12 months'],
    ['accounts', 'Accounts', 'Health distribution'],
    ['voice', 'Voice of the customer', 'Net Promoter Score'],
  ])(
    '%s renders its components with no console errors and no axe violations, in both themes',
    async (hash, heading, figure) => {
      const { page, errors } = await open(hash);
      await page.getByRole('heading', { name: heading, level: 2 }).waitFor();
      await page.getByRole('figure', { name: figure }).waitFor();
      expect(await page.getByRole('link', { name: heading }).getAttribute('aria-current')).toBe(
        'page',
      );
      expect(await page.getByRole('alert').count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Dark theme' }).click();
      await expect.poll(() => page.locator('.vitals-root').getAttribute('data-theme')).toBe('dark');
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it('navigates between pages from the menu', async () => {
    const { page, errors } = await open('overview');
    await page.getByRole('link', { name: 'Voice of the customer' }).click();
    await page.getByRole('heading', { name: 'Voice of the customer', level: 2 }).waitFor();
    await page.getByRole('link', { name: 'Accounts' }).click();
    await page.getByRole('heading', { name: 'Accounts', level: 2 }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('switches locale and currency for every number', async () => {
    const { page, errors } = await open('overview');
    const summary = async () => {
      const figure = page.getByRole('figure', { name: 'Net revenue retention, last 12 months' });
      const id = await figure.getAttribute('aria-describedby');
      return page.locator(`[id="${id}"]`).textContent();
    };
    expect(await summary()).toMatch(/Starting MRR \$[\d,]+;/);
    await page.getByLabel('Language and currency').selectOption('de-DE');
    // The words switch with the numbers: German's catalogue says "Anfangs-MRR".
    await expect.poll(summary).toMatch(/Anfangs-MRR [\d.]+\s€;/);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('example admin panel: drill-through', () => {
  it('a churn step of the waterfall opens its accounts, each a link to its account page', async () => {
    const { page, errors } = await open('overview');
    const waterfall = page.getByRole('figure', { name: 'Net revenue retention, last 12 months' });
    const churn = waterfall.getByRole('img', { name: /^Churn: −/ });
    await churn.click();
    const list = page.getByRole('region', { name: /^Churn: \d+ accounts?$/ });
    await list.waitFor();
    const count = Number((await list.getAttribute('aria-label'))!.match(/\d+/)![0]);
    expect(count).toBeGreaterThan(0);
    const links = list.getByRole('link');
    expect(await links.count()).toBe(count);
    expect(await links.first().getAttribute('href')).toMatch(/^#\/accounts\/.+/);
    expect(await axeViolations(page)).toEqual([]);

    // Keyboard: Enter on the focused churn step opens the same list.
    await list.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => list.count()).toBe(0);
    await churn.focus();
    await page.keyboard.press('Enter');
    await list.waitFor();
    expect(await links.count()).toBe(count);

    const name = await links.first().textContent();
    await links.first().click();
    await page.getByRole('heading', { name: name!, level: 2 }).waitFor();
    expect(page.url()).toMatch(/#\/accounts\/.+/);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('example admin panel: the at-risk list', () => {
  it('sorts, filters, searches and exports the visible rows as CSV', async () => {
    const { page, errors } = await open('accounts');
    const table = page.locator('.vitals-tier-list table');
    await table.waitFor();
    const rowCount = async () => Number(await table.getAttribute('aria-rowcount'));
    const total = await rowCount();
    expect(total).toBeGreaterThan(1_000);

    await page.getByRole('checkbox', { name: /^Critical/ }).check();
    await expect.poll(rowCount).toBeLessThan(total);
    const critical = await rowCount();
    await table.getByRole('button', { name: 'MRR' }).click();
    const mrrHeader = table.getByRole('columnheader', { name: /^MRR/ });
    await expect
      .poll(() => mrrHeader.getAttribute('aria-sort'))
      .toMatch(/^(ascending|descending)$/);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const file = await readFile(await (await download).path(), 'utf8');
    const lines = file
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines.length - 1).toBe(critical - 1); // aria-rowcount includes the header row
    expect(lines.slice(1).every((line) => /Critical/.test(line))).toBe(true);

    await page.getByLabel('Search').fill('zzzz-no-such-account');
    await page.getByText(/no accounts match/i).waitFor();
    // The empty state and the toolbar both offer it; the empty state's is the one in the table.
    await table.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(rowCount).toBe(total);
    expect(errors).toEqual([]);
    await page.close();
  });
});
