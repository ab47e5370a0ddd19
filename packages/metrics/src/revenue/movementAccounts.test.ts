import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPeriod } from '../core/calendar';
import { MetricsInputError } from '../core/errors';
import { compensatedSum } from '../core/sum';
import { type MovementStep, movementAccounts } from './movementAccounts';
import { mrrMovements } from './mrrMovements';
import { mrrMovementsSeries } from './mrrMovementsSeries';
import type { MrrSnapshot } from './types';

const BASE = 2024 * 12;

const snapshotsArb = fc
  .uniqueArray(
    fc.record({
      account: fc.integer({ min: 0, max: 11 }),
      month: fc.integer({ min: 0, max: 23 }),
      mrr: fc.oneof(
        fc.constant(0),
        fc.integer({ min: 1, max: 100_000 }),
        fc.double({ min: 0.01, max: 5000, noNaN: true }),
      ),
    }),
    { maxLength: 120, selector: ({ account, month }) => `${account}|${month}` },
  )
  .map((rows) =>
    rows.map(({ account, month, mrr }): MrrSnapshot => ({
      accountId: `acct-${account}`,
      period: formatPeriod(BASE + month),
      mrr,
    })),
  );

const windowArb = fc
  .tuple(fc.integer({ min: 0, max: 22 }), fc.integer({ min: 1, max: 12 }))
  .map(([from, length]) => ({
    from: formatPeriod(BASE + from),
    to: formatPeriod(BASE + Math.min(23, from + length)),
  }));

const closeTo = (actual: number, expected: number) =>
  Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));

const sumOf = (accounts: ReadonlyArray<{ value?: number | undefined }>) =>
  compensatedSum(accounts.map((a) => a.value!));

describe('movementAccounts', () => {
  const rows: MrrSnapshot[] = [
    { accountId: 'acme', period: '2025-02', mrr: 100 },
    { accountId: 'acme', period: '2025-03', mrr: 150 },
    { accountId: 'globex', period: '2025-02', mrr: 400 },
    { accountId: 'initech', period: '2025-02', mrr: 300 },
    { accountId: 'initech', period: '2025-03', mrr: 250 },
    { accountId: 'umbrella', period: '2025-02', mrr: 50 },
    { accountId: 'hooli', period: '2025-03', mrr: 80 },
  ];
  const march = mrrMovements(rows, { period: '2025-03' });

  it('lists the accounts of each step with their amounts, largest first', () => {
    expect(movementAccounts(march, 'churn')).toEqual([
      { accountId: 'globex', value: 400 },
      { accountId: 'umbrella', value: 50 },
    ]);
    expect(movementAccounts(march, 'expansion')).toEqual([{ accountId: 'acme', value: 50 }]);
    expect(movementAccounts(march, 'contraction')).toEqual([{ accountId: 'initech', value: 50 }]);
    expect(movementAccounts(march, 'new')).toEqual([{ accountId: 'hooli', value: 80 }]);
    expect(movementAccounts(march, 'reactivation')).toEqual([]);
    expect(movementAccounts(march, 'retained')).toEqual([
      { accountId: 'initech', value: 250 },
      { accountId: 'acme', value: 150 },
      { accountId: 'globex', value: 0 },
      { accountId: 'umbrella', value: 0 },
    ]);
    expect(movementAccounts(march, 'net')!.map((a) => a.accountId)).toEqual([
      'hooli',
      'acme',
      'initech',
      'umbrella',
      'globex',
    ]);
  });

  it('is undefined for totals without per-account rows, and for a series without includeAccounts', () => {
    expect(
      movementAccounts(
        { startingMrr: 100, expansionMrr: 0, contractionMrr: 0, churnedMrr: 0 } as never,
        'churn',
      ),
    ).toBeUndefined();
    const [entry] = mrrMovementsSeries(rows, { from: '2025-02', to: '2025-03' });
    expect(movementAccounts(entry!, 'churn')).toBeUndefined();
    const [full] = mrrMovementsSeries(rows, {
      from: '2025-02',
      to: '2025-03',
      includeAccounts: true,
    });
    expect(movementAccounts(full!, 'churn')).toEqual(movementAccounts(march, 'churn'));
  });

  it('names a bad row and field, and a bad step', () => {
    const bad = {
      ...march,
      accounts: [march.accounts[0]!, { ...march.accounts[1]!, amount: Number.NaN }],
    };
    expect(() => movementAccounts(bad, 'churn')).toThrow(MetricsInputError);
    try {
      movementAccounts(bad, 'churn');
      expect.unreachable();
    } catch (error) {
      expect((error as MetricsInputError).issues[0]).toMatchObject({
        index: 1,
        field: 'accounts.amount',
      });
    }
    expect(() => movementAccounts(march, 'gone' as MovementStep)).toThrow(/step/);
  });

  it('the accounts of every step sum to the step (Neumaier sums), each account at most once', () => {
    fc.assert(
      fc.property(snapshotsArb, windowArb, (snapshots, window) => {
        const m = mrrMovements(snapshots, window);
        const expected: Record<MovementStep, number> = {
          starting: m.startingMrr,
          expansion: m.expansionMrr,
          contraction: m.contractionMrr,
          churn: m.churnedMrr,
          retained: m.startingMrr + m.expansionMrr - m.contractionMrr - m.churnedMrr,
          new: m.newMrr,
          reactivation: m.reactivationMrr,
          ending: m.endingMrr,
          net: m.endingMrr - m.startingMrr,
        };
        for (const step of Object.keys(expected) as MovementStep[]) {
          const accounts = movementAccounts(m, step)!;
          expect(closeTo(sumOf(accounts), expected[step])).toBe(true);
          expect(new Set(accounts.map((a) => a.accountId)).size).toBe(accounts.length);
        }
        expect(movementAccounts(m, 'churn')!.length).toBe(m.churnedAccounts);
        expect(movementAccounts(m, 'expansion')!.length).toBe(m.expansionAccounts);
        expect(movementAccounts(m, 'starting')!.length).toBe(m.startingAccounts);
      }),
    );
  });
});
