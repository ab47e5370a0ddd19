import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain JavaScript shared with the host apps, without type declarations.
import { LOCALES } from '../shared/locales.js';
import { checkDashboard, expectedTexts, hostApp, openPage, serveHost } from './hosts';

const pages = (LOCALES as Array<{ locale: string; currency: string }>).map((entry, index) => ({
  ...entry,
  theme: index % 2 === 0 ? 'light' : 'dark',
}));

describe('React 18.2: rendered by a Node server with renderToString, hydrated in Chromium', () => {
  const host = serveHost('react18', (port) => ['server.js', String(port)]);

  it('installs React 18.2 beside the packed packages, with no second React', () => {
    const app = hostApp('react18');
    const version = (path: string) =>
      (
        JSON.parse(readFileSync(join(app, 'node_modules', path, 'package.json'), 'utf8')) as {
          version: string;
        }
      ).version;
    expect(version('react')).toBe('18.2.0');
    expect(version('react-dom')).toBe('18.2.0');
    expect(existsSync(join(app, 'node_modules/@vitals/react/node_modules/react'))).toBe(false);
  });

  for (const { locale, currency, theme } of pages) {
    it(`${locale}, ${theme} theme: server HTML hydrates without a mismatch and shows the pure functions’ numbers`, async () => {
      const url = `${host.base}/?locale=${locale}&theme=${theme}`;
      const html = await (await fetch(url)).text();
      for (const text of expectedTexts(host.expected, locale, currency).cards) {
        expect(html, `react18 ${url}: server HTML`).toContain(text);
      }
      const { page, problems } = await openPage(host.browser, url);
      await checkDashboard(page, problems, `react18 ${url}`, { locale, currency }, host.expected);
      await page.close();
    });
  }
});
