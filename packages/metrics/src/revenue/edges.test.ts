import { describe, expect, it } from 'vitest';
import { mrrMovements } from './mrrMovements';
import { grossRevenueRetention, netRevenueRetention } from './rates';
import { indexSnapshots } from '../core/snapshots';
import type { MrrSnapshot } from './types';

const row = (accountId: string, period: string, mrr: number): MrrSnapshot => ({
  accountId,
  period,
  mrr,
});

describe('edge cases', () => {
  it.each([
    {
      name: 'empty input',
      rows: [],
      expected: { startingMrr: 0, endingMrr: 0, startingAccounts: 0, endingAccounts: 0 },
      nrr: null,
    },
    {
      name: 'zero starting MRR (only new business)',
      rows: [row('a', '2025-02', 40), row('b', '2025-02', 60)],
      expected: { startingMrr: 0, newMrr: 100, newAccounts: 2, endingMrr: 100 },
      nrr: null,
    },
    {
      name: 'a single account that contracts',
      rows: [row('a', '2025-01', 200), row('a', '2025-02', 150)],
      expected: { startingMrr: 200, contractionMrr: 50, endingMrr: 150, retainedAccounts: 1 },
      nrr: 0.75,
    },
    {
      name: 'split rows in both months, summed before comparing',
      rows: [
        row('a', '2025-01', 70),
        row('a', '2025-02', 35),
        row('a', '2025-01', 30),
        row('a', '2025-02', 65),
      ],
      expected: { startingMrr: 100, endingMrr: 100, expansionMrr: 0, contractionMrr: 0 },
      nrr: 1,
    },
    {
      name: 'explicit zero rows count as not paying',
      rows: [
        row('a', '2025-01', 0),
        row('a', '2025-02', 0),
        row('b', '2025-01', 10),
        row('b', '2025-02', 0),
      ],
      expected: { startingAccounts: 1, churnedAccounts: 1, churnedMrr: 10, endingAccounts: 0 },
      nrr: 0,
    },
    {
      name: 'reactivation after a two-year gap',
      rows: [row('a', '2022-11', 25), row('a', '2025-02', 30)],
      expected: { reactivationMrr: 30, reactivatedAccounts: 1, newMrr: 0, startingMrr: 0 },
      nrr: null,
    },
  ])('$name', ({ rows, expected, nrr }) => {
    const m = mrrMovements(rows, { period: '2025-02' });
    expect(m).toMatchObject(expected);
    expect(netRevenueRetention(m)).toBe(nrr);
    if (nrr !== null) expect(grossRevenueRetention(m)).toBeLessThanOrEqual(nrr);
  });

  it('a zero row in the starting month does not make a later payment a reactivation', () => {
    const m = mrrMovements([row('a', '2025-01', 0), row('a', '2025-02', 5)], { period: '2025-02' });
    expect(m.accounts[0]?.movement).toBe('new');
  });
});

describe('indexSnapshots (kept for other families)', () => {
  it('keeps its shape: accounts in first-seen order with summed months', () => {
    const index = indexSnapshots('test', [
      { accountId: 'b', period: '2025-02', mrr: 1, segment: 'SMB', currency: 'usd' },
      row('a', '2025-01', 2),
      row('b', '2025-02', 3),
      row('b', '2025-01', 4),
    ]);
    expect(index.accounts).toEqual([
      {
        accountId: 'b',
        segment: 'SMB',
        mrrByMonth: new Map([
          [2025 * 12 + 1, 4],
          [2025 * 12, 4],
        ]),
      },
      { accountId: 'a', segment: undefined, mrrByMonth: new Map([[2025 * 12, 2]]) },
    ]);
    expect(index).toMatchObject({ currency: 'USD', lastMonth: 2025 * 12 + 1, issues: [] });
  });

  it('lists bad rows with the same issues whether rows are grouped or not', () => {
    const bad = [
      row('a', '2025-01', 1),
      row('b', '2025-01', -1),
      row('a', '2025-02', 1),
      { accountId: 'c' } as MrrSnapshot,
    ];
    const index = indexSnapshots('test', bad, 'skip');
    expect(index.issues.map((i) => [i.index, i.field])).toEqual([
      [1, 'mrr'],
      [3, 'period'],
      [3, 'mrr'],
    ]);
    expect(index.accounts.map((a) => [a.accountId, a.mrrByMonth.size])).toEqual([['a', 2]]);
  });
});
