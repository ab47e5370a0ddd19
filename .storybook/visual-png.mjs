#!/usr/bin/env node
/**
 * Makes the visual baselines small without changing a pixel. Vitest writes a screenshot as an
 * RGBA PNG compressed with zlib's run-length strategy; a story root is opaque, so the same pixels
 * as an RGB PNG with zlib's default strategy take about half the bytes. Vitest reads either.
 *
 * `node .storybook/visual-png.mjs` rewrites every baseline Vitest wrote (colour type RGBA) in
 * .storybook/visual-baselines; pnpm test:visual and pnpm test run it after the tests.
 * It uses pngjs, the PNG codec Vitest's browser mode itself uses (a dependency of @vitest/browser).
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
export const BASELINES = join(here, 'visual-baselines');

const require = createRequire(import.meta.url);
const { PNG } = createRequire(require.resolve('@vitest/browser/package.json'))('pngjs');

/** PNG colour type, from the IHDR chunk (byte 25 of the file). */
const RGBA = 6;

function* pngFiles(dir) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* pngFiles(path);
    else if (entry.name.endsWith('.png')) yield path;
  }
}

/** Rewrites the opaque RGBA baselines as RGB; returns how many files changed. */
export function compactBaselines(dir = BASELINES) {
  let count = 0;
  for (const path of pngFiles(dir)) {
    const buffer = readFileSync(path);
    if (buffer[25] !== RGBA) continue;
    const png = PNG.sync.read(buffer);
    let opaque = true;
    for (let i = 3; i < png.data.length; i += 4) {
      if (png.data[i] !== 255) {
        opaque = false;
        break;
      }
    }
    const compact = PNG.sync.write(png, {
      colorType: opaque ? 2 : RGBA,
      inputColorType: RGBA,
      deflateLevel: 9,
      deflateStrategy: 0,
    });
    // The same pixels, read back, or the file is left as it is.
    const check = PNG.sync.read(compact);
    if (!check.data.equals(png.data) || compact.length >= buffer.length) continue;
    writeFileSync(path, compact);
    count++;
  }
  return count;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const count = compactBaselines();
  if (count > 0) console.log(`visual baselines: ${count} PNG files rewritten smaller`);
}
