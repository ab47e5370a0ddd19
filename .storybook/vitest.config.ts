import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineProject } from 'vitest/config';
// @ts-expect-error: a plain ES module shared with the CI scripts, without type declarations.
import { CHROMIUM_ARGS, findChromium } from '../.ci/chromium.mjs';
import { sourceAliases } from './aliases.ts';

const configDir = fileURLToPath(new URL('.', import.meta.url));

/** Every story becomes a test in real Chromium, checked by axe (`a11y.test: 'error'` in preview). */
export default defineProject({
  plugins: [storybookTest({ configDir })],
  resolve: { alias: sourceAliases },
  test: {
    name: 'storybook',
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
