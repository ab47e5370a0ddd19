import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Options } from 'tsup';
import { preserveUseClient } from './tsup-use-client.ts';

type EsbuildPlugin = NonNullable<Options['esbuildPlugins']>[number];

/**
 * Keeps every relative import as an import of the sibling output file (`./x` → `./x.js`,
 * `./dir` → `./dir/index.js`), so each source module becomes exactly one output module: no shared
 * chunks, and no bare `import "./chunk.js"` lines that bundlers warn about under `sideEffects: false`.
 */
const relativeImportsStayModules: EsbuildPlugin = {
  name: 'relative-imports-stay-modules',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (args.kind === 'entry-point') return undefined;
      const base = resolve(args.resolveDir, args.path);
      const file = ['.ts', '.tsx'].some((extension) => existsSync(base + extension));
      if (file) return { path: `${args.path}.js`, external: true };
      if (existsSync(resolve(base, 'index.ts')))
        return { path: `${args.path}/index.js`, external: true };
      return undefined;
    });
  },
};

/** Every source module that ships: not tests, stories, fixtures, test helpers or examples. */
export const SHIPPED_SOURCES = [
  'src/**/*.ts',
  'src/**/*.tsx',
  '!src/**/*.test.ts',
  '!src/**/*.test.tsx',
  '!src/**/*.test-helper.ts',
  '!src/**/*.test-data.ts',
  '!src/**/*.stories.tsx',
  '!src/**/*.sample.ts',
  '!src/test/**',
  '!src/examples/**',
];

interface PreservedModulesOptions {
  /** Public entries, e.g. `{ index: 'src/index.ts' }`. */
  entries: Record<string, string>;
  /** Entries whose output must start with `"use client"`. */
  clientEntries?: readonly string[];
  external: Options['external'];
  /** Runs once, after the ESM build (e.g. to write the stylesheet). */
  afterEsm?: () => Promise<void>;
}

/**
 * Build settings that keep one ESM file per source module, mirroring `src/`. A bundler then drops
 * whole unused modules thanks to `sideEffects: false`, instead of keeping everything that one big
 * file's top-level statements touch. CommonJS, which bundlers do not tree-shake, stays one file per
 * public entry.
 */
export function preservedModules({
  entries,
  clientEntries = [],
  external,
  afterEsm,
}: PreservedModulesOptions): Options[] {
  const shared: Options = { sourcemap: true, target: 'es2022', external };
  return [
    {
      ...shared,
      entry: SHIPPED_SOURCES,
      format: ['esm'],
      splitting: false,
      esbuildPlugins: [relativeImportsStayModules],
      clean: true,
      dts: { entry: entries },
      async onSuccess() {
        await preserveUseClient(clientEntries, ['js'])();
        await afterEsm?.();
      },
    },
    {
      ...shared,
      entry: entries,
      format: ['cjs'],
      splitting: false,
      clean: false,
      dts: { entry: entries },
      onSuccess: preserveUseClient(clientEntries, ['cjs']),
    },
  ];
}
