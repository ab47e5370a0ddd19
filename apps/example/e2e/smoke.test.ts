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

/** Opens the page and records every console error and uncaught exception. */
async function open(): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  return { page, errors };
}

describe('example admin panel (production build)', () => {
  it('renders both waterfalls from the built packages with no console errors', async () => {
    const { page, errors } = await open();
    const figures = page.getByRole('figure');
    await expect.poll(() => figures.count()).toBe(2);
    const description = await page
      .getByRole('figure', { name: 'Net revenue retention, last 12 months' })
      .getAttribute('aria-describedby');
    const summary = await page.locator(`[id="${description}"]`).textContent();
    expect(summary).toMatch(
      /^Net revenue retention \d+(\.\d)?%, gross revenue retention \d+(\.\d)?%\./,
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('switches theme and stays free of axe violations in both', async () => {
    const { page, errors } = await open();
    await page.getByRole('figure').first().waitFor();
    await page.addScriptTag({ path: axePath });
    const violations = () =>
      page.evaluate(async () => {
        const result = await (
          window as unknown as { axe: { run: () => Promise<{ violations: { id: string }[] }> } }
        ).axe.run();
        return result.violations.map((violation) => violation.id);
      });
    expect(await violations()).toEqual([]);
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await expect.poll(() => page.locator('.vitals-root').getAttribute('data-theme')).toBe('dark');
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
