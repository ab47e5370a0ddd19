import { defineConfig } from 'vitest/config';

/**
 * One run for every test project, so `pnpm test` ends with one vitest summary. Each project's
 * own config sits beside its code; the Storybook project lives in .storybook/vitest.config.ts.
 */
export default defineConfig({
  test: {
    projects: [
      'packages/metrics',
      'packages/sample-data',
      'packages/react',
      'packages/react/test-react-18',
      'apps/example',
      '.storybook/vitest.config.ts',
    ],
  },
});
