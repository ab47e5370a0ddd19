#!/usr/bin/env node
/**
 * The fonts the visual tests pin (.storybook/visual.test.tsx): Noto Sans for Latin, Greek and
 * Cyrillic text and Noto Sans CJK JP for Japanese, from Debian's packages `fonts-noto-core` and
 * `fonts-noto-cjk`. Screenshots and text measurements are only comparable between machines that
 * draw the same glyphs, so the story tests use exactly these fonts, never a fallback.
 *
 * `node .ci/fonts.mjs --ensure` installs both packages with apt-get when a font is missing and the
 * machine allows it (root + apt-get), and otherwise exits with exactly the command to run.
 * Without `--ensure` it only reports.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Font family → the Debian package that provides it. */
export const FONTS = {
  'Noto Sans': 'fonts-noto-core',
  'Noto Sans CJK JP': 'fonts-noto-cjk',
};

const PACKAGES = [...new Set(Object.values(FONTS))];
const COMMAND = `sudo apt-get update && sudo apt-get install -y ${PACKAGES.join(' ')}`;

/** The font families fontconfig knows (`fc-list : family`), or an empty set without fontconfig. */
function installedFamilies() {
  const run = spawnSync('fc-list', [':', 'family'], { encoding: 'utf8' });
  if (run.status !== 0 || typeof run.stdout !== 'string') return new Set();
  // One line per font file; a line lists the family's names separated by commas.
  return new Set(
    run.stdout
      .split('\n')
      .flatMap((line) => line.split(','))
      .map((name) => name.trim())
      .filter(Boolean),
  );
}

/** The pinned families fontconfig does not have. */
export function missingFonts() {
  const families = installedFamilies();
  return Object.keys(FONTS).filter((family) => !families.has(family));
}

function help(missing) {
  return `The story and visual tests draw their text in ${Object.keys(FONTS).join(' and ')}, and ${missing.join(' and ')} ${missing.length === 1 ? 'is' : 'are'} not installed.
Install Debian's font packages and run the tests again:
  ${COMMAND}`;
}

/** Installs the pinned fonts when possible; exits with the command to run otherwise. */
export function ensureFonts() {
  const missing = missingFonts();
  if (missing.length === 0) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (isRoot && hasApt) {
    console.log(
      `Fonts missing (${missing.join(', ')}): installing ${PACKAGES.join(' ')} with apt-get…`,
    );
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    // The package lists may be stale or absent (a fresh container): refresh them first.
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...PACKAGES], {
      stdio: 'inherit',
      env,
    });
    const still = missingFonts();
    if (still.length === 0) return;
    console.error(help(still));
    process.exit(1);
  }
  console.error(help(missing));
  process.exit(1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--ensure')) ensureFonts();
  const missing = missingFonts();
  if (missing.length > 0) {
    console.error(help(missing));
    process.exit(1);
  }
  console.log(`Fonts: ${Object.keys(FONTS).join(', ')} (fontconfig)`);
}
