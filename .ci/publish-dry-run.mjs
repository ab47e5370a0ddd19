#!/usr/bin/env node
/**
 * Checks that every public package would publish cleanly, after a build:
 *
 *   node .ci/publish-dry-run.mjs
 *
 * For each non-private `packages/*`:
 * - `pnpm publish --dry-run --no-git-checks` prints no warning. The one allowed line is npm's
 *   "requires you to be logged in (dry-run)": a dry run needs no login, a real release has one.
 * - `pnpm pack` gives a tarball whose files are exactly what a user should get: `package.json`,
 *   `README.md`, `CHANGELOG.md` (and a licence if there is one) and built files under `dist/`;
 *   no sources, tests, stories, fixtures, examples or configs.
 * - Every `main`/`module`/`types`/`exports` target is in the tarball, and the packed
 *   `package.json` has no `workspace:` ranges left.
 * - Every source map carries its sources (`sourcesContent`), since `src/` is not shipped, and
 *   every `sourceMappingURL` points at a shipped map.
 * It fails naming the package and each problem.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { npmEnv } from './npm-env.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** npm's notice when nobody is logged in; a dry run does not need a login. */
const ALLOWED_WARNINGS = [
  /^npm warn publish This command requires you to be logged in .*\(dry-run\)$/,
];
/** A warning line from npm (`npm warn …`), pnpm (`WARN …`) or Node (`(node:1) Warning: …`). */
const WARNING = /^(npm\s+)?warn(ing)?\b|^\(node:\d+\) \w*Warning\b/i;
/** What a tarball may hold. */
const ALLOWED_FILE =
  /^(package\.json|README\.md|CHANGELOG\.md|LICEN[CS]E(\.md)?|dist\/.+\.(js|cjs|d\.ts|d\.cts|js\.map|cjs\.map|css))$/;
/** Never shipped, even under dist/. */
const FORBIDDEN_FILE =
  /(^|\/)(src|test|tests|__tests__|fixtures?|stories|examples|test-react-18|bench|coverage)(\/|$)|\.(test|spec|stories|test-data|test-helper|sample)\.|tsconfig|tsup\.config|vitest\.config|\.tsbuildinfo$/;
const REQUIRED_FILES = ['package.json', 'README.md', 'CHANGELOG.md'];

/** Runs a command to its end, resolving with its exit status and output (never rejecting). */
function run(command, args, cwd) {
  return new Promise((done) => {
    const child = spawn(command, args, {
      cwd,
      env: npmEnv({ FORCE_COLOR: '0', NO_COLOR: '1' }),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', (error) => done({ status: -1, stdout, output: String(error) }));
    child.on('close', (status) => done({ status, stdout, output: `${stdout}\n${stderr}` }));
  });
}

function publicPackages() {
  return readdirSync(join(ROOT, 'packages'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(ROOT, 'packages', entry.name))
    .filter((dir) => {
      try {
        return !JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).private;
      } catch {
        return false;
      }
    });
}

/** Every file path a package.json entry point or export condition names. */
function entryTargets(manifest) {
  const targets = new Set();
  const visit = (value) => {
    if (typeof value === 'string') targets.add(posix.normalize(value));
    else if (value && typeof value === 'object') Object.values(value).forEach(visit);
  };
  visit([manifest.main, manifest.module, manifest.types, manifest.exports]);
  return [...targets].filter((target) => !target.includes('*'));
}

function checkSourceMaps(files, unpacked, problems) {
  const shipped = new Set(files);
  for (const file of files) {
    if (file.endsWith('.map')) {
      const map = JSON.parse(readFileSync(join(unpacked, file), 'utf8'));
      const sources = map.sources ?? [];
      const contents = map.sourcesContent ?? [];
      const missing = sources.filter((_, index) => typeof contents[index] !== 'string');
      if (missing.length > 0) {
        problems.push(`${file} points at ${missing.join(', ')} without its content`);
      }
    } else if (/\.c?js$/.test(file)) {
      const text = readFileSync(join(unpacked, file), 'utf8');
      const url = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(text)?.[1];
      if (url && !url.startsWith('data:')) {
        const target = posix.join(posix.dirname(file), url);
        if (!shipped.has(target)) problems.push(`${file} names a source map that is not shipped`);
      }
    }
  }
}

async function checkPackage(dir, scratch) {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const name = manifest.name;
  const problems = [];

  const dry = await run('pnpm', ['publish', '--dry-run', '--no-git-checks'], dir);
  if (dry.status !== 0) problems.push(`pnpm publish --dry-run exited ${dry.status}`);
  for (const line of dry.output.split('\n').map((text) => text.trim())) {
    if (!WARNING.test(line)) continue;
    if (ALLOWED_WARNINGS.some((allowed) => allowed.test(line))) continue;
    problems.push(`warning: ${line}`);
  }

  const destination = join(scratch, name.replace(/[@/]/g, '_'));
  const pack = await run('pnpm', ['pack', '--json', '--pack-destination', destination], dir);
  if (pack.status !== 0) {
    problems.push(`pnpm pack exited ${pack.status}: ${pack.output.trim()}`);
    return { name, problems, files: [] };
  }
  const packed = JSON.parse(pack.stdout);
  const files = packed.files.map((file) => file.path).sort();
  const unpacked = join(destination, 'unpacked');
  mkdirSync(unpacked, { recursive: true });
  const untar = await run('tar', ['-xzf', packed.filename, '-C', unpacked, '--strip-components=1']);
  if (untar.status !== 0) problems.push(`could not unpack ${packed.filename}: ${untar.output}`);

  for (const required of REQUIRED_FILES) {
    if (!files.includes(required)) problems.push(`missing ${required}`);
  }
  for (const file of files) {
    if (!ALLOWED_FILE.test(file) || FORBIDDEN_FILE.test(file)) problems.push(`unexpected ${file}`);
  }
  for (const target of entryTargets(manifest)) {
    if (!files.includes(target)) problems.push(`package.json names ${target}, not in the tarball`);
  }
  const packedManifest = readFileSync(join(unpacked, 'package.json'), 'utf8');
  if (packedManifest.includes('workspace:')) {
    problems.push('the packed package.json still has a workspace: range');
  }
  if (files.includes('README.md')) {
    const readme = readFileSync(join(unpacked, 'README.md'), 'utf8');
    if (readme.trim().split('\n').length < 10) problems.push('README.md is (almost) empty');
  }
  checkSourceMaps(files, unpacked, problems);
  return { name, problems, files };
}

const started = Date.now();
const scratch = mkdtempSync(join(tmpdir(), 'vitals-publish-'));
let failed = false;
try {
  const packages = publicPackages();
  if (packages.length === 0) throw new Error('no public packages under packages/');
  // The packages are independent: check them side by side.
  const results = await Promise.all(packages.map((dir) => checkPackage(dir, scratch)));
  for (const { name, problems, files } of results) {
    if (problems.length === 0) {
      const maps = files.filter((file) => file.endsWith('.map')).length;
      console.log(`✔ ${name}: ${files.length} files (${maps} source maps with their sources)`);
    } else {
      failed = true;
      console.error(`✖ ${name}:`);
      for (const problem of problems) console.error(`    ${problem}`);
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (failed) {
  console.error(`publish dry run: problems found (${seconds} s).`);
  process.exit(1);
}
console.log(`publish dry run: every public package is clean (${seconds} s).`);
