import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineProject } from 'vitest/config';
// @ts-expect-error: a plain ES module shared with the CI scripts, without type declarations.
import { CHROMIUM_ARGS, findChromium } from '../.ci/chromium.mjs';
import { sourceAliases } from './aliases.ts';

const configDir = fileURLToPath(new URL('.', import.meta.url));

/**
 * Every story as a test in real Chromium, checked by axe (`a11y.test: 'error'` in preview.tsx),
 * with the whole Storybook in one theme: the test run checks light and dark, so contrast is
 * verified on both sets of `--vitals-*` colours.
 */
export function storybookProject(theme: 'light' | 'dark') {
  return defineProject({
    plugins: [storybookTest({ configDir })],
    resolve: { alias: sourceAliases },
    define: { 'import.meta.env.VITE_VITALS_STORY_THEME': JSON.stringify(theme) },
    test: {
      name: theme === 'light' ? 'storybook' : 'storybook-dark',
      browser: {
        enabled: true,
        headless: true,
        provider: playwright({
          launchOptions: { executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS },
        }),
        instances: [{ browser: 'chromium' }],
      },
    },
  });
}
