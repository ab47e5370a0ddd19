/**
 * What the browser benches share: bundle one page with esbuild (production React, packages from
 * source), serve it on 127.0.0.1, and open Debian's Chromium through playwright-core.
 */
import { createServer, type Server } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { type Browser, chromium } from 'playwright-core';
// @ts-expect-error: a plain .mjs helper of the repository, without types.
import { CHROMIUM_ARGS, findChromium } from '../../../.ci/chromium.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const packages = join(here, '..', '..');

/** Median of a non-empty list. */
export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** The `p` quantile (nearest rank) of a non-empty list. */
export const quantile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
};

async function bundle(entry: string, keepNames: boolean): Promise<{ js: string; css: string }> {
  const result = await build({
    entryPoints: [join(here, entry)],
    bundle: true,
    write: false,
    outdir: 'out',
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    // Profiles need function names: then only syntax and whitespace are minified.
    ...(keepNames ? { minifySyntax: true, minifyWhitespace: true } : { minify: true }),
    jsx: 'automatic',
    logLevel: 'error',
    define: { 'process.env.NODE_ENV': '"production"' },
    alias: {
      '@vitals/metrics/react': join(packages, 'metrics/src/react.ts'),
      '@vitals/metrics': join(packages, 'metrics/src/index.ts'),
      '@vitals/sample-data': join(packages, 'sample-data/src/index.ts'),
    },
  });
  const file = (ext: string) => result.outputFiles.find((f) => f.path.endsWith(ext))?.text ?? '';
  return { js: file('.js'), css: file('.css') };
}

/**
 * Bundles `entry` (a file in bench/) into a page served at the returned URL. `keepNames` keeps
 * function names in the bundle, for CPU and allocation profiles.
 */
export async function servePage(
  entry: string,
  title: string,
  { keepNames = false }: { keepNames?: boolean } = {},
): Promise<{ url: string; server: Server }> {
  const { js, css } = await bundle(entry, keepNames);
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<link rel="stylesheet" href="/page.css"></head><body style="margin:0;width:1400px">
<div id="root" class="vitals-root" data-theme="light"></div><script type="module" src="/page.js"></script></body></html>`;
  const server = createServer((req, res) => {
    const [type, body] =
      req.url === '/page.js'
        ? ['text/javascript', js]
        : req.url === '/page.css'
          ? ['text/css', css]
          : ['text/html', html];
    res.writeHead(200, { 'content-type': `${type}; charset=utf-8` });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`,
    server,
  };
}

/** Debian's Chromium (or `CHROMIUM_PATH`), headless, with the flags this machine needs. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: run `node .ci/chromium.mjs --ensure`.');
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}
