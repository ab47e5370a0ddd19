import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPeriod } from '../core/calendar';
import { mrrMovements } from './mrrMovements';
import { grossRevenueRetention, netRevenueRetention } from './rates';
import type { MrrSnapshot } from './types';

const BASE = 2024 * 12; // 2024-01

/** Snapshots for up to 12 accounts over 2024-01..2025-12, MRR in whole units or zero. */
const snapshotsArb = fc
  .uniqueArray(
    fc.record({
      account: fc.integer({ min: 0, max: 11 }),
      month: fc.integer({ min: 0, max: 23 }),
      mrr: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 100_000 })),
    }),
    {
      maxLength: 120,
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

const windowArb = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 1, max: 23 }))
  .map(([from, length]) => ({
    from: formatPeriod(BASE + from),
    to: formatPeriod(BASE + from + length),
  }));

const closeTo = (actual: number, expected: number) =>
  Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));

describe('mrrMovements properties', () => {
  it('reconciles: ending = starting + new + reactivation + expansion − contraction − churn', () => {
    fc.assert(
      fc.property(snapshotsArb, windowArb, (rows, window) => {
        const m = mrrMovements(rows, window);
        const rebuilt =
          m.startingMrr +
          m.newMrr +
          m.reactivationMrr +
          m.expansionMrr -
          m.contractionMrr -
          m.churnedMrr;
        expect(closeTo(m.endingMrr, rebuilt)).toBe(true);
        expect(m.startingAccounts - m.churnedAccounts).toBe(m.retainedAccounts);
        expect(m.retainedAccounts + m.newAccounts + m.reactivatedAccounts).toBe(m.endingAccounts);
      }),
    );
  });

  it('keeps 0 ≤ GRR ≤ NRR, and both are null exactly when starting MRR is 0', () => {
    fc.assert(
      fc.property(snapshotsArb, windowArb, (rows, window) => {
        const m = mrrMovements(rows, window);
        const nrr = netRevenueRetention(m);
        const grr = grossRevenueRetention(m);
        if (m.startingMrr === 0) {
          expect(nrr).toBeNull();
          expect(grr).toBeNull();
        } else {
          expect(grr).not.toBeNull();
          expect(grr!).toBeGreaterThanOrEqual(-1e-12);
          expect(grr!).toBeLessThanOrEqual(nrr! + 1e-12);
          expect(closeTo(nrr! - grr!, m.expansionMrr / m.startingMrr)).toBe(true);
        }
      }),
    );
  });

  it('gives the same totals whatever the order of the rows', () => {
    fc.assert(
      fc.property(snapshotsArb, windowArb, fc.infiniteStream(fc.nat()), (rows, window, randoms) => {
        const shuffled = [...rows];
        for (let i = shuffled.length - 1; i > 0; i--) {
          const j = randoms.next().value % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
        }
        const { accounts: _a, issues: _i, ...before } = mrrMovements(rows, window);
        const { accounts: _b, issues: _j, ...after } = mrrMovements(shuffled, window);
        expect(after).toEqual(before);
      }),
    );
  });

  it("gives the same totals when an account's MRR is split across several rows", () => {
    fc.assert(
      fc.property(
        snapshotsArb,
        windowArb,
        fc.integer({ min: 1, max: 99 }),
        (rows, window, percent) => {
          // Each part is its own subscription: equal parts of one row are not duplicates.
          const split = rows.flatMap((r, i) => {
            const part = Math.floor((r.mrr * percent) / 100);
            return [
              { ...r, mrr: part, subscriptionId: `s${i}a` },
              { ...r, mrr: r.mrr - part, subscriptionId: `s${i}b` },
            ];
          });
          const { accounts: _a, issues: _i, ...before } = mrrMovements(rows, window);
          const { accounts: _b, issues: _j, ...after } = mrrMovements(split, window);
          expect(after).toEqual(before);
        },
      ),
    );
  });
});
