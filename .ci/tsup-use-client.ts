import { readFile, writeFile } from 'node:fs/promises';

/** The directive prologue at the top of a built file, e.g. `"use strict";\n"use client";`. */
const DIRECTIVES = /^(?:\s*"use [a-z ]+";)*/;

/**
 * esbuild drops module-level directives when it bundles, so React Server Components would treat
 * our hooks and components as server code. After each build this puts `"use client";` back at
 * the top of the named entries' ESM and CJS files, unless the file's directives already have it.
 */
export function preserveUseClient(
  entries: readonly string[],
  extensions: readonly string[] = ['js', 'cjs'],
  outDir = 'dist',
) {
  return async (): Promise<void> => {
    for (const entry of entries) {
      for (const extension of extensions) {
        const file = `${outDir}/${entry}.${extension}`;
        const code = await readFile(file, 'utf8');
        if (!DIRECTIVES.exec(code)?.[0].includes('"use client"'))
          await writeFile(file, `"use client";\n${code}`);
      }
    }
  };
}
