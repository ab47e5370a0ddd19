import { describe, expect, it } from 'vitest';
import { catchInputError, where } from '../core/errors.test-helper';
import { timeToValue } from './timeToValue';
import type { TimeToValueAccount } from './types';

const account = (
  accountId: string,
  startedAt: string,
  firstValueAt?: string | null,
): TimeToValueAccount =>
  firstValueAt === undefined ? { accountId, startedAt } : { accountId, startedAt, firstValueAt };

describe('timeToValue', () => {
  // Days to value: 5, 10, 20, 40 (hand-computed from the dates), plus two accounts still waiting.
  const accounts = [
    account('a', '2025-01-01', '2025-01-06'),
    account('b', '2025-01-01', '2025-01-11'),
    account('w1', '2025-02-01'),
    account('c', '2025-01-15', '2025-02-04'),
    account('d', '2025-03-01', '2025-04-10'),
    account('w2', '2025-03-01', null),
  ];

  it('summarises measured accounts and counts the waiting ones', () => {
    const result = timeToValue(accounts);
    expect(result).toMatchObject({
      measured: 4,
      waiting: 2,
      total: 6,
      waitingAccountIds: ['w1', 'w2'],
      reason: null,
    });
    expect(result.mean).toBeCloseTo(75 / 4, 12);
    // linear interpolation: median of 5, 10, 20, 40 is (10 + 20) / 2
    expect(result.median).toBe(15);
    // p90: h = 3 × 0.9 = 2.7 → 20 + 0.7 × (40 − 20) = 34
    expect(result.p90).toBeCloseTo(34, 12);
  });

  it('measures exact fractional days for date-times', () => {
    const result = timeToValue([account('a', '2025-01-01T00:00:00Z', '2025-01-02T12:00:00Z')]);
    expect(result.median).toBe(1.5);
    expect(result.p90).toBe(1.5);
    expect(result.mean).toBe(1.5);
  });

  it('counts a value reached on the start day as 0 days', () => {
    expect(timeToValue([account('a', '2025-01-01', '2025-01-01')]).median).toBe(0);
  });

  it.each([
    { name: 'no accounts', rows: [], waiting: 0 },
    {
      name: 'only waiting accounts',
      rows: [account('a', '2025-01-01'), account('b', '2025-01-02')],
      waiting: 2,
    },
  ])("gives null figures with reason 'no-measured-accounts' for $name", ({ rows, waiting }) => {
    const result = timeToValue(rows);
    expect(result).toMatchObject({
      median: null,
      p90: null,
      mean: null,
      measured: 0,
      waiting,
      reason: 'no-measured-accounts',
    });
  });

  it('lists every bad row with its index and field', () => {
    const rows = [
      account('a', '2025-01-01', '2025-01-05'),
      account('', '2025-01-01'),
      account('b', 'Jan 1'),
      account('c', '2025-01-10', '2025-01-09'),
      account('d', '2025-01-10', '2025-01-32'),
      account('a', '2025-01-01'),
      { accountId: 'e', startedAt: new Date(Number.NaN) },
    ];
    const error = catchInputError(() => timeToValue(rows));
    expect(where(error)).toEqual([
      [1, 'accountId'],
      [2, 'startedAt'],
      [3, 'firstValueAt'],
      [4, 'firstValueAt'],
      [5, 'accountId'],
      [6, 'startedAt'],
    ]);
    expect(error.issues[2]?.message).toBe('must not be before startedAt');
    expect(error.issues[4]?.message).toMatch(/^repeats row 0/);
  });

  it("with onInvalid: 'skip' summarises the good rows and returns the bad ones", () => {
    const rows = [
      account('a', '2025-01-01', '2025-01-05'),
      account('b', '2025-01-10', '2025-01-01'),
      account('c', '2025-01-01'),
    ];
    const result = timeToValue(rows, { onInvalid: 'skip' });
    expect(result).toMatchObject({ measured: 1, waiting: 1, median: 4 });
    expect(where(result)).toEqual([[1, 'firstValueAt']]);
  });

  it('rejects input that is not an array and bad options', () => {
    expect(where(catchInputError(() => timeToValue({} as never)))).toEqual([[null, 'accounts']]);
    expect(where(catchInputError(() => timeToValue([], { onInvalid: true as never })))).toEqual([
      [null, 'options.onInvalid'],
    ]);
  });
});
