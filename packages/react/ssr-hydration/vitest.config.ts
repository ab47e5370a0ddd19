import { defineProject } from 'vitest/config';
import { sourceAliases } from '../../../.storybook/aliases.ts';

/**
 * The hydration stage: every story rendered to HTML in Node and hydrated in Chromium, per
 * locale × theme (see hydration.test.ts and docs/architecture.md).
 */
export default defineProject({
  resolve: { alias: sourceAliases },
  test: {
    name: 'hydration',
    environment: 'node',
    include: ['hydration.test.ts'],
  },
});
