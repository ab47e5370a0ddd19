import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import {
  checkDashboard,
  type ExpectedNumbers,
  expectedNumbers,
  freePort,
  hostApp,
  launchChromium,
  openPage,
  startServer,
} from './hosts';

const pages = [
  { locale: 'en-US', currency: 'USD', theme: 'light' },
  { locale: 'de-DE', currency: 'EUR', theme: 'dark' },
  { locale: 'ar-EG', currency: 'EGP', theme: 'light' },
];

describe('Vite + React 19 single-page app: the whole dashboard from raw rows, built by `vite build`', () => {
  let browser: Browser;
  let stop: (() => void) | undefined;
  let base: string;
  let expected: ExpectedNumbers;

  beforeAll(async () => {
    const app = hostApp('vite');
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    stop = await startServer(
      'vite',
      process.execPath,
      [
        'node_modules/vite/bin/vite.js',
        'preview',
        '--host',
        '127.0.0.1',
        '--port',
        String(port),
        '--strictPort',
      ],
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

  for (const { locale, currency, theme } of pages) {
    it(`${locale}, ${theme} theme: renders with a silent console and the pure functions’ numbers`, async () => {
      const url = `${base}/?locale=${locale}&theme=${theme}`;
      const { page, problems } = await openPage(browser, url);
      await checkDashboard(page, problems, `vite ${url}`, { locale, currency }, expected);
      await page.close();
    });
  }
});
