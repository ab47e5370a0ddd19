import type { StorybookConfig } from '@storybook/react-vite';
import { sourceAliases } from './aliases.ts';
import { mdxPluginOptions } from './mdx.ts';

const config: StorybookConfig = {
  stories: ['../docs/storybook/*.mdx', '../packages/*/src/**/*.stories.@(ts|tsx)'],
  addons: [
    // GitHub-flavoured Markdown (tables) in the MDX pages, as Storybook's docs describe it.
    { name: '@storybook/addon-docs', options: { mdxPluginOptions } },
    '@storybook/addon-a11y',
    '@storybook/addon-vitest',
  ],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true },
  typescript: { reactDocgen: 'react-docgen-typescript' },
  async viteFinal(viteConfig) {
    const existing = viteConfig.resolve?.alias;
    const aliases = Array.isArray(existing)
      ? existing
      : Object.entries(existing ?? {}).map(([find, replacement]) => ({
          find,
          replacement: String(replacement),
        }));
    return {
      ...viteConfig,
      resolve: { ...viteConfig.resolve, alias: [...sourceAliases, ...aliases] },
    };
  },
};

export default config;
