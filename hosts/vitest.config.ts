import { defineProject } from 'vitest/config';

/**
 * The packed packages installed in real host apps (see prepare.mjs, which must run first): each
 * app served as its users get it and loaded in Chromium.
 */
export default defineProject({
  test: {
    name: 'hosts',
    environment: 'node',
    include: ['test/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
