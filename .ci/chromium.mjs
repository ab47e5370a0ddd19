#!/usr/bin/env node
/**
 * Finds the Chromium that browser tests use, or installs Debian's.
 * Order: $CHROMIUM_PATH (always wins), then chromium / chromium-browser / google-chrome on PATH.
 * `node .ci/chromium.mjs --ensure` installs `chromium` with apt-get when none is found and the
 * machine allows it (root + apt-get), and otherwise exits with exactly what to do.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** Flags for headless Chromium on a machine with no outside network and no GPU. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The Chromium executable to use, or null when there is none. */
export function findChromium() {
  const explicit = process.env.CHROMIUM_PATH;
  if (explicit) {
    if (isExecutable(explicit)) return explicit;
    throw new Error(`CHROMIUM_PATH is set to "${explicit}", which is not an executable file.`);
  }
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of NAMES) {
      const candidate = join(dir, name);
      if (dir && isExecutable(candidate)) return candidate;
    }
  }
  return null;
}

const HELP = `Chromium is needed for the story and end-to-end tests, and none was found.
Install Debian's package and run the tests again:
  sudo apt-get update && sudo apt-get install -y chromium
or point CHROMIUM_PATH at an existing Chromium or Chrome executable:
  CHROMIUM_PATH=/path/to/chromium pnpm test`;

/** Finds Chromium, installing Debian's package when possible; exits with instructions otherwise. */
export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (isRoot && hasApt) {
    console.log('Chromium not found: installing Debian\'s "chromium" package with apt-get…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    const installed = findChromium();
    if (installed) return installed;
  }
  console.error(HELP);
  process.exit(1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const path = process.argv.includes('--ensure') ? ensureChromium() : findChromium();
  if (!path) {
    console.error(HELP);
    process.exit(1);
  }
  const version = spawnSync(path, ['--version'], { encoding: 'utf8' }).stdout.trim();
  console.log(`Chromium: ${path} (${version || 'version unknown'})`);
}
