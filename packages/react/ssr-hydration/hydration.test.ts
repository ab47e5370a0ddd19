/**
 * SPEC §9 "Hydrates anywhere": every story is rendered to HTML here, in Node (Node's ICU), and
 * hydrated in Chromium (Chromium's ICU), once per locale × theme, with every story of the
 * workspace on one page, each in its own root. Any hydration error, console error or warning,
 * or page error fails the page's test, naming the story, the locale and the theme.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { type Browser, chromium } from 'playwright-core';
import { renderToString } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs helper of the repository, without types.
import { CHROMIUM_ARGS, findChromium } from '../../../.ci/chromium.mjs';
import type { PageResult, Problem } from './client';
import {
  type HydrationStory,
  type PageSettings,
  type StoryModule,
  LOCALES,
  THEMES,
  composeAll,
  idPrefix,
} from './stories';

const here = fileURLToPath(new URL('.', import.meta.url));
const workspace = join(here, '..', '..', '..');
const packages = join(workspace, 'packages');
const ORIGIN = 'http://hydration.test';

/** Every `*.stories.tsx` of every package, relative to the workspace, sorted. */
function storyFiles(): string[] {
  return readdirSync(packages, { recursive: true, encoding: 'utf8' })
    .filter((path) => /\/src\/.*\.stories\.tsx$/.test(path) && !path.includes('node_modules'))
    .map((path) => relative(workspace, join(packages, path)))
    .sort();
}

/** The client entry with the same story files, bundled for the browser with development React. */
async function bundleClient(files: string[]): Promise<{ js: string; css: string }> {
  const imports = files.map(
    (file, i) => `import * as m${i} from ${JSON.stringify(join(workspace, file))};`,
  );
  const entries = files.map((file, i) => `${JSON.stringify(file)}: m${i}`);
  const result = await build({
    stdin: {
      contents: `${imports.join('\n')}\nimport { hydrateAll } from './client.tsx';\nhydrateAll({ ${entries.join(', ')} });\n`,
      resolveDir: here,
      loader: 'tsx',
    },
    bundle: true,
    write: false,
    outdir: 'out',
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    logLevel: 'error',
    // Development React: attribute mismatches are reported only by the development build.
    define: {
      'process.env.NODE_ENV': '"development"',
      'import.meta.env.VITE_VITALS_STORY_THEME': 'undefined',
    },
    alias: {
      '@vitals/metrics/react': join(packages, 'metrics/src/react.ts'),
      '@vitals/metrics': join(packages, 'metrics/src/index.ts'),
      '@vitals/react/styles.css': join(packages, 'react/src/styles.css'),
      '@vitals/react': join(packages, 'react/src/index.ts'),
      '@vitals/sample-data': join(packages, 'sample-data/src/index.ts'),
    },
  });
  const file = (ext: string) => result.outputFiles.find((f) => f.path.endsWith(ext))?.text ?? '';
  return { js: file('.js'), css: file('.css') };
}

/**
 * A React hydration message without its boilerplate: the first sentence and the lines of the
 * diff React draws (`+` client, `-` server), with the element each sits in.
 */
export function summarize(message: string): string {
  const lines = message
    .replace(/This can happen if[\s\S]*?hydration-mismatch/, '')
    .split('\n')
    .filter((line) => line.trim() !== '');
  const first = lines[0] ?? '';
  const diff = lines.flatMap((line, index) =>
    /^\s*[+-]\s/.test(line) ? [lines[index - 1] ?? '', line] : [],
  );
  const kept = diff.length > 0 ? [...new Set(diff)] : lines.slice(1, 6);
  return [first, ...kept.map((line) => line.trimEnd())].join('\n').slice(0, 2000);
}

/**
 * Warnings a story exists to show: its input is deliberately invalid, and the component's one
 * development warning about it (STYLE.md "Warn, then fall back") is the behaviour under test.
 */
const EXPECTED_WARNINGS: ReadonlyArray<{ id: string; message: RegExp }> = [
  { id: 'cards-metriccard--bad-data', message: /^MetricCard ".+": value must be a finite number/ },
];

