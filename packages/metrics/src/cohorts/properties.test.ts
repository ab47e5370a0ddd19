import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPeriod } from '../core/calendar';
import type { MrrSnapshot as AnySnapshot } from '../revenue/types';

/** The generated rows' periods are `'YYYY-MM'` strings. */
type MrrSnapshot = AnySnapshot & { period: string };
import { wilsonInterval } from '../core/interval';
import { cohortRetention } from './cohortRetention';
import type { CohortGrain } from './types';

const BASE = 2024 * 12; // 2024-01

/** Snapshots for up to 12 accounts over 2024-01..2026-12, MRR in whole units or zero. */
const snapshotsArb = fc
  .uniqueArray(
    fc.record({
      account: fc.integer({ min: 0, max: 11 }),
      month: fc.integer({ min: 0, max: 35 }),
      mrr: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 100_000 })),
    }),
    {
      maxLength: 150,
      // No two rows identical in every field: those are duplicates (an error, SPEC §2).
      selector: ({ account, month, mrr }) => `${account}|${month}|${mrr}`,
    },
  )
  .map((rows) =>
    rows.map(({ account, month, mrr }): MrrSnapshot => ({
      accountId: `acct-${account}`,
      period: formatPeriod(BASE + month),
      mrr,
    })),
  );

const grainArb = fc.constantFrom<CohortGrain>('month', 'quarter', 'year');
const LENGTH: Record<CohortGrain, number> = { month: 1, quarter: 3, year: 12 };

/** Month index of a 'YYYY-MM' period. */
const monthOf = (period: string) =>
  Number(period.slice(0, 4)) * 12 + Number(period.slice(5, 7)) - 1;

/** Each account's summed MRR per month, computed the plain way. */
function mrrTable(rows: readonly MrrSnapshot[]): Map<string, Map<number, number>> {
  const table = new Map<string, Map<number, number>>();
  for (const { accountId, period, mrr } of rows) {
    const months = table.get(accountId) ?? new Map<number, number>();
    months.set(monthOf(period), (months.get(monthOf(period)) ?? 0) + mrr);
    table.set(accountId, months);
  }
  return table;
}

/** The last month of a labelled period: '2025-02', '2025-Q1' (March) or '2025' (December). */
function lastMonthOfLabel(label: string): number {
  const year = Number(label.slice(0, 4));
  if (label.length === 4) return year * 12 + 11;
  if (label[5] === 'Q') return year * 12 + Number(label[6]) * 3 - 1;
  return monthOf(label);
}

