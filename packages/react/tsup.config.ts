import { copyFile } from 'node:fs/promises';
import { defineConfig } from 'tsup';
import { preserveUseClient } from '../../.ci/tsup-use-client.ts';

const restoreDirective = preserveUseClient(['index']);

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  external: ['react', 'react-dom', '@vitals/metrics', 'd3-scale', 'd3-shape'],
  async onSuccess() {
    await restoreDirective();
    await copyFile('src/styles.css', 'dist/styles.css');
  },
});
