/**
 * Every story, rendered and played in Chromium under the toolbar globals (theme, locale and
 * currency, data size, seed) of each run this project is given (STORY_RUNS in globals.ts, minus
 * the two runs the `storybook` and `storybook-dark` projects already play with axe), so a reader
 * who touches the toolbar never meets a failing play function or a tooltip left open.
 */
import {
  type Meta,
  composeStories,
  type composeStory,
  setProjectAnnotations,
} from '@storybook/react-vite';
import { describe, expect, inject, it } from 'vitest';
import { GLOBAL_TYPES, STORY_RUNS } from './globals.ts';
import { expectNoOpenTooltip } from './no-open-tooltip.ts';
import preview from './preview.tsx';

setProjectAnnotations([preview]);

type StoryModule = Parameters<typeof composeStories>[0] & { default: Meta };
const modules = import.meta.glob<StoryModule>('../packages/*/src/**/*.stories.tsx', {
  eager: true,
});

it('the story runs use every value of every toolbar global', () => {
  expect(preview.initialGlobals).toEqual(STORY_RUNS[0]);
  for (const [name, type] of Object.entries(GLOBAL_TYPES)) {
    const used = new Set(STORY_RUNS.map((run) => run[name as keyof typeof GLOBAL_TYPES]));
    expect(used, name).toEqual(new Set(type.toolbar.items.map((item) => item.value)));
  }
});

const runs = inject('storyRuns');

it('plays the runs the storybook and storybook-dark projects leave out', () => {
  expect(runs).toEqual(STORY_RUNS.slice(2));
});

describe.each(runs.map((run) => [Object.values(run).join(' · '), run] as const))('%s', (_, run) => {
  for (const module of Object.values(modules)) {
    describe(String(module.default.title), () => {
      const stories = composeStories(module, { initialGlobals: run });
      for (const story of Object.values(stories) as ReturnType<typeof composeStory>[]) {
        it(story.storyName ?? 'story', async () => {
          await story.run();
          // The decorator's provider took the run's theme (or the story's own).
          const root = document.querySelector('.vitals-root');
          expect(root?.getAttribute('data-theme')).toBe(story.globals.theme);
          expectNoOpenTooltip();
        });
      }
    });
  }
});