const isExpected = (problem: Problem) =>
  problem.kind === 'console.warn' &&
  EXPECTED_WARNINGS.some((w) => w.id === problem.id && w.message.test(problem.message));

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The server's page: every story rendered to HTML in Node, each in its own root. */
function serverPage(
  stories: HydrationStory[],
  settings: PageSettings,
): {
  html: string;
  problems: Problem[];
} {
  const problems: Problem[] = [];
  const roots = stories.map((story, index) => {
    let html = '';
    try {
      html = renderToString(story.render(settings), { identifierPrefix: idPrefix(index) });
    } catch (error) {
      problems.push({
        id: story.id,
        story: story.title,
        kind: 'server render',
        message: String(error),
      });
    }
    return `<div class="hydration-root" data-story="${escapeAttribute(story.id)}" data-index="${index}">${html}</div>`;
  });
  const html = `<!doctype html><html lang="${settings.locale}"><head><meta charset="utf-8">
<title>Hydration ${settings.locale} ${settings.theme}</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="/page.css"><script>window.__hydrationSettings=${JSON.stringify(settings)}</script>
</head><body style="margin:0;width:1200px">${roots.join('\n')}<script type="module" src="/page.js"></script></body></html>`;
  return { html, problems };
}

const files = storyFiles();
const modules: Record<string, StoryModule> = Object.fromEntries(
  await Promise.all(files.map(async (file) => [file, await import(join(workspace, file))])),
);
const stories = composeAll(modules);

let browser: Browser;
let client: { js: string; css: string };

beforeAll(async () => {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: run `node .ci/chromium.mjs --ensure`.');
  [browser, client] = await Promise.all([
    chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true }),
    bundleClient(files),
  ]);
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe('every story rendered in Node hydrates in Chromium', () => {
  it('finds the stories', () => {
    expect(files.length).toBeGreaterThan(10);
    expect(stories.length).toBeGreaterThan(100);
  });

  for (const { locale, currency } of LOCALES) {
    for (const theme of THEMES) {
      it(`${locale} (${currency}), ${theme} theme`, async () => {
        const settings: PageSettings = { locale, currency, theme };
        const started = performance.now();
        const server = serverPage(stories, settings);
        const rendered = performance.now();
        const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
        const outside: Problem[] = [];
        page.on('console', (message) => {
          if (message.type() === 'error' || message.type() === 'warning') {
            outside.push({
              story: '(page)',
              kind: `console ${message.type()}`,
              message: message.text(),
            });
          }
        });
        page.on('pageerror', (error) =>
          outside.push({
            id: '(page)',
            story: '(page)',
            kind: 'page error',
            message: error.message,
          }),
        );
        try {
          await page.route(`${ORIGIN}/**`, (route) => {
            const path = new URL(route.request().url()).pathname;
            const [type, body] =
              path === '/page.js'
                ? ['text/javascript', client.js]
                : path === '/page.css'
                  ? ['text/css', client.css]
                  : path === '/'
                    ? ['text/html', server.html]
                    : ['text/plain', ''];
            return route.fulfill({
              status: body === '' ? 404 : 200,
              contentType: `${type}; charset=utf-8`,
              body,
            });
          });
          await page.goto(`${ORIGIN}/`);
          await page.waitForFunction(() => window.__hydration !== undefined, undefined, {
            timeout: 90_000,
            polling: 200,
          });
          const result = (await page.evaluate(() => window.__hydration)) as PageResult;
          console.log(
            `${locale} ${theme}: ${stories.length} stories, server render ${Math.round(rendered - started)} ms, ` +
              `page ${Math.round(performance.now() - rendered)} ms (hydration ${result.milliseconds} ms)`,
          );
          // The page records every console message itself, with its story; Playwright's copy
          // (formatted differently) only adds what came before the page's hooks.
          const key = (problem: Problem) => problem.message.slice(0, 60);
          const inPage = new Set(result.problems.map(key));
          const problems = [
            ...server.problems,
            ...result.problems.filter((problem) => !isExpected(problem)),
            ...outside.filter((problem) => !inPage.has(key(problem))),
          ];
          const where = `${locale} (${currency}), ${theme} theme`;
          expect(
            problems.map((p) => `${p.story} [${where}] ${p.kind}: ${summarize(p.message)}`),
          ).toEqual([]);
          expect(result.hydrated).toBe(stories.length);
        } finally {
          await page.close();
        }
      }, 120_000);
    }
  }
});
