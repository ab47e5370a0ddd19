import type { Options } from 'tsup';
import { preserveUseClient } from './tsup-use-client.ts';

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
 * Build settings that keep one ESM file per source module (esbuild code splitting with every
 * module as an entry). A bundler then drops whole unused modules thanks to `sideEffects: false`,
 * instead of keeping everything that one big file's top-level statements touch. CommonJS, which
 * bundlers do not tree-shake, stays one file per public entry.
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
      splitting: true,
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
