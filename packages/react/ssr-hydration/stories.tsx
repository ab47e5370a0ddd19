import { composeStories, type composeStory } from '@storybook/react-vite';
import { VitalsProvider, type VitalsTheme } from '../src';
import { type ReactElement, useEffect } from 'react';

/** The locales the stage hydrates in, each with the currency a reader there would use. */
export { CHECKED_LOCALES as LOCALES } from '../src/test/locales';

export const THEMES = ['light', 'dark'] as const satisfies readonly VitalsTheme[];

/** One page of the stage: every story in one locale, currency and theme. */
export interface PageSettings {
  locale: string;
  currency: string;
  theme: VitalsTheme;
}

/** A `*.stories.tsx` module as `import * as module` gives it. */
export type StoryModule = Parameters<typeof composeStories>[0];
type ComposedStory = ReturnType<typeof composeStory>;

/** One story, ready to render in any page's settings. */
export interface HydrationStory {
  /** Storybook's id, e.g. `charts-nrrwaterfall--default`. */
  id: string;
  /** `Charts/NrrWaterfall › Locale de-DE, EUR`, for messages. */
  title: string;
  /**
   * The story in a page's settings. `onCommit` runs after the root commits (in the browser); the
   * server passes nothing. The marker that calls it is in both trees, so `useId` agrees.
   */
  render(settings: PageSettings, onCommit?: () => void): ReactElement;
}

const noop = () => {};

/** Calls `onCommit` once its root has committed (hydrated, or re-rendered on the client). */
function Committed({ onCommit }: { onCommit: () => void }) {
  useEffect(onCommit, [onCommit]);
  return null;
}

/**
 * Every story of `modules` (keyed by file, sorted so server and client list them in the same
 * order), composed with its meta's and its own args and decorators. The Storybook preview's
 * decorator is replaced by a plain `VitalsProvider` with the page's locale, currency and theme,
 * so a story's own `globals` (e.g. `locale: 'de-DE'`) do not pin it: every story is hydrated in
 * every locale and theme. Identical code runs in Node and in Chromium, so only the engines differ.
 */
export function composeAll(modules: Record<string, StoryModule>): HydrationStory[] {
  return Object.keys(modules)
    .sort()
    .flatMap((file) => {
      const module = modules[file]!;
      const title = module.default.title ?? file;
      const composed = composeStories(module) as Record<string, ComposedStory>;
      return Object.entries(composed).flatMap(([name, Story]) =>
        pinsOnlySettings((module as Record<string, unknown>)[name])
          ? []
          : [
              {
                id: Story.id,
                title: `${title} › ${Story.storyName}`,
                render: ({ locale, currency, theme }: PageSettings, onCommit = noop) => (
                  <>
                    <VitalsProvider theme={theme} locale={locale} currency={currency}>
                      <Story />
                    </VitalsProvider>
                    <Committed onCommit={onCommit} />
                  </>
                ),
              },
            ],
      );
    });
}

/**
 * Whether a story export only pins the page's settings (`DarkTheme: { globals: { theme: 'dark' } }`,
 * `GermanEuro: { name, globals: { locale: 'de-DE' } }`). This stage sets theme and locale itself,
 * so such a story renders exactly what its component's default story renders: it is left out
 * rather than hydrated twice on every page.
 */
function pinsOnlySettings(story: unknown): boolean {
  if (typeof story !== 'object' || story === null) return false;
  const { globals, ...rest } = story as { globals?: Record<string, unknown> };
  return (
    globals !== undefined &&
    Object.keys(globals).every((key) => key === 'theme' || key === 'locale') &&
    Object.keys(rest).every((key) => key === 'name' || key === 'parameters')
  );
}

/** The `identifierPrefix` of one story's root, so `useId` values are unique on the page. */
export const idPrefix = (index: number) => `s${index}-`;
