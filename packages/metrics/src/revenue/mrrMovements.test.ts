import { describe, expect, it } from 'vitest';
import { catchInputError } from '../core/errors.test-helper';
import { mrrMovements } from './mrrMovements';
import type { MrrSnapshot } from './types';

const row = (
  accountId: string,
  period: string,
  mrr: number,
  extra: Partial<MrrSnapshot> = {},
): MrrSnapshot => ({
  accountId,
  period,
  mrr,
  ...extra,
});

describe('mrrMovements: classification (SPEC §3 table)', () => {
  it.each([
    {
      name: 'expansion: S > 0 and E > S',
      rows: [row('a', '2025-01', 100), row('a', '2025-02', 150)],
      movement: 'expansion',
      field: 'expansionMrr',
      amount: 50,
    },
    {
      name: 'contraction: S > 0 and 0 < E < S',
      rows: [row('a', '2025-01', 100), row('a', '2025-02', 70)],
      movement: 'contraction',
      field: 'contractionMrr',
      amount: 30,
    },
    {
      name: 'churn: S > 0 and E = 0 (no row)',
      rows: [row('a', '2025-01', 100)],
      movement: 'churn',
      field: 'churnedMrr',
      amount: 100,
    },
    {
      name: 'churn: S > 0 and an explicit zero row',
      rows: [row('a', '2025-01', 100), row('a', '2025-02', 0)],
      movement: 'churn',
      field: 'churnedMrr',
      amount: 100,
    },
    {
      name: 'new: never paid up to and including from',
      rows: [row('a', '2025-01', 0), row('a', '2025-02', 80)],
      movement: 'new',
      field: 'newMrr',
      amount: 80,
    },
    {
      name: 'reactivation: paid before from, nothing at from',
      rows: [row('a', '2024-03', 40), row('a', '2025-02', 90)],
      movement: 'reactivation',
      field: 'reactivationMrr',
      amount: 90,
    },
  ])('$name', ({ rows, movement, field, amount }) => {
    const result = mrrMovements(rows, { period: '2025-02' });
    expect(result.accounts).toHaveLength(1);
    expect(result.accounts[0]).toMatchObject({ accountId: 'a', movement, amount });
    expect(result[field as keyof typeof result]).toBe(amount);
  });

  it('counts an account that paid only inside the window as new-and-churned, not as a movement', () => {
    const result = mrrMovements([row('a', '2025-02', 50)], { from: '2025-01', to: '2025-03' });
    expect(result.newAndChurnedAccounts).toBe(1);
    expect(result.newMrr + result.churnedMrr + result.startingMrr + result.endingMrr).toBe(0);
    expect(result.accounts[0]?.movement).toBe('new-and-churned');
  });

  it('leaves an unchanged account out of every movement but in the start, end and retained counts', () => {
    const result = mrrMovements([row('a', '2025-01', 100), row('a', '2025-02', 100)], {
      period: '2025-02',
    });
    expect(result).toMatchObject({
      startingMrr: 100,
      endingMrr: 100,
      expansionMrr: 0,
      contractionMrr: 0,
      startingAccounts: 1,
      endingAccounts: 1,
      retainedAccounts: 1,
    });
    expect(result.accounts[0]?.movement).toBe('unchanged');
  });

  it('ignores accounts that paid nothing anywhere near the window', () => {
    const result = mrrMovements([row('a', '2020-01', 10), row('b', '2025-01', 5)], {
      period: '2025-02',
    });
    expect(result.accounts.map((a) => a.accountId)).toEqual(['b']);
  });
});

