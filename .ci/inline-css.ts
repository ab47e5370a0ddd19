import { readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

const IMPORT = /^@import\s+['"](\.[^'"]+)['"];\s*$/gm;

/** Reads a CSS file and replaces each relative `@import './x.css';` line by that file, recursively. */
async function inline(file: string, seen: Set<string>): Promise<string> {
  if (seen.has(file)) throw new Error(`inline-css: ${file} is imported twice or in a cycle`);
  seen.add(file);
  const css = await readFile(file, 'utf8');
  let out = '';
  let last = 0;
  for (const match of css.matchAll(IMPORT)) {
    out += css.slice(last, match.index);
    out += await inline(resolve(dirname(file), match[1]!), seen);
    last = match.index + match[0].length;
  }
  return out + css.slice(last);
}

/**
 * Writes one self-contained stylesheet: packages ship `styles.css` as a single file, so it works
 * from a `<link>` or any bundler, while the sources keep each component's rules beside its code.
 */
export async function inlineCss(entry: string, output: string): Promise<void> {
  await writeFile(output, await inline(resolve(entry), new Set()));
}
