/**
 * Vitest global setup of the `sql` project: starts a real PostgreSQL server for the parity suite
 * and stops it afterwards, so `pnpm test` needs nothing running beforehand.
 *
 * It finds Debian's server (`/usr/lib/postgresql/<version>/bin`); when it is absent and we are
 * root, it installs it with `apt-get install -y postgresql`. It initialises a data directory in a
 * fresh temporary folder, starts the server on a free 127.0.0.1 port (as the `postgres` user via
 * `runuser` when running as root, since PostgreSQL refuses to run as root), hands the connection
 * string to the tests in `VITALS_PG_URL`, and at teardown stops the server and removes the folder,
 * also when a test failed or the setup failed halfway.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = '/usr/lib/postgresql';

function findBin(): string {
  const find = () =>
    existsSync(ROOT)
      ? readdirSync(ROOT)
          .filter((version) => existsSync(join(ROOT, version, 'bin', 'initdb')))
          .sort((a, b) => Number(b) - Number(a))
          .map((version) => join(ROOT, version, 'bin'))[0]
      : undefined;
  let bin = find();
  if (bin === undefined && process.getuid?.() === 0) {
    execFileSync('apt-get', ['update'], { stdio: 'ignore' });
    execFileSync('apt-get', ['install', '-y', 'postgresql'], {
      stdio: 'ignore',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    bin = find();
  }
  if (bin === undefined) {
    throw new Error(
      'The sql tests need a PostgreSQL server: install Debian\'s "postgresql" package (apt-get install -y postgresql).',
    );
  }
  return bin;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

export default async function setup({
  provide,
}: {
  provide: (key: 'pgUrl', value: string) => void;
}): Promise<() => void> {
  const bin = findBin();
  const root = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'vitals-pg-'));
  const data = join(dir, 'data');
  const run = (tool: string, args: string[]) =>
    root
      ? execFileSync('runuser', ['-u', 'postgres', '--', join(bin, tool), ...args], {
          stdio: 'pipe',
        })
      : execFileSync(join(bin, tool), args, { stdio: 'pipe' });
  let started = false;
  const teardown = () => {
    if (started) {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } catch {
        // Already stopped: nothing to do.
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    if (root) {
      chmodSync(dir, 0o755);
      execFileSync('chown', ['postgres', dir]);
    }
    run('initdb', ['-D', data, '-A', 'trust', '-U', 'vitals', '--no-sync', '-E', 'UTF8']);
    const port = await freePort();
    run('pg_ctl', [
      '-D',
      data,
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
      '-l',
      join(dir, 'log'),
      '-w',
      'start',
    ]);
    started = true;
    const url = `postgres://vitals@127.0.0.1:${port}/postgres`;
    process.env['VITALS_PG_URL'] = url;
    provide('pgUrl', url);
  } catch (error) {
    teardown();
    throw error;
  }
  return teardown;
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string;
  }
}
