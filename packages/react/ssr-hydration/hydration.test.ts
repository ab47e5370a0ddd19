/**
 * SPEC §9 "Hydrates anywhere": every story is rendered to HTML here, in Node (Node's ICU), and
 * hydrated in Chromium (Chromium's ICU), in every locale × theme: one page per locale holds
 * every story of the workspace in each theme, each in its own root. Any hydration error,
 * console error or warning, or page error fails the locale's test, naming the story, the locale
 * and the theme.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { type Browser, chromium } from 'playwright-core';
import { renderToString } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
// @ts-expect-error: a plain .mjs helper of the repository, without types.
import { CHROMIUM_ARGS, findChromium } from '../../../.ci/chromium.mjs';
import type { PageResult, Problem } from './client';
import {
  type HydrationStory,
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
      '@vitals/metrics/csv': join(packages, 'metrics/src/csv.ts'),
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
  {
    id: 'examples-hosts--bad-data-kept-inside',
    message: /^MetricCard ".+": history must be an array/,
  },
];

const isExpected = (problem: Problem) =>
  (problem.kind === 'console.warn' || problem.kind === 'server console.warn') &&
  EXPECTED_WARNINGS.some((w) => w.id === problem.id && w.message.test(problem.message));

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

type Locale = (typeof LOCALES)[number];

/**
 * The server's page for one locale: every story rendered to HTML in Node in each theme, each in
 * its own root. Both themes share a page so the browser loads and evaluates the stories (and
 * their sample data) once per locale rather than once per theme.
 */
function serverPage(stories: HydrationStory[], { locale, currency }: Locale) {
  const problems: Problem[] = [];
  const roots = THEMES.flatMap((theme, t) =>
    stories.map((story, s) => {
      const index = t * stories.length + s;
      let html = '';
      const report = (kind: string, message: string) =>
        problems.push({ id: story.id, story: story.title, theme, kind, message });
      // What React (development build) or a component logs while rendering on the server.
      const logged = (['error', 'warn'] as const).map((level) =>
        vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
          report(`server console.${level}`, args.map(String).join(' '));
        }),
      );
      try {
        html = renderToString(story.render({ locale, currency, theme }), {
          identifierPrefix: idPrefix(index),
        });
      } catch (error) {
        report('server render', String(error));
      } finally {
        for (const spy of logged) spy.mockRestore();
      }
      return `<div data-story="${escapeAttribute(story.id)}" data-theme-setting="${theme}" data-index="${index}">${html}</div>`;
    }),
  );
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8">
<title>Hydration ${locale}</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="/page.css"><script>window.__hydrationLocale=${JSON.stringify({ locale, currency })}</script>
</head><body style="margin:0;width:1200px">${roots.join('\n')}<script type="module" src="/page.js"></script></body></html>`;
  return { html, problems, roots: roots.length };
}

const serverPages = new Map<Locale, ReturnType<typeof serverPage>>();
/** The server's page for a locale, rendered once (maybe ahead, while the previous hydrates). */
function serverPageFor(locale: Locale): ReturnType<typeof serverPage> {
  let page = serverPages.get(locale);
  if (!page) {
    page = serverPage(stories, locale);
    serverPages.set(locale, page);
  }
  return page;
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
  const started = performance.now();
  const ready = Promise.all([
    chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true }),
    bundleClient(files),
  ]);
  // Render the first page in Node while esbuild bundles and Chromium starts.
  serverPageFor(LOCALES[0]);
  [browser, client] = await ready;
  console.log(
    `${stories.length} stories from ${files.length} files; client bundle ${Math.round(client.js.length / 1024)} KB; ` +
      `bundle, launch and first server page ${Math.round(performance.now() - started)} ms`,
  );
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe('every story rendered in Node hydrates in Chromium', () => {
  it('finds the stories', () => {
    expect(files.length).toBeGreaterThan(10);
    expect(stories.length).toBeGreaterThan(100);
  });

  for (const settings of LOCALES) {
    const { locale, currency } = settings;
    it(`${locale} (${currency}), ${THEMES.join(' and ')} themes`, async () => {
      const started = performance.now();
      const server = serverPageFor(settings);
      const rendered = performance.now();
      const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
      const outside: Problem[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') {
          outside.push({
            id: '(page)',
            story: '(page)',
            theme: '(page)',
            kind: `console ${message.type()}`,
            message: message.text(),
          });
        }
      });
      page.on('pageerror', (error) =>
        outside.push({
          id: '(page)',
          story: '(page)',
          theme: '(page)',
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
        // While Chromium hydrates this page, render the next one in Node.
        const next = LOCALES[LOCALES.indexOf(settings) + 1];
        const nextStarted = performance.now();
        if (next) serverPageFor(next);
        const ahead = performance.now() - nextStarted;
        await page.waitForFunction(() => window.__hydration !== undefined, undefined, {
          timeout: 90_000,
          polling: 200,
        });
        const result = (await page.evaluate(() => window.__hydration)) as PageResult;
        const slowest = result.slowest.map(([id, ms]) => `${id} ${ms} ms`).join(', ');
        console.log(
          `${locale}: ${stories.length} stories × ${THEMES.length} themes; server render ${Math.round(rendered - started)} ms ` +
            `(+ ${Math.round(ahead)} ms for the next page, during hydration); page ${Math.round(performance.now() - rendered)} ms, ` +
            `hydration ${result.milliseconds} ms (slowest: ${slowest})`,
        );
        // The page records every console message itself, with its story; Playwright's copy
        // (formatted differently) only adds what came before the page's hooks.
        const key = (problem: Problem) => problem.message.slice(0, 60);
        const inPage = new Set(result.problems.map(key));
        const problems = [
          ...server.problems.filter((problem) => !isExpected(problem)),
          ...result.problems.filter((problem) => !isExpected(problem)),
          ...outside.filter((problem) => !inPage.has(key(problem))),
        ];
        expect(
          problems.map(
            (p) =>
              `${p.story} [${locale} (${currency}), ${p.theme}] ${p.kind}: ${summarize(p.message)}`,
          ),
        ).toEqual([]);
        expect(result.hydrated).toBe(server.roots);
      } finally {
        await page.close();
      }
    }, 180_000);
  }
});
