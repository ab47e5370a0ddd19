/**
 * The environment for an `npm` (or `pnpm publish`, which runs npm) started from a pnpm script.
 * pnpm exports its own settings as `npm_config_*` variables (`verify-deps-before-run`,
 * `npm-globalconfig`, `_jsr-registry`, …) that npm does not know and warns about on every call,
 * so a vendor's clean `npm install` would look noisy here and the publish check would see
 * warnings that no release has. The variables npm itself reads (registry, cache, …) stay.
 */
const PNPM_ONLY = /^npm_config_(verify_deps_before_run|npm_globalconfig|_jsr_registry|.*pnpm.*)$/i;

/** `process.env` (plus `extra`) without pnpm's own `npm_config_*` settings. */
export function npmEnv(extra = {}) {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !PNPM_ONLY.test(name)),
  );
  return { ...env, ...extra };
}
