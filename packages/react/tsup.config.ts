import { defineConfig } from 'tsup';
import { inlineCss } from '../../.ci/inline-css.ts';
import { preservedModules } from '../../.ci/tsup-preserve-modules.ts';

export default defineConfig(
  preservedModules({
    entries: { index: 'src/index.ts' },
    clientEntries: ['index'],
    // Dependencies and peers stay imports; the app's bundler dedupes them.
    external: [/^react/, /^@vitals\//, /^d3-/, /^@tanstack\//],
    afterEsm: () => inlineCss('src/styles.css', 'dist/styles.css'),
  }),
);
