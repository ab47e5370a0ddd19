import { defineConfig } from 'tsup';
import { preserveUseClient } from '../../.ci/tsup-use-client.ts';

export default defineConfig({
  entry: { index: 'src/index.ts', react: 'src/react.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  // One shared chunk, so `MetricsInputError` is the same class from both entries.
  splitting: true,
  treeshake: false,
  target: 'es2022',
  external: ['react'],
  onSuccess: preserveUseClient(['react']),
});
