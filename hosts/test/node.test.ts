import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { expectedNumbers, hostApp } from './hosts';

/** Runs one of the node host's scripts and parses the JSON report it prints. */
function report(script: string): Record<string, unknown> {
  return JSON.parse(execFileSync('node', [script], { cwd: hostApp('node'), encoding: 'utf8' }));
}

describe('plain Node: @vitals/metrics and @vitals/sample-data from ESM and CommonJS', () => {
  it.each(['esm.mjs', 'cjs.cjs'])(
    '%s: one MetricsInputError class across entries and formats, same numbers, same sample data',
    (script) => {
      const result = report(script);
      const checks = Object.entries(result).filter(([key]) => /InstanceOf|Same/.test(key));
      expect(checks.length).toBeGreaterThanOrEqual(5);
      for (const [key, value] of checks) expect(value, `${script}: ${key}`).toBe(true);
      expect(result.nrr).toBe(expectedNumbers().nrr);
      expect(result.errorIssues).toEqual([expect.objectContaining({ index: 1, field: 'score' })]);
    },
  );
});
