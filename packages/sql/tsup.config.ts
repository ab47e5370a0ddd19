import { defineConfig } from 'tsup';
import { preservedModules } from '../../.ci/tsup-preserve-modules.ts';

// Both entries share the same module files; the DuckDB client stays an external optional peer.
export default defineConfig(
  preservedModules({
    entries: { index: 'src/index.ts', duckdb: 'src/duckdb.ts' },
    external: ['@vitals/metrics', '@duckdb/node-api'],
  }),
);
