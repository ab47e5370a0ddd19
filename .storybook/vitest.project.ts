import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineProject } from 'vitest/config';
// @ts-expect-error: a plain ES module shared with the CI scripts, without type declarations.
import { CHROMIUM_ARGS, findChromium } from '../.ci/chromium.mjs';
import { sourceAliases } from './aliases.ts';
import { STORY_RUNS, type StoryGlobals } from './globals.ts';

const configDir = fileURLToPath(new URL('.', import.meta.url));

/** Headless Chromium with the window Storybook's test runner uses (1200 × 900). */
function chromium() {
  return {
    enabled: true,
    headless: true,
    screenshotFailures: false,
    provider: playwright({
      launchOptions: { executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS },
    }),
    instances: [{ browser: 'chromium' as const, viewport: { width: 1200, height: 900 } }],
  };
}

/**
 * Every story as a test in real Chromium, checked by axe (`a11y.test: 'error'` in preview.tsx),
 * under one set of toolbar globals: `storybook` runs the initial globals (light, en-US),
 * `storybook-dark` the second run of STORY_RUNS (dark, de-DE, medium data, seed 7), so contrast is
 * verified on both sets of `--vitals-*` colours. After each story, no tooltip may be left open
 * (vitest.setup.ts).
 */
export function storybookProject(theme: 'light' | 'dark') {
  const globals = STORY_RUNS[theme === 'light' ? 0 : 1]!;
  if (globals.theme !== theme) throw new Error(`STORY_RUNS: expected a ${theme} run`);
  return defineProject({
    plugins: [storybookTest({ configDir, initialGlobals: globals })],
    resolve: { alias: sourceAliases },
    test: {
      name: theme === 'light' ? 'storybook' : 'storybook-dark',
      setupFiles: fileURLToPath(new URL('./vitest.setup.ts', import.meta.url)),
      browser: chromium(),
    },
  });
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The toolbar globals of each run of the `storybook-globals` project. */
    storyRuns: StoryGlobals[];
  }
}

/**
 * Every story again (render and play, without axe) under each remaining run of STORY_RUNS, so
 * that with the two projects above every value of every toolbar global (theme, locale and
 * currency, data size, seed) has played every story. See story-globals.test.tsx.
 */
export function storyGlobalsProject() {
  return defineProject({
    plugins: [react()],
    resolve: { alias: sourceAliases },
    optimizeDeps: {
      include: ['storybook/test', 'storybook/preview-api', '@storybook/react-vite'],
    },
    test: {
      name: 'storybook-globals',
      include: ['.storybook/story-globals.test.tsx'],
      provide: { storyRuns: STORY_RUNS.slice(2) },
      testTimeout: 60_000,
      browser: chromium(),
    },
  });
}

/**
 * The Storybook docs pages: every MDX page compiled with the MDX options main.ts gives addon-docs
 * (its Markdown tables must come out as tables), in Node.
 */
export function storybookMdxProject() {
  return defineProject({
    test: {
      name: 'storybook-mdx',
      environment: 'node',
      include: ['.storybook/docs-mdx.test.ts'],
    },
  });
}

/**
 * The story canvas in Chromium: as tall as its story on a docs page, the whole viewport when a
 * story is opened on its own (docs-canvas.test.tsx).
 */
export function storybookDocsProject() {
  return defineProject({
    plugins: [react()],
    resolve: { alias: sourceAliases },
    optimizeDeps: {
      include: ['storybook/test', 'storybook/preview-api', '@storybook/react-vite'],
    },
    test: {
      name: 'storybook-docs',
      include: ['.storybook/docs-canvas.test.tsx'],
      browser: chromium(),
    },
  });
}
