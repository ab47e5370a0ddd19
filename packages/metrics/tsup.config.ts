import { defineConfig } from 'tsup';
import { preservedModules } from '../../.ci/tsup-preserve-modules.ts';

// The entries share the same module files, so `MetricsInputError` is one class from any of them.
export default defineConfig(
  preservedModules({
    entries: { index: 'src/index.ts', react: 'src/react.ts', csv: 'src/csv.ts' },
    clientEntries: ['react'],
    external: ['react', 'papaparse'],
  }),
);
