import { defineConfig } from 'vitest/config';
import { storybookProject } from './.storybook/vitest.project.ts';

/**
 * One run for every test project, so `pnpm test` ends with one vitest summary. Each project's
 * own config sits beside its code; the stories run twice, in the light and the dark theme.
 */
export default defineConfig({
  test: {
    projects: [
      'packages/metrics',
      'packages/sample-data',
      'packages/react',
      'packages/react/test-react-18',
      'packages/react/ssr-hydration',
      'apps/example',
      storybookProject('light'),
      storybookProject('dark'),
    ],
  },
});
