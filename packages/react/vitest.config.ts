import { defineProject } from 'vitest/config';
import { sourceAliases } from '../../.storybook/aliases.ts';

export default defineProject({
  resolve: { alias: sourceAliases },
  test: {
    name: 'react',
    environment: 'jsdom',
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    setupFiles: ['./src/test/setup.ts'],
    env: { EXPECTED_REACT_MAJOR: '19' },
  },
});
