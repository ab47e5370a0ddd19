import { describe, expect, it } from 'vitest';
import { MetricsInputError } from '../core/errors';
import { mrrMovements } from './mrrMovements';
import { mrrMovementsSeries } from './mrrMovementsSeries';
import type { MrrSnapshot } from './types';

const row = (accountId: string, period: string, mrr: number): MrrSnapshot => ({
  accountId,
  period,
  mrr,
});

const rows: MrrSnapshot[] = [
  row('a', '2024-01', 100),
  row('a', '2024-02', 120),
  row('a', '2025-12', 90),
  row('b', '2024-06', 50),
  row('b', '2024-07', 0),
  row('c', '2025-03', 30),
  row('c', '2025-03', 20),
];

describe('mrrMovementsSeries', () => {
  it("gives 23 entries for { from: '2024-01', to: '2025-12' }, February 2024 first", () => {
    const series = mrrMovementsSeries(rows, { from: '2024-01', to: '2025-12' });
    expect(series).toHaveLength(23);
    expect(series[0]).toMatchObject({
      period: '2024-02',
      from: '2024-01',
      to: '2024-02',
      grain: 'month',
    });
    expect(series.at(-1)).toMatchObject({ period: '2025-12', from: '2025-11', to: '2025-12' });
  });

  it('makes each entry equal to mrrMovements({ period }) plus its period', () => {
    const series = mrrMovementsSeries(rows, {
      from: '2024-01',
      to: '2025-12',
      includeAccounts: true,
    });
    for (const { period, ...entry } of series) {
      expect(entry).toEqual(mrrMovements(rows, { period }));
    }
    // By default the same, without the drill-down rows.
    for (const { period, ...entry } of mrrMovementsSeries(rows, {
      from: '2024-01',
      to: '2025-12',
    })) {
      expect(entry).toEqual({ ...mrrMovements(rows, { period }), accounts: [] });
    }
  });

  it('puts each movement in its month', () => {
    const series = mrrMovementsSeries(rows, { from: '2024-01', to: '2025-12' });
    const byPeriod = new Map(series.map((entry) => [entry.period, entry]));
    expect(byPeriod.get('2024-02')).toMatchObject({
      expansionMrr: 20,
      startingMrr: 100,
      endingMrr: 120,
    });
    expect(byPeriod.get('2024-03')).toMatchObject({ churnedMrr: 120, churnedAccounts: 1 });
    expect(byPeriod.get('2024-06')).toMatchObject({ newMrr: 50, newAccounts: 1 });
    expect(byPeriod.get('2024-07')).toMatchObject({ churnedMrr: 50 });
    expect(byPeriod.get('2025-03')).toMatchObject({ newMrr: 50 });
    expect(byPeriod.get('2025-12')).toMatchObject({ reactivationMrr: 90, reactivatedAccounts: 1 });
  });

  it('leaves per-account rows out unless includeAccounts: true, with the same totals', () => {
    const full = mrrMovementsSeries(rows, {
      from: '2024-01',
      to: '2025-12',
      includeAccounts: true,
    });
    const byDefault = mrrMovementsSeries(rows, { from: '2024-01', to: '2025-12' });
    const lean = mrrMovementsSeries(rows, {
      from: '2024-01',
      to: '2025-12',
      includeAccounts: false,
    });
    expect(full.some((entry) => entry.accounts.length > 0)).toBe(true);
    for (const series of [byDefault, lean]) {
      expect(series.every((entry) => entry.accounts.length === 0)).toBe(true);
      expect(series.map(({ accounts: _a, ...rest }) => rest)).toEqual(
        full.map(({ accounts: _a, ...rest }) => rest),
      );
    }
  });

  it('shares the skipped rows with every entry', () => {
    const series = mrrMovementsSeries([...rows, row('d', 'soon', 1)], {
      from: '2024-01',
      to: '2024-03',
      onInvalid: 'skip',
    });
    expect(series.map((entry) => entry.issues.length)).toEqual([1, 1]);
  });

  it('throws on bad rows and bad options, listing each', () => {
    expect(() =>
      mrrMovementsSeries([row('', '2024-01', 1)], { from: '2024-01', to: '2024-02' }),
    ).toThrow(MetricsInputError);
    expect(() => mrrMovementsSeries(rows, { from: '2024-02', to: '2024-02' })).toThrow(
      /options.to/,
    );
    expect(() =>
      mrrMovementsSeries(rows, { from: '2024-01', to: '2024-02', includeAccounts: 1 as never }),
    ).toThrow(/options.includeAccounts/);
  });
});

describe('quarter and year grains (a period is worth its last month)', () => {
  // a: new in Q1 (March 120), expands in Q2 (June 150).
  // b: pays January only: new-and-churned inside Q1, then reactivates in Q2 (June 80).
  const grainRows = [
    row('a', '2025-01', 100),
    row('a', '2025-02', 0),
    row('a', '2025-03', 120),
    row('a', '2025-06', 150),
    row('b', '2025-01', 50),
    row('b', '2025-06', 80),
  ];

  it("labels quarters '2025-Q1' and compares the quarters' last months", () => {
    const series = mrrMovementsSeries(grainRows, {
      from: '2024-Q4',
      to: '2025-Q2',
      grain: 'quarter',
    });
    expect(series.map((entry) => [entry.period, entry.from, entry.to])).toEqual([
      ['2025-Q1', '2024-Q4', '2025-Q1'],
      ['2025-Q2', '2025-Q1', '2025-Q2'],
    ]);
    expect(series[0]).toMatchObject({
      newMrr: 120,
      newAccounts: 1,
      newAndChurnedAccounts: 1,
      endingMrr: 120,
    });
    expect(series[1]).toMatchObject({
      startingMrr: 120,
      expansionMrr: 30,
      reactivationMrr: 80,
      endingMrr: 230,
    });
  });

  it('equals the month window between the two last months', () => {
    const quarter = mrrMovements(grainRows, { period: '2025-Q2', grain: 'quarter' });
    const {
      from: _f,
      to: _t,
      grain: _g,
      ...months
    } = mrrMovements(grainRows, { from: '2025-03', to: '2025-06' });
    expect(quarter).toMatchObject({ from: '2025-Q1', to: '2025-Q2', grain: 'quarter', ...months });
  });

  it("reads a month as the quarter or year that contains it, and labels years '2025'", () => {
    const byMonth = mrrMovements(grainRows, {
      from: '2024-11',
      to: '2025-02-14',
      grain: 'quarter',
    });
    expect([byMonth.from, byMonth.to]).toEqual(['2024-Q4', '2025-Q1']);
    const year = mrrMovements(grainRows, { period: '2025', grain: 'year' });
    expect(year).toMatchObject({
      from: '2024',
      to: '2025',
      grain: 'year',
      startingMrr: 0,
      endingMrr: 0,
    });
    expect(year.newAndChurnedAccounts).toBe(2);
  });

  it('rejects labels of another grain and unknown grains', () => {
    expect(() => mrrMovements(grainRows, { period: '2025-Q2' })).toThrow(/options.period/);
    expect(() => mrrMovements(grainRows, { period: '2025', grain: 'quarter' })).toThrow(
      /options.period/,
    );
    expect(() => mrrMovements(grainRows, { period: '2025-06', grain: 'week' as never })).toThrow(
      /options.grain/,
    );
  });
});
