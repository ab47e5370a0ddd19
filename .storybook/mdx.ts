import remarkGfm from 'remark-gfm';

/**
 * The options Storybook's MDX compiler gets for every page in docs/storybook (addon-docs'
 * `mdxPluginOptions`). MDX is CommonMark only: without remark-gfm a pipe table renders as one
 * paragraph of `|` characters. Shared with docs-mdx.test.ts, which compiles every page with them.
 */
export const mdxPluginOptions = {
  mdxCompileOptions: { remarkPlugins: [remarkGfm] },
};
