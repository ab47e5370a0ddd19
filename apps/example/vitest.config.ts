import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'example',
    environment: 'node',
    include: ['e2e/**/*.test.ts', 'e2e/**/*.test.tsx'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
