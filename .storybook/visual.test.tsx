/**
 * The visual run (project `storybook-visual`, docs/testing.md): every story in Chromium, in light
 * and dark at 1280 and 420 px, is
 *
 * 1. screenshotted (the story root only, device scale 1) and compared with its committed baseline
 *    in visual-baselines/<story id>/<theme>-<width>.png (`pnpm test:visual --update` rewrites
 *    them; a mismatch leaves the reference, the actual screenshot and a diff image in
 *    .vitest-results/visual/<story id>/);
 * 2. checked for text overlapping other text;
 * 3. checked for sideways overflow: the page no wider than the viewport, nothing outside the root;
 * 4. for each chart with marks, its first and last mark focused: the tooltip that opens lies
 *    inside the chart. (Hovering a mark sets the same active mark and places the same tooltip;
 *    the charts' own tests hover.)
 *
 * So that a baseline made today matches next month and on another machine: the text is drawn in
 * the pinned fonts (Noto Sans, Noto Sans CJK JP; .ci/fonts.mjs installs them), animations and
 * transitions are off (CSS below, reduced motion, Playwright's `animations: 'disabled'`), the caret
 * is hidden, the fonts are loaded before anything is measured, and the date is frozen at TODAY.
 */
import {
  type Meta,
  composeStories,
  type composeStory,
  setProjectAnnotations,
} from '@storybook/react-vite';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { commands, page } from 'vitest/browser';
import { STORY_RUNS } from './globals.ts';
import preview from './preview.tsx';
import {
  chartsWithMarks,
  horizontalOverflow,
  textOverlaps,
  tooltipProblems,
} from './visual-layout.ts';

declare module 'vitest/browser' {
  interface BrowserCommands {
    /** Sizes the browser window (vitest.project.ts): the test's frame is never scaled down. */
    resizeWindow: (width: number, height: number) => Promise<void>;
  }
}

let current = { width: 0, height: 0 };

/** The test's frame (the story's viewport) at scale 1: the window first, then the frame. */
async function viewport(width: number, height: number) {
  if (current.width === width && current.height === height) return;
  await commands.resizeWindow(width, height);
  await page.viewport(width, height);
  current = { width, height };
}

setProjectAnnotations([preview]);

type StoryModule = Parameters<typeof composeStories>[0] & { default: Meta };
type Story = ReturnType<typeof composeStory>;
const modules = import.meta.glob<StoryModule>('../packages/*/src/**/*.stories.tsx', {
  eager: true,
});

/** The two toolbar runs the axe projects use: light (en-US) and dark (de-DE, medium data, seed 7). */
const THEMES = [
  { theme: 'light', globals: STORY_RUNS[0]! },
  { theme: 'dark', globals: STORY_RUNS[1]! },
] as const;
const WIDTHS = [1280, 420] as const;
/** The viewport's height; it grows to the story's height before the screenshot. */
const HEIGHT = 900;
/**
 * The frozen date (`new Date()`, `Date.now()`): the tier list counts days to renewal from today.
 * The day after the stories' sample data ends (AS_OF 2025-12-31).
 */
const TODAY = new Date('2026-01-01T12:00:00Z');

/** Pins the fonts, stops motion, hides the caret, and lets the canvas be as tall as its story. */
const VISUAL_CSS = `
html, body { margin: 0; padding: 0; }
body { font-family: 'Noto Sans', 'Noto Sans CJK JP' !important; }
*, *::before, *::after {
  animation: none !important;
  transition: none !important;
  caret-color: transparent !important;
}
.vitals-story-canvas { min-height: 0 !important; }
`;

const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

async function settle() {
  await document.fonts.ready;
  // Charts measure their width (ResizeObserver) and draw again: let that happen.
  for (let i = 0; i < 3; i++) await frame();
}

let root: HTMLElement;

beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: TODAY });
  const style = document.createElement('style');
  style.textContent = VISUAL_CSS;
  document.head.append(style);
  root = document.createElement('div');
  root.id = 'storybook-root';
  document.body.append(root);
});

afterAll(() => {
  vi.useRealTimers();
});

it('freezes the date', () => {
  expect(new Date().toISOString()).toBe(TODAY.toISOString());
});

const stories = Object.values(modules).map((module) => ({
  module,
  title: String(module.default.title),
}));

/** Every baseline file the run expects, to find baselines left behind by a removed story. */
const expected = new Set<string>();

for (const { theme, globals } of THEMES) {
  for (const width of WIDTHS) {
    describe(`${theme} · ${width} px`, () => {
      beforeAll(async () => {
        await viewport(width, HEIGHT);
      });
      for (const { module, title } of stories) {
        const composed = composeStories(module, { initialGlobals: globals });
        for (const story of Object.values(composed) as Story[]) {
          const name = `${story.id}/${theme}-${width}`;
          // Vitest's file name for it: runs of `-` become one (`charts-x--default` → `charts-x-default`).
          expected.add(`${name.replace(/-{2,}/g, '-')}.png`);
          describe(`${story.id} (${title} › ${story.storyName ?? ''})`, () => {
            beforeAll(async () => {
              await viewport(width, HEIGHT);
              await story.run({ canvasElement: root });
              await settle();
              // The whole story on screen: the viewport grows to its height (never shrinks).
              const storyHeight = Math.ceil(root.getBoundingClientRect().height);
              if (storyHeight > HEIGHT) {
                await viewport(width, storyHeight);
                await settle();
              }
            });

            it('matches its baseline', async () => {
              await expect.element(page.elementLocator(root)).toMatchScreenshot(name, {
                screenshotOptions: { animations: 'disabled', caret: 'hide', scale: 'css' },
                // Two identical captures in a row; a large story on a busy machine needs time.
                timeout: 30_000,
              });
            });

            it('has no text overlapping other text', () => {
              const problems = textOverlaps(root);
              expect(problems, problems.join('\n')).toEqual([]);
            });

            it('does not overflow sideways', () => {
              const problems = horizontalOverflow(root);
              expect(problems, problems.join('\n')).toEqual([]);
            });

            it('opens the tooltips of the first and last marks inside their chart', async () => {
              const problems: string[] = [];
              const charts = chartsWithMarks(root);
              for (const [c, { chart, marks }] of charts.entries()) {
                const title = chart.querySelector('.vitals-chart-title')?.textContent;
                const which = `chart ${c + 1} (${title ?? 'untitled'})`;
                const ends = marks.length > 1 ? [marks[0]!, marks.at(-1)!] : [marks[0]!];
                for (const [m, mark] of ends.entries()) {
                  const label = `${which}, ${m === 0 ? 'first' : 'last'} mark`;
                  (mark as HTMLElement).focus();
                  await settle();
                  problems.push(...tooltipProblems(chart, `${label} focused`));
                  (mark as HTMLElement).blur();
                  await settle();
                }
              }
              expect(problems, problems.join('\n')).toEqual([]);
            });
          });
        }
      }
    });
  }
}

it('keeps no baseline of a story, theme or width the run no longer has', () => {
  const baselines = Object.keys(
    import.meta.glob('./visual-baselines/**/*.png', { query: '?url', import: 'default' }),
  ).map((path) => path.replace('./visual-baselines/', ''));
  const stale = baselines.filter((path) => !expected.has(path));
  expect(stale, 'delete these from .storybook/visual-baselines').toEqual([]);
});
