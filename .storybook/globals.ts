/**
 * Storybook's toolbar globals (theme, locale and currency, data size, seed) as plain data, shared
 * by preview.tsx (the toolbar and the provider decorator) and the story tests, which run every
 * story under every value of every global (vitest.project.ts).
 */

import type { Preview } from '@storybook/react-vite';
import { CHECKED_LOCALES } from '../packages/react/src/test/locales.ts';

/** Locale and currency pairs offered in the toolbar, keyed by the `locale` global. */
export const LOCALES: Record<string, { locale: string; currency: string }> = Object.fromEntries(
  CHECKED_LOCALES.map((entry) => [entry.locale, entry]),
);

/** The toolbar: `preview.globalTypes`. The first item of each is its initial value. */
export const GLOBAL_TYPES = {
  theme: {
    description: 'Vitals colour theme',
    toolbar: {
      title: 'Theme',
      icon: 'mirror',
      items: [
        { value: 'light', title: 'Light' },
        { value: 'dark', title: 'Dark' },
      ],
      dynamicTitle: true,
    },
  },
  locale: {
    description: 'Locale and currency of every number',
    toolbar: {
      title: 'Locale',
      icon: 'globe',
      items: [
        { value: 'en-US', title: 'English (US), USD' },
        { value: 'de-DE', title: 'Deutsch, EUR' },
        { value: 'ja-JP', title: '日本語, JPY' },
        { value: 'fr-FR', title: 'Français, EUR' },
        { value: 'en-IN', title: 'English (India), INR' },
        { value: 'ar-EG', title: 'العربية (مصر), EGP' },
      ],
      dynamicTitle: true,
    },
  },
  dataset: {
    description: 'Size of the built-in sample data (stories that use the toolbar data)',
    toolbar: {
      title: 'Data',
      icon: 'database',
      items: [
        { value: 'small', title: 'Small: 120 accounts' },
        { value: 'medium', title: 'Medium: 1,000 accounts' },
        { value: 'large', title: 'Large: 10,000 accounts' },
      ],
      dynamicTitle: true,
    },
  },
  seed: {
    description: 'Seed of the built-in sample data: the same seed always gives the same data',
    toolbar: {
      title: 'Seed',
      icon: 'transfer',
      items: [
        { value: '42', title: 'Seed 42' },
        { value: '7', title: 'Seed 7' },
        { value: '2025', title: 'Seed 2025' },
      ],
      dynamicTitle: true,
    },
  },
} satisfies NonNullable<Preview['globalTypes']>;

/** One value per global. */
export type StoryGlobals = Record<keyof typeof GLOBAL_TYPES, string>;

/**
 * The globals each story test run pins: run k takes the k-th value of every global, wrapping
 * round, so every value of every global is used by some run without the full cross product
 * (as many runs as the longest toolbar, six locales today).
 *
 * Run 0 is the initial globals (the `storybook` project, with axe), run 1 is dark, de-DE, medium,
 * seed 7 (the `storybook-dark` project, with axe), and the `storybook-globals` project plays
 * every story under the rest.
 */
export const STORY_RUNS: StoryGlobals[] = (() => {
  const entries = Object.entries(GLOBAL_TYPES).map(
    ([name, type]) => [name, type.toolbar.items.map((item) => item.value)] as const,
  );
  const count = Math.max(...entries.map(([, values]) => values.length));
  return Array.from(
    { length: count },
    (_, k) =>
      Object.fromEntries(
        entries.map(([name, values]) => [name, values[k % values.length]!]),
      ) as StoryGlobals,
  );
})();
