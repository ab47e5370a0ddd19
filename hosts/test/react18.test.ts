import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: plain JavaScript shared with the host apps, without type declarations.
import { LOCALES } from '../shared/locales.js';
import {
  checkDashboard,
  type ExpectedNumbers,
  expectedNumbers,
  expectedTexts,
  freePort,
  hostApp,
  launchChromium,
  openPage,
  startServer,
} from './hosts';

const pages = (LOCALES as Array<{ locale: string; currency: string }>).map((entry, index) => ({
  ...entry,
  theme: index % 2 === 0 ? 'light' : 'dark',
}));

describe('React 18.2: rendered by a Node server with renderToString, hydrated in Chromium', () => {
  let browser: Browser;
  let stop: (() => void) | undefined;
  let base: string;
  let expected: ExpectedNumbers;

  beforeAll(async () => {
    const app = hostApp('react18');
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    stop = await startServer(
      'react18',
      process.execPath,
      ['server.js', String(port)],
      app,
      `${base}/`,
    );
    browser = await launchChromium();
    expected = expectedNumbers();
  });

  afterAll(async () => {
    await browser?.close();
    stop?.();
  });

  it('runs React 18.2 in the browser', async () => {
    const { page } = await openPage(browser, `${base}/`);
    const html = await (await fetch(`${base}/`)).text();
    expect(html).toContain('vitals-metric-card-value');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-US');
    await page.close();
  });

  for (const { locale, currency, theme } of pages) {
    it(`${locale}, ${theme} theme: server HTML hydrates without a mismatch and shows the pure functions’ numbers`, async () => {
      const url = `${base}/?locale=${locale}&theme=${theme}`;
      const html = await (await fetch(url)).text();
      for (const text of expectedTexts(expected, locale, currency).cards) {
        expect(html, `react18 ${url}: server HTML`).toContain(text);
      }
      const { page, problems } = await openPage(browser, url);
      await checkDashboard(page, problems, `react18 ${url}`, { locale, currency }, expected);
      await page.close();
    });
  }
});
