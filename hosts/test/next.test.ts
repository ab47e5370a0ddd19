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

const pages = (LOCALES as Array<{ locale: string; currency: string }>).flatMap((entry) =>
  (['light', 'dark'] as const).map((theme) => ({ ...entry, theme })),
);

describe('Next.js 16 App Router: Server Components compute, `next build` prerenders, `next start` serves', () => {
  let browser: Browser;
  let stop: (() => void) | undefined;
  let base: string;
  let expected: ExpectedNumbers;

  beforeAll(async () => {
    const app = hostApp('next');
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    stop = await startServer(
      'next',
      process.execPath,
      ['node_modules/next/dist/bin/next', 'start', '-H', '127.0.0.1', '-p', String(port)],
      app,
      `${base}/en-US/light`,
    );
    browser = await launchChromium();
    expected = expectedNumbers();
  });

  afterAll(async () => {
    await browser?.close();
    stop?.();
  });

  for (const { locale, currency, theme } of pages) {
    it(`/${locale}/${theme}: the prerendered HTML holds the numbers and hydrates in Chromium without a mismatch`, async () => {
      const url = `${base}/${locale}/${theme}`;
      const html = await (await fetch(url)).text();
      const texts = expectedTexts(expected, locale, currency);
      for (const text of texts.cards) expect(html, `next ${url}: server HTML`).toContain(text);
      expect(html).toContain(`data-theme="${theme}"`);

      const { page, problems } = await openPage(browser, url);
      await checkDashboard(page, problems, `next ${url}`, { locale, currency }, expected);
      await page.close();
    });
  }
});