describe('mrrMovements: rows and windows', () => {
  it('sums several rows of the same account and month (split subscriptions)', () => {
    const result = mrrMovements(
      [
        row('a', '2025-01', 60),
        row('a', '2025-01', 40),
        row('a', '2025-02', 70),
        row('a', '2025-02', 50),
      ],
      { period: '2025-02' },
    );
    expect(result.startingMrr).toBe(100);
    expect(result.expansionMrr).toBe(20);
  });

  it("takes a 'YYYY-MM-DD' date as its month", () => {
    const result = mrrMovements([row('a', '2025-01-31', 100), row('a', '2025-02-15', 120)], {
      period: '2025-02',
    });
    expect(result.expansionMrr).toBe(20);
  });

  it('expands { period } to the one-month window ending at it, across a year boundary', () => {
    const result = mrrMovements([row('a', '2024-12', 100), row('a', '2025-01', 90)], {
      period: '2025-01',
    });
    expect(result.from).toBe('2024-12');
    expect(result.to).toBe('2025-01');
    expect(result.contractionMrr).toBe(10);
  });

  it('compares end points only over a longer window (point to point)', () => {
    const rows = [row('a', '2025-01', 100), row('a', '2025-06', 300), row('a', '2025-12', 110)];
    const result = mrrMovements(rows, { from: '2025-01', to: '2025-12' });
    expect(result.expansionMrr).toBe(10);
  });

  it('returns an all-zero result for empty input', () => {
    const result = mrrMovements([], { period: '2025-02' });
    expect(result).toMatchObject({
      startingMrr: 0,
      endingMrr: 0,
      startingAccounts: 0,
      accounts: [],
      issues: [],
    });
  });

  it('reports the shared currency', () => {
    const rows = [
      row('a', '2025-01', 1, { currency: 'eur' }),
      row('a', '2025-02', 2, { currency: 'EUR' }),
    ];
    expect(mrrMovements(rows, { period: '2025-02' }).currency).toBe('EUR');
  });

  it('keeps the segment of each account for drill-down', () => {
    const rows = [row('a', '2025-01', 1, { segment: 'SMB' }), row('a', '2025-02', 2)];
    expect(mrrMovements(rows, { period: '2025-02' }).accounts[0]?.segment).toBe('SMB');
  });

  it('sums money with compensation (1,000,000 × 0.1 = 100000 to 1e-9)', () => {
    const rows = Array.from({ length: 1_000_000 }, (_, i) => row(`a${i % 1000}`, '2025-02', 0.1));
    // 1,000 identical rows per account: summed only because the call asks for it.
    const result = mrrMovements(rows, { period: '2025-02', duplicateRows: 'sum' });
    expect(Math.abs(result.newMrr - 100_000)).toBeLessThan(1e-9);
    expect(Math.abs(result.endingMrr - 100_000)).toBeLessThan(1e-9);
  });
});

describe('mrrMovements: validation (SPEC §2)', () => {
  it('lists every bad row with its index, field and reason', () => {
    const rows = [
      row('a', '2025-01', 100),
      row('', '2025-01', 100),
      row('b', '2025-13', 100),
      row('c', '2025-02', Number.NaN),
      row('d', '2025-02', -1),
      row('e', '2025-02', Number.POSITIVE_INFINITY),
      row('f', '2025-02-30', 1),
    ];
    const error = catchInputError(() => mrrMovements(rows, { period: '2025-02' }));
    expect(error.issues.map(({ index, field }) => [index, field])).toEqual([
      [1, 'accountId'],
      [2, 'period'],
      [3, 'mrr'],
      [4, 'mrr'],
      [5, 'mrr'],
      [6, 'period'],
    ]);
    expect(error.message).toMatch(
      /^mrrMovements: 6 invalid rows\. row 1 field 'accountId': must be a non-empty string/,
    );
    expect(error.message).toContain('and 1 more');
  });

  it('rejects rows that are not objects and ids that are not strings', () => {
    const rows = [null, { accountId: 7, period: '2025-02', mrr: 1 }] as unknown as MrrSnapshot[];
    const error = catchInputError(() => mrrMovements(rows, { period: '2025-02' }));
    expect(error.issues.map((i) => [i.index, i.field])).toEqual([
      [0, 'row'],
      [1, 'accountId'],
    ]);
  });

  it('treats mixed currencies as an error, naming both rows', () => {
    const rows = [
      row('a', '2025-01', 1, { currency: 'USD' }),
      row('b', '2025-02', 1, { currency: 'EUR' }),
    ];
    const error = catchInputError(() => mrrMovements(rows, { period: '2025-02' }));
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]).toMatchObject({ index: 1, field: 'currency' });
    expect(error.issues[0]?.message).toContain('row 0 is USD');
  });

  it("with onInvalid: 'skip' computes from the good rows and returns the bad ones", () => {
    const rows = [row('a', '2025-01', 100), row('a', '2025-02', -5), row('b', '2025-02', 40)];
    const result = mrrMovements(rows, { period: '2025-02', onInvalid: 'skip' });
    expect(result.issues.map((i) => [i.index, i.field])).toEqual([[1, 'mrr']]);
    expect(result.churnedMrr).toBe(100);
    expect(result.newMrr).toBe(40);
  });

  it.each([
    [{ period: '2025-2' }, 'options.period'],
    [{ from: '2025-03', to: '2025-03' }, 'options.to'],
    [{ from: '2025-04', to: '2025-03' }, 'options.to'],
    [{ from: 'March', to: '2025-03' }, 'options.from'],
    [{}, 'options'],
  ])('rejects the window %j naming %s', (options, field) => {
    const error = catchInputError(() => mrrMovements([], options as never));
    expect(error.issues[0]?.field).toBe(field);
  });

  it('rejects input that is not an array', () => {
    const error = catchInputError(() => mrrMovements('rows' as never, { period: '2025-02' }));
    expect(error.issues[0]).toMatchObject({ index: null, field: 'snapshots' });
  });
});