describe('cohortRetention properties', () => {
  it('at month grain, every cohort starts at logo and revenue retention 1', () => {
    fc.assert(
      fc.property(snapshotsArb, (rows) => {
        for (const cohort of cohortRetention(rows).cohorts) {
          expect(cohort.cells[0]).toMatchObject({
            age: 0,
            period: cohort.cohort,
            activeAccounts: cohort.size,
            mrr: cohort.initialMrr,
            logoRetention: 1,
            revenueRetention: 1,
          });
          expect(cohort.initialMrr).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('keeps logo retention in [0, 1] and cells consecutive up to the last complete period', () => {
    fc.assert(
      fc.property(snapshotsArb, grainArb, (rows, grain) => {
        const result = cohortRetention(rows, { grain });
        for (const cohort of result.cohorts) {
          expect(cohort.size).toBeGreaterThan(0);
          expect(cohort.cells[0]!.period).toBe(cohort.cohort);
          expect(cohort.cells.at(-1)!.period).toBe(result.lastPeriod);
          cohort.cells.forEach((cell, age) => {
            expect(cell.age).toBe(age);
            expect(cell.logoRetention).toBeGreaterThanOrEqual(0);
            expect(cell.logoRetention).toBeLessThanOrEqual(1);
            expect(cell.activeAccounts).toBeLessThanOrEqual(cohort.size);
            if (cohort.initialMrr > 0)
              expect(cell.revenueRetention).toBe(cell.mrr / cohort.initialMrr);
            else expect(cell).toMatchObject({ revenueRetention: null, reason: 'no-initial-mrr' });
          });
        }
        const labels = result.cohorts.map((c) => c.cohort);
        expect([...labels].sort()).toEqual(labels);
        expect(new Set(labels).size).toBe(labels.length);
      }),
    );
  });

  it('at month grain, Σ cohort sizes is the number of accounts that ever paid', () => {
    fc.assert(
      fc.property(snapshotsArb, (rows) => {
        const everPaid = [...mrrTable(rows).values()].filter((months) =>
          [...months.values()].some((mrr) => mrr > 0),
        ).length;
        const sizes = cohortRetention(rows).cohorts.reduce((sum, c) => sum + c.size, 0);
        expect(sizes).toBe(everPaid);
      }),
    );
  });

  it('at any grain, Σ sizes counts the accounts that first paid in a complete period', () => {
    fc.assert(
      fc.property(snapshotsArb, grainArb, (rows, grain) => {
        const table = mrrTable(rows);
        const lastMonth = Math.max(...[...table.values()].flatMap((m) => [...m.keys()]));
        const lastComplete = Math.floor((lastMonth + 1) / LENGTH[grain]) - 1;
        let expected = 0;
        for (const months of table.values()) {
          const paid = [...months].filter(([, mrr]) => mrr > 0).map(([month]) => month);
          if (paid.length > 0 && Math.floor(Math.min(...paid) / LENGTH[grain]) <= lastComplete) {
            expected++;
          }
        }
        const sizes = cohortRetention(rows, { grain }).cohorts.reduce((sum, c) => sum + c.size, 0);
        expect(sizes).toBe(expected);
      }),
    );
  });

  it("the cells of one period, over every cohort, add up to that period's paying base", () => {
    fc.assert(
      fc.property(snapshotsArb, grainArb, (rows, grain) => {
        const table = mrrTable(rows);
        const result = cohortRetention(rows, { grain });
        const byPeriod = new Map<string, { accounts: number; mrr: number }>();
        for (const cohort of result.cohorts) {
          for (const cell of cohort.cells) {
            const total = byPeriod.get(cell.period) ?? { accounts: 0, mrr: 0 };
            byPeriod.set(cell.period, {
              accounts: total.accounts + cell.activeAccounts,
              mrr: total.mrr + cell.mrr,
            });
          }
        }
        // Every account paying at a period's end first paid by then, so it is in some cohort.
        for (const [period, total] of byPeriod) {
          const end = lastMonthOfLabel(period);
          const paying = [...table.values()].filter((months) => (months.get(end) ?? 0) > 0);
          expect(total.accounts).toBe(paying.length);
          expect(total.mrr).toBe(paying.reduce((sum, months) => sum + months.get(end)!, 0));
        }
        if (result.lastPeriod !== null && result.cohorts.length > 0) {
          expect(byPeriod.has(result.lastPeriod)).toBe(true);
        }
      }),
    );
  });

  it('gives the same result whatever the order of the rows', () => {
    fc.assert(
      fc.property(snapshotsArb, grainArb, fc.infiniteStream(fc.nat()), (rows, grain, randoms) => {
        const shuffled = [...rows];
        for (let i = shuffled.length - 1; i > 0; i--) {
          const j = randoms.next().value % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
        }
        expect(cohortRetention(shuffled, { grain })).toEqual(cohortRetention(rows, { grain }));
      }),
    );
  });

  it("gives the same result when an account's MRR is split across several rows", () => {
    fc.assert(
      fc.property(
        snapshotsArb,
        grainArb,
        fc.integer({ min: 1, max: 99 }),
        (rows, grain, percent) => {
          // Each part is its own subscription: equal parts of one row are not duplicates.
          const split = rows.flatMap((r, i) => {
            const part = Math.floor((r.mrr * percent) / 100);
            return [
              { ...r, mrr: part, subscriptionId: `s${i}a` },
              { ...r, mrr: r.mrr - part, subscriptionId: `s${i}b` },
            ];
          });
          expect(cohortRetention(split, { grain })).toEqual(cohortRetention(rows, { grain }));
        },
      ),
    );
  });
});

describe('cohortRetention uncertainty (properties)', () => {
  it("each cell's logo interval is Wilson on activeAccounts of size: inside 0..1, containing the rate", () => {
    fc.assert(
      fc.property(snapshotsArb, grainArb, (rows, grain) => {
        for (const cohort of cohortRetention(rows, { grain }).cohorts) {
          for (const cell of cohort.cells) {
            const { low, high, level } = cell.logoRetentionInterval;
            expect(level).toBe(0.95);
            expect(low).toBeGreaterThanOrEqual(0);
            expect(high).toBeLessThanOrEqual(1);
            expect(low).toBeLessThanOrEqual(cell.logoRetention);
            expect(high).toBeGreaterThanOrEqual(cell.logoRetention);
            expect(cell.logoRetentionInterval).toEqual(
              wilsonInterval(cell.activeAccounts, cohort.size),
            );
          }
        }
      }),
    );
  });

  it('a cohort is mature when the last period is at least matureAge periods after it', () => {
    fc.assert(
      fc.property(snapshotsArb, grainArb, fc.integer({ min: 0, max: 30 }), (rows, grain, age) => {
        const result = cohortRetention(rows, { grain, matureAge: age });
        const last = result.lastPeriod;
        for (const cohort of result.cohorts) {
          const periods =
            (lastMonthOfLabel(last!) - lastMonthOfLabel(cohort.cohort)) / LENGTH[grain];
          expect(cohort.ageReached).toBe(periods);
          expect(cohort.ageReached).toBe(cohort.cells.at(-1)!.age);
          expect(cohort.mature).toBe(periods >= age);
        }
      }),
    );
  });
});

describe('cohortRetention uncertainty options', () => {
  const rows: MrrSnapshot[] = [
    { accountId: 'a', period: '2024-01', mrr: 10 },
    { accountId: 'a', period: '2025-01', mrr: 10 },
  ];

  it('a cohort is mature after a year by default, at each grain', () => {
    expect(cohortRetention(rows).cohorts[0]!.mature).toBe(true); // 12 months
    expect(cohortRetention(rows.slice(0, 1)).cohorts[0]!.mature).toBe(false);
    expect(cohortRetention(rows, { matureAge: 13 }).cohorts[0]!.mature).toBe(false);
  });

  it('confidence sets the level of every cell interval; a wrong one names options.confidence', () => {
    const cell = cohortRetention(rows, { confidence: 0.8 }).cohorts[0]!.cells[0]!;
    expect(cell.logoRetentionInterval).toEqual(wilsonInterval(1, 1, 0.8));
    expect(() => cohortRetention(rows, { confidence: 95 })).toThrow(/options\.confidence/);
    expect(() => cohortRetention(rows, { matureAge: -1 })).toThrow(/options\.matureAge/);
  });
});
