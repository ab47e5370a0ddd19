/**
 * The MDX pages in docs/storybook compiled by Storybook's own MDX loader with the options main.ts
 * gives addon-docs: every GitHub-flavoured Markdown table in a page must come out as a <table>,
 * never as a paragraph of `|` characters (issue 19: the Introduction's table rendered raw).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
// @ts-expect-error: Storybook's webpack loader ships without type declarations.
import mdxLoader from '@storybook/addon-docs/mdx-loader';
import { describe, expect, it } from 'vitest';
import main from './main.ts';
import { mdxPluginOptions } from './mdx.ts';

const pagesDir = fileURLToPath(new URL('../docs/storybook/', import.meta.url));
const pages = readdirSync(pagesDir).filter((name) => name.endsWith('.mdx'));

/** Compiles one page the way addon-docs does (the loader calls MDX's `compile`). */
function compile(path: string, options: object): Promise<string> {
  return new Promise((resolve, reject) => {
    const context = {
      resourcePath: path,
      getOptions: () => options,
      async: () => (error: Error | null, code?: string) =>
        error ? reject(error) : resolve(String(code)),
    };
    (mdxLoader as (this: typeof context, source: string) => void).call(
      context,
      readFileSync(path, 'utf8'),
    );
  });
}

/** Pipe tables in the Markdown of a page: delimiter rows (`| --- | :-: |`) outside code fences. */
function countSourceTables(source: string): number {
  let inFence = false;
  let tables = 0;
  for (const line of source.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    else if (!inFence && /^\s*\|(\s*:?-+:?\s*\|)+\s*$/.test(line)) tables += 1;
  }
  return tables;
}

/** Tables in the compiled page: MDX renders each through `_components.table`. */
function countCompiledTables(code: string): number {
  return code.match(/_components\.table\b/g)?.length ?? 0;
}

it('main.ts gives addon-docs the GFM options', () => {
  const docs = main.addons?.find(
    (addon) => typeof addon === 'object' && addon.name === '@storybook/addon-docs',
  );
  expect(docs).toMatchObject({ options: { mdxPluginOptions } });
});

it('the Introduction has a table to check', () => {
  const intro = readFileSync(`${pagesDir}Introduction.mdx`, 'utf8');
  expect(countSourceTables(intro)).toBeGreaterThan(0);
});

it('without remark-gfm the Introduction has no table (the check can fail)', async () => {
  const code = await compile(`${pagesDir}Introduction.mdx`, { mdxCompileOptions: {} });
  expect(countCompiledTables(code)).toBe(0);
});

describe.each(pages)('%s', (name) => {
  it('renders each Markdown table as a <table>', async () => {
    const path = `${pagesDir}${name}`;
    const code = await compile(path, mdxPluginOptions);
    expect(countCompiledTables(code)).toBe(countSourceTables(readFileSync(path, 'utf8')));
  });
});
