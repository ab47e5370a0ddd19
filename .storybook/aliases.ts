import { fileURLToPath } from 'node:url';

const source = (path: string) => fileURLToPath(new URL(`../packages/${path}`, import.meta.url));

/**
 * Points `@vitals/*` at the packages' TypeScript sources, so Storybook and the unit tests run
 * without a prior build. The example app does NOT use these: it consumes the built packages.
 */
export const sourceAliases = [
  { find: /^@vitals\/metrics\/react$/, replacement: source('metrics/src/react.ts') },
  { find: /^@vitals\/metrics\/csv$/, replacement: source('metrics/src/csv.ts') },
  { find: /^@vitals\/metrics$/, replacement: source('metrics/src/index.ts') },
  { find: /^@vitals\/react$/, replacement: source('react/src/index.ts') },
  { find: /^@vitals\/react\/styles\.css$/, replacement: source('react/src/styles.css') },
  { find: /^@vitals\/sample-data$/, replacement: source('sample-data/src/index.ts') },
];
