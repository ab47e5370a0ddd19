import { defineProject } from 'vitest/config';
import { sourceAliases } from '../../.storybook/aliases.ts';

export default defineProject({
  resolve: { alias: sourceAliases },
  test: {
    name: 'sample-data',
    environment: 'node',
    include: ['src/**/*.test.ts'],
  },
});
