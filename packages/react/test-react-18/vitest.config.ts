import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';
import { sourceAliases } from '../../../.storybook/aliases.ts';

/**
 * Runs @vitals/react's component tests against React 18.3. `dedupe` makes every import of React,
 * React DOM and Testing Library resolve from this folder, whose node_modules hold the React 18
 * builds (and a Testing Library instance linked to them by pnpm).
 */
export default defineProject({
  resolve: {
    alias: [
      ...sourceAliases,
      // TanStack's React adapters import the with-selector shim, which Node would resolve to the
      // React 19 copy in the store; point it at a shim that uses this folder's React 18.
      {
        find: /^use-sync-external-store\/shim\/with-selector(\.js)?$/,
        replacement: fileURLToPath(
          new URL('../src/test/tier-list-react18-store-shim.ts', import.meta.url),
        ),
      },
    ],
    dedupe: [
      'react',
      'react-dom',
      '@testing-library/react',
      '@testing-library/dom',
      '@testing-library/user-event',
    ],
  },
  test: {
    name: 'react-18',
    environment: 'jsdom',
    dir: fileURLToPath(new URL('../src', import.meta.url)),
    include: ['**/*.test.tsx'],
    setupFiles: [fileURLToPath(new URL('../src/test/setup.ts', import.meta.url))],
    env: { EXPECTED_REACT_MAJOR: '18' },
    // Transform TanStack's React adapters through Vite so the aliases and dedupe above apply.
    server: { deps: { inline: [/@tanstack\/react-/] } },
  },
});
