#!/usr/bin/env node
/**
 * A package's `pnpm bench`: runs every `bench/*.bench.ts` of the package it is started in, each in
 * its own process (so peak RSS is per bench, and `--expose-gc` lets a bench collect garbage
 * before it measures). `pnpm bench health` (from packages/metrics) runs only the files whose name
 * contains "health".
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const folder = join(process.cwd(), 'bench');
const filter = process.argv[2];
const files = readdirSync(folder)
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => filter === undefined || file.includes(filter))
  .sort();
if (files.length === 0) {
  console.error(`bench: no ${folder}/*.bench.ts${filter ? ` matches "${filter}"` : ''}`);
  process.exit(1);
}

let failed = 0;
for (const file of files) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', join(folder, file)], {
    stdio: 'inherit',
  });
  if (run.status !== 0) failed++;
}
if (failed > 0) {
  console.error(`${failed} bench file(s) failed`);
  process.exit(1);
}
