#!/usr/bin/env node
/**
 * `pnpm test:visual [vitest options]`: the `storybook-visual` project (visual.test.tsx), then the
 * baselines it wrote made small (visual-png.mjs). `--update` (or `-u`) rewrites the baselines;
 * `-t <pattern>` runs only the tests whose name matches (e.g. a story id).
 */
import { spawnSync } from 'node:child_process';
import { compactBaselines } from './visual-png.mjs';

const run = spawnSync(
  'pnpm',
  ['exec', 'vitest', 'run', '--project', 'storybook-visual', ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
const count = compactBaselines();
if (count > 0) console.log(`visual baselines: ${count} PNG files rewritten smaller`);
process.exit(run.status ?? 1);
