import { grossRevenueRetention, mrrMovements, netRevenueRetention } from '@vitals/metrics';
import { describe, expect, it } from 'vitest';
import { generateSampleData } from './generate';
import { createRandom } from './random';

describe('createRandom', () => {
  it('repeats the same sequence for the same seed and differs for another', () => {
    const a = createRandom(7);
    const b = createRandom(7);
    const c = createRandom(8);
    const seqA = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(seqA);
  });

  it('stays in [0, 1) and int() stays in its bounds', () => {
    const random = createRandom(1);
    for (let i = 0; i < 10_000; i++) {
      const x = random.next();
      expect(x >= 0 && x < 1).toBe(true);
      const n = random.int(3, 5);
      expect(n >= 3 && n <= 5).toBe(true);
    }
  });
});

describe('generateSampleData', () => {
  const data = generateSampleData({ seed: 3, accounts: 400 });

  it('is deterministic: same seed, same data; another seed, other data', () => {
    expect(generateSampleData({ seed: 3, accounts: 400 })).toEqual(data);
    expect(generateSampleData({ seed: 4, accounts: 400 }).snapshots).not.toEqual(data.snapshots);
  });

  it('names accounts and months predictably', () => {
    const first = generateSampleData({ accounts: 3 });
    expect(first.accounts.map((a) => a.id)).toEqual(['acct-1', 'acct-2', 'acct-3']);
    expect(first.periods).toHaveLength(24);
    expect(first.periods[0]).toBe('2024-01');
    expect(first.periods.at(-1)).toBe('2025-12');
  });

  it('produces rows the engine accepts, in one currency, inside the window', () => {
    expect(() =>
      mrrMovements(data.snapshots, { from: data.periods[0]!, to: data.periods.at(-1)! }),
    ).not.toThrow();
    for (const row of data.snapshots) {
      expect(data.periods).toContain(row.period);
      expect(row.currency).toBe('USD');
    }
  });

  it('covers every movement, every segment, split subscriptions and explicit zero rows', () => {
    const kinds = new Set<string>();
    for (const period of data.periods.slice(1)) {
      for (const account of mrrMovements(data.snapshots, { period }).accounts)
        kinds.add(account.movement);
    }
    expect([...kinds]).toEqual(
      expect.arrayContaining(['new', 'expansion', 'contraction', 'churn', 'reactivation']),
    );
    expect(new Set(data.accounts.map((a) => a.segment))).toEqual(
      new Set(['SMB', 'Mid-Market', 'Enterprise']),
    );
    const keys = data.snapshots.map((s) => `${s.accountId}|${s.period}`);
    expect(new Set(keys).size).toBeLessThan(keys.length);
    expect(data.snapshots.some((s) => s.mrr === 0)).toBe(true);
  });

  it('has a realistic year: NRR between 80 % and 130 %, GRR below NRR', () => {
    const year = mrrMovements(data.snapshots, { from: '2024-12', to: '2025-12' });
    const nrr = netRevenueRetention(year)!;
    expect(nrr).toBeGreaterThan(0.8);
    expect(nrr).toBeLessThan(1.3);
    expect(grossRevenueRetention(year)!).toBeLessThan(nrr);
  });

  it('makes denser data when more of the book predates the window', () => {
    const sparse = generateSampleData({ seed: 9, accounts: 300, existingShare: 0 });
    const dense = generateSampleData({ seed: 9, accounts: 300, existingShare: 1 });
    const firstMonth = (d: typeof sparse) =>
      new Set(d.snapshots.filter((s) => s.period === '2024-01').map((s) => s.accountId)).size;
    // Some of the older accounts churned before the window opened.
    expect(firstMonth(dense)).toBeGreaterThan(200);
    expect(firstMonth(sparse)).toBeLessThan(50);
    expect(dense.snapshots.length).toBeGreaterThan(sparse.snapshots.length);
  });

  it('rejects impossible options with a clear message', () => {
    expect(() => generateSampleData({ existingShare: 1.5 })).toThrow(
      /existingShare must be between 0 and 1/,
    );
    expect(() => generateSampleData({ accounts: -1 })).toThrow(/accounts must be a whole number/);
    expect(() => generateSampleData({ endPeriod: '2025-13' })).toThrow(
      /endPeriod must be 'YYYY-MM'/,
    );
    expect(() => generateSampleData({ months: 1 })).toThrow(/months must be a whole number ≥ 2/);
  });
});
