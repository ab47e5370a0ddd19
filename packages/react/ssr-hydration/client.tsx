/**
 * The browser half of the hydration stage: hydrates every story root the server rendered into
 * this page, one root at a time, and records every problem with the story it belongs to.
 */
import { hydrateRoot } from 'react-dom/client';
import '@vitals/react/styles.css';
import { type PageSettings, type StoryModule, composeAll, idPrefix } from './stories';

/** One thing that went wrong on the page, and the story it happened in. */
export interface Problem {
  /** Storybook's id of the story, or `(page)` for what belongs to none. */
  id: string;
  /** The story's title and name, for the message. */
  story: string;
  /** The theme the story's root was rendered in, or `(page)`. */
  theme: string;
  kind: string;
  message: string;
}

/** What the page leaves on `window.__hydration` for the test to read. */
export interface PageResult {
  hydrated: number;
  problems: Problem[];
  milliseconds: number;
  /** The slowest stories to hydrate, `[id, milliseconds]`, slowest first. */
  slowest: Array<[string, number]>;
}

declare global {
  interface Window {
    __hydrationLocale: Pick<PageSettings, 'locale' | 'currency'>;
    __hydration?: PageResult;
  }
}

/** `console.error('%s: %s', a, b)` as the text a reader would see. */
function consoleText(args: unknown[]): string {
  const [first, ...rest] = args;
  if (typeof first !== 'string') return args.map(String).join(' ');
  const text = first.replace(/%[sdoOic]/g, (token) =>
    token === '%c' ? (rest.shift(), '') : String(rest.shift()),
  );
  return [text, ...rest.map(String)].join(' ');
}

const STORY_TIMEOUT = 15_000;

/**
 * Hydrates every `[data-story]` root with the same story, in the page's locale and the root's
 * theme (`data-theme-setting`).
 */
export async function hydrateAll(modules: Record<string, StoryModule>): Promise<void> {
  const started = performance.now();
  const { locale, currency } = window.__hydrationLocale;
  const stories = new Map(composeAll(modules).map((story) => [story.id, story]));
  const problems: Problem[] = [];
  let current = { id: '(page)', title: '(page, before hydration)', theme: '(page)' };
  const report = (kind: string, message: string) =>
    problems.push({ id: current.id, story: current.title, theme: current.theme, kind, message });

  for (const level of ['error', 'warn'] as const) {
    const original = console[level].bind(console);
    console[level] = (...args: unknown[]) => {
      report(`console.${level}`, consoleText(args));
      original(...args);
    };
  }
  window.addEventListener('error', (event) => report('page error', String(event.message)));
  window.addEventListener('unhandledrejection', (event) =>
    report('unhandled rejection', String(event.reason)),
  );

  const roots = [...document.querySelectorAll<HTMLElement>('[data-story]')];
  const times: Array<[string, number]> = [];
  for (const [index, root] of roots.entries()) {
    const id = root.dataset.story!;
    const story = stories.get(id);
    const theme = root.dataset.themeSetting === 'dark' ? 'dark' : 'light';
    current = { id, title: story?.title ?? id, theme };
    if (!story) {
      report('missing story', `the client has no story "${id}"`);
      continue;
    }
    const errorText = (error: unknown, info: { componentStack?: string | null | undefined }) =>
      `${error instanceof Error ? error.message : String(error)}${info.componentStack ?? ''}`;
    const rootStarted = performance.now();
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        report('timeout', `did not finish hydrating within ${STORY_TIMEOUT} ms`);
        resolve();
      }, STORY_TIMEOUT);
      const done = () => {
        clearTimeout(timer);
        resolve();
      };
      hydrateRoot(root, story.render({ locale, currency, theme }, done), {
        identifierPrefix: idPrefix(Number(root.dataset.index ?? index)),
        onRecoverableError: (error, info) => report('hydration error', errorText(error, info)),
        onCaughtError: (error, info) => report('caught error', errorText(error, info)),
        onUncaughtError: (error, info) => report('uncaught error', errorText(error, info)),
      });
    });
    times.push([`${id} (${theme})`, Math.round(performance.now() - rootStarted)]);
  }

  // Let measured widths and other post-hydration effects re-render, and report what they log.
  current = { id: '(page)', title: '(page, after hydration)', theme: '(page)' };
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await new Promise((resolve) => setTimeout(resolve, 50));
  window.__hydration = {
    hydrated: roots.length,
    problems,
    milliseconds: Math.round(performance.now() - started),
    slowest: times.sort((a, b) => b[1] - a[1]).slice(0, 3),
  };
}
