import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { expectedNumbers, hostApp } from './hosts';

/** Runs one of the node host's scripts and parses the JSON report it prints. */
function report(script: string): Record<string, unknown> {
  return JSON.parse(execFileSync('node', [script], { cwd: hostApp('node'), encoding: 'utf8' }));
}

describe('plain Node: @vitals/metrics (with /csv) and @vitals/sample-data from ESM and CommonJS', () => {
  it.each(['esm.mjs', 'cjs.cjs'])(
    '%s: one MetricsInputError class across entries and formats, same numbers, same sample data',
    (script) => {
      const result = report(script);
      const checks = Object.entries(result).filter(([key]) => /InstanceOf|Same/.test(key));
      expect(checks.length).toBeGreaterThanOrEqual(5);
      for (const [key, value] of checks) expect(value, `${script}: ${key}`).toBe(true);
      expect(result.nrr).toBe(expectedNumbers().nrr);
      expect(result.errorIssues).toEqual([expect.objectContaining({ index: 1, field: 'score' })]);
      // @vitals/metrics/csv: rows with their lines; the metric's issue comes back on line 5.
      expect(result.csvRows).toEqual([
        { accountId: 'a', period: '2025-01', mrr: 1.5, segment: 'Small\nbusiness' },
        { accountId: 'b', period: '2025-01', mrr: 2 },
        { accountId: 'c', period: '2025-13', mrr: 3 },
      ]);
      expect(result.csvErrorLines).toEqual([5]);
    },
  );
});
