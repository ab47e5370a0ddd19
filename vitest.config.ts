import { defineConfig } from 'vitest/config';
import {
  storyGlobalsProject,
  storybookDocsProject,
  storybookMdxProject,
  storybookProject,
  storybookVisualProject,
} from './.storybook/vitest.project.ts';

/**
 * One run for every test project, so `pnpm test` ends with one vitest summary. Each project's
 * own config sits beside its code. The stories run twice with axe (light, en-US; dark, de-DE), then
 * without axe under the remaining toolbar globals (storybook-globals), so every value of every
 * Storybook toolbar global plays every story (.storybook/globals.ts). storybook-mdx and
 * storybook-docs check the docs pages: Markdown tables compile to tables, canvases fit their story.
 * storybook-visual compares every story with its screenshot baselines and checks its layout
 * (docs/testing.md).
 */
export default defineConfig({
  test: {
    projects: [
      'packages/metrics',
      'packages/sample-data',
      'packages/sql',
      'packages/react',
      'packages/react/test-react-18',
      'packages/react/ssr-hydration',
      'apps/example',
      'hosts',
      storybookProject('light'),
      storybookProject('dark'),
      storyGlobalsProject(),
      storybookMdxProject(),
      storybookDocsProject(),
      storybookVisualProject(),
    ],
  },
});
