import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPeriod } from '../core/calendar';
import { MetricsInputError } from '../core/errors';
import { compensatedSum } from '../core/sum';
import type { MrrSnapshot } from '../revenue/types';
import { cohortCellAccounts } from './cohortCellAccounts';
import { cohortRetention } from './cohortRetention';
import type { CohortGrain } from './types';

const BASE = 2024 * 12;

/** Up to 12 accounts over 2024-01..2026-12; an account may have several rows in a month (split subscriptions). */
const snapshotsArb = fc
  .uniqueArray(
    fc.record({
      account: fc.integer({ min: 0, max: 11 }),
      month: fc.integer({ min: 0, max: 35 }),
      mrr: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 100_000 })),
    }),
    { maxLength: 150, selector: ({ account, month, mrr }) => `${account}|${month}|${mrr}` },
  )
  .map((rows) =>
    rows.map(({ account, month, mrr }): MrrSnapshot => ({
      accountId: `acct-${account}`,
      period: formatPeriod(BASE + month),
      mrr,
    })),
  );

describe('cohortCellAccounts', () => {
  const rows: MrrSnapshot[] = [
    { accountId: 'a', period: '2025-01', mrr: 100 },
    { accountId: 'b', period: '2025-01', mrr: 200 },
    { accountId: 'c', period: '2025-02', mrr: 50 },
    { accountId: 'a', period: '2025-02', mrr: 150 },
    { accountId: 'b', period: '2025-02', mrr: 0 },
  ];

  it("lists a cell's retained accounts with their MRR, largest first", () => {
    expect(cohortCellAccounts(rows, { cohort: '2025-01', age: 0 })).toEqual([
      { accountId: 'b', value: 200 },
      { accountId: 'a', value: 100 },
    ]);
    expect(cohortCellAccounts(rows, { cohort: '2025-01', age: 1 })).toEqual([
      { accountId: 'a', value: 150 },
    ]);
    expect(cohortCellAccounts(rows, { cohort: '2025-02', age: 0 })).toEqual([
      { accountId: 'c', value: 50 },
    ]);
  });

  it('names a bad option', () => {
    expect(() => cohortCellAccounts(rows, { cohort: 'soon', age: 0 })).toThrow(MetricsInputError);
    expect(() => cohortCellAccounts(rows, { cohort: '2025-01', age: -1 })).toThrow(/options.age/);
    expect(() =>
      cohortCellAccounts(rows, { cohort: '2025-01', age: 0, grain: 'week' as never }),
    ).toThrow(/options.grain/);
  });

  it("a cell's accounts are its activeAccounts, and their MRR sums to its mrr, at every grain", () => {
    fc.assert(
      fc.property(
        snapshotsArb,
        fc.constantFrom<CohortGrain>('month', 'quarter', 'year'),
        (snapshots, grain) => {
          const table = cohortRetention(snapshots, { grain });
          for (const cohort of table.cohorts) {
            for (const cell of cohort.cells) {
              const accounts = cohortCellAccounts(snapshots, {
                cohort: cohort.cohort,
                age: cell.age,
                grain,
              });
              expect(accounts.length).toBe(cell.activeAccounts);
              expect(new Set(accounts.map((a) => a.accountId)).size).toBe(accounts.length);
              const sum = compensatedSum(accounts.map((a) => a.value!));
              expect(Math.abs(sum - cell.mrr)).toBeLessThanOrEqual(1e-9 * Math.max(1, cell.mrr));
            }
          }
        },
      ),
    );
  });
});
