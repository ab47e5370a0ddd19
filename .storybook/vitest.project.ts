import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineProject } from 'vitest/config';
import type { BrowserCommand } from 'vitest/node';
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

/** Where the visual baselines live: one PNG per story, theme and width (see visual.test.tsx). */
export const VISUAL_BASELINES = '.storybook/visual-baselines';
/** Where a failed comparison leaves the reference, the actual screenshot and the diff image. */
export const VISUAL_DIFFS = '.vitest-results/visual';

/**
 * Resizes the browser window around the test's frame. Vitest scales the frame down when it is
 * larger than the window (Playwright's default window is 1280 × 720), which would shrink every
 * screenshot, so the visual run makes the window as large as the frame before it sizes the frame.
 */
const resizeWindow: BrowserCommand<[width: number, height: number]> = async (
  context,
  width,
  height,
) => {
  if (!('page' in context)) throw new Error('resizeWindow needs the Playwright provider');
  await (
    context.page as { setViewportSize(size: { width: number; height: number }): Promise<void> }
  ).setViewportSize({ width, height });
};

/**
 * Every story screenshotted in light and dark at 1280 and 420 px and compared with its baseline,
 * then checked for overlapping text, sideways overflow and tooltips outside their chart
 * (visual.test.tsx, docs/testing.md). Chromium draws at device scale 1 with reduced motion; the
 * test pins the fonts (Noto Sans, Noto Sans CJK JP: .ci/fonts.mjs), stops animations and
 * transitions, hides the caret and freezes the date.
 */
export function storybookVisualProject() {
  const browser = chromium();
  return defineProject({
    plugins: [react()],
    resolve: { alias: sourceAliases },
    optimizeDeps: {
      include: ['storybook/test', 'storybook/preview-api', '@storybook/react-vite'],
    },
    test: {
      name: 'storybook-visual',
      include: ['.storybook/visual.test.tsx'],
      // The images a failed comparison attaches to its test report, beside the diffs.
      attachmentsDir: '.vitest-results/attachments',
      testTimeout: 60_000,
      browser: {
        ...browser,
        provider: playwright({
          launchOptions: { executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS },
          contextOptions: { reducedMotion: 'reduce', deviceScaleFactor: 1 },
        }),
        commands: { resizeWindow },
        expect: {
          toMatchScreenshot: {
            comparatorName: 'pixelmatch',
            // The tolerance: pixelmatch's colour threshold (YIQ distance 0.1, its default) with
            // anti-aliased pixels ignored, and at most 25 differing pixels per screenshot.
            comparatorOptions: { threshold: 0.1, allowedMismatchedPixels: 25 },
            resolveScreenshotPath: ({ root, arg, ext }) =>
              `${root}/${VISUAL_BASELINES}/${arg}${ext}`,
            resolveDiffPath: ({ root, arg, ext }) => `${root}/${VISUAL_DIFFS}/${arg}${ext}`,
          },
        },
      },
    },
  });
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
