import { defineProject } from 'vitest/config';
import { sourceAliases } from '../../.storybook/aliases.ts';

export default defineProject({
  resolve: { alias: sourceAliases },
  test: {
    name: 'sql',
    environment: 'node',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'test/**/*.test.tsx'],
    globalSetup: ['test/postgres.global.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
