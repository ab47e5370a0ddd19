import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every module specifier reachable from a source file through static imports and re-exports. */
function reachableSpecifiers(entry: string): { files: Set<string>; bare: Set<string> } {
  const files = new Set<string>();
  const bare = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2]!;
      if (!specifier.startsWith('.')) {
        bare.add(specifier);
        continue;
      }
      const base = resolve(dirname(file), specifier);
      const candidates = [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`];
      const found = candidates.find((candidate) => {
        try {
          readFileSync(candidate);
          return true;
        } catch {
          return false;
        }
      });
      if (!found) throw new Error(`${file} imports ${specifier}, which does not resolve`);
      visit(found);
    }
  };
  visit(entry);
  return { files, bare };
}

describe('package entries', () => {
  it('the root entry imports no React and no package at all (zero runtime dependencies)', () => {
    const { files, bare } = reachableSpecifiers(resolve(here, 'index.ts'));
    expect(files.size).toBeGreaterThan(3);
    expect([...bare]).toEqual([]);
  });

  it('the hooks entry imports only react among packages', () => {
    const { bare } = reachableSpecifiers(resolve(here, 'react.ts'));
    expect([...bare]).toEqual(['react']);
  });

  it('the CSV entry imports only papaparse among packages, and no React', () => {
    const { bare } = reachableSpecifiers(resolve(here, 'csv.ts'));
    expect([...bare]).toEqual(['papaparse']);
  });

  it("the hooks entry starts with 'use client'", () => {
    expect(readFileSync(resolve(here, 'react.ts'), 'utf8').startsWith("'use client';")).toBe(true);
  });
});
