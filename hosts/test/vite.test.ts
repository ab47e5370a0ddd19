import { describe, it } from 'vitest';
import { checkDashboard, openPage, serveHost } from './hosts';

const pages = [
  { locale: 'en-US', currency: 'USD', theme: 'light' },
  { locale: 'de-DE', currency: 'EUR', theme: 'dark' },
  { locale: 'ar-EG', currency: 'EGP', theme: 'light' },
];

describe('Vite + React 19 single-page app: the whole dashboard from raw rows, built by `vite build`', () => {
  const host = serveHost('vite', (port) => [
    'node_modules/vite/bin/vite.js',
    'preview',
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--strictPort',
  ]);

  for (const { locale, currency, theme } of pages) {
    it(`${locale}, ${theme} theme: renders with a silent console and the pure functions’ numbers`, async () => {
      const url = `${host.base}/?locale=${locale}&theme=${theme}`;
      const { page, problems } = await openPage(host.browser, url);
      await checkDashboard(page, problems, `vite ${url}`, { locale, currency }, host.expected);
      await page.close();
    });
  }
});
