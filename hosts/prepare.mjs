#!/usr/bin/env node
// @ts-check
/**
 * Installs Vitals as a vendor does: packs each public package (`pnpm pack`, from the built
 * `dist`), then creates every host app of hosts/ in a fresh temporary folder, installs the
 * tarballs there with npm (no workspace links), typechecks the app under `strict`,
 * `exactOptionalPropertyTypes` and `noUncheckedIndexedAccess`, and builds it. The hosts tests
 * (`vitest run --project hosts`) then serve each app and load it in Chromium.
 *
 * Usage: `node hosts/prepare.mjs [host …]` (default: every host). Run `pnpm build` first.
 * Fails loudly, naming the host, the step and the output, and prints each step's wall time.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { npmEnv } from '../.ci/npm-env.mjs';
import { HOSTS, REPO, hostsDir } from './paths.mjs';

/** The packages a vendor installs, by folder. */
const PACKAGES = ['metrics', 'react', 'sample-data'];
/** Files of hosts/shared that every browser app gets beside its own. */
const SHARED_APP_FILES = ['book.js', 'locales.js', 'Dashboard.tsx', 'host.css', 'usage.tsx'];

const env = npmEnv({ NEXT_TELEMETRY_DISABLED: '1', npm_config_update_notifier: 'false' });

/**
 * Runs a command, keeping its output for the error message; rejects naming host and step.
 * @param {string} host @param {string} step @param {string} command @param {string[]} args
 * @param {string} cwd
 */
function run(host, step, command, args, cwd) {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (Date.now() - started) / 1000;
      if (code === 0) {
        console.log(`  ${host}: ${step} (${seconds.toFixed(1)} s)`);
        resolve({ output, seconds });
      } else {
        reject(
          new Error(
            `host "${host}": ${step} failed (exit ${code}) after ${seconds.toFixed(1)} s\n` +
              `  command: ${command} ${args.join(' ')}\n  folder: ${cwd}\n\n${output.trim()}`,
          ),
        );
      }
    });
  });
}

/** Packs every public package into `dir`; returns the tarball path by package name. */
async function pack(/** @type {string} */ dir) {
  /** @type {Record<string, string>} */
  const tarballs = {};
  for (const folder of PACKAGES) {
    const cwd = join(REPO, 'packages', folder);
    const { name } = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8'));
    if (!existsSync(join(cwd, 'dist'))) {
      throw new Error(`${name} has no dist/: run "pnpm build" before the hosts stage.`);
    }
    const { output } = await run('pack', name, 'pnpm', ['pack', '--pack-destination', dir], cwd);
    const tarball = output.trim().split('\n').at(-1)?.trim();
    if (!tarball?.endsWith('.tgz')) throw new Error(`pnpm pack printed no tarball for ${name}`);
    tarballs[name] = tarball;
  }
  return tarballs;
}

/**
 * Copies a host template into `app` and points its `"packed"` dependencies at the tarballs;
 * an npm override makes @vitals/react's own dependency on @vitals/metrics the same tarball.
 * @param {string} host @param {string} app @param {Record<string, string>} tarballs
 */
function createApp(host, app, tarballs) {
  cpSync(join(REPO, 'hosts', host), app, { recursive: true });
  const shared = join(REPO, 'hosts', 'shared');
  cpSync(join(shared, 'tsconfig.json'), join(app, 'tsconfig.host.json'));
  const files = host === 'node' ? ['book.js', 'locales.js'] : SHARED_APP_FILES;
  for (const file of files) cpSync(join(shared, file), join(app, file));
  const manifestPath = join(app, 'package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  /** @type {Record<string, string>} */
  const overrides = {};
  for (const [name, version] of Object.entries(manifest.dependencies)) {
    if (version !== 'packed') continue;
    const tarball = tarballs[name];
    if (!tarball) throw new Error(`host "${host}" depends on ${name}, which is not packed`);
    manifest.dependencies[name] = `file:${tarball}`;
    overrides[name] = `file:${tarball}`;
  }
  manifest.overrides = overrides;
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
}

/** Installs, builds and typechecks one host; returns each step's seconds. */
async function prepareHost(/** @type {string} */ host, /** @type {string} */ app) {
  /** @type {Record<string, number>} */
  const seconds = {};
  const npm = (/** @type {string} */ step, /** @type {string[]} */ args) =>
    run(host, step, 'npm', args, app).then((result) => (seconds[step] = result.seconds));
  await npm('install', [
    'install',
    '--no-audit',
    '--no-fund',
    '--loglevel=error',
    '--prefer-offline',
  ]);
  const { scripts = {} } = JSON.parse(readFileSync(join(app, 'package.json'), 'utf8'));
  // Next.js writes next-env.d.ts during its build, so the typecheck comes after the build.
  if (scripts.build) await npm('build', ['run', 'build']);
  await npm('typecheck', ['run', 'typecheck']);
  return seconds;
}

async function main() {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((host) => !HOSTS.includes(/** @type {never} */ (host)));
  if (unknown.length > 0) throw new Error(`unknown host(s): ${unknown.join(', ')}`);
  const hosts = wanted.length > 0 ? wanted : [...HOSTS];
  const dir = hostsDir();
  const started = Date.now();
  console.log(`Hosts folder: ${dir}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'packs'), { recursive: true });
  const tarballs = await pack(join(dir, 'packs'));
  for (const host of hosts) createApp(host, join(dir, host), tarballs);
  // Two at a time: installs wait on the network and disk, builds on the two cores.
  /** @type {Record<string, Record<string, number>>} */
  const timings = {};
  /** @type {Error[]} */
  const failures = [];
  const queue = [...hosts];
  const worker = async () => {
    for (let host = queue.shift(); host; host = queue.shift()) {
      try {
        timings[host] = await prepareHost(host, join(dir, host));
      } catch (error) {
        failures.push(error instanceof Error ? error : new Error(String(error)));
      }
    }
  };
  await Promise.all([worker(), worker()]);
  if (failures.length > 0) {
    throw new Error(failures.map((failure) => failure.message).join('\n\n✖ hosts: '));
  }
  writeFileSync(
    join(dir, 'manifest.json'),
    `${JSON.stringify({ hosts, tarballs, timings, preparedAt: new Date().toISOString() }, null, 2)}\n`,
  );
  console.log(
    `Hosts ready in ${((Date.now() - started) / 1000).toFixed(1)} s: ${hosts.join(', ')}`,
  );
}

main().catch((error) => {
  console.error(`\n✖ hosts: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
