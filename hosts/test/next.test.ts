import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain JavaScript shared with the host apps, without type declarations.
import { LOCALES } from '../shared/locales.js';
import { checkDashboard, expectedTexts, openPage, serveHost } from './hosts';

const pages = (LOCALES as Array<{ locale: string; currency: string }>).flatMap((entry) =>
  (['light', 'dark'] as const).map((theme) => ({ ...entry, theme })),
);

describe('Next.js 16 App Router: Server Components compute, `next build` prerenders, `next start` serves', () => {
  const host = serveHost(
    'next',
    (port) => ['node_modules/next/dist/bin/next', 'start', '-H', '127.0.0.1', '-p', String(port)],
    '/en-US/light',
  );

  for (const { locale, currency, theme } of pages) {
    it(`/${locale}/${theme}: the prerendered HTML holds the numbers and hydrates in Chromium without a mismatch`, async () => {
      const url = `${host.base}/${locale}/${theme}`;
      const html = await (await fetch(url)).text();
      for (const text of expectedTexts(host.expected, locale, currency).cards) {
        expect(html, `next ${url}: server HTML`).toContain(text);
      }
      expect(html).toContain(`data-theme="${theme}"`);

      const { page, problems } = await openPage(host.browser, url);
      await checkDashboard(page, problems, `next ${url}`, { locale, currency }, host.expected);
      await page.close();
    });
  }
});
