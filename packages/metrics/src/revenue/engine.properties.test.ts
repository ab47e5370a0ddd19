import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPeriod } from '../core/calendar';
import { annualizeRate, monthlyRate } from './annualize';
import { mrrMovements } from './mrrMovements';
import { mrrMovementsSeries } from './mrrMovementsSeries';
import { expansionRate, grossRevenueRetention, netRevenueRetention } from './rates';
import { referenceMovements } from './reference.test-helper';
import type { MrrSnapshot } from './types';

const BASE = 2024 * 12; // 2024-01

/** Up to 10 accounts over 2024-01..2025-12, MRR in cents or zero, in any order. */
const snapshotsArb = fc
  .uniqueArray(
    fc.record({
      account: fc.integer({ min: 0, max: 9 }),
      month: fc.integer({ min: 0, max: 23 }),
      mrr: fc.oneof(
        fc.constant(0),
        fc.integer({ min: 1, max: 1_000_000 }).map((cents) => cents / 100),
      ),
    }),
    {
      maxLength: 100,
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
  .tuple(fc.integer({ min: 0, max: 22 }), fc.integer({ min: 1, max: 23 }))
  .map(([from, length]) => ({
    from: formatPeriod(BASE + from),
    to: formatPeriod(BASE + Math.min(23, from + length)),
  }));

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

describe('engine properties', () => {
  it('agrees with an independent naive implementation on every total and count', () => {
    fc.assert(
      fc.property(snapshotsArb, windowArb, (rows, window) => {
        const m = mrrMovements(rows, window);
        const r = referenceMovements(rows, window.from, window.to);
        const pairs: [number, number][] = [
          [m.startingMrr, r.starting],
          [m.endingMrr, r.ending],
          [m.newMrr, r.new],
          [m.reactivationMrr, r.reactivation],
          [m.expansionMrr, r.expansion],
          [m.contractionMrr, r.contraction],
          [m.churnedMrr, r.churn],
        ];
        for (const [engine, naive] of pairs) expect(close(engine, naive)).toBe(true);
        expect([
          m.startingAccounts,
          m.endingAccounts,
          m.retainedAccounts,
          m.newAccounts,
          m.reactivatedAccounts,
          m.expansionAccounts,
          m.contractionAccounts,
          m.churnedAccounts,
          m.newAndChurnedAccounts,
        ]).toEqual([
          r.counts.starting,
          r.counts.ending,
          r.counts.retained,
          r.counts.new,
          r.counts.reactivation,
          r.counts.expansion,
          r.counts.contraction,
          r.counts.churn,
          r.counts.newAndChurned,
        ]);
      }),
    );
  });

  it('makes series entry P equal to mrrMovements({ period: P }) for every P', () => {
    fc.assert(
      fc.property(snapshotsArb, windowArb, (rows, window) => {
        const series = mrrMovementsSeries(rows, { ...window, includeAccounts: true });
        for (const { period, ...entry } of series)
          expect(entry).toEqual(mrrMovements(rows, { period }));
      }),
      { numRuns: 60 },
    );
  });

  it('does the same at quarter grain', () => {
    fc.assert(
      fc.property(snapshotsArb, fc.integer({ min: 0, max: 6 }), (rows, start) => {
        const from = `${2024 + Math.floor(start / 4)}-Q${(start % 4) + 1}`;
        const series = mrrMovementsSeries(rows, {
          from,
          to: '2025-Q4',
          grain: 'quarter',
          includeAccounts: true,
        });
        for (const { period, ...entry } of series) {
          expect(entry).toEqual(mrrMovements(rows, { period, grain: 'quarter' }));
        }
      }),
      { numRuns: 40 },
    );
  });

  it('keeps NRR = GRR + expansion rate', () => {
    fc.assert(
      fc.property(snapshotsArb, windowArb, (rows, window) => {
        const m = mrrMovements(rows, window);
        const nrr = netRevenueRetention(m);
        if (nrr === null) return;
        expect(close(nrr, grossRevenueRetention(m)! + expansionRate(m)!)).toBe(true);
      }),
    );
  });

  it('gives the same numbers whether rows are grouped by account or interleaved', () => {
    fc.assert(
      fc.property(snapshotsArb, windowArb, (rows, window) => {
        const grouped = [...rows].sort((x, y) => x.accountId.localeCompare(y.accountId));
        const strip = ({ accounts, issues: _i, ...totals }: ReturnType<typeof mrrMovements>) => ({
          totals,
          accounts: [...accounts].sort((x, y) => x.accountId.localeCompare(y.accountId)),
        });
        const a = strip(mrrMovements(rows, window));
        const b = strip(mrrMovements(grouped, window));
        expect(b.accounts).toEqual(a.accounts);
        for (const key of Object.keys(a.totals) as (keyof typeof a.totals)[]) {
          const x = a.totals[key];
          const y = b.totals[key];
          if (typeof x === 'number' && typeof y === 'number') expect(close(x, y)).toBe(true);
          else expect(y).toEqual(x);
        }
      }),
    );
  });
});

describe('monthly and annual rates', () => {
  // Above ~50 % a month, (1 − m)^12 is so close to 0 that the inverse loses digits: not a churn rate anyone sees.
  it('round-trip: monthlyRate(annualizeRate(m)) = m and back, for monthly rates up to 50 %', () => {
    fc.assert(
      fc.property(fc.double({ min: -0.5, max: 0.5, noNaN: true }), (monthly) => {
        expect(Math.abs(monthlyRate(annualizeRate(monthly))! - monthly)).toBeLessThan(1e-9);
      }),
    );
    fc.assert(
      fc.property(fc.double({ min: -2, max: 0.999, noNaN: true }), (annual) => {
        expect(Math.abs(annualizeRate(monthlyRate(annual))! - annual)).toBeLessThan(1e-9);
      }),
    );
  });
});
