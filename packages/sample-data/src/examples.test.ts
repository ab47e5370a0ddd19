import { describe, expect, it } from 'vitest';
import { exampleCohortBook, exampleConventionQuarter } from './examples';

describe.each([
  ['exampleCohortBook', exampleCohortBook, 13],
  ['exampleConventionQuarter', exampleConventionQuarter, 12],
] as const)('%s', (_, example, rows) => {
  it('gives fresh rows on every call, so one caller cannot change another’s', () => {
    const first = example();
    first.snapshots[0]!.mrr = -1;
    first.snapshots.pop();
    const second = example();
    expect(second.snapshots).toHaveLength(rows);
    expect(second.snapshots[0]!.mrr).toBeGreaterThan(0);
    expect(second).not.toBe(first);
  });

  it('has one row per account and month, every month inside or before its window', () => {
    const { snapshots, from, to } = example();
    const keys = snapshots.map((row) => `${row.accountId}|${row.period}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const row of snapshots) {
      expect(Object.keys(row).sort()).toEqual(['accountId', 'mrr', 'period']);
      expect(row.period).toMatch(/^\d{4}-(0[1-9]|1[0-2])$/);
      expect(row.period <= to).toBe(true);
      expect(Number.isFinite(row.mrr) && row.mrr > 0).toBe(true);
    }
    expect(snapshots.some((row) => row.period === from)).toBe(true);
    expect(snapshots.some((row) => row.period === to)).toBe(true);
  });
});
