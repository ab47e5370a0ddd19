import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Options } from 'tsup';
import { preserveUseClient } from './tsup-use-client.ts';

type EsbuildPlugin = NonNullable<Options['esbuildPlugins']>[number];

/**
 * Keeps every relative import as an import of the sibling output file (`./x` → `./x.js`,
 * `./dir` → `./dir/index.js`; `.cjs` in the CommonJS build), so each source module becomes exactly
 * one output module: no shared chunks, no bare `import "./chunk.js"` lines that bundlers warn about
 * under `sideEffects: false`, and one copy of every module (one `MetricsInputError` class) however
 * many entries load it.
 */
function relativeImportsStayModules(extension: 'js' | 'cjs'): EsbuildPlugin {
  return {
    name: 'relative-imports-stay-modules',
    setup(build) {
      build.onResolve({ filter: /^\.\.?\// }, (args) => {
        if (args.kind === 'entry-point') return undefined;
        const base = resolve(args.resolveDir, args.path);
        const file = ['.ts', '.tsx'].some((suffix) => existsSync(base + suffix));
        if (file) return { path: `${args.path}.${extension}`, external: true };
        if (existsSync(resolve(base, 'index.ts')))
          return { path: `${args.path}/index.${extension}`, external: true };
        return undefined;
      });
    },
  };
}

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
  external: NonNullable<Options['external']>;
  /** Runs once, after the ESM build (e.g. to write the stylesheet). */
  afterEsm?: () => Promise<void>;
}

/**
 * Build settings that keep one output file per source module, mirroring `src/`, in both formats.
 * In ESM a bundler then drops whole unused modules thanks to `sideEffects: false`, instead of
 * keeping everything that one big file's top-level statements touch. In CommonJS every entry
 * `require`s the same module files, so state and classes (`MetricsInputError`) exist once per
 * format instead of once per entry.
 */
export function preservedModules({
  entries,
  clientEntries = [],
  external,
  afterEsm,
}: PreservedModulesOptions): Options[] {
  const shared: Options = {
    sourcemap: true,
    target: 'es2022',
    external,
    entry: SHIPPED_SOURCES,
    splitting: false,
    dts: { entry: entries },
  };
  return [
    {
      ...shared,
      format: ['esm'],
      esbuildPlugins: [relativeImportsStayModules('js')],
      clean: true,
      async onSuccess() {
        await preserveUseClient(clientEntries, ['js'])();
        await afterEsm?.();
      },
    },
    {
      ...shared,
      format: ['cjs'],
      esbuildPlugins: [relativeImportsStayModules('cjs')],
      clean: false,
      onSuccess: preserveUseClient(clientEntries, ['cjs']),
    },
  ];
}
