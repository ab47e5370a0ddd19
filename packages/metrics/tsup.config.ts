import { defineConfig } from 'tsup';
import { preservedModules } from '../../.ci/tsup-preserve-modules.ts';

// Both entries share the same module files, so `MetricsInputError` is one class from either.
export default defineConfig(
  preservedModules({
    entries: { index: 'src/index.ts', react: 'src/react.ts' },
    clientEntries: ['react'],
    external: ['react'],
  }),
);
