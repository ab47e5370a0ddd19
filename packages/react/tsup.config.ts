import { defineConfig } from 'tsup';
import { inlineCss } from '../../.ci/inline-css.ts';
import { preserveUseClient } from '../../.ci/tsup-use-client.ts';

const restoreDirective = preserveUseClient(['index']);

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  // Dependencies and peers stay imports; the app's bundler dedupes them.
  external: [/^react/, /^@vitals\//, /^d3-/, /^@tanstack\//],
  async onSuccess() {
    await restoreDirective();
    await inlineCss('src/styles.css', 'dist/styles.css');
  },
});
