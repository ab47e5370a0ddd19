// @ts-check
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const REPO = fileURLToPath(new URL('..', import.meta.url));

/** The templates of the host apps, in the order they are prepared and reported. */
export const HOSTS = /** @type {const} */ (['node', 'vite', 'react18', 'next']);

/**
 * Where the host apps are installed: a temporary folder of this checkout's own (two clones on one
 * machine never share one), or `$VITALS_HOSTS_DIR`.
 */
export function hostsDir() {
  if (process.env.VITALS_HOSTS_DIR) return process.env.VITALS_HOSTS_DIR;
  const id = createHash('sha1').update(REPO).digest('hex').slice(0, 8);
  return join(tmpdir(), `vitals-hosts-${id}`);
}
